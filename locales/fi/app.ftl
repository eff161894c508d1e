# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (Lapsen hyvinvoinnin pyörä): the app's own texts, Finnish translation.
# Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
app-name = Lapsen hyvinvoinnin pyörä
# needs-native-review
skip-to-content = Siirry sisältöön

## Language and read-aloud, in the header

# needs-native-review
language-label = Kieli
# needs-native-review
header-menu = Valikko
# needs-native-review
# The language's own name for itself, shown in the picker.
language-name = Suomi
# needs-native-review
language-load-failed = Kieltä ei voitu ladata. Yritä uudelleen, kun sinulla on internet-yhteys.
# needs-native-review
read-aloud = Lue ääneen
# needs-native-review
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = Lue ääneen: { $text }
# needs-native-review
read-aloud-stop = Lopeta lukeminen
# needs-native-review
read-aloud-no-voice = Tässä laitteessa ei ole ääntä, joka osaa lukea suomea.
# needs-native-review
read-aloud-unsupported = Tämä selain ei osaa lukea tekstiä ääneen.
# needs-native-review
auto-read-label = Lue jokainen uusi sivu ääneen
# needs-native-review
auto-read-on = Päällä
# needs-native-review
auto-read-off = Pois

## Privacy and help, always on screen

# needs-native-review
privacy-note = { $age ->
    [young] Vastauksia ei lähetetä kenellekään. Joka käyttää samaa tablettia, voi nähdä ne – lukitse salasanalla.
   *[other] Vastaukset tallentuvat vain tähän laitteeseen, eikä niitä lähetetä kenellekään ennen kuin itse päätät jakaa ne. Joka käyttää samaa laitetta, voi nähdä ne – lukitse pyörä salasanalla.
}
# needs-native-review
help-open = Tarvitsetko apua nyt?
# needs-native-review
help-open-short = Apua
# needs-native-review
help-heading = Apua nyt
# needs-native-review
help-emergency = Soita 112, jos joku on vaarassa juuri nyt.
# needs-native-review
help-bris = Soita BRISiin numeroon 116 111 – maksutta, ympäri vuorokauden, eikä sinun tarvitse kertoa, kuka olet. Voit myös chatata osoitteessa bris.se.
# needs-native-review
help-adult = { $age ->
    [young] Kerro aikuiselle, johon luotat – jollekulle esikoulussa tai kotona.
   *[other] Kerro aikuiselle, johon luotat, esimerkiksi opettajalle, kouluterveydenhoitajalle tai jollekulle perheestäsi.
}
# needs-native-review
help-call-112 = Soita { $number }
# needs-native-review
help-call-bris = Soita BRIS { $number }
# needs-native-review
help-mind = Voitko niin huonosti, että ajattelet elämäsi päättämistä? Puhu Mindin itsemurhalinjan (Mind Självmordslinjen) kanssa. Voit myös chattailla osoitteessa mind.se. Sinun ei tarvitse kertoa, kuka olet.
# needs-native-review
help-call-mind = Soita Mind { $number }
# needs-native-review
help-bris-adults = BRIS vuxentelefon – aikuisten linja lapsista: sinulle, joka olet aikuinen ja huolissasi lapsesta.
# needs-native-review
help-call-bris-adults = Soita BRIS vuxentelefon { $number }
# needs-native-review
help-kvinnofrid = Kvinnofridslinjen: sinulle, jota uhataan tai joka kohtaa väkivaltaa. Maksuton ja auki ympäri vuorokauden.
# needs-native-review
help-call-kvinnofrid = Soita Kvinnofridslinjen { $number }
# needs-native-review
help-1177 = 1177 Vårdguiden: terveysneuvontaa ympäri vuorokauden, myös lapsen voinnista.
# needs-native-review
help-call-1177 = Soita { $number }
# needs-native-review
help-socialjour = Iltaisin, öisin ja viikonloppuisin tavoitat sosiaalipäivystyksen numerosta 112, jos lapsi tarvitsee suojelua.
# needs-native-review
help-kommun = Oletko huolissasi, että lapsi kärsii? Tee huoli-ilmoitus (orosanmälan) sosiaalipalveluille: soita kuntasi vaihteeseen ja pyydä sosiaalipalveluja.
# needs-native-review
help-call-kommun = { $kommun }: soita { $number }
# needs-native-review
help-for-children = Lapsille ja nuorille
# needs-native-review
help-for-adults = Aikuisille, jotka ovat huolissaan lapsesta
# needs-native-review
help-close = Sulje
# needs-native-review
safety-alert-heading = Se, mitä vastasit, on tärkeää.
# needs-native-review
safety-alert-text = { $who ->
    [guardian] Jos lapsi ei ole turvassa: soita 112, jos on vaara. Jokainen, joka epäilee, että lapsi kärsii tai häntä kohdellaan huonosti, voi tehdä huoli-ilmoituksen (orosanmälan) kunnan sosiaalipalveluille – soita kunnan vaihteeseen tai numeroon 112, jos asia on kiireellinen.
   *[other] { $age ->
        [young] Kukaan ei saa satuttaa sinua, eikä se ole koskaan sinun syysi. Kerro aikuiselle, johon luotat. Jos olet vaarassa, soita 112.
       *[other] Kukaan ei saa satuttaa sinua, eikä se ole koskaan sinun syysi. Jos olet vaarassa, soita 112. BRIS vastaa numerossa 116 111 ympäri vuorokauden.
    }
}
# needs-native-review
safety-alert-private = Sovellus ei lähetä vastauksiasi kenellekään.
# needs-native-review
safety-gentle-heading = Sinun ei tarvitse vastata.
# needs-native-review
safety-gentle-text = { $who ->
    [guardian] Tähän ei tarvitse vastata. Jos lapsi ei ole turvassa: soita vaarassa 112.
   *[other] On ihan okei, jos et halua vastata. Jos jokin ei tunnu hyvältä, voit puhua aikuiselle, johon luotat, tai soittaa BRISiin: 116 111. Se ei ole koskaan sinun syysi.
}

