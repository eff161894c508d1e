# Needs native review: Swedish is the source, but the messages marked "# needs-native-review"
#   were rewritten or questioned in the domain and language review of 2026-11-27 and still wait
#   for a Swedish speaker who works with children; the reviewer removes the mark once the text
#   is checked (README, "Adding a language").

# Barnets bästa-hjulet: the app's own texts. Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

app-name = Barnets bästa-hjulet
skip-to-content = Hoppa till innehållet

## Language and read-aloud, in the header

language-label = Språk
# On a phone, the header's button that opens the language, read-aloud and the app's name.
header-menu = Meny
# The language's own name for itself, shown in the picker.
language-name = Svenska
language-load-failed = Språket kunde inte laddas. Försök igen när du har internet.
read-aloud = Läs upp
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = Läs upp: { $text }
read-aloud-stop = Sluta läsa
read-aloud-no-voice = Den här enheten har ingen röst som kan läsa svenska.
read-aloud-unsupported = Den här webbläsaren kan inte läsa upp text.
auto-read-label = Läs upp varje ny sida
auto-read-on = På
auto-read-off = Av

## Privacy and help, always on screen

# needs-native-review
privacy-note = { $age ->
    [young] Svaren skickas inte till någon. Den som använder samma platta kan se dem – lås med lösenord.
   *[other] Svaren sparas bara på den här enheten och skickas inte till någon förrän du själv väljer att dela dem. Den som använder samma enhet kan se dem – lås hjulet med lösenord.
}
help-open = Behöver du hjälp nu?
# On a phone, the help button's word (the header has one row there).
help-open-short = Hjälp
help-heading = Hjälp nu
help-emergency = Ring 112 om någon är i fara just nu.
# needs-native-review
help-bris = Ring BRIS på 116 111 – gratis, dygnet runt, och du behöver inte säga vem du är. Du kan också chatta på bris.se.
# needs-native-review
help-adult = { $age ->
    [young] Berätta för en vuxen du litar på – någon på förskolan eller hemma.
   *[other] Berätta för en vuxen du litar på, till exempel en lärare, skolsköterskan eller någon i familjen.
}
help-call-112 = Ring { $number }
help-call-bris = Ring BRIS { $number }
help-mind = Mår du så dåligt att du tänker på att ta ditt liv? Prata med Mind Självmordslinjen. Du kan också chatta på mind.se. Du behöver inte säga vem du är.
help-call-mind = Ring Mind { $number }
help-bris-adults = BRIS vuxentelefon – om barn: för dig som är vuxen och orolig för ett barn.
help-call-bris-adults = Ring BRIS vuxentelefon { $number }
help-kvinnofrid = Kvinnofridslinjen: för dig som utsätts för hot eller våld. Gratis och öppen dygnet runt.
help-call-kvinnofrid = Ring Kvinnofridslinjen { $number }
help-1177 = 1177 Vårdguiden: råd om vård dygnet runt, också om hur barnet mår.
help-call-1177 = Ring { $number }
help-socialjour = Kvällar, nätter och helger når du socialjouren genom 112 om ett barn behöver skydd.
help-kommun = Är du orolig för att ett barn far illa? Gör en orosanmälan till socialtjänsten: ring din kommuns växel och be att få tala med socialtjänsten.
help-call-kommun = { $kommun }: ring { $number }
help-for-children = För barn och unga
help-for-adults = För vuxna som är oroliga för ett barn
help-close = Stäng
# needs-native-review
safety-alert-heading = Det du svarade är viktigt.
# needs-native-review
safety-alert-text = { $who ->
    [guardian] Om barnet inte är tryggt: ring 112 vid fara. Den som misstänker att ett barn far illa kan göra en orosanmälan till socialtjänsten i kommunen – ring kommunens växel, eller 112 om det är bråttom.
   *[other] { $age ->
        [young] Ingen får göra dig illa, och det är aldrig ditt fel. Berätta för en vuxen du litar på. Är du i fara – ring 112.
       *[other] Ingen får göra dig illa, och det är aldrig ditt fel. Är du i fara – ring 112. BRIS 116 111 svarar dygnet runt.
    }
}
safety-alert-private = Appen skickar inte det du har svarat till någon.
safety-gentle-heading = Du behöver inte svara.
safety-gentle-text = { $who ->
    [guardian] Du behöver inte svara här. Om barnet inte är tryggt: ring 112 vid fara.
   *[other] Det är okej att inte vilja svara. Om något inte känns bra kan du prata med en vuxen du litar på, eller ringa BRIS: 116 111. Det är aldrig ditt fel.
}

