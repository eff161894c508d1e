# Barnets bästa-hjulet: the app's own texts. Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).

app-name = Barnets bästa-hjulet
skip-to-content = Hoppa till innehållet

## Language and read-aloud, in the header

language-label = Språk
# The language's own name for itself, shown in the picker.
language-name = Svenska
language-load-failed = Språket kunde inte laddas. Försök igen när du har internet.
read-aloud = Läs upp
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
help-bris = Ring eller chatta med BRIS: 116 111. Det är gratis och du behöver inte säga vem du är.
help-adult = Berätta för en vuxen du litar på, till exempel en lärare, skolsköterskan eller någon i familjen.
help-call-112 = Ring 112
help-call-bris = Ring BRIS 116 111
help-close = Stäng
safety-alert-heading = Tack för att du berättar.
safety-alert-text = { $age ->
    [young] Ingen får göra dig illa. Säg det till en vuxen du litar på. Du kan ringa BRIS: 116 111.
   *[other] Ingen får göra dig illa. Om du inte är trygg kan du få hjälp nu – du behöver inte vänta till mötet.
}

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
start-continue-heading = Fortsätt där du var
draft-unnamed = Mitt hjul
draft-changed = Ändrat { $date }
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
wheel-instructions = { $age ->
    [young] Tryck på en bild.
   *[other] Välj en del av hjulet. Du kan ta dem i vilken ordning du vill.
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

area-scale-question = { $age ->
    [young] Hur är det?
   *[other] Hur har du det här?
}
scale-very-bad = Mycket dåligt
scale-bad = Dåligt
scale-between = Mittemellan
scale-good = Bra
scale-very-good = Mycket bra
scale-dont-know = Vet inte
scale-rather-not-say = Vill inte svara
scale-clear = Ta bort mitt svar
words-heading = { $age ->
    [young] Vill du säga mer? En vuxen kan hjälpa dig att skriva.
   *[other] Vill du skriva något? Du behöver inte.
}
words-good = { $age ->
    [young] Det här är bra
   *[other] Det här är bra
    [teen] Det som fungerar bra
}
words-hard = { $age ->
    [young] Det här är svårt
   *[other] Det här är svårt
    [teen] Det som är svårt
}
words-would-help = { $age ->
    [young] Det här skulle hjälpa
   *[other] Det här skulle hjälpa mig
    [teen] Det som skulle hjälpa
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

## Saving and loading

save-saved = Sparat på den här enheten.
save-failed = Det gick inte att spara på den här enheten. Det du skrev finns kvar på skärmen – stäng inte sidan.
load-error-not-ours = Det här är inte ett hjul från Barnets bästa-hjulet.
load-error-future = Det här hjulet är gjort i en nyare version av appen. Uppdatera appen och försök igen.
load-error-damaged = Det här hjulet är skadat och kunde inte läsas. Inget annat har ändrats.
draft-not-found = Det finns inget sådant hjul på den här enheten. Det kan ha tagits bort.
area-not-found = Den delen finns inte i hjulet.
stored-damaged = { $count ->
    [one] Ett sparat hjul kunde inte läsas. Det ligger kvar orört.
   *[other] { $count } sparade hjul kunde inte läsas. De ligger kvar orörda.
}
