# Barnets bästa-hjulet (Lapsen hyvinvoinnin pyörä): the app's own texts, Finnish translation.
# Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).

app-name = Lapsen hyvinvoinnin pyörä
skip-to-content = Siirry sisältöön

## Language and read-aloud, in the header

language-label = Kieli
# The language's own name for itself, shown in the picker.
language-name = Suomi
language-load-failed = Kieltä ei voitu ladata. Yritä uudelleen, kun sinulla on internet-yhteys.
read-aloud = Lue ääneen
read-aloud-stop = Lopeta lukeminen
read-aloud-no-voice = Tässä laitteessa ei ole ääntä, joka osaa lukea suomea.
read-aloud-unsupported = Tämä selain ei osaa lukea tekstiä ääneen.
auto-read-label = Lue jokainen uusi sivu ääneen

## Privacy and help, always on screen

privacy-note = { $age ->
    [young] Kukaan ei näe vastauksiasi, jos et itse halua.
   *[other] Kukaan ei näe vastauksiasi ennen kuin itse päätät jakaa ne. Ne tallentuvat vain tähän laitteeseen.
}
help-open = Tarvitsetko apua nyt?
help-heading = Apua nyt
help-emergency = Soita 112, jos joku on vaarassa juuri nyt.
help-bris = Soita tai chattaa BRISin kanssa: 116 111. Se on maksutonta, eikä sinun tarvitse kertoa, kuka olet.
help-adult = Kerro aikuiselle, johon luotat, esimerkiksi opettajalle, kouluterveydenhoitajalle tai jollekulle perheestäsi.
help-call-112 = Soita 112
help-call-bris = Soita BRIS 116 111
help-close = Sulje
safety-alert-heading = Kiitos, että kerrot.
safety-alert-text = { $age ->
    [young] Kukaan ei saa satuttaa sinua. Kerro aikuiselle, johon luotat. Voit soittaa BRISiin: 116 111.
   *[other] Kukaan ei saa satuttaa sinua. Jos et ole turvassa, voit saada apua heti – sinun ei tarvitse odottaa tapaamiseen asti.
}

## Start page

start-heading = Lapsen hyvinvoinnin pyörä
start-intro = { $age ->
    [young] Täällä voit näyttää, miten voit. Paina kuvia.
   *[other] Täällä voit kertoa, miten sinulla menee kotona, koulussa ja vapaa-ajalla – osa kerrallaan.
}
start-new-heading = Uusi pyörä
start-nickname-label = Millä nimellä haluat, että sinua kutsutaan? Sinun ei tarvitse kirjoittaa mitään.
start-age-legend = Kuinka vanha olet?
age-young = 4–7 vuotta
age-middle = 8–12 vuotta
age-teen = 13–17 vuotta
start-button = Aloita oma pyöräni
start-continue-heading = Jatka siitä, mihin jäit
draft-unnamed = Oma pyöräni
draft-changed = Muutettu { $date }
draft-progress = { $count ->
    [one] { $count }/{ $total } osaa valmiina
   *[other] { $count }/{ $total } osaa valmiina
}
draft-continue = Jatka: { $name }
draft-delete = Poista: { $name }
draft-delete-question = Haluatko poistaa pyörän { $name }? Vastaukset katoavat tästä laitteesta, eikä niitä saa takaisin.
draft-delete-yes = Kyllä, poista
draft-delete-no = Ei, säilytä
draft-deleted = Pyörä on poistettu.

## The wheel

wheel-heading = Oma pyöräni
wheel-heading-named = Oma pyöräni – { $name }
wheel-instructions = { $age ->
    [young] Paina kuvaa.
   *[other] Valitse pyörästä osa. Voit tehdä osat missä järjestyksessä haluat.
}
wheel-label = Lapsen hyvinvoinnin pyörä, jossa on seitsemän osaa
wheel-progress = { $count ->
    [0] Et ole vielä vastannut mihinkään osaan.
    [one] Olet vastannut { $count } osaan. Osia on yhteensä { $total }.
   *[other] Olet vastannut { $count } osaan. Osia on yhteensä { $total }.
}
segment-label = { $area }: { $answer }
segment-not-answered = ei vielä vastattu
wheel-about-me = Minusta
wheel-nickname-label = Nimi tai lempinimi
wheel-age-legend = Ikä (muuttaa sitä, miten tekstit on kirjoitettu)

## An area

area-scale-question = { $age ->
    [young] Miten menee?
   *[other] Miten sinulla menee tässä asiassa?
}
scale-very-bad = Todella huonosti
scale-bad = Huonosti
scale-between = Siltä väliltä
scale-good = Hyvin
scale-very-good = Todella hyvin
scale-dont-know = En tiedä
scale-rather-not-say = En halua vastata
scale-clear = Poista vastaukseni
words-heading = { $age ->
    [young] Haluatko kertoa lisää? Aikuinen voi auttaa sinua kirjoittamaan.
   *[other] Haluatko kirjoittaa jotain? Sinun ei ole pakko.
}
words-good = { $age ->
    [young] Tämä menee hyvin
   *[other] Tämä menee hyvin
    [teen] Mikä toimii hyvin
}
words-hard = { $age ->
    [young] Tämä on vaikeaa
   *[other] Tämä on vaikeaa
    [teen] Mikä on vaikeaa
}
words-would-help = { $age ->
    [young] Tämä auttaisi
   *[other] Tämä auttaisi minua
    [teen] Mikä auttaisi
}
area-articles = { $count ->
    [one] Lapsen oikeuksien sopimus, artikla { $articles }
   *[other] Lapsen oikeuksien sopimus, artiklat { $articles }
}
nav-previous = Edellinen osa: { $area }
nav-next = Seuraava osa: { $area }
nav-wheel = Takaisin pyörään
nav-done = Valmis – takaisin pyörään
nav-start = Etusivulle

## Saving and loading

save-saved = Tallennettu tähän laitteeseen.
save-failed = Tallentaminen tähän laitteeseen ei onnistunut. Kirjoittamasi teksti on yhä näytöllä – älä sulje sivua.
load-error-not-ours = Tämä ei ole Lapsen hyvinvoinnin pyörä -sovelluksen pyörä.
load-error-future = Tämä pyörä on tehty sovelluksen uudemmalla versiolla. Päivitä sovellus ja yritä uudelleen.
load-error-damaged = Tämä pyörä on vioittunut, eikä sitä voitu lukea. Mitään muuta ei ole muutettu.
draft-not-found = Tässä laitteessa ei ole sellaista pyörää. Se on ehkä poistettu.
area-not-found = Sitä osaa ei ole pyörässä.
stored-damaged = { $count ->
    [one] Yhtä tallennettua pyörää ei voitu lukea. Se on jätetty ennalleen.
   *[other] { $count } tallennettua pyörää ei voitu lukea. Ne on jätetty ennalleen.
}
