# The collaboration meeting (samverkansmöte) on the big screen, and its draft of "Qorshaha Ilmaha"
# (Barnets plan), in Somali. Read by professionals, addressed in the plural; the child and the
# guardians may be in the room.

meeting-session-note = Shirku wuxuu ku jiraa oo keliya tab-kan. Marka aad shirka dhammaysaan ama aad xirtaan tab-ka, wax walba waa laga tirtirayaa kombiyuutarka.
meeting-wheel-label = Giraangirta iyo jawaabaha qof kasta
meeting-legend = Jawaabaha yaa leh
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
# "Waalid" (parent) is the short word here; the longer "Mas'uulka ilmaha" does not fit on the wheel.
meeting-tag-child = Ilmaha
meeting-tag-guardian = Waalid { $letter }
meeting-no-answers = jawaabo ma jiraan
meeting-no-answer = Jawaab ma jirto
meeting-choose-area = Dooro qayb ka mid ah giraangirta si aad u aragtaan erayada qof kasta iyagoo is barbar yaal.
meeting-follow-up = Dib-u-eegista qorshihii { $date }
meeting-earlier = Markii hore
meeting-now = Hadda
meeting-agreed-then = Waxa la go'aamiyay markii hore
meeting-save-file = U kaydi qorshaha fayl ahaan
meeting-end-heading = Dhammee shirka
meeting-end = Dhammee shirka
meeting-end-question = Marka hore kaydiya ama daabaca qorshaha haddii aad u baahan tihiin. Kadib wax kasta oo shirku soo geliyay ama qoray waa laga tirtirayaa kombiyuutarkan.
meeting-end-yes = Dhammee oo tirtir
meeting-end-no = Ku noqo shirka
import-earlier-plan = { $file } waa qorshihii hore. Waxaa loo muujinayaa dib-u-eegis.
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# "Xirfadle" (a skilled professional) is used both as the label and as the short tag on the wheel.
who-professional = Xirfadle ({ $name })
who-professional-unnamed = Xirfadle
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
summary-needs = Waxa aad u baahan tahay
summary-actions = Waxa dhici doona
summary-contact = Qofkan ayaa ku caawin doona
summary-nothing = Weli waxba lama go'aamin. Marka hore baahiyaha iyo tallaabooyinka taageerada ku qora qorshaha.
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Faylasha aad kaydiseen weli waxay ku jiraan meeshii aad ku kaydiseen. Iyagana tirtira haddii aad kombiyuutarka la wadaagtaan dad kale.