## Shared devices: leave at once, or delete everything

quick-exit = Lämna snabbt
delete-all-heading = Radera allt
delete-all-text = Används enheten av flera? Här raderar du allt som appen har sparat på den här enheten: alla hjul med teckningar och inspelningar, planen och inställningarna.
delete-all = Radera allt på den här enheten
delete-all-question = Allt som appen har sparat på den här enheten raderas. Det går inte att ångra. Vill du det?
delete-all-yes = Ja, radera allt
delete-all-no = Nej, behåll
delete-all-done = Allt är raderat från den här enheten.

## Start page

start-heading = Barnets bästa-hjulet
start-intro = { $age ->
    [young] Här kan du visa hur du har det. Tryck på bilderna.
   *[other] Här kan du berätta hur du har det hemma, i skolan och på fritiden – en bit i taget.
}
start-new-heading = Ett nytt hjul
start-nickname-label = Vad vill du kallas? Du behöver inte skriva något.
age-young = 4–7 år
age-middle = 8–12 år
age-teen = 13–17 år
start-button = Starta mitt hjul
who-choice-child = Jag är barnet
# needs-native-review
who-choice-guardian = Jag är förälder eller en annan vuxen som har hand om barnet
start-child-name-label = Barnets namn (förnamnet räcker)
# needs-native-review
# Shown to a guardian before "Vem är du?": who may fill in, and what vårdnadshavare means.
start-guardian-explain = Vårdnadshavare är den som enligt lagen ansvarar för barnet, oftast föräldrarna. Även familjehemsföräldrar, en god man eller en annan vuxen som har hand om barnet kan fylla i här. Skriv vem du är, så syns det vid mötet.
# needs-native-review
start-author-label = Vem är du? Till exempel mamma, pappa, familjehemsförälder, god man eller ditt namn.
# needs-native-review
start-guardian-button = Börja svara om barnet
# The start page's links: who answers and the child's age ($years is age-young, age-middle or age-teen).
start-child-age-link = Jag är { $years }
start-guardian-age-link = Barnet är { $years }
# On the page that asks for the name: back to the start page's choices.
new-draft-choose-again = Välj något annat
start-plan-heading = Till mötet
start-plan-text = Ska ni ha ett samverkansmöte? Hämta in de delade hjulen och gör ett utkast till Barnets plan.
start-plan-button = Gör ett utkast till Barnets plan
nav-classroom = Hjulet i klassrummet (för lärare)
start-continue-heading = Fortsätt där du var
draft-unnamed = Mitt hjul
draft-changed = Ändrat { $days ->
        [0] i dag
        [1] i går
       *[other] för { $days } dagar sedan
    }
draft-progress = { $count ->
    [one] { $count } av { $total } områden klart
   *[other] { $count } av { $total } områden klara
}
draft-continue = Fortsätt med { $name }
draft-delete = Ta bort { $name }
draft-delete-question = Vill du ta bort { $name }? Svaren försvinner från den här enheten och går inte att få tillbaka.
draft-delete-yes = Ja, ta bort
draft-delete-no = Nej, behåll
draft-deleted = Hjulet är borttaget.

## The wheel

wheel-heading = Mitt hjul
wheel-heading-named = Mitt hjul – { $name }
# needs-native-review
wheel-instructions = { $who ->
    [guardian] Välj ett område i hjulet och berätta hur du ser på barnets situation. Dina svar sparas för sig och blandas aldrig ihop med barnets eller någon annan vuxens.
   *[other] { $age ->
        [young] Tryck på en bild.
       *[other] Välj ett område i hjulet. Du kan ta dem i vilken ordning du vill.
    }
}
wheel-label = Barnets bästa-hjulet med sju områden
wheel-progress = { $count ->
    [0] Du har inte svarat på något område än.
    [one] Du har svarat på { $count } av { $total } områden.
   *[other] Du har svarat på { $count } av { $total } områden.
}
segment-label = { $area }: { $answer }
segment-not-answered = inte svarat än
wheel-about-me = Om mig
wheel-nickname-label = Namn eller smeknamn
wheel-age-legend = Ålder (ändrar hur texterna är skrivna)

