# Barnets bästa-hjulet: the app's own texts. Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

app-name = Barnets bästa-hjulet
skip-to-content = Hoppa till innehållet

## Language and read-aloud, in the header

language-label = Språk
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

## Privacy and help, always on screen

privacy-note = { $age ->
    [young] Ingen ser dina svar om du inte vill.
   *[other] Ingen ser dina svar förrän du själv väljer att dela dem. De sparas bara på den här enheten.
}
help-open = Behöver du hjälp nu?
help-heading = Hjälp nu
help-emergency = Ring 112 om någon är i fara just nu.
help-bris = Ring BRIS på 116 111 – gratis, dygnet runt, och du behöver inte säga vem du är. Du kan också chatta på bris.se.
help-adult = Berätta för en vuxen du litar på, till exempel en lärare, skolsköterskan eller någon i familjen.
help-call-112 = Ring { $number }
help-call-bris = Ring BRIS { $number }
help-close = Stäng
safety-alert-heading = Det du svarade är viktigt.
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
delete-all-text = Används enheten av flera? Här raderar du allt som appen har sparat på den här enheten: alla hjul, planen och inställningarna.
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
start-age-legend = Hur gammal är du?
age-young = 4–7 år
age-middle = 8–12 år
age-teen = 13–17 år
start-button = Starta mitt hjul
start-who-legend = Vem fyller i?
who-choice-child = Jag är barnet
who-choice-guardian = Jag är vårdnadshavare
start-child-name-label = Barnets namn (förnamnet räcker)
start-author-label = Vem är du? Till exempel mamma, pappa eller ditt namn.
start-child-age-legend = Hur gammalt är barnet?
start-guardian-button = Starta min bild av barnet
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
    [one] { $count } av { $total } delar klar
   *[other] { $count } av { $total } delar klara
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
wheel-instructions = { $who ->
    [guardian] Välj en del av hjulet och berätta hur du ser på barnets situation. Din bild sparas skild från barnets och från andra vårdnadshavares.
   *[other] { $age ->
        [young] Tryck på en bild.
       *[other] Välj en del av hjulet. Du kan ta dem i vilken ordning du vill.
    }
}
wheel-label = Barnets bästa-hjulet med sju delar
wheel-progress = { $count ->
    [0] Du har inte svarat på någon del än.
    [one] Du har svarat på { $count } av { $total } delar.
   *[other] Du har svarat på { $count } av { $total } delar.
}
segment-label = { $area }: { $answer }
segment-not-answered = inte svarat än
wheel-about-me = Om mig
wheel-nickname-label = Namn eller smeknamn
wheel-age-legend = Ålder (ändrar hur texterna är skrivna)

## An area

area-scale-question = { $who ->
    [guardian] Hur har barnet det här, som du ser det?
   *[other] { $age ->
        [young] Hur är det?
       *[other] Hur har du det här?
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
nav-previous = Förra delen: { $area }
nav-next = Nästa del: { $area }
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

guide-heading = Vem ansvarar för att mitt barn får stöd?
guide-intro = Varje barn i Kronoberg har en Barnens bästa-ansvarig: den som ser till att barnet får rätt stöd i rätt tid. Vem det är beror på barnets ålder och skola:
guide-pregnancy = Före födseln: mödrahälsovården.
guide-bvc = Från födseln tills barnet börjar förskola eller skola: barnhälsovården (BVC).
guide-preschool = I förskolan: förskolans rektor.
guide-school = I skolan, tills barnet fyller 18: rektorn på barnets skola.
guide-kaa = Ungdomar som inte går i gymnasiet: kommunens aktivitetsansvar (KAA).

## Sharing: nothing leaves the device without this screen and a confirm

share-open = Dela
share-heading = Det här kan du dela
share-intro = Bara det du ser här lämnar enheten, och bara när du själv väljer ett sätt att dela. Stäng av de delar du vill behålla för dig själv.
share-area-switch = Dela { $area }
share-area-private = Delas inte
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
plan-intro = Hämta in filerna som barnet och vårdnadshavarna har delat. Planen visar bara de delar där någon har sett ett behov, och varje svar står kvar som det gavs.
import-button = Välj filer att hämta in
import-drop = Eller släpp filerna här.
import-error-too-large = Filen är för stor för att vara en fil från hjulet (mer än 8 MB).
import-error-file = { $file }: { $problem } Inget annat har ändrats.
import-done = { $file } är inhämtad.
plan-perspectives-heading = Med i utkastet
plan-include = Ta med { $name }
plan-no-drafts = Inga hjul är inhämtade än.
plan-no-areas = Ingen har sett något behov i de delar som delats.
plan-details-heading = Om planen
plan-child-name = Barnets namn
plan-made-on = Datum
plan-coordinator = Samverkansansvarig
plan-contact-name = Namn
plan-contact-organisation = Verksamhet
plan-contact-reach = Telefon eller e-post
plan-next-evaluation = Nästa uppföljning
plan-participants = Deltagare på mötet
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
plan-include-child-words = Ta med barnets egna ord när planen kopieras och skrivs ut
plan-include-child-words-hint = Utan det bär kopian och utskriften bara svaren, behoven och insatserna, så att planen blir kort.
plan-coordinator-task = Samverkansansvarig väljs med barnet och vårdnadshavarna på mötet. Hen håller planen levande och kallar till utvärdering.
plan-consent-given = Samtycke
plan-consent-gathered-by = Samtycket inhämtades av
plan-contact = Kontaktperson
plan-copy = Kopiera planen som text
plan-print = Skriv ut planen
consent-heading = Samtycke behövs
consent-reminder = När barnets och vårdnadshavarnas bilder delas mellan verksamheter behöver vårdnadshavarna först ge sitt samtycke.
consent-print = Skriv ut en samtyckesblankett
consent-text = Jag/vi samtycker till att uppgifter om { $name } delas mellan de här verksamheterna, så att barnet kan få rätt stöd:
consent-signature = Vårdnadshavares underskrift, namnförtydligande och datum

## Saving and loading

save-saved = Sparat på den här enheten.
save-other-tab = Det här hjulet ändrades samtidigt i en annan flik. Där båda ändrade samma sak gäller det som sparades sist.
save-failed = Det gick inte att spara på den här enheten. Det du skrev finns kvar på skärmen – stäng inte sidan.
load-error-not-ours = Det här är inte ett hjul från Barnets bästa-hjulet.
load-error-future = Det här hjulet är gjort i en nyare version av appen. Uppdatera appen och försök igen.
load-error-damaged = Det här hjulet är skadat och kunde inte läsas.
draft-not-found = Det finns inget sådant hjul på den här enheten. Det kan ha tagits bort.
area-not-found = Den delen finns inte i hjulet.
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
