# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the wheel of what is best for the child): the app's own texts, in Somali.
# Translated from Swedish, the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
app-name = Giraangirta Danta Ilmaha
# needs-native-review
skip-to-content = U gudub qoraalka bogga

## Language and read-aloud, in the header

# needs-native-review
language-label = Luqadda
# needs-native-review
header-menu = Liiska
# needs-native-review
# The language's own name for itself, shown in the picker.
language-name = Soomaali
# needs-native-review
language-load-failed = Luqadda lama soo dejin karin. Isku day mar kale marka aad internet haysato.
# needs-native-review
read-aloud = Cod ku akhri
# needs-native-review
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = Cod ku akhri: { $text }
# needs-native-review
read-aloud-stop = Jooji akhriska
# needs-native-review
read-aloud-no-voice = Qalabkan ma laha cod akhrin kara Soomaali.
# needs-native-review
read-aloud-unsupported = Biraawsarkan cod kuma akhrin karo qoraalka.
# needs-native-review
auto-read-label = Cod ku akhri bog kasta oo cusub
# needs-native-review
auto-read-on = Daaran
# needs-native-review
auto-read-off = Dansan

## Privacy and help, always on screen

# needs-native-review
privacy-note = { $age ->
    [young] Jawaabaha qofna looma diro. Qofka isticmaala isla taabletkan wuu arki karaa – ku quful eray sir ah.
   *[other] Jawaabaha waxaa lagu kaydiyaa qalabkan oo keliya, qofna looma diro ilaa adigu aad doorato inaad la wadaagto. Qofka isticmaala isla qalabkan wuu arki karaa – giraangirta ku quful eray sir ah.
}
# needs-native-review
help-open = Ma u baahan tahay caawimaad hadda?
# needs-native-review
help-open-short = Caawimaad
# needs-native-review
help-heading = Caawimaad hadda
# needs-native-review
help-emergency = Wac 112 haddii qof khatar ku jiro hadda.
# needs-native-review
help-bris = Wac BRIS 116 111 – waa lacag la'aan, habeen iyo maalin, mana aha inaad sheegto cidda aad tahay. Waxaad sidoo kale kula sheekaysan kartaa bris.se.
# needs-native-review
help-adult = { $age ->
    [young] U sheeg qof weyn oo aad aaminto – qof xannaanada ama guriga jooga.
   *[other] U sheeg qof weyn oo aad aaminto, tusaale ahaan macallin, kalkaalisada dugsiga ama qof qoyskaaga ka mid ah.
}
# needs-native-review
help-call-112 = Wac { $number }
# needs-native-review
help-call-bris = Wac BRIS { $number }
# needs-native-review
help-mind = Ma dareemaysaa xaalad aad u xun oo aad ka fikirayso inaad naftaada dilto? La hadal khadka Mind Självmordslinjen. Sidoo kale waxaad ku sheekaysan kartaa mind.se. Uma baahnid inaad sheegto cidda aad tahay.
# needs-native-review
help-call-mind = Wac Mind { $number }
# needs-native-review
help-bris-adults = Taleefanka dadka waaweyn ee BRIS – ku saabsan carruurta: adiga oo qof weyn ah oo ka welwelsan ilmo.
# needs-native-review
help-call-bris-adults = Wac taleefanka dadka waaweyn ee BRIS { $number }
# needs-native-review
help-kvinnofrid = Kvinnofridslinjen: adiga haddii lagu hanjabayo ama rabshad lagugu samaynayo. Bilaash oo furan habeen iyo maalin.
# needs-native-review
help-call-kvinnofrid = Wac Kvinnofridslinjen { $number }
# needs-native-review
help-1177 = 1177 Vårdguiden: talo caafimaad habeen iyo maalin, sidoo kale ku saabsan sida ilmuhu u yahay.
# needs-native-review
help-call-1177 = Wac { $number }
# needs-native-review
help-socialjour = Fiidkii, habeenkii iyo dhammaadka toddobaadka waxaad ku heli kartaa shaqaalaha xaaladaha degdegga ah ee adeegga bulshada 112 haddii ilmo u baahan yahay ilaalin.
# needs-native-review
help-kommun = Ma ka welwelsan tahay in ilmo dhibaataysan yahay? U gudbi adeegga bulshada warbixin walaac: wac xarunta taleefanka degmadaada oo weydiiso inaad la hadasho adeegga bulshada.
# needs-native-review
help-call-kommun = { $kommun }: wac { $number }
# needs-native-review
help-for-children = Carruurta iyo dhallinyarada
# needs-native-review
help-for-adults = Dadka waaweyn ee ka welwelsan ilmo
# needs-native-review
help-close = Xir
# needs-native-review
safety-alert-heading = Waxa aad ka jawaabtay waa muhiim.
# needs-native-review
safety-alert-text = { $who ->
    [guardian] Haddii ilmuhu aanu ammaan ahayn: wac 112 haddii ay khatar jirto. Qof kasta oo ka shakiya in ilmo la dhibayo wuxuu u gudbin karaa warbixin walaac (orosanmälan) adeegga bulshada ee degmada – wac xarunta taleefannada degmada, ama 112 haddii ay degdeg tahay.
   *[other] { $age ->
        [young] Qofna uma banna inuu ku dhibo, weligeedna ma aha qaladkaaga. U sheeg qof weyn oo aad aaminsan tahay. Haddii aad khatar ku jirto, wac 112.
       *[other] Qofna uma banna inuu ku dhibo, weligeedna ma aha qaladkaaga. Haddii aad khatar ku jirto, wac 112. BRIS 116 111 ayaa jawaab bixiya habeen iyo maalin.
    }
}
# needs-native-review
safety-alert-private = Barnaamijku jawaabahaaga cidna uma diro.
# needs-native-review
safety-gentle-heading = Looma baahna inaad jawaabto.
# needs-native-review
safety-gentle-text = { $who ->
    [guardian] Halkan looma baahna inaad ka jawaabto. Haddii ilmuhu aanu nabad qabin: wac 112 haddii khatar jirto.
   *[other] Waa caadi haddii aadan rabin inaad jawaabto. Haddii wax aysan kugu fiicnayn, waxaad la hadli kartaa qof weyn oo aad aaminsan tahay, ama wac BRIS: 116 111. Weligeed ma aha qaladkaaga.
}