## An area

# needs-native-review
area-scale-question = { $who ->
    [guardian] Hur tycker du att barnet har det inom det här området?
   *[other] { $age ->
        [young] Hur känns det?
       *[other] Hur har du det med det här?
    }
}
scale-very-bad = Mycket dåligt
scale-bad = Dåligt
scale-between = Mittemellan
scale-good = Bra
scale-very-good = Mycket bra
scale-dont-know = Vet inte
scale-rather-not-say = Vill inte svara
scale-clear = Ta bort mitt svar
scale-three-bad = Dåligt
scale-three-between = Mittemellan
scale-three-good = Bra
scale-three-bad-compared = Dåligt (av tre ansikten)
scale-three-between-compared = Mittemellan (av tre ansikten)
scale-three-good-compared = Bra (av tre ansikten)
feelings-question = { $who ->
    [guardian] Hur tror du att barnet känner sig här? Du kan välja flera, eller inga.
   *[other] { $age ->
        [young] Vad känner du? Du kan välja flera.
       *[other] Hur känns det? Du kan välja flera, eller inga.
    }
}
feelings-label = Känslor
words-heading = { $who ->
    [guardian] Med egna ord (frivilligt)
   *[other] { $age ->
        [young] Vill du säga mer? En vuxen kan hjälpa dig att skriva.
       *[other] Vill du skriva något? Du behöver inte.
    }
}
words-good = { $who ->
    [guardian] Det här fungerar bra för barnet
   *[other] { $age ->
        [young] Det här är bra
       *[other] Det här är bra
        [teen] Det som fungerar bra
    }
}
words-hard = { $who ->
    [guardian] Det här är svårt för barnet
   *[other] { $age ->
        [young] Det här är svårt
       *[other] Det här är svårt
        [teen] Det som är svårt
    }
}
words-would-help = { $who ->
    [guardian] Det här tror jag skulle hjälpa barnet
   *[other] { $age ->
        [young] Det här skulle hjälpa
       *[other] Det här skulle hjälpa mig
        [teen] Det som skulle hjälpa
    }
}
area-articles = { $count ->
    [one] Barnkonventionen, artikel { $articles }
   *[other] Barnkonventionen, artiklarna { $articles }
}
nav-previous = Förra området: { $area }
nav-next = Nästa område: { $area }
nav-wheel = Tillbaka till hjulet
nav-done = Klar – tillbaka till hjulet
nav-start = Till startsidan

## Whose view

who-child = Barnet
who-guardian = Vårdnadshavare ({ $name })
who-guardian-unnamed = Vårdnadshavare
who-professional = Yrkesperson ({ $name })
who-professional-unnamed = Yrkesperson

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

guide-heading = Vem ansvarar för att barnet får stöd?
# needs-native-review
guide-model = Det här hör till Kronobarnsmodellen, det arbetssätt som kommunerna i Kronobergs län, Region Kronoberg, polisen och idéburna organisationer har tagit fram tillsammans inom Barnens bästa gäller! i Kronoberg, så att barn får rätt stöd i rätt tid.
# needs-native-review
guide-intro = Varje barn i Kronoberg har en Barnens bästa-ansvarig: den som ser till att barnet får rätt stöd i rätt tid, och som du kan vända dig till som förälder, familjehemsförälder eller god man. Vem det är beror på barnets ålder och skola:
guide-pregnancy = Före födseln: mödrahälsovården.
guide-bvc = Från födseln tills barnet börjar förskola eller skola: barnhälsovården (BVC).
guide-preschool = I förskolan: förskolans rektor.
guide-school = I skolan, tills barnet fyller 18: rektorn på barnets skola.
guide-kaa = Ungdomar som inte går i gymnasiet: kommunens aktivitetsansvar (KAA).
# needs-native-review
guide-unsure = Är du osäker på vem som är barnets Barnens bästa-ansvarig? Fråga kommunens kontaktcenter eller kommunens Barnens bästa-samordnare.

