# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# The collaboration meeting (samverkansmöte) on the big screen, and its draft of "Qorshaha Ilmaha"
# (Barnets plan), in Somali. Read by professionals, addressed in the plural; the child and the
# guardians may be in the room.

# needs-native-review
meeting-session-note = Shirku wuxuu ku jiraa oo keliya tab-kan. “Dhammee shirka” wax walba wuu ka tirtiraa kombiyuutarka. Haddii aad xirtaan tab-ka adigoon shirka dhammayn, daaqadda internetku way soo celin kartaa shirka haddii qof dib u furo tab-ka.
# needs-native-review
meeting-step-legend = Halkee ayaad ku jirtaan Praxismodellen?
# needs-native-review
meeting-step-preparation = Shirka ka hor – tallaabada 2
# needs-native-review
meeting-step-meeting = Shirka iskaashiga – tallaabada 3
# needs-native-review
prepare-heading = Shirka ka hor: qiimayntaada iyo go'aankaaga
# needs-native-review
prepare-intro = Adiga oo ah mas'uulka danta ugu wanaagsan ee ilmaha, waxaad soo gelinaysaa giraangiraha ilmaha iyo waalidiinta, waxaad qoraysaa qiimayntaada qayb kasta, waxaadna go'aaminaysaa waxa dhici doona. Wax walba waxay ku jiraan tab-kan oo keliya ilaa aad dhammayso.
# needs-native-review
prepare-decision-legend = Maxaa dhici doona?
# needs-native-review
prepare-copy = Koobiyee qiimaynta sida qoraal
# needs-native-review
prepare-print = Daabac qiimaynta
# needs-native-review
prepare-nothing = Weli wax giraangir ah lama soo gelin. Kor ka soo geli.
# needs-native-review
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = Shirka wada-shaqaynta waa tallaabada saddexaad ee Praxismodellen (habka shaqada) ee Kronobarnsmodellen: habka shaqo ee ay si wadajir ah u sameeyeen dhammaan kuwa la kulma carruurta gobolka Kronoberg, iyagoo ka dhex shaqaynaya «Barnens bästa gäller! i Kronoberg». Ilmaha iyo mas'uuliyiinta ilmaha ayaa ah dadka ugu muhiimsan, ilmuhuna door dhexe ayuu leeyahay xitaa marka uusan joogin.
# needs-native-review
meeting-wheel-label = Giraangirta iyo jawaabaha qof kasta
# needs-native-review
meeting-legend = Jawaabaha yaa leh
# needs-native-review
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
# "Waalid" (parent) is the short word here; the longer "Mas'uulka ilmaha" does not fit on the wheel.
meeting-tag-child = Ilmaha
# needs-native-review
meeting-tag-guardian = Mas'uul { $letter }
# needs-native-review
meeting-no-answers = jawaabo ma jiraan
# needs-native-review
meeting-no-answer = Jawaab ma jirto
# needs-native-review
meeting-choose-area = Dooro qayb ka mid ah giraangirta si aad u aragtaan erayada qof kasta iyagoo is barbar yaal.
# needs-native-review
meeting-projector-open = Fura muuqaalka shaashadda weyn
# needs-native-review
meeting-projector-is-open = Muuqaalka shaashadda weyn waa furan yahay. Waxa kaliya ee ka muuqda waa waxa qof kasta oo qolka jooga loo oggol yahay inuu arko.
# needs-native-review
meeting-projector-close = Xir muuqaalka shaashadda weyn
# needs-native-review
meeting-projector-heading = Muuqaalka shaashadda weyn
# needs-native-review
meeting-projector-waiting = Giraangirtu halkan ayay ka muuqan doontaa marka shirku ka furan yahay daaqadda kale.
# needs-native-review
meeting-projector-ended = Shirku wuu dhammaaday. Waad xiri kartaan daaqaddan.
# needs-native-review
meeting-professionals-only = Xirfadlayaasha oo kaliya
# needs-native-review
meeting-show-professionals-only = Tus waxa xirfadlayaasha oo kaliya loogu talagalay
# needs-native-review
meeting-follow-up = Qiimaynta qorshihii { $date }
# needs-native-review
meeting-earlier = Markii hore
# needs-native-review
meeting-now = Hadda
# needs-native-review
meeting-agreed-then = Waxa la go'aamiyay markii hore
# needs-native-review
meeting-save-file = U kaydi qorshaha fayl ahaan
# needs-native-review
meeting-end-heading = Dhammee shirka
# needs-native-review
meeting-end = Dhammee shirka
# needs-native-review
meeting-end-question = Marka hore kaydiya ama daabaca qorshaha haddii aad u baahan tihiin. Kadib wax kasta oo shirku soo geliyay ama qoray waa laga tirtirayaa kombiyuutarkan.
# needs-native-review
meeting-end-yes = Dhammee oo tirtir
# needs-native-review
meeting-end-no = Ku noqo shirka
# needs-native-review
import-earlier-plan = { $file } waa qorshihii hore. Waxaa loo muujinayaa qiimayn.
# needs-native-review
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# "Xirfadle" (a skilled professional) is used both as the label and as the short tag on the wheel.
meeting-tag-professional = Xirfadle { $letter }
# needs-native-review
meeting-professional-heading = Aragtidaada xirfadle ahaan
# needs-native-review
meeting-professional-explain = Waxaad ku dari kartaa aragtidaada gaarka ah. Waxay u muuqan doontaa inay taada tahay, iyadoo barbar taal aragtida ilmaha iyo tan mas'uuliyiinta ilmaha, weligeedna lama isku darayo aragtidooda.
# needs-native-review
meeting-professional-name = Magacaaga iyo doorkaaga
# needs-native-review
meeting-professional-add = Ku dar aragtidayda
# needs-native-review
meeting-professional-answer = { $who }: aragtidaada ku saabsan { $area }
# needs-native-review
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child and speak to the child directly.
summary-heading = Waa kuwan waxa aan go'aansannay
# needs-native-review
summary-open = Soo koobid loogu talagalay ilmaha
# needs-native-review
summary-language = Luqadda soo koobidda
# needs-native-review
summary-print = Daabac soo koobidda
# needs-native-review
summary-needs = Waxa aan kaa caawin doonno
# needs-native-review
summary-actions = Waxa dhici doona
# needs-native-review
summary-contact = Qofkan ayaa ku caawin doona
# needs-native-review
summary-nothing = Weli waxba lama go'aamin. Marka hore baahiyaha iyo tallaabooyinka taageerada ku qora qorshaha.
# needs-native-review
summary-codes-show = U tus taleefanka ilmaha
# needs-native-review
summary-codes-heading = U tus taleefanka ilmaha
# needs-native-review
summary-codes-explain = App-ka ku jira taleefanka ilmaha ama qoyska: taabo “Ka hel kulanka” oo kamarada u qabo koodhadhka. Koodhadhku waxay muujinayaan waxa ku qoran soo koobidda – ma aha jawaabaha ama erayada qof.
# needs-native-review
summary-codes-picture = Koodh QR oo wata soo koobidda, loogu talagalay taleefanka ilmaha
# needs-native-review
meeting-child-marks = { $name } oo ka hadlaya waxa la go'aamiyay markii hore
# needs-native-review
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Faylasha aad kaydiseen weli waxay ku jiraan meeshii aad ku kaydiseen. Iyagana tirtira haddii aad kombiyuutarka la wadaagtaan dad kale.
# needs-native-review
plan-remove = Ka saar { $name } shirka
# needs-native-review
meeting-save-failed = Tab-ku ma kaydin karin isbeddelkii ugu dambeeyay. Wuxuu ku jiraa oo keliya shaashadda – qorshaha u kaydiya fayl ahaan ka hor intaadan xirin.
# needs-native-review
meeting-file-offered = Qorshaha waxaa loo dhiibay daaqadda internetka fayl ahaan. Hubiya in lagu kaydiyay meeshii aad rabteen.
# needs-native-review
meeting-file-failed = Daaqadda internetku ma aqbalin faylka. Waxba lama kaydin – isku daya mar kale ama daabaca qorshaha.
# needs-native-review
import-error-too-many = Shirku wuxuu horey u leeyahay inta giraangir ee uu qaadi karo. Marka hore mid ka saara.
# needs-native-review
import-error-same-id = Faylku wuxuu leeyahay aqoonsi la mid ah giraangir kale oo shirka ku jirta, laakiin waa qof kale. Lama soo gelin.
# needs-native-review
import-error-second-child = Shirku wuxuu horey u leeyahay giraangir ilmaha ka timid. Jawaabaha laba carruur ah weligood lama isku qaso. Ka saara tii hore haddii aad rabtaan inaad isticmaashaan faylkan.
# needs-native-review
import-error-older = Shirku wuxuu horey u leeyahay nooc cusub oo giraangirtan ah. Faylka hore lama soo gelin.
# needs-native-review
import-replaced = { $file } waa la soo geliyay, wuxuuna beddelayaa nooc hore oo isla giraangirta ah.
# needs-native-review
import-from-this-computer = Kombiyuutarkan laga helay
# needs-native-review
plan-include-earlier = Ku dar { $name } qorshihii hore
# needs-native-review
meeting-unreadable = Shirkii ku jiray tab-kan lama akhrin karin. Sidiisa ayuu u jiri doonaa ilaa aad shirka dhammaysaan, shir cusubna halkan ayuu ka bilaabmayaa.
# needs-native-review
meeting-duty-to-report = Ma ka shakisan tahay in ilmo la dhibayo? Markaas adiga oo xirfadle ah waa inaad isla markiiba u gudbisaa warbixin walaac (orosanmälan) adeegga bulshada. Kronobarnsmodellen ma beddesho warbixinta, oggolaansho looguma baahna.
# needs-native-review
meeting-voice-note = Fariin cod ah
# needs-native-review
meeting-voice-bring-again = Halkan waxaa ku jiray fariin cod ah. Mar kale soo geli faylka si aad u maqasho: shirku ma hayo codka marka bogga dib loo raro.
# The journey over time: an older plan brought in beside the one followed up.
# needs-native-review
import-earlier-journey = { $file } waa qorshe ka da' weyn. Jawaabaha kulankaas hadda waxay ka muuqdaan socdaalka waqtiga.
# needs-native-review
import-earlier-again = { $file } hore ayaa loo soo galiyay. Isla qorshaha hal mar oo keliya ayaa la tiriyaa.
# needs-native-review
import-error-too-many-meetings = Socdaalka waqtigu wuxuu muujin karaa ugu badnaan 12 kulan. Qorshaha lama darin.
# needs-native-review
import-error-plan-without-date = Qorshuhu taariikh ma laha wuxuuna ka da' weyn yahay qorshaha la socda. Laguma muujin karo socdaalka waqtiga.
