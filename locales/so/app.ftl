# Barnets bästa-hjulet (the wheel of what is best for the child): the app's own texts, in Somali.
# Translated from Swedish, the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

app-name = Giraangirta Danta Ilmaha
skip-to-content = U gudub qoraalka bogga

## Language and read-aloud, in the header

language-label = Luqadda
# The language's own name for itself, shown in the picker.
language-name = Soomaali
language-load-failed = Luqadda lama soo dejin karin. Isku day mar kale marka aad internet haysato.
read-aloud = Cod ku akhri
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = Cod ku akhri: { $text }
read-aloud-stop = Jooji akhriska
read-aloud-no-voice = Qalabkan ma laha cod akhrin kara Soomaali.
read-aloud-unsupported = Biraawsarkan cod kuma akhrin karo qoraalka.
auto-read-label = Cod ku akhri bog kasta oo cusub

## Privacy and help, always on screen

privacy-note = { $age ->
    [young] Qofna ma arko jawaabahaaga haddii aadan rabin.
   *[other] Qofna ma arko jawaabahaaga ilaa adigu aad doorato inaad la wadaagto. Waxaa lagu kaydiyaa qalabkan oo keliya.
}
help-open = Ma u baahan tahay caawimaad hadda?
help-heading = Caawimaad hadda
help-emergency = Wac 112 haddii qof khatar ku jiro hadda.
help-bris = Wac BRIS 116 111 – waa lacag la'aan, habeen iyo maalin, mana aha inaad sheegto cidda aad tahay. Waxaad sidoo kale kula sheekaysan kartaa bris.se.
help-adult = U sheeg qof weyn oo aad aaminto, tusaale ahaan macallin, kalkaalisada dugsiga ama qof qoyskaaga ka mid ah.
help-call-112 = Wac { $number }
help-call-bris = Wac BRIS { $number }
help-close = Xir
safety-alert-heading = Waxa aad ka jawaabtay waa muhiim.
safety-alert-text = { $who ->
    [guardian] Haddii ilmuhu aanu ammaan ahayn: wac 112 haddii ay khatar jirto. Qof kasta oo ka shakiya in ilmo la dhibayo wuxuu u gudbin karaa warbixin walaac (orosanmälan) adeegga bulshada ee degmada – wac xarunta taleefannada degmada, ama 112 haddii ay degdeg tahay.
   *[other] { $age ->
        [young] Qofna uma banna inuu ku dhibo, weligeedna ma aha qaladkaaga. U sheeg qof weyn oo aad aaminsan tahay. Haddii aad khatar ku jirto, wac 112.
       *[other] Qofna uma banna inuu ku dhibo, weligeedna ma aha qaladkaaga. Haddii aad khatar ku jirto, wac 112. BRIS 116 111 ayaa jawaab bixiya habeen iyo maalin.
    }
}
safety-alert-private = Barnaamijku jawaabahaaga cidna uma diro.
safety-gentle-heading = Looma baahna inaad jawaabto.
safety-gentle-text = { $who ->
    [guardian] Halkan looma baahna inaad ka jawaabto. Haddii ilmuhu aanu nabad qabin: wac 112 haddii khatar jirto.
   *[other] Waa caadi haddii aadan rabin inaad jawaabto. Haddii wax aysan kugu fiicnayn, waxaad la hadli kartaa qof weyn oo aad aaminsan tahay, ama wac BRIS: 116 111. Weligeed ma aha qaladkaaga.
}

## Shared devices: leave at once, or delete everything

quick-exit = Dhakhso u bax
delete-all-heading = Tirtir wax walba
delete-all-text = Ma dad badan baa isticmaala qalabkan? Halkan waxaad ka tirtiri kartaa wax kasta oo app-ku ku kaydiyay qalabkan: dhammaan giraangirraha, qorshaha iyo dejinta.
delete-all = Tirtir wax walba oo qalabkan ku jira
delete-all-question = Wax kasta oo app-ku ku kaydiyay qalabkan waa la tirtirayaa. Dib looma soo celin karo. Ma rabtaa inaad sidaas samayso?
delete-all-yes = Haa, tirtir wax walba
delete-all-no = Maya, hay
delete-all-done = Wax walba waa laga tirtiray qalabkan.

## Start page