## Shared devices: leave at once, or delete everything

# needs-native-review
quick-exit = Poistu nopeasti
# needs-native-review
delete-all-heading = Poista kaikki
# needs-native-review
delete-all-text = Käyttääkö tätä laitetta moni? Täällä voit poistaa kaiken, mitä sovellus on tallentanut tähän laitteeseen: kaikki pyörät piirustuksineen ja äänityksineen, suunnitelman ja asetukset.
# needs-native-review
delete-all = Poista kaikki tästä laitteesta
# needs-native-review
delete-all-question = Kaikki, mitä sovellus on tallentanut tähän laitteeseen, poistetaan. Tätä ei voi perua. Haluatko tehdä sen?
# needs-native-review
delete-all-yes = Kyllä, poista kaikki
# needs-native-review
delete-all-no = Ei, säilytä
# needs-native-review
delete-all-done = Kaikki on poistettu tästä laitteesta.

## Start page

# needs-native-review
start-heading = Lapsen hyvinvoinnin pyörä
# needs-native-review
start-intro = { $age ->
    [young] Täällä voit näyttää, miten voit. Paina kuvia.
   *[other] Täällä voit kertoa, miten sinulla menee kotona, koulussa ja vapaa-ajalla – osa kerrallaan.
}
# needs-native-review
start-new-heading = Uusi pyörä
# needs-native-review
start-nickname-label = Millä nimellä haluat, että sinua kutsutaan? Sinun ei tarvitse kirjoittaa mitään.
# needs-native-review
age-young = 4–7 vuotta
# needs-native-review
age-middle = 8–12 vuotta
# needs-native-review
age-teen = 13–17 vuotta
# needs-native-review
start-button = Aloita oma pyöräni
# needs-native-review
who-choice-child = Olen lapsi
# needs-native-review
who-choice-guardian = Olen vanhempi tai muu aikuinen, joka huolehtii lapsesta
# needs-native-review
start-child-name-label = Lapsen nimi (etunimi riittää)
# needs-native-review
# Shown to a guardian before "Vem är du?": who may fill in, and what vårdnadshavare means.
start-guardian-explain = Huoltaja (vårdnadshavare) on se, joka lain mukaan vastaa lapsesta, yleensä vanhemmat. Myös sijaisvanhemmat (familjehem), edunvalvoja (god man) tai muu lapsesta huolehtiva aikuinen voi täyttää tämän. Kirjoita, kuka olet, niin se näkyy tapaamisessa.
# needs-native-review
start-author-label = Kuka olet? Esimerkiksi äiti, isä, sijaisvanhempi, edunvalvoja (god man) tai nimesi.
# needs-native-review
start-guardian-button = Aloita vastaaminen lapsesta
# The start page's links: who answers and the child's age ($years is age-young, age-middle or age-teen).
# needs-native-review
start-child-age-link = Ikäni: { $years }
# needs-native-review
start-guardian-age-link = Lapsen ikä: { $years }
# On the page that asks for the name: back to the start page's choices.
# needs-native-review
new-draft-choose-again = Valitse jotain muuta
# needs-native-review
start-plan-heading = Tapaamista varten
# needs-native-review
start-plan-text = Onko teillä tulossa yhteistyötapaaminen? Tuo jaetut pyörät sovellukseen ja tee luonnos Lapsen suunnitelmasta.
# needs-native-review
start-plan-button = Tee luonnos Lapsen suunnitelmasta
# needs-native-review
nav-classroom = Pyörä luokkahuoneessa (opettajille)
# needs-native-review
start-continue-heading = Jatka siitä, mihin jäit
# needs-native-review
draft-unnamed = Oma pyöräni
# needs-native-review
draft-changed = Muutettu { $days ->
        [0] tänään
        [1] eilen
       *[other] { $days } päivää sitten
    }
# needs-native-review
draft-progress = { $count ->
    [one] { $count }/{ $total } aluetta valmiina
   *[other] { $count }/{ $total } aluetta valmiina
}
# needs-native-review
draft-continue = Jatka: { $name }
# needs-native-review
draft-delete = Poista: { $name }
# needs-native-review
draft-delete-question = Haluatko poistaa pyörän { $name }? Vastaukset katoavat tästä laitteesta, eikä niitä saa takaisin.
# needs-native-review
draft-delete-yes = Kyllä, poista
# needs-native-review
draft-delete-no = Ei, säilytä
# needs-native-review
draft-deleted = Pyörä on poistettu.

## The wheel

# needs-native-review
wheel-heading = Oma pyöräni
# needs-native-review
wheel-heading-named = Oma pyöräni – { $name }
# needs-native-review
wheel-instructions = { $who ->
    [guardian] Valitse pyörästä alue ja kerro, miten näet lapsen tilanteen. Vastauksesi tallennetaan erikseen, eikä niitä koskaan sekoiteta lapsen tai kenenkään muun aikuisen vastauksiin.
   *[other] { $age ->
        [young] Paina kuvaa.
       *[other] Valitse pyörästä alue. Voit tehdä alueet missä järjestyksessä haluat.
    }
}
# needs-native-review
wheel-label = Lapsen hyvinvoinnin pyörä, jossa on seitsemän aluetta
# needs-native-review
wheel-progress = { $count ->
    [0] Et ole vielä vastannut mihinkään alueeseen.
    [one] Olet vastannut { $count } alueeseen. Alueita on yhteensä { $total }.
   *[other] Olet vastannut { $count } alueeseen. Alueita on yhteensä { $total }.
}
# needs-native-review
segment-label = { $area }: { $answer }
# needs-native-review
segment-not-answered = ei vielä vastattu
# needs-native-review
wheel-about-me = Minusta
# needs-native-review
wheel-nickname-label = Nimi tai lempinimi
# needs-native-review
wheel-age-legend = Ikä (muuttaa sitä, miten tekstit on kirjoitettu)