## Shared devices: leave at once, or delete everything

# needs-native-review
quick-exit = Dhakhso u bax
# needs-native-review
delete-all-heading = Tirtir wax walba
# needs-native-review
delete-all-text = Ma dad badan baa isticmaala qalabkan? Halkan waxaad ka tirtiri kartaa wax kasta oo app-ku ku kaydiyay qalabkan: dhammaan giraangirraha iyo sawirradooda iyo duubistooda, qorshaha iyo dejinta.
# needs-native-review
delete-all = Tirtir wax walba oo qalabkan ku jira
# needs-native-review
delete-all-question = Wax kasta oo app-ku ku kaydiyay qalabkan waa la tirtirayaa. Dib looma soo celin karo. Ma rabtaa inaad sidaas samayso?
# needs-native-review
delete-all-yes = Haa, tirtir wax walba
# needs-native-review
delete-all-no = Maya, hay
# needs-native-review
delete-all-done = Wax walba waa laga tirtiray qalabkan.

## Start page

# needs-native-review
start-heading = Giraangirta Danta Ilmaha
# needs-native-review
start-intro = { $age ->
    [young] Halkan waxaad ku muujin kartaa sida aad tahay. Taabo sawirrada.
   *[other] Halkan waxaad ku sheegi kartaa sida aad tahay guriga, dugsiga iyo waqtiga firaaqada – qayb qayb.
}
# needs-native-review
start-new-heading = Giraangir cusub
# needs-native-review
start-nickname-label = Maxaad rabtaa in laguugu yeero? Uma baahnid inaad wax qorto.
# needs-native-review
age-young = 4–7 sano
# needs-native-review
age-middle = 8–12 sano
# needs-native-review
age-teen = 13–17 sano
# needs-native-review
start-button = Bilow giraangirtayda
# needs-native-review
who-choice-child = Anigu waxaan ahay ilmaha
# needs-native-review
who-choice-guardian = Waxaan ahay waalid ama qof kale oo weyn oo daryeela ilmaha
# needs-native-review
start-child-name-label = Magaca ilmaha (magaca hore ayaa ku filan)
# needs-native-review
# Shown to a guardian before "Vem är du?": who may fill in, and what vårdnadshavare means.
start-guardian-explain = Mas'uulka ilmaha (vårdnadshavare) waa qofka sharci ahaan mas'uulka ka ah ilmaha, badanaa waalidiinta. Waalidiinta qoyska korinta (familjehem), wakiilka sharciga ah (god man) ama qof kale oo weyn oo daryeela ilmaha sidoo kale halkan way buuxin karaan. Qor cidda aad tahay, si ay shirka uga muuqato.
# needs-native-review
start-author-label = Yaad tahay? Tusaale ahaan hooyo, aabbe, waalidka qoyska korinta, wakiilka sharciga ah (god man) ama magacaaga.
# needs-native-review
start-guardian-button = Bilow aragtidayda ku saabsan ilmaha
# The start page's links: who answers and the child's age ($years is age-young, age-middle or age-teen).
# needs-native-review
start-child-age-link = Da'daydu waa { $years }
# needs-native-review
start-guardian-age-link = Da'da ilmuhu waa { $years }
# On the page that asks for the name: back to the start page's choices.
# needs-native-review
new-draft-choose-again = Dooro wax kale
# needs-native-review
start-plan-heading = Loogu talagalay shirka
# needs-native-review
start-plan-text = Ma leedihiin shir wada-shaqayn? Soo geli giraangirraha la wadaagay oo samee qabyo-qoraal ah “Qorshaha Ilmaha”.
# needs-native-review
start-plan-button = Samee qabyo-qoraal ah “Qorshaha Ilmaha”
# needs-native-review
nav-classroom = Giraangirta fasalka (macallimiinta)
# needs-native-review
start-continue-heading = Ka sii wad meeshii aad joogtay
# needs-native-review
draft-unnamed = Giraangirtayda
# needs-native-review
draft-changed = La beddelay { $days ->
        [0] maanta
        [1] shalay
       *[other] { $days } maalmood ka hor
    }
# needs-native-review
draft-progress = { $count ->
    [one] { $count } qayb oo ka mid ah { $total } waa diyaar
   *[other] { $count } qaybood oo ka mid ah { $total } waa diyaar
}
# needs-native-review
draft-continue = Ku sii wad { $name }
# needs-native-review
draft-delete = Tirtir { $name }
# needs-native-review
draft-delete-question = Ma rabtaa inaad tirtirto { $name }? Jawaabaha waa ka lumayaan qalabkan, dibna looma soo celin karo.
# needs-native-review
draft-delete-yes = Haa, tirtir
# needs-native-review
draft-delete-no = Maya, hay
# needs-native-review
draft-deleted = Giraangirta waa la tirtiray.

## The wheel

# needs-native-review
wheel-heading = Giraangirtayda
# needs-native-review
wheel-heading-named = Giraangirtayda – { $name }
# needs-native-review
wheel-instructions = { $who ->
    [guardian] Dooro qayb giraangirta ka mid ah oo sheeg sida aad u aragto xaaladda ilmaha. Jawaabahaaga si gooni ah ayaa loo kaydiyaa, weligoodna laguma qaso kuwa ilmaha ama qof kale oo weyn.
   *[other] { $age ->
        [young] Taabo sawir.
       *[other] Dooro qayb giraangirta ka mid ah. Waxaad u qaadan kartaa si kasta oo aad rabto ha u kala horreeyaan.
    }
}
# needs-native-review
wheel-label = Giraangirta Danta Ilmaha oo leh toddoba qaybood
# needs-native-review
wheel-progress = { $count ->
    [0] Weli kama aadan jawaabin qayb.
    [one] Waxaad ka jawaabtay { $count } ka mid ah { $total } qaybood.
   *[other] Waxaad ka jawaabtay { $count } ka mid ah { $total } qaybood.
}
# needs-native-review
segment-label = { $area }: { $answer }
# needs-native-review
segment-not-answered = weli lagama jawaabin
# needs-native-review
wheel-about-me = Wax igu saabsan
# needs-native-review
wheel-nickname-label = Magac ama naanays
# needs-native-review
wheel-age-legend = Da'da (waxay beddeshaa sida qoraallada loo qoray)

## An area