## Sharing: nothing leaves the device without this screen and a confirm

share-open = Dela
share-heading = Det här kan du dela
share-intro = Bara det du ser här lämnar enheten, och bara när du själv väljer ett sätt att dela. Stäng av de områden du vill behålla för dig själv.
share-area-switch = Dela { $area }
share-area-private = Delas inte
share-who-may-see = Vem får se det på mötet?
share-see-everyone =
    { $who ->
        [child] Alla på mötet, också din familj
       *[guardian] Alla på mötet, också familjen
    }
share-see-professionals =
    { $who ->
        [child] Bara de vuxna som jobbar med barn, inte din familj
       *[guardian] Bara yrkespersonerna, inte familjen
    }
share-see-professionals-note = Det syns inte på den stora skärmen och kommer inte med i det som familjen får.
share-voice-switch =
    { $who ->
        [child] Dela min inspelning
       *[guardian] Dela inspelningen
    }
share-voice-off = Inspelningen delas bara om du slår på det här.
share-no-answer = Inget svar
share-confirm = Jag har sett vad som delas.
share-ways-heading = Välj hur du vill dela
share-download = Spara som fil
share-print = Skriv ut eller spara som PDF
share-copy-all = Kopiera allt som text
share-copy-area = Kopiera som text
share-system = Dela med en app
share-copied = Kopierat.
share-copy-failed = Det gick inte att kopiera. Markera texten och kopiera den själv.
share-nothing = Du har inte valt något att dela.
share-back = Tillbaka till hjulet
print-footer = Utskrivet { $date }. Den här sidan kommer från Barnets bästa-hjulet.
print-draft-footer = Utkast, utskrivet { $date }. Den här sidan kommer från Barnets bästa-hjulet.

## Barnets plan: the meeting's draft

plan-heading = Barnets plan – utkast
plan-intro = Hämta in filerna som barnet och vårdnadshavarna har delat. Planen visar bara de områden där någon har sett ett behov, och varje svar står kvar som det gavs.
import-button = Välj filer att hämta in
import-drop = Eller släpp filerna här.
import-error-too-large = Filen är för stor för att vara en fil från hjulet (mer än 8 MB).