## An area

# needs-native-review
area-scale-question = { $who ->
    [guardian] Miten lapsella mielestäsi menee tällä alueella?
   *[other] { $age ->
        [young] Miltä se tuntuu?
       *[other] Miten sinulla menee tässä asiassa?
    }
}
# needs-native-review
scale-very-bad = Todella huonosti
# needs-native-review
scale-bad = Huonosti
# needs-native-review
scale-between = Siltä väliltä
# needs-native-review
scale-good = Hyvin
# needs-native-review
scale-very-good = Todella hyvin
# needs-native-review
scale-dont-know = En tiedä
# needs-native-review
scale-rather-not-say = En halua vastata
# needs-native-review
scale-clear = Poista vastaukseni
# needs-native-review
scale-three-bad = Huonosti
# needs-native-review
scale-three-between = Siltä väliltä
# needs-native-review
scale-three-good = Hyvin
# needs-native-review
scale-three-bad-compared = Huonosti (kolmen kasvon asteikolla)
# needs-native-review
scale-three-between-compared = Siltä väliltä (kolmen kasvon asteikolla)
# needs-native-review
scale-three-good-compared = Hyvin (kolmen kasvon asteikolla)
# needs-native-review
feelings-question = { $who ->
    [guardian] Miltä lapsesta mielestäsi tuntuu tässä? Voit valita useita tai ei yhtään.
   *[other] { $age ->
        [young] Mitä tunnet? Voit valita monta.
       *[other] Miltä tuntuu? Voit valita useita tai ei yhtään.
    }
}
# needs-native-review
feelings-label = Tunteet
# needs-native-review
words-heading = { $who ->
    [guardian] Omin sanoin (vapaaehtoinen)
   *[other] { $age ->
        [young] Haluatko kertoa lisää? Aikuinen voi auttaa sinua kirjoittamaan.
       *[other] Haluatko kirjoittaa jotain? Sinun ei ole pakko.
    }
}
# needs-native-review
words-good = { $who ->
    [guardian] Tämä toimii hyvin lapsen kohdalla
   *[other] { $age ->
        [young] Tämä menee hyvin
       *[other] Tämä menee hyvin
        [teen] Mikä toimii hyvin
    }
}
# needs-native-review
words-hard = { $who ->
    [guardian] Tämä on lapselle vaikeaa
   *[other] { $age ->
        [young] Tämä on vaikeaa
       *[other] Tämä on vaikeaa
        [teen] Mikä on vaikeaa
    }
}
# needs-native-review
words-would-help = { $who ->
    [guardian] Uskon, että tämä auttaisi lasta
   *[other] { $age ->
        [young] Tämä auttaisi
       *[other] Tämä auttaisi minua
        [teen] Mikä auttaisi
    }
}
# needs-native-review
area-articles = { $count ->
    [one] Lapsen oikeuksien sopimus, artikla { $articles }
   *[other] Lapsen oikeuksien sopimus, artiklat { $articles }
}
# needs-native-review
nav-previous = Edellinen alue: { $area }
# needs-native-review
nav-next = Seuraava alue: { $area }
# needs-native-review
nav-wheel = Takaisin pyörään
# needs-native-review
nav-done = Valmis – takaisin pyörään
# needs-native-review
nav-start = Etusivulle

## Whose view

# needs-native-review
who-child = Lapsi
# needs-native-review
who-guardian = Huoltaja ({ $name })
# needs-native-review
who-guardian-unnamed = Huoltaja
# needs-native-review
who-professional = Ammattilainen ({ $name })
# needs-native-review
who-professional-unnamed = Ammattilainen

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

# needs-native-review
guide-heading = Kuka vastaa siitä, että lapsi saa tukea?
# needs-native-review
guide-model = Tämä kuuluu Kronobarnsmodelleniin (Kronobergin lapsimalliin): toimintatapaan, jonka Kronobergin läänin kunnat, Region Kronoberg, poliisi ja järjestöt ovat kehittäneet yhdessä osana "Barnens bästa gäller! i Kronoberg" -työtä (Lapsen etu ensin Kronobergissa), jotta lapset saisivat oikeaa tukea oikeaan aikaan.
# needs-native-review
guide-intro = Jokaisella Kronobergin läänin lapsella on "Barnens bästa-ansvarig" eli lapsen hyvinvoinnista vastaava henkilö, joka huolehtii siitä, että lapsi saa oikeaa tukea oikeaan aikaan, ja jonka puoleen voit kääntyä vanhempana, sijaisvanhempana tai edunvalvojana (god man). Se, kuka hän on, riippuu lapsen iästä ja koulusta:
# needs-native-review
guide-pregnancy = Ennen syntymää: äitiysneuvola.
# needs-native-review
guide-bvc = Syntymästä siihen asti, kun lapsi aloittaa päiväkodin tai koulun: lastenneuvola (BVC).
# needs-native-review
guide-preschool = Päiväkodissa: päiväkodin rehtori.
# needs-native-review
guide-school = Koulussa, kunnes lapsi täyttää 18: lapsen koulun rehtori.
# needs-native-review
guide-kaa = Nuoret, jotka eivät opiskele toisen asteen koulutuksessa (gymnasium): kunnan aktiivisuusvastuu nuorista (KAA).
# needs-native-review
guide-unsure = Etkö ole varma, kuka on lapsen Barnens bästa-ansvarig? Kysy kunnan asiakaspalvelusta (kontaktcenter) tai kunnan lapsen edun koordinaattorilta (Barnens bästa-samordnare).

## Sharing: nothing leaves the device without this screen and a confirm