start-heading = Giraangirta Danta Ilmaha
start-intro = { $age ->
    [young] Halkan waxaad ku muujin kartaa sida aad tahay. Taabo sawirrada.
   *[other] Halkan waxaad ku sheegi kartaa sida aad tahay guriga, dugsiga iyo waqtiga firaaqada – qayb qayb.
}
start-new-heading = Giraangir cusub
start-nickname-label = Maxaad rabtaa in laguugu yeero? Uma baahnid inaad wax qorto.
start-age-legend = Immisa jir baad tahay?
age-young = 4–7 sano
age-middle = 8–12 sano
age-teen = 13–17 sano
start-button = Bilow giraangirtayda
start-who-legend = Yaa buuxinaya?
who-choice-child = Anigu waxaan ahay ilmaha
who-choice-guardian = Waxaan ahay mas'uulka ilmaha (waalid)
start-child-name-label = Magaca ilmaha (magaca hore ayaa ku filan)
start-author-label = Yaad tahay? Tusaale ahaan hooyo, aabbe ama magacaaga.
start-child-age-legend = Immisa jir buu yahay ilmuhu?
start-guardian-button = Bilow aragtidayda ku saabsan ilmaha
start-plan-heading = Loogu talagalay shirka
start-plan-text = Ma leedihiin shir wada-shaqayn? Soo geli giraangirraha la wadaagay oo samee qabyo-qoraal ah “Qorshaha Ilmaha”.
start-plan-button = Samee qabyo-qoraal ah “Qorshaha Ilmaha”
nav-classroom = Giraangirta fasalka (macallimiinta)
start-continue-heading = Ka sii wad meeshii aad joogtay
draft-unnamed = Giraangirtayda
draft-changed = La beddelay { $days ->
        [0] maanta
        [1] shalay
       *[other] { $days } maalmood ka hor
    }
draft-progress = { $count ->
    [one] { $count } qayb oo ka mid ah { $total } waa diyaar
   *[other] { $count } qaybood oo ka mid ah { $total } waa diyaar
}
draft-continue = Ku sii wad { $name }
draft-delete = Tirtir { $name }
draft-delete-question = Ma rabtaa inaad tirtirto { $name }? Jawaabaha waa ka lumayaan qalabkan, dibna looma soo celin karo.
draft-delete-yes = Haa, tirtir
draft-delete-no = Maya, hay
draft-deleted = Giraangirta waa la tirtiray.

## The wheel

wheel-heading = Giraangirtayda
wheel-heading-named = Giraangirtayda – { $name }
wheel-instructions = { $who ->
    [guardian] Dooro qayb giraangirta ka mid ah oo sheeg sida aad u aragto xaaladda ilmaha. Aragtidaada waxaa loo kaydiyaa si ka gooni ah tan ilmaha iyo tan mas'uuliyiinta kale ee ilmaha.
   *[other] { $age ->
        [young] Taabo sawir.
       *[other] Dooro qayb giraangirta ka mid ah. Waxaad u qaadan kartaa si kasta oo aad rabto ha u kala horreeyaan.
    }
}
wheel-label = Giraangirta Danta Ilmaha oo leh toddoba qaybood
wheel-progress = { $count ->
    [0] Weli kama aadan jawaabin qayb.
    [one] Waxaad ka jawaabtay { $count } ka mid ah { $total } qaybood.
   *[other] Waxaad ka jawaabtay { $count } ka mid ah { $total } qaybood.
}
segment-label = { $area }: { $answer }
segment-not-answered = weli lagama jawaabin
wheel-about-me = Wax igu saabsan
wheel-nickname-label = Magac ama naanays
wheel-age-legend = Da'da (waxay beddeshaa sida qoraallada loo qoray)

## An area