## Att lämna över med koder: "Visa för mötets kamera" på barnets sida, "Läs in med kameran" i mötet.
codes-show = Visa för mötets kamera
codes-heading = Visa för mötets kamera
codes-explain = Håll skärmen framför mötets kamera. Koderna visar samma sak som filen, om och om igen – det gör inget om kameran missar några.
codes-only-while-open = Koderna syns bara medan den här rutan är öppen.
codes-no-media = Teckningar och röstinspelningar följer inte med koderna. Spara som fil för att ta med dem.
codes-locked = Koderna är låsta med ditt lösenord. Mötet behöver lösenordet för att öppna dem.
codes-picture = QR-kod för mötets kamera
codes-close = Stäng koderna
codes-with-drawings = Ta med teckningarna i koderna (det blir fler koder)
codes-no-voice = Röstinspelningar följer inte med koderna. Spara som fil, eller välj ”Till mötet på den här datorn”, för att ta med dem.
codes-too-large = Det här är för mycket för koder. Spara en fil i stället.
codes-error-not-ours = Det är inte en kod från hjulet.
codes-error-version = Koderna kommer från en annan version av appen. Uppdatera appen, eller välj filen i stället.
codes-error-other-transfer = Koderna hör till ett annat hjul än de första. Läs in ett hjul i taget.
codes-error-damaged = Koderna gick inte att läsa ihop. Visa dem igen, eller välj filen i stället.
camera-read = Läs in med kameran
camera-heading = Läs in med kameran
camera-explain = Håll skärmen med koderna framför kameran, en bit bort, tills alla delar är inlästa.
camera-waiting = Letar efter koder …
camera-progress = { $have } av { $need } delar
camera-done = Klart. Hjulet är skickat till mötet, och kameran är avstängd.
camera-missing = Datorn har ingen kamera som går att använda. Välj filen i stället.
camera-refused = Kameran får inte användas. Tillåt kameran i webbläsaren, eller välj filen i stället.
camera-no-meeting = Mötets sida är inte öppen längre. Öppna kameran från mötet igen.
camera-close = Stäng kameran
camera-file-name = Från kameran
camera-done-child = Klart. Det ni bestämde på mötet finns nu i appen, och kameran är avstängd.
camera-no-child-page = Sidan som öppnade kameran är inte öppen längre. Tryck på ”Ta emot från mötet” igen.
camera-missing-child = Den här enheten har ingen kamera som går att använda. Be om sammanfattningen på papper i stället.
camera-refused-child = Kameran får inte användas. Tillåt kameran i webbläsaren, eller be om sammanfattningen på papper i stället.
receive-link = Ta emot från mötet
receive-heading = Ta emot från mötet
receive-explain = När mötet visar koder för dig: tryck på ”Öppna kameran” och håll kameran mot skärmen med koderna tills alla delar är inlästa.
receive-kept-here = Det som bestämdes sparas bara på den här enheten, som ett eget hjul. Du kan låsa det med ett lösenord och ta bort det när du vill.
receive-open-camera = Öppna kameran
receive-window-blocked = Kameran kunde inte öppnas i ett eget fönster. Tillåt fönster för den här sidan och försök igen.
receive-not-summary = Det där var inte en sammanfattning från mötet. Be mötet visa koderna från ”Sammanfattning för barnet”.
receive-not-kept = Det gick inte att spara på den här enheten. Inget annat har ändrats.
promised-heading = Det vi bestämde på mötet
promised-made-on = Mötet { $date }
promised-next = Nästa möte: { $date }
promised-coordinator = Om något är oklart, fråga: { $contact }
promised-needs = Det behövs
promised-what = Vad
promised-who = Vem
promised-when = När
promised-happened-question = Blev det av?
promised-happened-yes = Ja, det blev av
promised-happened-no = Nej, det blev inte av
promised-feels-question = Hur känns det nu?
promised-marks-leave = Det du svarar här följer med när du delar hjulet till nästa möte. Inget annat av det som står här följer med.
share-marks-heading = Det du tyckte om det vi bestämde
share-mark-feels = Känns nu: { $face }
# Till mötet på den här datorn: det delade går direkt till mötets sida i en ny flik, utan fil.
this-computer-send = Till mötet på den här datorn
this-computer-opened = Mötet öppnas i en ny flik. Det du delar går dit så fort mötet är klart.
this-computer-sent = Det du delar finns nu i mötet i den nya fliken. Ingen fil sparades.
this-computer-blocked = Webbläsaren stoppade den nya fliken. Tillåt nya fönster för den här sidan, eller spara som fil.
import-error-file = { $file }: { $problem } Inget annat har ändrats.
import-done = { $file } är inhämtad.
plan-perspectives-heading = Med i utkastet
plan-include = Ta med { $name }
plan-no-drafts = Inga hjul är inhämtade än.
plan-no-areas = Ingen har sett något behov i de områden som delats.
plan-details-heading = Om planen
plan-child-name = Barnets namn
plan-made-on = Datum
plan-coordinator = Samverkansansvarig
plan-contact-name = Namn
plan-contact-organisation = Verksamhet
plan-contact-reach = Telefon eller e-post
plan-next-evaluation = Nästa utvärdering
plan-participants = Deltagare på mötet
plan-made-drawing = Ritade en teckning
plan-made-voice-note = Spelade in ett röstmeddelande
plan-child-mark = Om det som bestämdes förra gången
plan-mark-feels-now = Känns nu
plan-needs = Behov
plan-actions = Insatser
plan-action-legend = Insats { $number }
plan-action-what = Vad görs
plan-action-who = Vem
plan-action-when = När
plan-action-when-hint = Ett datum eller hur ofta, till exempel varje vecka
plan-action-missing = saknas
plan-action-incomplete = Inte klar: skriv vem som gör det och när.
plan-action-add = Lägg till en insats
plan-action-remove = Ta bort insats { $number }
plan-action-removed = Insats { $number } är borttagen. Tryck på Ångra om du vill ha tillbaka den.
plan-action-undo = Ångra
plan-include-child-words = Ta med barnets egna ord när planen kopieras och skrivs ut
plan-include-child-words-hint = Utan det bär kopian och utskriften bara svaren, behoven och insatserna, så att planen blir kort.
plan-coordinator-task = Samverkansansvarig väljs med barnet och vårdnadshavarna på mötet. Hen håller planen levande och kallar till utvärdering.
plan-consent-given = Samtycke
plan-consent-gathered-by = Samtycket inhämtades av
plan-contact = Kontaktperson
plan-copy = Kopiera planen som text
plan-print = Skriv ut planen
prepare-text-heading = Inför beslut – Barnens bästa-ansvarigs bedömning (Praxismodellen steg 2)
prepare-responsible = Barnens bästa-ansvarig
prepare-assessment = Min bedömning
prepare-decision = Beslut
prepare-decision-own = Den egna verksamheten sätter in stöd
prepare-decision-other = En annan verksamhet tillfrågas
prepare-decision-meeting = Ett samverkansmöte kallas
prepare-decision-note = Vad, vem och när
consent-heading = Samtycke
# needs-native-review
consent-reminder = Innan uppgifter lämnas mellan verksamheterna ska Barnens bästa-ansvarig ha fått samtycke från vårdnadshavarna och från barnet, på ett sätt som passar barnets ålder. Det görs före mötet. Samtycket kan tas tillbaka när som helst.
consent-print = Skriv ut en samtyckesblankett
# needs-native-review
consent-text = Jag/vi samtycker till att de uppgifter som behövs för Barnets plan för { $name } lämnas mellan verksamheterna nedan, så att barnet kan få rätt stöd:
consent-withdraw = Samtycket gäller tills vidare. Det kan tas tillbaka när som helst, muntligt eller skriftligt, hos Barnens bästa-ansvarig.
consent-child = Barnet har fått veta vad samtycket betyder, på ett sätt som passar barnets ålder, och har fått säga vad hen tycker.
consent-child-signature = Barnets namn, och underskrift om barnet vill, och datum
consent-gathered-signature = Inhämtat av Barnens bästa-ansvarig: namn, verksamhet och datum
plan-consent-date = Datum då samtycket gavs
plan-consent-given-by-field = Vilka gav samtycke (vårdnadshavarna och barnet)
plan-consent-gathered-by-field = Vem inhämtade samtycket (Barnens bästa-ansvarig)
consent-signature = Vårdnadshavares underskrift, namnförtydligande och datum