# needs-native-review
share-open = Jaa
# needs-native-review
share-heading = Tämän voit jakaa
# needs-native-review
share-intro = Laitteesta lähtee vain se, mitä näet tässä, ja vain silloin, kun itse valitset tavan jakaa. Kytke pois ne alueet, jotka haluat pitää itselläsi.
# needs-native-review
share-area-switch = Jaa osa: { $area }
# needs-native-review
share-area-private = Ei jaeta
# needs-native-review
share-who-may-see = Kuka saa nähdä tämän tapaamisessa?
# needs-native-review
share-see-everyone =
    { $who ->
        [child] Kaikki tapaamisessa, myös perheesi
       *[guardian] Kaikki tapaamisessa, myös perhe
    }
# needs-native-review
share-see-professionals =
    { $who ->
        [child] Vain aikuiset, jotka työskentelevät lasten kanssa, ei perheesi
       *[guardian] Vain ammattilaiset, ei perhe
    }
# needs-native-review
share-see-professionals-note = Sitä ei näytetä isolla näytöllä, eikä se tule mukaan siihen, mitä perhe saa.
# needs-native-review
share-voice-switch =
    { $who ->
        [child] Jaa äänitykseni
       *[guardian] Jaa äänitys
    }
# needs-native-review
share-voice-off = Äänitys jaetaan vain, jos laitat tämän päälle.
# needs-native-review
share-no-answer = Ei vastausta
# needs-native-review
share-confirm = Olen nähnyt, mitä jaetaan.
# needs-native-review
share-ways-heading = Valitse, miten haluat jakaa
# needs-native-review
share-download = Tallenna tiedostoksi
# needs-native-review
share-print = Tulosta tai tallenna PDF-tiedostoksi
# needs-native-review
share-copy-all = Kopioi kaikki tekstinä
# needs-native-review
share-copy-area = Kopioi tekstinä
# needs-native-review
share-system = Jaa sovelluksella
# needs-native-review
share-copied = Kopioitu.
# needs-native-review
share-copy-failed = Kopioiminen ei onnistunut. Valitse teksti ja kopioi se itse.
# needs-native-review
share-nothing = Et ole valinnut mitään jaettavaksi.
# needs-native-review
share-back = Takaisin pyörään
# needs-native-review
print-footer = Tulostettu { $date }. Tämä sivu on Lapsen hyvinvoinnin pyörä -sovelluksesta.
# needs-native-review
print-draft-footer = Luonnos, tulostettu { $date }. Tämä sivu on Lapsen hyvinvoinnin pyörä -sovelluksesta.

## Barnets plan: the meeting's draft

# needs-native-review
plan-heading = Lapsen suunnitelma – luonnos
# needs-native-review
plan-intro = Tuo tiedostot, jotka lapsi ja huoltajat ovat jakaneet. Suunnitelmassa näkyvät vain ne alueet, joilla joku on nähnyt tarpeen, ja jokainen vastaus säilyy sellaisena kuin se annettiin.
# needs-native-review
import-button = Valitse tuotavat tiedostot
# needs-native-review
import-drop = Tai pudota tiedostot tähän.
# needs-native-review
import-error-too-large = Tiedosto on liian suuri ollakseen pyörän tiedosto (yli 8 MB).

