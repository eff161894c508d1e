# The collaboration meeting (samverkansmöte) on the big screen, and its draft of "Qorshaha Ilmaha"
# (Barnets plan), in Somali. Read by professionals, addressed in the plural; the child and the
# guardians may be in the room.

meeting-session-note = Shirku wuxuu ku jiraa oo keliya tab-kan. “Dhammee shirka” wax walba wuu ka tirtiraa kombiyuutarka. Haddii aad xirtaan tab-ka adigoon shirka dhammayn, daaqadda internetku way soo celin kartaa shirka haddii qof dib u furo tab-ka.
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = Shirka wada-shaqaynta waa tallaabada saddexaad ee Praxismodellen (habka shaqada) ee Kronobarnsmodellen: habka shaqo ee ay si wadajir ah u sameeyeen dhammaan kuwa la kulma carruurta gobolka Kronoberg, iyagoo ka dhex shaqaynaya «Barnens bästa gäller! i Kronoberg». Ilmaha iyo mas'uuliyiinta ilmaha ayaa ah dadka ugu muhiimsan, ilmuhuna door dhexe ayuu leeyahay xitaa marka uusan joogin.
meeting-wheel-label = Giraangirta iyo jawaabaha qof kasta
meeting-legend = Jawaabaha yaa leh
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
# "Waalid" (parent) is the short word here; the longer "Mas'uulka ilmaha" does not fit on the wheel.
meeting-tag-child = Ilmaha
meeting-tag-guardian = Mas'uul { $letter }
meeting-no-answers = jawaabo ma jiraan
meeting-no-answer = Jawaab ma jirto
meeting-choose-area = Dooro qayb ka mid ah giraangirta si aad u aragtaan erayada qof kasta iyagoo is barbar yaal.
meeting-follow-up = Qiimaynta qorshihii { $date }
meeting-earlier = Markii hore
meeting-now = Hadda
meeting-agreed-then = Waxa la go'aamiyay markii hore
meeting-save-file = U kaydi qorshaha fayl ahaan
meeting-end-heading = Dhammee shirka
meeting-end = Dhammee shirka
meeting-end-question = Marka hore kaydiya ama daabaca qorshaha haddii aad u baahan tihiin. Kadib wax kasta oo shirku soo geliyay ama qoray waa laga tirtirayaa kombiyuutarkan.
meeting-end-yes = Dhammee oo tirtir
meeting-end-no = Ku noqo shirka
import-earlier-plan = { $file } waa qorshihii hore. Waxaa loo muujinayaa qiimayn.
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# "Xirfadle" (a skilled professional) is used both as the label and as the short tag on the wheel.
meeting-tag-professional = Xirfadle { $letter }
meeting-professional-heading = Aragtidaada xirfadle ahaan
meeting-professional-explain = Waxaad ku dari kartaa aragtidaada gaarka ah. Waxay u muuqan doontaa inay taada tahay, iyadoo barbar taal aragtida ilmaha iyo tan mas'uuliyiinta ilmaha, weligeedna lama isku darayo aragtidooda.
meeting-professional-name = Magacaaga iyo doorkaaga
meeting-professional-add = Ku dar aragtidayda
meeting-professional-answer = { $who }: aragtidaada ku saabsan { $area }
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child and speak to the child directly.
summary-heading = Waa kuwan waxa aan go'aansannay
summary-open = Soo koobid loogu talagalay ilmaha
summary-language = Luqadda soo koobidda
summary-print = Daabac soo koobidda
summary-needs = Waxa aan kaa caawin doonno
summary-actions = Waxa dhici doona
summary-contact = Qofkan ayaa ku caawin doona
summary-nothing = Weli waxba lama go'aamin. Marka hore baahiyaha iyo tallaabooyinka taageerada ku qora qorshaha.
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Faylasha aad kaydiseen weli waxay ku jiraan meeshii aad ku kaydiseen. Iyagana tirtira haddii aad kombiyuutarka la wadaagtaan dad kale.
plan-remove = Ka saar { $name } shirka
meeting-save-failed = Tab-ku ma kaydin karin isbeddelkii ugu dambeeyay. Wuxuu ku jiraa oo keliya shaashadda – qorshaha u kaydiya fayl ahaan ka hor intaadan xirin.
meeting-file-offered = Qorshaha waxaa loo dhiibay daaqadda internetka fayl ahaan. Hubiya in lagu kaydiyay meeshii aad rabteen.
meeting-file-failed = Daaqadda internetku ma aqbalin faylka. Waxba lama kaydin – isku daya mar kale ama daabaca qorshaha.
import-error-too-many = Shirku wuxuu horey u leeyahay inta giraangir ee uu qaadi karo. Marka hore mid ka saara.
import-error-same-id = Faylku wuxuu leeyahay aqoonsi la mid ah giraangir kale oo shirka ku jirta, laakiin waa qof kale. Lama soo gelin.
import-error-second-child = Shirku wuxuu horey u leeyahay giraangir ilmaha ka timid. Jawaabaha laba carruur ah weligood lama isku qaso. Ka saara tii hore haddii aad rabtaan inaad isticmaashaan faylkan.
import-error-older = Shirku wuxuu horey u leeyahay nooc cusub oo giraangirtan ah. Faylka hore lama soo gelin.
import-replaced = { $file } waa la soo geliyay, wuxuuna beddelayaa nooc hore oo isla giraangirta ah.
plan-include-earlier = Ku dar { $name } qorshihii hore
meeting-unreadable = Shirkii ku jiray tab-kan lama akhrin karin. Sidiisa ayuu u jiri doonaa ilaa aad shirka dhammaysaan, shir cusubna halkan ayuu ka bilaabmayaa.
meeting-duty-to-report = Ma ka shakisan tahay in ilmo la dhibayo? Markaas adiga oo xirfadle ah waa inaad isla markiiba u gudbisaa warbixin walaac (orosanmälan) adeegga bulshada. Kronobarnsmodellen ma beddesho warbixinta, oggolaansho looguma baahna.