# needs-native-review
area-scale-question = { $who ->
    [guardian] Sida aad adigu u aragto, xaaladda ilmuhu sidee bay tahay qaybtan?
   *[other] { $age ->
        [young] Sidee ayaad u dareemaysaa?
       *[other] Xaaladdaadu sidee bay tahay qaybtan?
    }
}
# needs-native-review
scale-very-bad = Aad u xun
# needs-native-review
scale-bad = Xun
# needs-native-review
scale-between = Dhexdhexaad
# needs-native-review
scale-good = Fiican
# needs-native-review
scale-very-good = Aad u fiican
# needs-native-review
scale-dont-know = Ma garanayo
# needs-native-review
scale-rather-not-say = Ma rabo inaan ka jawaabo
# needs-native-review
scale-clear = Tirtir jawaabtayda
# needs-native-review
scale-three-bad = Xun
# needs-native-review
scale-three-between = Dhexdhexaad
# needs-native-review
scale-three-good = Fiican
# needs-native-review
scale-three-bad-compared = Xun (saddex waji midkood)
# needs-native-review
scale-three-between-compared = Dhexdhexaad (saddex waji midkood)
# needs-native-review
scale-three-good-compared = Fiican (saddex waji midkood)
# needs-native-review
feelings-question = { $who ->
    [guardian] Sida aad u malaynayso, ilmuhu maxay halkan ku dareemayaan? Waad dooran kartaa dhowr, ama midna.
   *[other] { $age ->
        [young] Maxaad dareemaysaa? Waad dooran kartaa dhowr.
       *[other] Sidee ayay kula tahay? Waad dooran kartaa dhowr, ama midna.
    }
}
# needs-native-review
feelings-label = Dareennada
# needs-native-review
words-heading = { $who ->
    [guardian] Erayadaada (ikhtiyaari)
   *[other] { $age ->
        [young] Ma rabtaa inaad wax kale sheegto? Qof weyn ayaa kaa caawin kara qoritaanka.
       *[other] Ma rabtaa inaad wax qorto? Khasab ma aha.
    }
}
# needs-native-review
words-good = { $who ->
    [guardian] Tani si fiican ayay ugu shaqaysaa ilmaha
   *[other] { $age ->
        [young] Tani way fiican tahay
       *[other] Tani way fiican tahay
        [teen] Waxa si fiican u shaqeeya
    }
}
# needs-native-review
words-hard = { $who ->
    [guardian] Tani way ku adag tahay ilmaha
   *[other] { $age ->
        [young] Tani way adag tahay
       *[other] Tani way adag tahay
        [teen] Waxa adag
    }
}
# needs-native-review
words-would-help = { $who ->
    [guardian] Waxaan u malaynayaa in tani caawin lahayd ilmaha
   *[other] { $age ->
        [young] Tani way caawin lahayd
       *[other] Tani way i caawin lahayd
        [teen] Waxa i caawin lahaa
    }
}
# needs-native-review
area-articles = { $count ->
    [one] Heshiiska Xuquuqda Carruurta, qodobka { $articles }
   *[other] Heshiiska Xuquuqda Carruurta, qodobbada { $articles }
}
# needs-native-review
nav-previous = Qaybtii hore: { $area }
# needs-native-review
nav-next = Qaybta xigta: { $area }
# needs-native-review
nav-wheel = Ku noqo giraangirta
# needs-native-review
nav-done = Waa dhammaaday – ku noqo giraangirta
# needs-native-review
nav-start = U gal bogga bilowga

## Whose view

# needs-native-review
who-child = Ilmaha
# needs-native-review
who-guardian = Mas'uulka ilmaha ({ $name })
# needs-native-review
who-guardian-unnamed = Mas'uulka ilmaha
# needs-native-review
who-professional = Xirfadle ({ $name })
# needs-native-review
who-professional-unnamed = Xirfadle

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

# needs-native-review
guide-heading = Yaa mas'uul ka ah in ilmuhu helo taageero?
# needs-native-review
guide-model = Tani waxay ka tirsan tahay Kronobarnsmodellen: habka shaqo ee ay si wadajir ah u sameeyeen degmooyinka gobolka Kronoberg, Region Kronoberg, booliska iyo ururada bulshada, iyagoo ka dhex shaqaynaya «Barnens bästa gäller! i Kronoberg» (Danta ilmaha ayaa ka horreysa Kronoberg), si carruurtu u helaan taageerada saxda ah waqtiga saxda ah.
# needs-native-review
guide-intro = Ilmo kasta oo ku nool Kronoberg wuxuu leeyahay qof mas'uul ka ah fayoqabka ilmaha (Barnens bästa-ansvarig): qofka hubiya in ilmuhu helo taageerada saxda ah waqtiga saxda ah, oo aad la xiriiri karto adigoo ah waalid, waalidka qoyska korinta ama wakiilka sharciga ah (god man). Qofkaasi waa uu kala duwan yahay, iyadoo ku xiran da'da ilmaha iyo dugsiga uu dhigto:
# needs-native-review
guide-pregnancy = Dhalashada ka hor: daryeelka caafimaadka hooyooyinka uurka leh (mödrahälsovården).
# needs-native-review
guide-bvc = Dhalashada ilaa ilmuhu ka bilaabo xannaanada ama dugsiga: xarunta caafimaadka carruurta (BVC).
# needs-native-review
guide-preschool = Xannaanada (förskola): maamulaha xannaanada.
# needs-native-review
guide-school = Dugsiga, ilaa ilmuhu ka gaaro 18 sano: maamulaha dugsiga uu ilmuhu dhigto.
# needs-native-review
guide-kaa = Dhallinyarada aan dhigan dugsiga sare: mas'uuliyadda degmada ee dhallinyarada aan waxbarasho ku jirin (KAA).
# needs-native-review
guide-unsure = Haddii aadan hubin cidda uu yahay qofka mas'uulka ka ah fayoqabka ilmaha (Barnens bästa-ansvarig), weydii xarunta xiriirka ee degmada (kontaktcenter) ama isuduwaha fayoqabka carruurta ee degmada (Barnens bästa-samordnare).

## Sharing: nothing leaves the device without this screen and a confirm