## Luovutus koodeina: "Näytä kokouksen kameralle" lapsen sivulla, "Lue kameralla" kokouksessa.
# needs-native-review
codes-show = Näytä kokouksen kameralle
# needs-native-review
codes-heading = Näytä kokouksen kameralle
# needs-native-review
codes-explain = Pidä näyttöä kokouksen kameran edessä. Koodit näyttävät saman kuin tiedosto, yhä uudelleen – ei haittaa, jos kamera ohittaa joitakin.
# needs-native-review
codes-only-while-open = Koodit näkyvät vain, kun tämä ruutu on auki.
# needs-native-review
codes-no-media = Piirustukset ja ääniviestit eivät kulje koodien mukana. Tallenna tiedostona, jos haluat ne mukaan.
# needs-native-review
codes-locked = Koodit on lukittu salasanallasi. Kokous tarvitsee salasanan avatakseen ne.
# needs-native-review
codes-picture = QR-koodi kokouksen kameralle
# needs-native-review
codes-close = Sulje koodit
# needs-native-review
codes-with-drawings = Ota piirustukset mukaan koodeihin (koodeja tulee enemmän)
# needs-native-review
codes-no-voice = Ääniviestit eivät kulje koodien mukana. Tallenna tiedostona tai valitse ”Kokoukseen tällä tietokoneella”, jos haluat ne mukaan.
# needs-native-review
codes-too-large = Tämä on liikaa koodeille. Tallenna tiedosto sen sijaan.
# needs-native-review
codes-error-not-ours = Tämä ei ole pyörän koodi.
# needs-native-review
codes-error-version = Koodit ovat sovelluksen toisesta versiosta. Päivitä sovellus tai valitse tiedosto sen sijaan.
# needs-native-review
codes-error-other-transfer = Nämä koodit kuuluvat eri pyörään kuin ensimmäiset. Lue yksi pyörä kerrallaan.
# needs-native-review
codes-error-damaged = Koodeja ei saatu luettua yhteen. Näytä ne uudelleen tai valitse tiedosto sen sijaan.
# needs-native-review
camera-read = Lue kameralla
# needs-native-review
camera-heading = Lue kameralla
# needs-native-review
camera-explain = Pidä koodit näyttävää näyttöä kameran edessä vähän matkan päässä, kunnes kaikki osat on luettu.
# needs-native-review
camera-waiting = Etsitään koodeja …
# needs-native-review
camera-progress = { $have } / { $need } osaa
# needs-native-review
camera-done = Valmis. Pyörä on lähetetty kokoukseen, ja kamera on suljettu.
# needs-native-review
camera-missing = Tietokoneessa ei ole kameraa, jota sovellus voi käyttää. Valitse tiedosto sen sijaan.
# needs-native-review
camera-refused = Kameraa ei saa käyttää. Salli kamera selaimessa tai valitse tiedosto sen sijaan.
# needs-native-review
camera-no-meeting = Kokouksen sivu ei ole enää auki. Avaa kamera uudelleen kokouksesta.
# needs-native-review
camera-close = Sulje kamera
# needs-native-review
camera-file-name = Kamerasta
# Kokoukseen tällä tietokoneella: jaettu menee suoraan kokouksen sivulle uudessa välilehdessä, ilman tiedostoa.
# needs-native-review
this-computer-send = Kokoukseen tällä tietokoneella
# needs-native-review
this-computer-opened = Kokous avautuu uudessa välilehdessä. Se, minkä jaat, menee sinne heti kun kokous on valmis.
# needs-native-review
this-computer-sent = Se, minkä jaat, on nyt kokouksessa uudessa välilehdessä. Tiedostoa ei tallennettu.
# needs-native-review
this-computer-blocked = Selain esti uuden välilehden. Salli uudet ikkunat tälle sivulle tai tallenna tiedostoksi.
# needs-native-review
camera-done-child = Valmis. Se, mitä kokouksessa päätitte, on nyt sovelluksessa, ja kamera on suljettu.
# needs-native-review
camera-no-child-page = Sivu, joka avasi kameran, ei ole enää auki. Paina uudelleen ”Ota vastaan kokouksesta”.
# needs-native-review
camera-missing-child = Tässä laitteessa ei ole kameraa, jota sovellus voi käyttää. Pyydä yhteenveto paperilla sen sijaan.
# needs-native-review
camera-refused-child = Kameraa ei saa käyttää. Salli kamera selaimessa tai pyydä yhteenveto paperilla sen sijaan.
# needs-native-review
receive-link = Ota vastaan kokouksesta
# needs-native-review
receive-heading = Ota vastaan kokouksesta
# needs-native-review
receive-explain = Kun kokouksessa näytetään sinulle koodeja: paina ”Avaa kamera” ja pidä kameraa koodit näyttävää näyttöä kohti, kunnes kaikki osat on luettu.
# needs-native-review
receive-kept-here = Se, mitä päätettiin, tallentuu vain tähän laitteeseen omaksi pyöräkseen. Voit lukita sen salasanalla ja poistaa sen milloin haluat.
# needs-native-review
receive-open-camera = Avaa kamera
# needs-native-review
receive-window-blocked = Kameraa ei voitu avata omaan ikkunaansa. Salli ikkunat tälle sivulle ja yritä uudelleen.
# needs-native-review
receive-not-summary = Se ei ollut kokouksen yhteenveto. Pyydä kokousta näyttämään koodit kohdasta ”Yhteenveto lapselle”.
# needs-native-review
receive-not-kept = Tallentaminen tähän laitteeseen ei onnistunut. Mitään muuta ei ole muutettu.
# needs-native-review
promised-heading = Mitä päätimme kokouksessa
# needs-native-review
promised-made-on = Kokous { $date }
# needs-native-review
promised-next = Seuraava kokous: { $date }
# needs-native-review
promised-coordinator = Jos jokin on epäselvää, kysy: { $contact }
# needs-native-review
promised-needs = Mitä tarvitaan
# needs-native-review
promised-what = Mitä
# needs-native-review
promised-who = Kuka
# needs-native-review
promised-when = Milloin
# needs-native-review
promised-happened-question = Tapahtuiko se?
# needs-native-review
promised-happened-yes = Kyllä, se tapahtui
# needs-native-review
promised-happened-no = Ei, se ei tapahtunut
# needs-native-review
promised-feels-question = Miltä se tuntuu nyt?
# needs-native-review
promised-marks-leave = Se, mitä vastaat tässä, lähtee pyörän mukana, kun jaat sen seuraavaa kokousta varten. Mikään muu tässä kirjoitettu ei lähde mukaan.
# needs-native-review
share-marks-heading = Mitä ajattelit siitä, mitä päätimme
# needs-native-review
share-mark-feels = Tuntuu nyt: { $face }
# needs-native-review
import-error-file = { $file }: { $problem } Mitään muuta ei ole muutettu.
# needs-native-review
import-done = { $file } on tuotu.
# needs-native-review
plan-perspectives-heading = Mukana luonnoksessa
# needs-native-review
plan-include = Ota mukaan: { $name }
# needs-native-review
plan-no-drafts = Pyöriä ei ole vielä tuotu.
# needs-native-review
plan-no-areas = Kukaan ei ole nähnyt tarvetta jaetuilla alueilla.
# needs-native-review
plan-details-heading = Tietoja suunnitelmasta
# needs-native-review
plan-child-name = Lapsen nimi
# needs-native-review
plan-made-on = Päivämäärä
# needs-native-review
plan-coordinator = Yhteistyöstä vastaava henkilö
# needs-native-review
plan-contact-name = Nimi
# needs-native-review
plan-contact-organisation = Organisaatio
# needs-native-review
plan-contact-reach = Puhelin tai sähköposti
# needs-native-review
plan-next-evaluation = Seuraava arviointi
# needs-native-review
plan-participants = Tapaamisen osallistujat
# needs-native-review
plan-made-drawing = Piirsi piirustuksen
# needs-native-review
plan-made-voice-note = Nauhoitti ääniviestin
# needs-native-review
plan-child-mark = Siitä, mitä viime kerralla sovittiin
# needs-native-review
plan-mark-feels-now = Tuntuu nyt
# needs-native-review
plan-needs = Tarpeet
# needs-native-review
plan-actions = Toimenpiteet
# needs-native-review
plan-action-legend = Toimenpide { $number }
# needs-native-review
plan-action-what = Mitä tehdään
# needs-native-review
plan-action-who = Kuka
# needs-native-review
plan-action-when = Milloin
# needs-native-review
plan-action-when-hint = Päivämäärä tai kuinka usein, esimerkiksi joka viikko
# needs-native-review
plan-action-missing = puuttuu
# needs-native-review
plan-action-incomplete = Kesken: kirjoita, kuka tekee sen ja milloin.
# needs-native-review
plan-action-add = Lisää toimenpide
# needs-native-review
plan-action-remove = Poista toimenpide { $number }
# needs-native-review
plan-action-removed = Toimenpide { $number } on poistettu. Paina Kumoa, jos haluat sen takaisin.
# needs-native-review
plan-action-undo = Kumoa
# needs-native-review
plan-include-child-words = Ota lapsen omat sanat mukaan, kun suunnitelma kopioidaan ja tulostetaan
# needs-native-review
plan-include-child-words-hint = Ilman niitä kopiossa ja tulosteessa ovat vain vastaukset, tarpeet ja toimenpiteet, jotta suunnitelma pysyy lyhyenä.
# needs-native-review
plan-coordinator-task = Yhteistyövastaava valitaan kokouksessa yhdessä lapsen ja huoltajien kanssa. Hän pitää suunnitelman ajan tasalla ja kutsuu arviointiin.
# needs-native-review
plan-consent-given = Suostumus
# needs-native-review
plan-consent-gathered-by = Suostumuksen keräsi
# needs-native-review
plan-contact = Yhteyshenkilö
# needs-native-review
plan-copy = Kopioi suunnitelma tekstinä
# needs-native-review
plan-print = Tulosta suunnitelma
# needs-native-review
prepare-text-heading = Ennen päätöstä – lapsen vastuuhenkilön arvio (Praxismodellen vaihe 2)
# needs-native-review
prepare-responsible = Lapsen vastuuhenkilö (Barnens bästa-ansvarig)
# needs-native-review
prepare-assessment = Oma arvioni
# needs-native-review
prepare-decision = Päätös
# needs-native-review
prepare-decision-own = Oma palvelumme antaa tukea
# needs-native-review
prepare-decision-other = Yhtä toista palvelua pyydetään mukaan
# needs-native-review
prepare-decision-meeting = Kutsutaan yhteistyökokous
# needs-native-review
prepare-decision-note = Mitä, kuka ja milloin
# needs-native-review
consent-heading = Suostumus
# needs-native-review
consent-reminder = Ennen kuin tietoja annetaan palvelujen välillä, lapsen Barnens bästa-ansvarig -vastuuhenkilön on pitänyt saada suostumus huoltajilta ja lapselta itseltään, lapsen ikään sopivalla tavalla. Se tehdään ennen kokousta. Suostumuksen voi perua milloin tahansa.
# needs-native-review
consent-print = Tulosta suostumuslomake
# needs-native-review
consent-text = Annan/annamme suostumuksen siihen, että lapsen suunnitelmaan tarvittavat tiedot lapsesta { $name } annetaan alla olevien palvelujen välillä, jotta lapsi saa oikeaa tukea:
# needs-native-review
consent-withdraw = Suostumus on voimassa toistaiseksi. Sen voi perua milloin tahansa, suullisesti tai kirjallisesti, lapsen vastuuhenkilölle.
# needs-native-review
consent-child = Lapselle on kerrottu, mitä suostumus tarkoittaa, hänen ikäänsä sopivalla tavalla, ja hän on saanut sanoa mielipiteensä.
# needs-native-review
consent-child-signature = Lapsen nimi, allekirjoitus jos lapsi haluaa, ja päivämäärä
# needs-native-review
consent-gathered-signature = Suostumuksen keräsi lapsen vastuuhenkilö: nimi, palvelu ja päivämäärä
# needs-native-review
plan-consent-date = Päivä, jona suostumus annettiin
# needs-native-review
plan-consent-given-by-field = Ketkä antoivat suostumuksen (huoltajat ja lapsi)
# needs-native-review
plan-consent-gathered-by-field = Kuka keräsi suostumuksen (Barnens bästa-ansvarig)
# needs-native-review
consent-signature = Huoltajan allekirjoitus, nimen selvennys ja päivämäärä