area-scale-question = { $who ->
    [guardian] Xaaladda ilmuhu sidee bay tahay halkan, sida aad adigu u aragto?
   *[other] { $age ->
        [young] Sidee bay tahay?
       *[other] Xaaladdaadu sidee bay tahay halkan?
    }
}
scale-very-bad = Aad u xun
scale-bad = Xun
scale-between = Dhexdhexaad
scale-good = Fiican
scale-very-good = Aad u fiican
scale-dont-know = Ma garanayo
scale-rather-not-say = Ma rabo inaan ka jawaabo
scale-clear = Tirtir jawaabtayda
words-heading = { $who ->
    [guardian] Erayadaada (ikhtiyaari)
   *[other] { $age ->
        [young] Ma rabtaa inaad wax kale sheegto? Qof weyn ayaa kaa caawin kara qoritaanka.
       *[other] Ma rabtaa inaad wax qorto? Khasab ma aha.
    }
}
words-good = { $who ->
    [guardian] Tani si fiican ayay ugu shaqaysaa ilmaha
   *[other] { $age ->
        [young] Tani way fiican tahay
       *[other] Tani way fiican tahay
        [teen] Waxa si fiican u shaqeeya
    }
}
words-hard = { $who ->
    [guardian] Tani way ku adag tahay ilmaha
   *[other] { $age ->
        [young] Tani way adag tahay
       *[other] Tani way adag tahay
        [teen] Waxa adag
    }
}
words-would-help = { $who ->
    [guardian] Waxaan u malaynayaa in tani caawin lahayd ilmaha
   *[other] { $age ->
        [young] Tani way caawin lahayd
       *[other] Tani way i caawin lahayd
        [teen] Waxa i caawin lahaa
    }
}
area-articles = { $count ->
    [one] Heshiiska Xuquuqda Carruurta, qodobka { $articles }
   *[other] Heshiiska Xuquuqda Carruurta, qodobbada { $articles }
}
nav-previous = Qaybtii hore: { $area }
nav-next = Qaybta xigta: { $area }
nav-wheel = Ku noqo giraangirta
nav-done = Waa dhammaaday – ku noqo giraangirta
nav-start = U gal bogga bilowga

## Whose view

who-child = Ilmaha
who-guardian = Mas'uulka ilmaha ({ $name })
who-guardian-unnamed = Mas'uulka ilmaha
who-professional = Xirfadle ({ $name })
who-professional-unnamed = Xirfadle

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

guide-heading = Yaa mas'uul ka ah in ilmahaygu helo taageero?
guide-intro = Ilmo kasta oo ku nool Kronoberg wuxuu leeyahay qof mas'uul ka ah fayoqabka ilmaha (Barnens bästa-ansvarig): qofka hubiya in ilmuhu helo taageerada saxda ah waqtiga saxda ah. Qofkaasi waa uu kala duwan yahay, iyadoo ku xiran da'da ilmaha iyo dugsiga uu dhigto:
guide-pregnancy = Dhalashada ka hor: daryeelka caafimaadka hooyooyinka uurka leh (mödrahälsovården).
guide-bvc = Dhalashada ilaa ilmuhu ka bilaabo xannaanada ama dugsiga: xarunta caafimaadka carruurta (BVC).
guide-preschool = Xannaanada (förskola): maamulaha xannaanada.
guide-school = Dugsiga, ilaa ilmuhu ka gaaro 18 sano: maamulaha dugsiga uu ilmuhu dhigto.
guide-kaa = Dhallinyarada aan dhigan dugsiga sare: mas'uuliyadda degmada ee dhallinyarada aan waxbarasho ku jirin (KAA).

## Sharing: nothing leaves the device without this screen and a confirm

share-open = La wadaag
share-heading = Waxaad la wadaagi kartaa kuwan
share-intro = Kaliya waxa aad halkan ku aragto ayaa ka baxa qalabka, iyo keliya marka adigu aad doorato hab aad ku wadaagto. Dami qaybaha aad rabto inaad naftaada u hayso.
share-area-switch = La wadaag { $area }
share-area-private = Lama wadaagayo
share-no-answer = Jawaab ma jirto
share-confirm = Waan arkay waxa la wadaagayo.
share-ways-heading = Dooro sida aad u wadaagayso
share-download = U kaydi fayl ahaan
share-print = Daabac ama u kaydi PDF ahaan
share-copy-all = Koobi dhammaan qoraal ahaan
share-copy-area = Koobi qoraal ahaan
share-system = Ku wadaag app
share-copied = Waa la koobiyeeyay.
share-copy-failed = Koobiyeyntu ma suurtagelin. Calaamadee qoraalka oo adigu koobi.
share-nothing = Wax aad la wadaagto ma aadan dooran.
share-back = Ku noqo giraangirta
print-footer = La daabacay { $date }. Boggan wuxuu ka yimid Giraangirta Danta Ilmaha.
print-draft-footer = Qabyo-qoraal, la daabacay { $date }. Boggan wuxuu ka yimid Giraangirta Danta Ilmaha.

## Barnets plan: the meeting's draft