# needs-native-review
share-open = La wadaag
# needs-native-review
share-heading = Waxaad la wadaagi kartaa kuwan
# needs-native-review
share-intro = Kaliya waxa aad halkan ku aragto ayaa ka baxa qalabka, iyo keliya marka adigu aad doorato hab aad ku wadaagto. Dami qaybaha aad rabto inaad naftaada u hayso.
# needs-native-review
share-area-switch = La wadaag { $area }
# needs-native-review
share-area-private = Lama wadaagayo
# needs-native-review
share-who-may-see = Yaa arki kara shirka?
# needs-native-review
share-see-everyone =
    { $who ->
        [child] Qof kasta oo shirka jooga, qoyskaagana
       *[guardian] Qof kasta oo shirka jooga, qoyskana
    }
# needs-native-review
share-see-professionals =
    { $who ->
        [child] Kaliya dadka waaweyn ee carruurta la shaqeeya, ma aha qoyskaaga
       *[guardian] Kaliya xirfadlayaasha, ma aha qoyska
    }
# needs-native-review
share-see-professionals-note = Laguma muujiyo shaashadda weyn, kuma jiro waxa qoysku helo.
# needs-native-review
share-voice-switch =
    { $who ->
        [child] La wadaag duubistayda
       *[guardian] La wadaag duubista
    }
# needs-native-review
share-voice-off = Duubista waxaa la wadaagaa kaliya haddii aad tan shido.
# needs-native-review
share-no-answer = Jawaab ma jirto
# needs-native-review
share-confirm = Waan arkay waxa la wadaagayo.
# needs-native-review
share-ways-heading = Dooro sida aad u wadaagayso
# needs-native-review
share-download = U kaydi fayl ahaan
# needs-native-review
share-print = Daabac ama u kaydi PDF ahaan
# needs-native-review
share-copy-all = Koobi dhammaan qoraal ahaan
# needs-native-review
share-copy-area = Koobi qoraal ahaan
# needs-native-review
share-system = Ku wadaag app
# needs-native-review
share-copied = Waa la koobiyeeyay.
# needs-native-review
share-copy-failed = Koobiyeyntu ma suurtagelin. Calaamadee qoraalka oo adigu koobi.
# needs-native-review
share-nothing = Wax aad la wadaagto ma aadan dooran.
# needs-native-review
share-back = Ku noqo giraangirta
# needs-native-review
print-footer = La daabacay { $date }. Boggan wuxuu ka yimid Giraangirta Danta Ilmaha.
# needs-native-review
print-draft-footer = Qabyo-qoraal, la daabacay { $date }. Boggan wuxuu ka yimid Giraangirta Danta Ilmaha.

## Barnets plan: the meeting's draft

# needs-native-review
plan-heading = Qorshaha Ilmaha – qabyo-qoraal
# needs-native-review
plan-intro = Soo geli faylasha ay wadaageen ilmaha iyo mas'uuliyiinta ilmaha. Qorshuhu wuxuu muujinayaa oo keliya qaybaha uu qof ku arkay baahi, jawaab kastana sidii loo bixiyay ayay u taal.
# needs-native-review
import-button = Dooro faylasha la soo gelinayo
# needs-native-review
import-drop = Ama faylasha halkan ku soo dhig.
# needs-native-review
import-error-too-large = Faylku aad ayuu u weyn yahay inuu noqdo fayl giraangirta ah (ka badan 8 MB).