## Saving and loading

# needs-native-review
save-saved = Tallennettu tähän laitteeseen.
# needs-native-review
save-other-tab = Tätä pyörää muutettiin samaan aikaan toisessa välilehdessä. Jos molemmissa muutettiin samaa asiaa, viimeksi tallennettu jää voimaan.
# needs-native-review
save-failed = Tallentaminen tähän laitteeseen ei onnistunut. Kirjoittamasi teksti on yhä näytöllä – älä sulje sivua.
# needs-native-review
load-error-not-ours = Tämä ei ole Lapsen hyvinvoinnin pyörä -sovelluksen pyörä.
# needs-native-review
load-error-future = Tämä pyörä on tehty sovelluksen uudemmalla versiolla. Päivitä sovellus ja yritä uudelleen.
# needs-native-review
load-error-damaged = Tämä pyörä on vioittunut, eikä sitä voitu lukea.
# needs-native-review
draft-not-found = Tässä laitteessa ei ole sellaista pyörää. Se on ehkä poistettu.
# needs-native-review
area-not-found = Sitä aluetta ei ole pyörässä.
# needs-native-review
stored-damaged = { $count ->
    [one] Yhtä tallennettua pyörää ei voitu lukea. Se on jätetty ennalleen.
   *[other] { $count } tallennettua pyörää ei voitu lukea. Ne on jätetty ennalleen.
}