plan-heading = Qorshaha Ilmaha – qabyo-qoraal
plan-intro = Soo geli faylasha ay wadaageen ilmaha iyo mas'uuliyiinta ilmaha. Qorshuhu wuxuu muujinayaa oo keliya qaybaha uu qof ku arkay baahi, jawaab kastana sidii loo bixiyay ayay u taal.
import-button = Dooro faylasha la soo gelinayo
import-drop = Ama faylasha halkan ku soo dhig.
import-error-too-large = Faylku aad ayuu u weyn yahay inuu noqdo fayl giraangirta ah (ka badan 8 MB).
import-error-file = { $file }: { $problem } Wax kale lama beddelin.
import-done = { $file } waa la soo geliyay.
plan-perspectives-heading = Ku jira qabyo-qoraalka
plan-include = Ku dar { $name }
plan-no-drafts = Weli giraangir lama soo gelin.
plan-no-areas = Qofna baahi kama arkin qaybaha la wadaagay.
plan-details-heading = Ku saabsan qorshaha
plan-child-name = Magaca ilmaha
plan-made-on = Taariikhda
plan-coordinator = Isuduwaha mas'uulka ka ah wada-shaqaynta
plan-contact-name = Magaca
plan-contact-organisation = Hay'adda
plan-contact-reach = Taleefan ama iimayl
plan-next-evaluation = Dib-u-eegista xigta
plan-participants = Ka-qaybgalayaasha shirka
plan-needs = Baahiyaha
plan-actions = Tallaabooyinka taageerada
plan-action-legend = Tallaabo { $number }
plan-action-what = Maxaa la sameynayaa
plan-action-who = Yaa
plan-action-when = Goorma
plan-action-when-hint = Taariikh ama inta jeer, tusaale ahaan toddobaad kasta
plan-action-missing = lama qorin
plan-action-incomplete = Ma dhammaystirna: qor cidda samaynaysa iyo goorta.
plan-action-add = Ku dar tallaabo
plan-action-remove = Ka saar tallaabada { $number }
plan-include-child-words = Ku dar erayada ilmaha marka qorshaha la koobiyeeyo oo la daabaco
plan-include-child-words-hint = La'aantood koobiga iyo daabacaaddu waxay sidaan jawaabaha, baahiyaha iyo tallaabooyinka oo keliya, si qorshuhu u gaabnaado.
plan-coordinator-task = Mas'uulka iskaashiga waxaa lagu doortaa shirka iyadoo ilmaha iyo waalidiinta joogaan. Wuxuu qorshaha ka dhigaa mid nool wuxuuna u yeeraa qiimaynta.
plan-consent-given = Oggolaansho
plan-consent-gathered-by = Oggolaanshaha waxaa soo ururiyay
plan-contact = Qofka xiriirka
plan-copy = Koobi qorshaha qoraal ahaan
plan-print = Daabac qorshaha
consent-heading = Oggolaansho ayaa loo baahan yahay
consent-reminder = Ka hor inta aan aragtiyaha ilmaha iyo mas'uuliyiinta ilmaha lala wadaagin hay'adaha kale, mas'uuliyiintu waa inay marka hore bixiyaan oggolaanshahooda.
consent-print = Daabac foomka oggolaanshaha
consent-text = Aniga/annagu waxaan oggolaanay in macluumaadka ku saabsan { $name } la dhexmariyo hay'adahan, si ilmuhu u helo taageerada saxda ah:
consent-signature = Saxiixa mas'uulka ilmaha, magaca oo si cad loo qoray iyo taariikhda

## Saving and loading

save-saved = Waxaa lagu kaydiyay qalabkan.
save-other-tab = Giraangirtan waxaa isla waqtigaas lagu beddelay tab kale. Halka labaduba ay isku wax beddeleen, waxaa la qaatay wixii ugu dambeeyay ee la kaydiyay.
save-failed = Laguma kaydin karin qalabkan. Waxaad qortay weli shaashadda ayay ku jiraan – ha xirin bogga.
load-error-not-ours = Tani ma aha giraangir ka timid Giraangirta Danta Ilmaha.
load-error-future = Giraangirtan waxaa lagu sameeyay nooc cusub oo app-ka ah. Cusboonaysii app-ka oo isku day mar kale.
load-error-damaged = Giraangirtan waa waxyeelloobtay, lamana akhrin karin.
draft-not-found = Giraangir sidaas ah kuma jirto qalabkan. Waxaa laga yaabaa in la tirtiray.
area-not-found = Qaybtaas kuma jirto giraangirta.
stored-damaged = { $count ->
    [one] Hal giraangir oo la kaydiyay lama akhrin karin. Sideedii ayay u taal, lama taaban.
   *[other] { $count } giraangirood oo la kaydiyay lama akhrin karin. Sidoodii ayay u yaallaan, lama taaban.
}