## Ku wareejin koodh: "U tus kamarada kulanka" bogga ilmaha, "Ku akhri kamarada" kulanka.
# needs-native-review
codes-show = U tus kamarada kulanka
# needs-native-review
codes-heading = U tus kamarada kulanka
# needs-native-review
codes-explain = Shaashadda hor qabo kamarada kulanka. Koodhadhku waxay muujinayaan wax la mid ah faylka, mar kasta oo kale – dhib ma leh haddii kamaradu qaar ka boodo.
# needs-native-review
codes-only-while-open = Koodhadhku waxay muuqdaan oo keliya inta sanduuqan furan yahay.
# needs-native-review
codes-no-media = Sawirrada iyo fariimaha codka ah lama raacaan koodhadhka. U kaydi fayl ahaan si aad u qaadato.
# needs-native-review
codes-locked = Koodhadhka waxaa lagu xiray eraygaaga sirta ah. Kulanku wuxuu u baahan yahay erayga sirta ah si uu u furo.
# needs-native-review
codes-picture = Koodh QR ee kamarada kulanka
# needs-native-review
codes-close = Xir koodhadhka
# needs-native-review
codes-with-drawings = Ku dar sawirrada koodhadhka (koodhadh badan ayaa noqonaya)
# needs-native-review
codes-no-voice = Fariimaha codka ah lama raacaan koodhadhka. U kaydi fayl ahaan, ama dooro “U dir kulanka ku jira kombiyuutarkan”, si aad u qaadato.
# needs-native-review
codes-too-large = Tani aad bay ugu badan tahay koodhadh. Beddelkeeda kaydi fayl.
# needs-native-review
codes-error-not-ours = Kani ma aha koodh ka yimid giraangirta.
# needs-native-review
codes-error-version = Koodhadhku waxay ka yimaadeen nooc kale oo barnaamijka ah. Cusboonaysii barnaamijka, ama beddelkeeda dooro faylka.
# needs-native-review
codes-error-other-transfer = Koodhadhkan waxay ka tirsan yihiin giraangir kale oo aan ahayn kuwii hore. Akhri hal giraangir markiiba.
# needs-native-review
codes-error-damaged = Koodhadhka lama isku akhrin karin. Mar kale tus, ama beddelkeeda dooro faylka.
# needs-native-review
camera-read = Ku akhri kamarada
# needs-native-review
camera-heading = Ku akhri kamarada
# needs-native-review
camera-explain = Shaashadda koodhadhka leh hor qabo kamarada, xoogaa u jirta, ilaa dhammaan qaybaha la akhriyo.
# needs-native-review
camera-waiting = Koodhadh ayaa la raadinayaa …
# needs-native-review
camera-progress = { $have } ka mid ah { $need } qaybood
# needs-native-review
camera-done = Waa dhammaatay. Giraangirta waxaa loo diray kulanka, kamaraduna way dansan tahay.
# needs-native-review
camera-missing = Kumbuyuutarkan ma laha kamarad uu barnaamijku isticmaali karo. Beddelkeeda dooro faylka.
# needs-native-review
camera-refused = Kamarada lama isticmaali karo. U oggolow kamarada biraawsarka, ama beddelkeeda dooro faylka.
# needs-native-review
camera-no-meeting = Bogga kulanka hadda ma furna. Kamarada mar kale ka fur kulanka.
# needs-native-review
camera-close = Xir kamarada
# needs-native-review
camera-file-name = Kamarada laga helay
# Kulanka kombiyuutarkan: waxa la wadaago si toos ah ayay u aadaan bogga kulanka ee tab cusub, fayl la'aan.
# needs-native-review
this-computer-send = U dir kulanka ku jira kombiyuutarkan
# needs-native-review
this-computer-opened = Kulanku wuxuu ka furmayaa tab cusub. Waxa aad wadaagto halkaas ayay tagayaan marka kulanku diyaar noqdo.
# needs-native-review
this-computer-sent = Waxa aad wadaagto hadda waxay ku jiraan kulanka, tab-ka cusub. Wax fayl ah lama kaydin.
# needs-native-review
this-computer-blocked = Daaqadda internetku way joojisay tab-ka cusub. U oggolow daaqado cusub boggan, ama u kaydi fayl ahaan.
# needs-native-review
camera-done-child = Waa dhammaatay. Waxa aad kulanka ku go'aamiseen hadda waxay ku jiraan app-ka, kamaraduna way dansan tahay.
# needs-native-review
camera-no-child-page = Bogga kamarada furay hadda ma furna. Mar kale taabo “Ka hel kulanka”.
# needs-native-review
camera-missing-child = Qalabkan ma laha kamarad uu app-ku isticmaali karo. Beddelkeeda weydiiso soo koobidda oo warqad ku qoran.
# needs-native-review
camera-refused-child = Kamarada lama isticmaali karo. U oggolow kamarada biraawsarka, ama beddelkeeda weydiiso soo koobidda oo warqad ku qoran.
# needs-native-review
receive-link = Ka hel kulanka
# needs-native-review
receive-heading = Ka hel kulanka
# needs-native-review
receive-explain = Marka kulanku kuu muujiyo koodhadh: taabo “Fur kamarada” oo kamarada u qabo shaashadda koodhadhka leh ilaa dhammaan qaybaha la akhriyo.
# needs-native-review
receive-kept-here = Waxa la go'aamiyay waxaa lagu kaydiyaa qalabkan oo keliya, sida giraangir gooni ah. Waad ku quful kartaa eray sir ah, waadna tirtiri kartaa markaad doonto.
# needs-native-review
receive-open-camera = Fur kamarada
# needs-native-review
receive-window-blocked = Kamarada lagama furi karin daaqad gooni ah. U oggolow daaqadaha boggan oo mar kale isku day.
# needs-native-review
receive-not-summary = Taasi ma ahayn soo koobid ka timid kulanka. Ka codso kulanka inuu muujiyo koodhadhka “Soo koobid loogu talagalay ilmaha”.
# needs-native-review
receive-not-kept = Laguma kaydin karin qalabkan. Wax kale lama beddelin.
# needs-native-review
promised-heading = Waxa aan ku go'aansannay kulanka
# needs-native-review
promised-made-on = Kulanka { $date }
# needs-native-review
promised-next = Kulanka xiga: { $date }
# needs-native-review
promised-coordinator = Haddii wax kuu caddayn waayaan, weydii: { $contact }
# needs-native-review
promised-needs = Waxa loo baahan yahay
# needs-native-review
promised-what = Maxaa
# needs-native-review
promised-who = Yaa
# needs-native-review
promised-when = Goorma
# needs-native-review
promised-happened-question = Ma dhacday?
# needs-native-review
promised-happened-yes = Haa, way dhacday
# needs-native-review
promised-happened-no = Maya, ma dhicin
# needs-native-review
promised-feels-question = Sidee u dareemaysaa hadda?
# needs-native-review
promised-marks-leave = Waxa aad halkan ka jawaabto waxay la socdaan giraangirta marka aad la wadaagto kulanka xiga. Wax kale oo halkan ku qoran lama socdaan.
# needs-native-review
share-marks-heading = Waxa aad ka qabto waxa aan go'aansannay
# needs-native-review
share-mark-feels = Dareenka hadda: { $face }
# needs-native-review
import-error-file = { $file }: { $problem } Wax kale lama beddelin.
# needs-native-review
import-done = { $file } waa la soo geliyay.
# needs-native-review
plan-perspectives-heading = Ku jira qabyo-qoraalka
# needs-native-review
plan-include = Ku dar { $name }
# needs-native-review
plan-no-drafts = Weli giraangir lama soo gelin.
# needs-native-review
plan-no-areas = Qofna baahi kama arkin qaybaha la wadaagay.
# needs-native-review
plan-details-heading = Ku saabsan qorshaha
# needs-native-review
plan-child-name = Magaca ilmaha
# needs-native-review
plan-made-on = Taariikhda
# needs-native-review
plan-coordinator = Isuduwaha mas'uulka ka ah wada-shaqaynta
# needs-native-review
plan-contact-name = Magaca
# needs-native-review
plan-contact-organisation = Hay'adda
# needs-native-review
plan-contact-reach = Taleefan ama iimayl
# needs-native-review
plan-next-evaluation = Qiimaynta xigta
# needs-native-review
plan-participants = Ka-qaybgalayaasha shirka
# needs-native-review
plan-made-drawing = Sawir ayuu sawiray
# needs-native-review
plan-made-voice-note = Fariin cod ah ayuu duubay
# needs-native-review
plan-child-mark = Waxa la isku raacay markii hore
# needs-native-review
plan-mark-feels-now = Dareenka hadda
# needs-native-review
plan-needs = Baahiyaha
# needs-native-review
plan-actions = Tallaabooyinka taageerada
# needs-native-review
plan-action-legend = Tallaabo { $number }
# needs-native-review
plan-action-what = Maxaa la sameynayaa
# needs-native-review
plan-action-who = Yaa
# needs-native-review
plan-action-when = Goorma
# needs-native-review
plan-action-when-hint = Taariikh ama inta jeer, tusaale ahaan toddobaad kasta
# needs-native-review
plan-action-missing = lama qorin
# needs-native-review
plan-action-incomplete = Ma dhammaystirna: qor cidda samaynaysa iyo goorta.
# needs-native-review
plan-action-add = Ku dar tallaabo
# needs-native-review
plan-action-remove = Ka saar tallaabada { $number }
# needs-native-review
plan-action-removed = Tallaabada { $number } waa la saaray. Riix Ka noqo haddii aad rabto inay soo noqoto.
# needs-native-review
plan-action-undo = Ka noqo
# needs-native-review
plan-include-child-words = Ku dar erayada ilmaha marka qorshaha la koobiyeeyo oo la daabaco
# needs-native-review
plan-include-child-words-hint = La'aantood koobiga iyo daabacaaddu waxay sidaan jawaabaha, baahiyaha iyo tallaabooyinka oo keliya, si qorshuhu u gaabnaado.
# needs-native-review
plan-coordinator-task = Mas'uulka iskaashiga waxaa lagu doortaa shirka iyadoo ilmaha iyo waalidiinta joogaan. Wuxuu qorshaha ka dhigaa mid nool wuxuuna u yeeraa qiimaynta.
# needs-native-review
plan-consent-given = Oggolaansho
# needs-native-review
plan-consent-gathered-by = Oggolaanshaha waxaa soo ururiyay
# needs-native-review
plan-contact = Qofka xiriirka
# needs-native-review
plan-copy = Koobi qorshaha qoraal ahaan
# needs-native-review
plan-print = Daabac qorshaha
# needs-native-review
prepare-text-heading = Go'aanka ka hor – qiimaynta mas'uulka danta ugu wanaagsan ee ilmaha (Praxismodellen tallaabada 2)
# needs-native-review
prepare-responsible = Mas'uulka danta ugu wanaagsan ee ilmaha
# needs-native-review
prepare-assessment = Qiimayntayda
# needs-native-review
prepare-decision = Go'aan
# needs-native-review
prepare-decision-own = Hay'addeena ayaa bixinaysa taageerada
# needs-native-review
prepare-decision-other = Hay'ad kale oo keliya ayaa la weydiinayaa
# needs-native-review
prepare-decision-meeting = Shir iskaashi ayaa la isugu yeerayaa
# needs-native-review
prepare-decision-note = Maxay, yaa iyo goorma
# needs-native-review
consent-heading = Oggolaansho
# needs-native-review
consent-reminder = Ka hor inta aan macluumaad la kala gudbin hay'adaha, mas'uulka danta ugu wanaagsan ee ilmaha (Barnens bästa-ansvarig) waa inuu helay oggolaanshaha waalidiinta iyo ka ilmaha, si ku habboon da'da ilmaha. Taas waxaa la sameeyaa shirka ka hor. Oggolaanshaha waa la celin karaa wakhti kasta.
# needs-native-review
consent-print = Daabac foomka oggolaanshaha
# needs-native-review
consent-text = Aniga/annagu waxaan oggol nahay in macluumaadka loo baahan yahay ee qorshaha ilmaha ee { $name } la kala gudbiyo hay'adaha hoose, si ilmuhu u helo taageerada saxda ah:
# needs-native-review
consent-withdraw = Oggolaanshuhu wuu shaqaynayaa ilaa ogeysiis kale. Wakhti kasta waa la celin karaa, af ahaan ama qoraal ahaan, mas'uulka danta ugu wanaagsan ee ilmaha.
# needs-native-review
consent-child = Ilmaha waxaa loo sheegay waxa oggolaanshuhu macnaheedu yahay, si ku habboon da'diisa, wuxuuna helay fursad uu ku sheego waxa uu u malaynayo.
# needs-native-review
consent-child-signature = Magaca ilmaha, iyo saxiixiisa haddii uu doonayo, iyo taariikhda
# needs-native-review
consent-gathered-signature = Waxaa soo ururiyay mas'uulka danta ugu wanaagsan ee ilmaha: magaca, hay'adda iyo taariikhda
# needs-native-review
plan-consent-date = Taariikhda oggolaanshaha la bixiyay
# needs-native-review
plan-consent-given-by-field = Yaa bixiyay oggolaanshaha (waalidiinta iyo ilmaha)
# needs-native-review
plan-consent-gathered-by-field = Yaa soo ururiyay oggolaanshaha (Barnens bästa-ansvarig)
# needs-native-review
consent-signature = Saxiixa mas'uulka ilmaha, magaca oo si cad loo qoray iyo taariikhda