# needs-native-review
# Passphrase lock: a draft on this device, or a shared file.
lock-summary = Lukitse salasanalla
# needs-native-review
lock-explain = { $who ->
    [guardian] Salasanalla vain salasanan tietävä voi lukea sen, mitä tähän on kirjoitettu, vaikka joku muu käyttäisi laitetta. Jos unohdat salasanan, sitä ei saa takaisin.
   *[other] { $age ->
        [young] Salasanalla kukaan muu ei voi lukea pyörääsi. Pyydä aikuista auttamaan sinua muistamaan salasana.
       *[other] Salasanalla vain salasanan tietävä voi lukea pyörääsi, vaikka joku muu käyttäisi laitetta. Jos unohdat salasanan, sitä ei saa takaisin.
    }
}
# needs-native-review
lock-passphrase-label = Valitse salasana (vähintään 8 merkkiä)
# needs-native-review
lock-repeat-label = Kirjoita sama salasana uudelleen
# needs-native-review
lock-button = Lukitse pyörä
# needs-native-review
lock-working = Lukitaan …
# needs-native-review
lock-error-too-short = Salasanassa pitää olla vähintään 8 merkkiä.
# needs-native-review
lock-error-repeat = Salasanat eivät ole samat. Kirjoita sama salasana kaksi kertaa.
# needs-native-review
lock-error-unavailable = Tämä selain ei osaa lukita salasanalla. Mitään ei ole muutettu.
# needs-native-review
lock-error-full = Pyörää ei lukittu: laitteella ei ole tilaa lukita äänityksiä ja piirustuksia. Mitään ei ole muutettu. Vapauta tilaa ja yritä uudelleen.
# needs-native-review
lock-error-media = Pyörää ei lukittu: äänityksiä ja piirustuksia ei voitu lukita. Mitään ei ole muutettu. Yritä uudelleen.
# needs-native-review
lock-remove-error = Lukitus on yhä päällä: äänityksiä ja piirustuksia ei voitu avata. Mitään ei ole muutettu. Yritä uudelleen.
# needs-native-review
lock-is-on = Pyörä on lukittu salasanalla. Se lukittuu uudelleen, jos kukaan ei käytä sitä { $minutes } minuuttiin.
# needs-native-review
lock-now = Lukitse nyt
# needs-native-review
lock-remove = Poista salasana
# needs-native-review
unlock-heading = Pyörä on lukittu
# needs-native-review
unlock-explain = Kirjoita salasana, niin voit avata pyörän.
# needs-native-review
unlock-label = Salasana
# needs-native-review
unlock-button = Avaa
# needs-native-review
unlock-working = Avataan …
# needs-native-review
unlock-error-wrong = Väärä salasana. Mitään ei ole muutettu – yritä uudelleen.
# needs-native-review
unlock-forgot = Unohditko salasanan? Silloin kirjoitettua ei voi lukea. Voit poistaa pyörän etusivulla ja aloittaa alusta.
# needs-native-review
draft-locked = Lukittu pyörä
# needs-native-review
share-lock-file = Lukitse tiedosto salasanalla
# needs-native-review
share-lock-file-explain = Tiedoston lukija tarvitsee salasanan. Kerro se jollakin muulla tavalla kuin lähetät tiedoston, esimerkiksi puhelimessa.
# needs-native-review
import-locked = { $file } on lukittu. Kirjoita salasana, niin voit tuoda sen.
# needs-native-review
lock-error-common = Tämä salasana on yksi yleisimmistä, ja se on helppo arvata. Valitse toinen, esimerkiksi muutama sana peräkkäin.
# needs-native-review
lock-delete-note = Kuka tahansa laitteen käyttäjä voi poistaa lukitun pyörän, mutta ei voi lukea sitä.
# needs-native-review
save-newer-version = Sovelluksen uudempi versio on tallentanut tämän pyörän toisessa välilehdessä. Tämä välilehti ei tallenna sen päälle. Kirjoittamasi teksti on yhä näytöllä – lataa sivu uudelleen jatkaaksesi.
# needs-native-review
load-error-no-version = Tiedostosta ei näy, mikä sovelluksen versio sen teki. Sitä on ehkä muutettu tai se on vioittunut, eikä sitä voitu lukea.
# needs-native-review
load-error-too-long = Tiedostossa on pidempiä tekstejä kuin sovellus sallii, eikä sitä voitu lukea.
# needs-native-review
update-ready = Sovelluksesta on uusi versio. Kaikki tallennettu säilyy, kun vaihdat.
# needs-native-review
update-now = Vaihda uuteen versioon

## About the app, closed at the foot of every page: the version, the source code's date,
## the licences and where the source code is (the address the county gave when it built the app).

# needs-native-review
about-heading = Tietoa sovelluksesta
# needs-native-review
about-version = Versio { $version }
# needs-native-review
about-version-commit = Versio { $version } ({ $commit })
# needs-native-review
about-date = Lähdekoodin päiväys: { $date }
# needs-native-review
about-date-unknown = Lähdekoodin päiväystä ei tiedetä: sovellus rakennettiin ilman gitiä.
# needs-native-review
about-licences = Lisenssit
# needs-native-review
about-licence-app = Sovellus on vapaa ohjelmisto: sitä saa käyttää MIT- tai Apache-2.0-lisenssin ehdoin, kumman tahansa valitset.
# needs-native-review
about-licence-pictograms = Kuvat on piirretty sovellusta varten, ja kuka tahansa saa käyttää niitä vapaasti (CC0-1.0).
# needs-native-review
about-licence-parts = Osat, joista sovellus on rakennettu, kunkin versio ja lisenssi:
# needs-native-review
about-source = Lähdekoodi on osoitteessa { $address }
# needs-native-review
about-source-not-set = Lähdekoodin osoitetta ei annettu, kun sovellus rakennettiin.