## Saving and loading

save-saved = Sparat på den här enheten.
save-other-tab = Det här hjulet ändrades samtidigt i en annan flik. Där båda ändrade samma sak gäller det som sparades sist.
save-failed = Det gick inte att spara på den här enheten. Det du skrev finns kvar på skärmen – stäng inte sidan.
load-error-not-ours = Det här är inte ett hjul från Barnets bästa-hjulet.
load-error-future = Det här hjulet är gjort i en nyare version av appen. Uppdatera appen och försök igen.
load-error-damaged = Det här hjulet är skadat och kunde inte läsas.
draft-not-found = Det finns inget sådant hjul på den här enheten. Det kan ha tagits bort.
area-not-found = Det området finns inte i hjulet.
stored-damaged = { $count ->
    [one] Ett sparat hjul kunde inte läsas. Det ligger kvar orört.
   *[other] { $count } sparade hjul kunde inte läsas. De ligger kvar orörda.
}

# Passphrase lock: a draft on this device, or a shared file.
lock-summary = Lås med lösenord
lock-explain = { $who ->
    [guardian] Med ett lösenord kan bara den som kan lösenordet läsa det som står här, även om någon annan använder enheten. Glömmer du lösenordet går det inte att få tillbaka.
   *[other] { $age ->
        [young] Med ett lösenord kan ingen annan läsa ditt hjul. Be en vuxen hjälpa dig att minnas lösenordet.
       *[other] Med ett lösenord kan bara den som kan lösenordet läsa ditt hjul, även om någon annan använder enheten. Glömmer du lösenordet går det inte att få tillbaka.
    }
}
lock-passphrase-label = Välj ett lösenord (minst 8 tecken)
lock-repeat-label = Skriv samma lösenord en gång till
lock-button = Lås hjulet
lock-working = Låser …
lock-error-too-short = Lösenordet behöver vara minst 8 tecken.
lock-error-repeat = Lösenorden är inte likadana. Skriv samma lösenord två gånger.
lock-error-unavailable = Den här webbläsaren kan inte låsa med lösenord. Ingenting har ändrats.
lock-error-full = Hjulet är inte låst: det finns inte plats på enheten för att låsa inspelningarna och teckningarna. Ingenting har ändrats. Gör plats och försök igen.
lock-error-media = Hjulet är inte låst: inspelningarna och teckningarna gick inte att låsa. Ingenting har ändrats. Försök igen.
lock-remove-error = Låset är kvar: inspelningarna och teckningarna gick inte att låsa upp. Ingenting har ändrats. Försök igen.
lock-is-on = Hjulet är låst med lösenord. Det låses igen om ingen använder det på { $minutes } minuter.
lock-now = Lås nu
lock-remove = Ta bort lösenordet
unlock-heading = Hjulet är låst
unlock-explain = Skriv lösenordet för att öppna hjulet.
unlock-label = Lösenord
unlock-button = Öppna
unlock-working = Öppnar …
unlock-error-wrong = Fel lösenord. Ingenting har ändrats – försök igen.
unlock-forgot = Har du glömt lösenordet? Då går det inte att läsa det som står. Du kan ta bort hjulet på startsidan och börja om.
draft-locked = Låst hjul
share-lock-file = Lås filen med ett lösenord
share-lock-file-explain = Den som ska läsa filen behöver lösenordet. Säg det på ett annat sätt än du skickar filen, till exempel på telefon.
import-locked = { $file } är låst. Skriv lösenordet för att hämta in den.
lock-error-common = Det lösenordet är ett av de vanligaste och lätt att gissa. Välj ett annat, gärna några ord i rad.
lock-delete-note = Den som använder enheten kan ta bort ett låst hjul, men inte läsa det.
save-newer-version = En nyare version av appen har sparat det här hjulet i en annan flik. Den här fliken sparar inte över det. Det du skrev finns kvar på skärmen – ladda om sidan för att fortsätta.
load-error-no-version = Filen säger inte vilken version av appen som gjorde den. Den kan vara ändrad eller skadad och kunde inte läsas.
load-error-too-long = Filen har längre texter än appen tillåter och kunde inte läsas.
update-ready = Det finns en ny version av appen. Allt som är sparat finns kvar när du byter.
update-now = Byt till den nya versionen

