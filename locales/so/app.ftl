# Barnets bästa-hjulet (the wheel of what is best for the child): the app's own texts, in Somali.
# Translated from Swedish, the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).

app-name = Giraangirta Danta Ilmaha
skip-to-content = U gudub qoraalka bogga

## Language and read-aloud, in the header

language-label = Luqadda
# The language's own name for itself, shown in the picker.
language-name = Soomaali
language-load-failed = Luqadda lama soo dejin karin. Isku day mar kale marka aad internet haysato.
read-aloud = Cod ku akhri
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
help-bris = Wac ama la sheekayso BRIS: 116 111. Waa lacag la'aan, mana aha inaad sheegto cidda aad tahay.
help-adult = U sheeg qof weyn oo aad aaminto, tusaale ahaan macallin, kalkaalisada dugsiga ama qof qoyskaaga ka mid ah.
help-call-112 = Wac 112
help-call-bris = Wac BRIS 116 111
help-close = Xir
safety-alert-heading = Waad ku mahadsan tahay inaad noo sheegtay.
safety-alert-text = { $age ->
    [young] Qofna xaq uma laha inuu ku waxyeeleeyo. U sheeg qof weyn oo aad aaminto. Waxaad wici kartaa BRIS: 116 111.
   *[other] Qofna xaq uma laha inuu ku waxyeeleeyo. Haddii aadan ammaan ahayn, hadda ayaad caawimaad heli kartaa – uma baahnid inaad sugto ilaa shirka.
}

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
start-continue-heading = Ka sii wad meeshii aad joogtay
draft-unnamed = Giraangirtayda
draft-changed = La beddelay { $date }
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
wheel-instructions = { $age ->
    [young] Taabo sawir.
   *[other] Dooro qayb giraangirta ka mid ah. Waxaad u qaadan kartaa si kasta oo aad rabto ha u kala horreeyaan.
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

area-scale-question = { $age ->
    [young] Sidee bay tahay?
   *[other] Xaaladdaadu sidee bay tahay halkan?
}
scale-very-bad = Aad u xun
scale-bad = Xun
scale-between = Dhexdhexaad
scale-good = Fiican
scale-very-good = Aad u fiican
scale-dont-know = Ma garanayo
scale-rather-not-say = Ma rabo inaan ka jawaabo
scale-clear = Tirtir jawaabtayda
words-heading = { $age ->
    [young] Ma rabtaa inaad wax kale sheegto? Qof weyn ayaa kaa caawin kara qoritaanka.
   *[other] Ma rabtaa inaad wax qorto? Khasab ma aha.
}
words-good = { $age ->
    [young] Tani way fiican tahay
   *[other] Tani way fiican tahay
    [teen] Waxa si fiican u shaqeeya
}
words-hard = { $age ->
    [young] Tani way adag tahay
   *[other] Tani way adag tahay
    [teen] Waxa adag
}
words-would-help = { $age ->
    [young] Tani way caawin lahayd
   *[other] Tani way i caawin lahayd
    [teen] Waxa i caawin lahaa
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

## Saving and loading

save-saved = Waxaa lagu kaydiyay qalabkan.
save-failed = Laguma kaydin karin qalabkan. Waxaad qortay weli shaashadda ayay ku jiraan – ha xirin bogga.
load-error-not-ours = Tani ma aha giraangir ka timid Giraangirta Danta Ilmaha.
load-error-future = Giraangirtan waxaa lagu sameeyay nooc cusub oo app-ka ah. Cusboonaysii app-ka oo isku day mar kale.
load-error-damaged = Giraangirtan waa waxyeelloobtay, lamana akhrin karin. Wax kale lama beddelin.
draft-not-found = Giraangir sidaas ah kuma jirto qalabkan. Waxaa laga yaabaa in la tirtiray.
area-not-found = Qaybtaas kuma jirto giraangirta.
stored-damaged = { $count ->
    [one] Hal giraangir oo la kaydiyay lama akhrin karin. Sideedii ayay u taal, lama taaban.
   *[other] { $count } giraangirood oo la kaydiyay lama akhrin karin. Sidoodii ayay u yaallaan, lama taaban.
}