## Saving and loading

# needs-native-review
save-saved = Waxaa lagu kaydiyay qalabkan.
# needs-native-review
save-other-tab = Giraangirtan waxaa isla waqtigaas lagu beddelay tab kale. Halka labaduba ay isku wax beddeleen, waxaa la qaatay wixii ugu dambeeyay ee la kaydiyay.
# needs-native-review
save-failed = Laguma kaydin karin qalabkan. Waxaad qortay weli shaashadda ayay ku jiraan – ha xirin bogga.
# needs-native-review
load-error-not-ours = Tani ma aha giraangir ka timid Giraangirta Danta Ilmaha.
# needs-native-review
load-error-future = Giraangirtan waxaa lagu sameeyay nooc cusub oo app-ka ah. Cusboonaysii app-ka oo isku day mar kale.
# needs-native-review
load-error-damaged = Giraangirtan waa waxyeelloobtay, lamana akhrin karin.
# needs-native-review
draft-not-found = Giraangir sidaas ah kuma jirto qalabkan. Waxaa laga yaabaa in la tirtiray.
# needs-native-review
area-not-found = Qaybtaas kuma jirto giraangirta.
# needs-native-review
stored-damaged = { $count ->
    [one] Hal giraangir oo la kaydiyay lama akhrin karin. Sideedii ayay u taal, lama taaban.
   *[other] { $count } giraangirood oo la kaydiyay lama akhrin karin. Sidoodii ayay u yaallaan, lama taaban.
}