## About the app, closed at the foot of every page: the version, the source code's date,
## the licences and where the source code is (the address the county gave when it built the app).

# needs-native-review
about-heading = Om appen
# needs-native-review
about-version = Version { $version }
# needs-native-review
about-version-commit = Version { $version } ({ $commit })
# needs-native-review
about-date = Källkodens datum: { $date }
# needs-native-review
about-date-unknown = Källkodens datum är inte känt: appen byggdes utan git.
# needs-native-review
about-licences = Licenser
# needs-native-review
about-licence-app = Appen är fri programvara: den får användas under MIT eller Apache-2.0, den licens du väljer.
# needs-native-review
about-licence-pictograms = Bilderna är ritade för appen och fria för alla att använda (CC0-1.0).
# needs-native-review
about-licence-parts = Delarna som appen är byggd av, med version och licens för var och en:
# needs-native-review
about-source = Källkoden finns på { $address }
# needs-native-review
about-source-not-set = Adressen till källkoden angavs inte när appen byggdes.

## Rita: a drawing per area (src/child/drawing_pad.rs, src/ui/drawing_picture.rs)
drawing-heading = Rita, om du vill
drawing-hint = Rita med fingret, musen eller en penna.
drawing-surface-empty = Rityta. Den är tom.
drawing-surface-strokes = Rityta med din teckning: { $count ->
    [one] ett streck
   *[other] { $count } streck
}.
drawing-surface-text = Rityta med din teckning: { $text }
drawing-colours = Färg
drawing-colour-black = Svart
drawing-colour-red = Röd
drawing-colour-blue = Blå
drawing-colour-green = Grön
drawing-colour-yellow = Gul
drawing-colour-brown = Brun
drawing-undo = Ångra
drawing-clear = Sudda allt
drawing-undone = Det senaste är borta.
drawing-cleared = Teckningen är borta. Tryck på Ångra om du vill ha tillbaka den.
drawing-text-label = Vad föreställer teckningen?
drawing-text-hint = Om du vill. Det här läses upp för den som inte ser teckningen.
drawing-not-opened = Teckningen kunde inte öppnas.
drawing-picture = Teckning: { $text }
drawing-picture-untitled = En teckning
## Drawings and voice notes kept on the device (IndexedDB)