## Draw: a drawing per area (src/child/drawing_pad.rs, src/ui/drawing_picture.rs)
# needs-native-review
drawing-heading = Piirrä, jos haluat
# needs-native-review
drawing-hint = Piirrä sormella, hiirellä tai kynällä.
# needs-native-review
drawing-surface-empty = Piirtoalue. Se on tyhjä.
# needs-native-review
drawing-surface-strokes = Piirtoalue, jossa on piirustuksesi: { $count ->
    [one] yksi viiva
   *[other] { $count } viivaa
}.
# needs-native-review
drawing-surface-text = Piirtoalue, jossa on piirustuksesi: { $text }
# needs-native-review
drawing-colours = Väri
# needs-native-review
drawing-colour-black = Musta
# needs-native-review
drawing-colour-red = Punainen
# needs-native-review
drawing-colour-blue = Sininen
# needs-native-review
drawing-colour-green = Vihreä
# needs-native-review
drawing-colour-yellow = Keltainen
# needs-native-review
drawing-colour-brown = Ruskea
# needs-native-review
drawing-undo = Kumoa
# needs-native-review
drawing-clear = Pyyhi kaikki
# needs-native-review
drawing-undone = Viimeisin on poissa.
# needs-native-review
drawing-cleared = Piirustus on poissa. Paina Kumoa, jos haluat sen takaisin.
# needs-native-review
drawing-text-label = Mitä piirustus esittää?
# needs-native-review
drawing-text-hint = Jos haluat. Tämä luetaan ääneen sille, joka ei näe piirustusta.
# needs-native-review
drawing-not-opened = Piirustusta ei voitu avata.
# needs-native-review
drawing-picture = Piirustus: { $text }
# needs-native-review
drawing-picture-untitled = Piirustus
## Drawings and voice notes kept on the device (IndexedDB)

# needs-native-review
media-error-unavailable = Tämä selain ei voi tallentaa ääntä eikä piirroksia. Kaikki muu tallentuu tavalliseen tapaan.
# needs-native-review
media-error-full = Laitteella ei ole enää tilaa, joten tätä ei tallennettu. Kaikki aiemmin tallennettu on yhä tallessa.
# needs-native-review
media-error-wrong-key = Tämä on lukittu toisella salasanalla, eikä sitä voi avata täällä.
# needs-native-review
media-error-damaged = Tallennettua ei voi lukea. Se jätetään ennalleen.

## Voice note on an area ("Säg det")

# needs-native-review
voice-heading = Sano se
# needs-native-review
voice-explain = { $who ->
    [guardian] Voit äänittää sen, mitä haluat sanoa, enintään minuutin. Se tallentuu vain tälle laitteelle.
   *[other] { $age ->
        [young] Voit puhua sen, mitä haluat sanoa. Aikuinen voi auttaa sinua.
       *[other] Voit puhua sen, mitä haluat sanoa, kirjoittamisen sijaan, enintään minuutin. Se tallentuu vain tänne.
    }
}
# needs-native-review
voice-record = Äänitä
# needs-native-review
voice-stop = Lopeta
# needs-native-review
voice-recording-started = Nyt äänitetään.
# needs-native-review
voice-elapsed = { $seconds } / { $limit } sekuntia
# needs-native-review
voice-stopped-at-limit = Minuutti on kulunut, joten äänitys loppui.
# needs-native-review
voice-listen = { $who ->
    [guardian] Kuuntele äänitys ennen kuin tallennat sen.
   *[other] Kuuntele, mitä sanoit. Haluatko tallentaa sen?
}
# needs-native-review
voice-your-recording = Äänityksesi
# needs-native-review
voice-keep = Tallenna äänitys
# needs-native-review
voice-discard = Poista ja aloita alusta
# needs-native-review
voice-kept = { $who ->
    [guardian] Äänitys on tallennettu.
   *[other] Se, mitä sanoit, on tallennettu.
}
# needs-native-review
voice-delete = Poista äänitys
# needs-native-review
voice-deleted = Äänitys on poistettu.
# needs-native-review
voice-no-microphone = { $who ->
    [guardian] Täällä ei voi äänittää, koska mikrofonia ei ole. Voit kirjoittaa sen sijaan.
   *[other] { $age ->
        [young] Täällä ei voi äänittää, koska mikrofonia ei ole. Voit piirtää sen sijaan tai pyytää aikuista kirjoittamaan.
       *[other] Täällä ei voi äänittää, koska mikrofonia ei ole. Voit piirtää tai kirjoittaa sen sijaan.
    }
}
# needs-native-review
voice-permission-refused = { $who ->
    [guardian] Täällä ei voi äänittää, koska mikrofonia ei saa käyttää. Voit kirjoittaa sen sijaan.
   *[other] { $age ->
        [young] Täällä ei voi äänittää, eikä se haittaa. Voit piirtää sen sijaan tai pyytää aikuista kirjoittamaan.
       *[other] Täällä ei voi äänittää, koska mikrofonia ei saa käyttää. Se ei haittaa – voit piirtää tai kirjoittaa sen sijaan.
    }
}
# needs-native-review
voice-not-supported = { $who ->
    [guardian] Tämä selain ei voi äänittää. Voit kirjoittaa sen sijaan.
   *[other] { $age ->
        [young] Täällä ei voi äänittää. Voit piirtää sen sijaan tai pyytää aikuista kirjoittamaan.
       *[other] Täällä ei voi äänittää. Voit piirtää tai kirjoittaa sen sijaan.
    }
}
# needs-native-review
voice-failed = Äänitys ei onnistunut. Voit yrittää uudelleen.
# needs-native-review
voice-too-large = Äänitys tuli liian suureksi säilytettäväksi. Kokeile lyhyempää.

## The journey over time: per area, how each person's answer moved from meeting to meeting (a small chart)
# needs-native-review
journey-heading = Näin vastaukset muuttuivat tapaamisesta toiseen
# needs-native-review
journey-meetings = Tapaamiset: { $dates }
# needs-native-review
journey-tag-child = Lapsi
# needs-native-review
journey-tag-guardian = Huoltaja { $letter }
# needs-native-review
journey-tag-professional = Amm. { $letter }