# needs-native-review
# Passphrase lock: a draft on this device, or a shared file.
lock-summary = Ku quful eray sir ah
# needs-native-review
lock-explain = { $who ->
    [guardian] Haddii aad isticmaasho eray sir ah, qofka garanaya erayga sirta ah oo keliya ayaa akhrin kara waxa halkan ku qoran, xitaa haddii qof kale isticmaalo qalabka. Haddii aad ilowdo erayga sirta ah, dib looma heli karo.
   *[other] { $age ->
        [young] Haddii aad isticmaasho eray sir ah, qof kale ma akhrin karo giraangirtaada. Weydii qof weyn inuu kaa caawiyo inaad xasuusato erayga sirta ah.
       *[other] Haddii aad isticmaasho eray sir ah, qofka garanaya erayga sirta ah oo keliya ayaa akhrin kara giraangirtaada, xitaa haddii qof kale isticmaalo qalabka. Haddii aad ilowdo erayga sirta ah, dib looma heli karo.
    }
}
# needs-native-review
lock-passphrase-label = Dooro eray sir ah (ugu yaraan 8 xaraf)
# needs-native-review
lock-repeat-label = Mar kale qor isla erayga sirta ah
# needs-native-review
lock-button = Quful giraangirta
# needs-native-review
lock-working = Waa la qufulayaa …
# needs-native-review
lock-error-too-short = Erayga sirta ahi waa inuu lahaadaa ugu yaraan 8 xaraf.
# needs-native-review
lock-error-repeat = Labada eray sir ah isku mid ma aha. Isla erayga sirta ah laba jeer qor.
# needs-native-review
lock-error-unavailable = Biraawsarkan kuma quful karo eray sir ah. Waxba lama beddelin.
# needs-native-review
lock-error-full = Giraangirta lama quful: qalabka boos looma hayo in lagu quflo duubitaannada iyo sawirrada. Waxba lama beddelin. Boos samee oo mar kale isku day.
# needs-native-review
lock-error-media = Giraangirta lama quful: duubitaannada iyo sawirrada lama quful karin. Waxba lama beddelin. Mar kale isku day.
# needs-native-review
lock-remove-error = Qufulku wuu jiraa weli: duubitaannada iyo sawirrada lama furi karin. Waxba lama beddelin. Mar kale isku day.
# needs-native-review
lock-is-on = Giraangirta waxaa lagu qufulay eray sir ah. Mar kale ayaa la qufulayaa haddii aan qofna isticmaalin { $minutes } daqiiqo.
# needs-native-review
lock-now = Hadda quful
# needs-native-review
lock-remove = Ka saar erayga sirta ah
# needs-native-review
unlock-heading = Giraangirta waa qufulan tahay
# needs-native-review
unlock-explain = Qor erayga sirta ah si aad u furto giraangirta.
# needs-native-review
unlock-label = Erayga sirta ah
# needs-native-review
unlock-button = Fur
# needs-native-review
unlock-working = Waa la furayaa …
# needs-native-review
unlock-error-wrong = Erayga sirta ah waa khalad. Waxba lama beddelin – isku day mar kale.
# needs-native-review
unlock-forgot = Ma ilowday erayga sirta ah? Markaas lama akhrin karo waxa ku qoran. Waxaad giraangirta ka tirtiri kartaa bogga bilowga oo dib u bilaabi kartaa.
# needs-native-review
draft-locked = Giraangir qufulan
# needs-native-review
share-lock-file = Ku quful faylka eray sir ah
# needs-native-review
share-lock-file-explain = Qofka akhrinaya faylka wuxuu u baahan yahay erayga sirta ah. U sheeg si kale oo aan ahayn sida aad faylka u dirayso, tusaale ahaan taleefanka.
# needs-native-review
import-locked = { $file } waa qufulan yahay. Qor erayga sirta ah si aad u soo geliso.
# needs-native-review
lock-error-common = Erayga sirta ahi waa mid ka mid ah kuwa ugu caansan, waana fududahay in la qiyaaso. Dooro mid kale, tusaale ahaan dhowr eray oo isku xiga.
# needs-native-review
lock-delete-note = Qof kasta oo isticmaala qalabkan wuu tirtiri karaa giraangir qufulan, laakiin ma akhrin karo.
# needs-native-review
save-newer-version = Nooc cusub oo app-ka ah ayaa giraangirtan ku kaydiyay tab kale. Tab-kani kuma kaydinayo korkeeda. Waxaad qortay weli shaashadda ayay ku jiraan – dib u soo geli bogga si aad u sii wadato.
# needs-native-review
load-error-no-version = Faylku ma sheegayo nooca app-ka ee sameeyay. Waxaa laga yaabaa in la beddelay ama uu waxyeelloobay, lamana akhrin karin.
# needs-native-review
load-error-too-long = Faylku wuxuu leeyahay qoraallo ka dheer inta app-ku oggol yahay, lamana akhrin karin.
# needs-native-review
update-ready = Waxaa diyaar ah nooc cusub oo app-ka ah. Wax kasta oo kaydsan way sii jirayaan marka aad beddesho.
# needs-native-review
update-now = U beddel nooca cusub

## About the app, closed at the foot of every page: the version, the source code's date,
## the licences and where the source code is (the address the county gave when it built the app).

# needs-native-review
about-heading = Ku saabsan app-ka
# needs-native-review
about-version = Nooca { $version }
# needs-native-review
about-version-commit = Nooca { $version } ({ $commit })
# needs-native-review
about-date = Taariikhda koodhka isha: { $date }
# needs-native-review
about-date-unknown = Taariikhda koodhka isha lama yaqaan: app-ka waxaa la dhisay git la'aan.
# needs-native-review
about-licences = Shatiyada
# needs-native-review
about-licence-app = App-ku waa barnaamij xor ah: waxaa lagu isticmaali karaa shatiga MIT ama Apache-2.0, kii aad doorato.
# needs-native-review
about-licence-pictograms = Sawirrada waxaa loo sawiray app-ka, qof kastaana si xor ah ayuu u isticmaali karaa (CC0-1.0).
# needs-native-review
about-licence-parts = Qaybaha app-ka laga dhisay, mid kasta noociisa iyo shatigiisa:
# needs-native-review
about-source = Koodhka isha wuxuu yaallaa { $address }
# needs-native-review
about-source-not-set = Cinwaanka koodhka isha lama bixin markii app-ka la dhisay.