# needs-native-review
media-error-unavailable = Den här webbläsaren kan inte spara ljud eller teckningar. Allt annat sparas som vanligt.
# needs-native-review
media-error-full = Det finns inte plats kvar på enheten, så det här sparades inte. Allt som sparats tidigare finns kvar.
# needs-native-review
media-error-wrong-key = Det här är låst med ett annat lösenord och går inte att öppna här.
# needs-native-review
media-error-damaged = Det sparade går inte att läsa. Det ligger kvar som det är.

## Voice note on an area ("Säg det")

# needs-native-review
voice-heading = Säg det
# needs-native-review
voice-explain = { $who ->
    [guardian] Du kan spela in det du vill säga, högst en minut. Det sparas bara på den här enheten.
   *[other] { $age ->
        [young] Du kan prata in det du vill säga. En vuxen kan hjälpa dig.
       *[other] Du kan prata in det du vill säga i stället för att skriva, högst en minut. Det sparas bara här.
    }
}
# needs-native-review
voice-record = Spela in
# needs-native-review
voice-stop = Stoppa
# needs-native-review
voice-recording-started = Nu spelas det in.
# needs-native-review
voice-elapsed = { $seconds } av { $limit } sekunder
# needs-native-review
voice-stopped-at-limit = En minut har gått, så inspelningen stoppades.
# needs-native-review
voice-listen = { $who ->
    [guardian] Lyssna på inspelningen innan du sparar den.
   *[other] Lyssna på det du sa. Vill du spara det?
}
# needs-native-review
voice-your-recording = Din inspelning
# needs-native-review
voice-keep = Spara inspelningen
# needs-native-review
voice-discard = Ta bort och börja om
# needs-native-review
voice-kept = { $who ->
    [guardian] Inspelningen är sparad.
   *[other] Det du sa är sparat.
}
# needs-native-review
voice-delete = Ta bort inspelningen
# needs-native-review
voice-deleted = Inspelningen är borttagen.
# needs-native-review
voice-no-microphone = { $who ->
    [guardian] Det går inte att spela in här, för det finns ingen mikrofon. Du kan skriva i stället.
   *[other] { $age ->
        [young] Det går inte att spela in här, för det finns ingen mikrofon. Du kan rita i stället, eller be en vuxen skriva.
       *[other] Det går inte att spela in här, för det finns ingen mikrofon. Du kan rita eller skriva i stället.
    }
}
# needs-native-review
voice-permission-refused = { $who ->
    [guardian] Det går inte att spela in här, för mikrofonen får inte användas. Du kan skriva i stället.
   *[other] { $age ->
        [young] Det går inte att spela in här, och det gör ingenting. Du kan rita i stället, eller be en vuxen skriva.
       *[other] Det går inte att spela in här, för mikrofonen får inte användas. Det gör ingenting – du kan rita eller skriva i stället.
    }
}
# needs-native-review
voice-not-supported = { $who ->
    [guardian] Den här webbläsaren kan inte spela in. Du kan skriva i stället.
   *[other] { $age ->
        [young] Det går inte att spela in här. Du kan rita i stället, eller be en vuxen skriva.
       *[other] Det går inte att spela in här. Du kan rita eller skriva i stället.
    }
}
# needs-native-review
voice-failed = Inspelningen blev inte av. Du kan försöka igen.
voice-too-large = Inspelningen blev för stor för att sparas. Försök med en kortare.

## The journey over time: per area, how each person's answer moved from meeting to meeting (a small chart)
journey-heading = Så har svaren ändrats från möte till möte
journey-meetings = Möten: { $dates }
journey-tag-child = Barnet
journey-tag-guardian = VH { $letter }
journey-tag-professional = YP { $letter }