# Passphrase lock: a draft on this device, or a shared file.
lock-summary = Ku quful eray sir ah
lock-explain = { $who ->
    [guardian] Haddii aad isticmaasho eray sir ah, qofka garanaya erayga sirta ah oo keliya ayaa akhrin kara waxa halkan ku qoran, xitaa haddii qof kale isticmaalo qalabka. Haddii aad ilowdo erayga sirta ah, dib looma heli karo.
   *[other] { $age ->
        [young] Haddii aad isticmaasho eray sir ah, qof kale ma akhrin karo giraangirtaada. Weydii qof weyn inuu kaa caawiyo inaad xasuusato erayga sirta ah.
       *[other] Haddii aad isticmaasho eray sir ah, qofka garanaya erayga sirta ah oo keliya ayaa akhrin kara giraangirtaada, xitaa haddii qof kale isticmaalo qalabka. Haddii aad ilowdo erayga sirta ah, dib looma heli karo.
    }
}
lock-passphrase-label = Dooro eray sir ah (ugu yaraan 8 xaraf)
lock-repeat-label = Mar kale qor isla erayga sirta ah
lock-button = Quful giraangirta
lock-working = Waa la qufulayaa …
lock-error-too-short = Erayga sirta ahi waa inuu lahaadaa ugu yaraan 8 xaraf.
lock-error-repeat = Labada eray sir ah isku mid ma aha. Isla erayga sirta ah laba jeer qor.
lock-error-unavailable = Biraawsarkan kuma quful karo eray sir ah. Waxba lama beddelin.
lock-is-on = Giraangirta waxaa lagu qufulay eray sir ah. Mar kale ayaa la qufulayaa haddii aan qofna isticmaalin { $minutes } daqiiqo.
lock-now = Hadda quful
lock-remove = Ka saar erayga sirta ah
unlock-heading = Giraangirta waa qufulan tahay
unlock-explain = Qor erayga sirta ah si aad u furto giraangirta.
unlock-label = Erayga sirta ah
unlock-button = Fur
unlock-working = Waa la furayaa …
unlock-error-wrong = Erayga sirta ah waa khalad. Waxba lama beddelin – isku day mar kale.
unlock-forgot = Ma ilowday erayga sirta ah? Markaas lama akhrin karo waxa ku qoran. Waxaad giraangirta ka tirtiri kartaa bogga bilowga oo dib u bilaabi kartaa.
draft-locked = Giraangir qufulan
share-lock-file = Ku quful faylka eray sir ah
share-lock-file-explain = Qofka akhrinaya faylka wuxuu u baahan yahay erayga sirta ah. U sheeg si kale oo aan ahayn sida aad faylka u dirayso, tusaale ahaan taleefanka.
import-locked = { $file } waa qufulan yahay. Qor erayga sirta ah si aad u soo geliso.
lock-error-common = Erayga sirta ahi waa mid ka mid ah kuwa ugu caansan, waana fududahay in la qiyaaso. Dooro mid kale, tusaale ahaan dhowr eray oo isku xiga.
lock-delete-note = Qof kasta oo isticmaala qalabkan wuu tirtiri karaa giraangir qufulan, laakiin ma akhrin karo.
save-newer-version = Nooc cusub oo app-ka ah ayaa giraangirtan ku kaydiyay tab kale. Tab-kani kuma kaydinayo korkeeda. Waxaad qortay weli shaashadda ayay ku jiraan – dib u soo geli bogga si aad u sii wadato.
load-error-no-version = Faylku ma sheegayo nooca app-ka ee sameeyay. Waxaa laga yaabaa in la beddelay ama uu waxyeelloobay, lamana akhrin karin.
load-error-too-long = Faylku wuxuu leeyahay qoraallo ka dheer inta app-ku oggol yahay, lamana akhrin karin.
update-ready = Waxaa diyaar ah nooc cusub oo app-ka ah. Wax kasta oo kaydsan way sii jirayaan marka aad beddesho.
update-now = U beddel nooca cusub