## Draw: a drawing per area (src/child/drawing_pad.rs, src/ui/drawing_picture.rs)
# needs-native-review
drawing-heading = Sawir samee, haddii aad rabto
# needs-native-review
drawing-hint = Ku sawir farta, jiirka ama qalin.
# needs-native-review
drawing-surface-empty = Meesha sawirka. Way madhan tahay.
# needs-native-review
drawing-surface-strokes = Meesha sawirka oo leh sawirkaaga: { $count ->
    [one] hal xariiq
   *[other] { $count } xariiqood
}.
# needs-native-review
drawing-surface-text = Meesha sawirka oo leh sawirkaaga: { $text }
# needs-native-review
drawing-colours = Midab
# needs-native-review
drawing-colour-black = Madow
# needs-native-review
drawing-colour-red = Casaan
# needs-native-review
drawing-colour-blue = Buluug
# needs-native-review
drawing-colour-green = Cagaar
# needs-native-review
drawing-colour-yellow = Jaalle
# needs-native-review
drawing-colour-brown = Bunni
# needs-native-review
drawing-undo = Ka noqo
# needs-native-review
drawing-clear = Tirtir dhammaan
# needs-native-review
drawing-undone = Kii ugu dambeeyay waa baxay.
# needs-native-review
drawing-cleared = Sawirkii waa baxay. Riix Ka noqo haddii aad rabto inuu soo laabto.
# needs-native-review
drawing-text-label = Maxuu sawirku muujinayaa?
# needs-native-review
drawing-text-hint = Haddii aad rabto. Tan waxaa kor loogu akhriyaa qofka aan sawirka arki karin.
# needs-native-review
drawing-not-opened = Sawirka lama furi karin.
# needs-native-review
drawing-picture = Sawir: { $text }
# needs-native-review
drawing-picture-untitled = Sawir
## Drawings and voice notes kept on the device (IndexedDB)

# needs-native-review
media-error-unavailable = Browser-kani ma kaydin karo cod ama sawirro. Wax kasta oo kale sidii caadiga ahayd ayaa loo kaydiyaa.
# needs-native-review
media-error-full = Qalabka boos uma harin, sidaa darteed tan lama kaydin. Wixii hore loo kaydiyey dhammaan way jiraan.
# needs-native-review
media-error-wrong-key = Tan waxaa lagu xiray fure kale, halkanna laguma furi karo.
# needs-native-review
media-error-damaged = Wixii la kaydiyey lama akhrin karo. Sidii uu ahaa ayuu ku harayaa.

## Voice note on an area ("Säg det")

# needs-native-review
voice-heading = Dheh
# needs-native-review
voice-explain = { $who ->
    [guardian] Waxaad duubi kartaa waxa aad rabto inaad sheegto, ugu badnaan hal daqiiqo. Waxaa lagu kaydiyaa qalabkan oo keliya.
   *[other] { $age ->
        [young] Codkaaga ayaad ku sheegi kartaa waxa aad rabto. Qof weyn ayaa ku caawin kara.
       *[other] Codkaaga ayaad ku sheegi kartaa waxa aad rabto halkii aad qori lahayd, ugu badnaan hal daqiiqo. Halkan oo keliya ayaa lagu kaydiyaa.
    }
}
# needs-native-review
voice-record = Duub
# needs-native-review
voice-stop = Jooji
# needs-native-review
voice-recording-started = Hadda waa la duubayaa.
# needs-native-review
voice-elapsed = { $seconds } ka mid ah { $limit } ilbiriqsi
# needs-native-review
voice-stopped-at-limit = Hal daqiiqo ayaa dhammaatay, sidaa darteed duubistii way istaagtay.
# needs-native-review
voice-listen = { $who ->
    [guardian] Dhegayso duubista ka hor intaadan kaydin.
   *[other] Dhegayso waxa aad tidhi. Ma rabtaa inaad kaydiso?
}
# needs-native-review
voice-your-recording = Duubistaada
# needs-native-review
voice-keep = Kaydi duubista
# needs-native-review
voice-discard = Tirtir oo dib u bilow
# needs-native-review
voice-kept = { $who ->
    [guardian] Duubista waa la kaydiyey.
   *[other] Waxa aad tidhi waa la kaydiyey.
}
# needs-native-review
voice-delete = Tirtir duubista
# needs-native-review
voice-deleted = Duubista waa la tirtiray.
# needs-native-review
voice-no-microphone = { $who ->
    [guardian] Halkan lagama duubi karo, sababtoo ah makarafoon ma jiro. Waxaad qori kartaa beddelkeeda.
   *[other] { $age ->
        [young] Halkan lagama duubi karo, sababtoo ah makarafoon ma jiro. Waxaad sawiri kartaa beddelkeeda, ama qof weyn ka codso inuu qoro.
       *[other] Halkan lagama duubi karo, sababtoo ah makarafoon ma jiro. Waxaad sawiri kartaa ama qori kartaa beddelkeeda.
    }
}
# needs-native-review
voice-permission-refused = { $who ->
    [guardian] Halkan lagama duubi karo, sababtoo ah makarafoonka lama isticmaali karo. Waxaad qori kartaa beddelkeeda.
   *[other] { $age ->
        [young] Halkan lagama duubi karo, taasna waa caadi. Waxaad sawiri kartaa beddelkeeda, ama qof weyn ka codso inuu qoro.
       *[other] Halkan lagama duubi karo, sababtoo ah makarafoonka lama isticmaali karo. Waa caadi – waxaad sawiri kartaa ama qori kartaa beddelkeeda.
    }
}
# needs-native-review
voice-not-supported = { $who ->
    [guardian] Browser-kani ma duubi karo. Waxaad qori kartaa beddelkeeda.
   *[other] { $age ->
        [young] Halkan lagama duubi karo. Waxaad sawiri kartaa beddelkeeda, ama qof weyn ka codso inuu qoro.
       *[other] Halkan lagama duubi karo. Waxaad sawiri kartaa ama qori kartaa beddelkeeda.
    }
}
# needs-native-review
voice-failed = Duubistu ma shaqayn. Mar kale ayaad isku dayi kartaa.
# needs-native-review
voice-too-large = Duubistu aad bay u weynaatay in la kaydiyo. Isku day mid ka gaaban.

## The journey over time: per area, how each person's answer moved from meeting to meeting (a small chart)
# needs-native-review
journey-heading = Sida jawaabaha isu beddeleen kulan ilaa kulan
# needs-native-review
journey-meetings = Kulamada: { $dates }
# needs-native-review
journey-tag-child = Ilmaha
# needs-native-review
journey-tag-guardian = Mas'uul { $letter }
# needs-native-review
journey-tag-professional = Xirfadle { $letter }
