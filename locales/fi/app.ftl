# Barnets bästa-hjulet (Lapsen hyvinvoinnin pyörä): the app's own texts, Finnish translation.
# Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

app-name = Lapsen hyvinvoinnin pyörä
skip-to-content = Siirry sisältöön

## Language and read-aloud, in the header

language-label = Kieli
# The language's own name for itself, shown in the picker.
language-name = Suomi
language-load-failed = Kieltä ei voitu ladata. Yritä uudelleen, kun sinulla on internet-yhteys.
read-aloud = Lue ääneen
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = Lue ääneen: { $text }
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
help-bris = Soita BRISiin numeroon 116 111 – maksutta, ympäri vuorokauden, eikä sinun tarvitse kertoa, kuka olet. Voit myös chatata osoitteessa bris.se.
help-adult = Kerro aikuiselle, johon luotat, esimerkiksi opettajalle, kouluterveydenhoitajalle tai jollekulle perheestäsi.
help-call-112 = Soita { $number }
help-call-bris = Soita BRIS { $number }
help-close = Sulje
safety-alert-heading = Se, mitä vastasit, on tärkeää.
safety-alert-text = { $who ->
    [guardian] Jos lapsi ei ole turvassa: soita 112, jos on vaara. Jokainen, joka epäilee, että lapsi kärsii tai häntä kohdellaan huonosti, voi tehdä huoli-ilmoituksen (orosanmälan) kunnan sosiaalipalveluille – soita kunnan vaihteeseen tai numeroon 112, jos asia on kiireellinen.
   *[other] { $age ->
        [young] Kukaan ei saa satuttaa sinua, eikä se ole koskaan sinun syysi. Kerro aikuiselle, johon luotat. Jos olet vaarassa, soita 112.
       *[other] Kukaan ei saa satuttaa sinua, eikä se ole koskaan sinun syysi. Jos olet vaarassa, soita 112. BRIS vastaa numerossa 116 111 ympäri vuorokauden.
    }
}
safety-alert-private = Sovellus ei lähetä vastauksiasi kenellekään.
safety-gentle-heading = Sinun ei tarvitse vastata.
safety-gentle-text = { $who ->
    [guardian] Tähän ei tarvitse vastata. Jos lapsi ei ole turvassa: soita vaarassa 112.
   *[other] On ihan okei, jos et halua vastata. Jos jokin ei tunnu hyvältä, voit puhua aikuiselle, johon luotat, tai soittaa BRISiin: 116 111. Se ei ole koskaan sinun syysi.
}

## Shared devices: leave at once, or delete everything

quick-exit = Poistu nopeasti
delete-all-heading = Poista kaikki
delete-all-text = Käyttääkö tätä laitetta moni? Täällä voit poistaa kaiken, mitä sovellus on tallentanut tähän laitteeseen: kaikki pyörät, suunnitelman ja asetukset.
delete-all = Poista kaikki tästä laitteesta
delete-all-question = Kaikki, mitä sovellus on tallentanut tähän laitteeseen, poistetaan. Tätä ei voi perua. Haluatko tehdä sen?
delete-all-yes = Kyllä, poista kaikki
delete-all-no = Ei, säilytä
delete-all-done = Kaikki on poistettu tästä laitteesta.

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
start-who-legend = Kuka täyttää?
who-choice-child = Olen lapsi
who-choice-guardian = Olen huoltaja
start-child-name-label = Lapsen nimi (etunimi riittää)
start-author-label = Kuka olet? Esimerkiksi äiti, isä tai nimesi.
start-child-age-legend = Kuinka vanha lapsi on?
start-guardian-button = Aloita oma näkemykseni lapsesta
start-plan-heading = Tapaamista varten
start-plan-text = Onko teillä tulossa yhteistyötapaaminen? Tuo jaetut pyörät sovellukseen ja tee luonnos Lapsen suunnitelmasta.
start-plan-button = Tee luonnos Lapsen suunnitelmasta
nav-classroom = Pyörä luokkahuoneessa (opettajille)
start-continue-heading = Jatka siitä, mihin jäit
draft-unnamed = Oma pyöräni
draft-changed = Muutettu { $days ->
        [0] tänään
        [1] eilen
       *[other] { $days } päivää sitten
    }
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
wheel-instructions = { $who ->
    [guardian] Valitse pyörästä osa ja kerro, miten näet lapsen tilanteen. Näkemyksesi tallennetaan erillään lapsen ja muiden huoltajien näkemyksistä.
   *[other] { $age ->
        [young] Paina kuvaa.
       *[other] Valitse pyörästä osa. Voit tehdä osat missä järjestyksessä haluat.
    }
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

area-scale-question = { $who ->
    [guardian] Miten lapsella menee tässä asiassa sinun näkemyksesi mukaan?
   *[other] { $age ->
        [young] Miten menee?
       *[other] Miten sinulla menee tässä asiassa?
    }
}
scale-very-bad = Todella huonosti
scale-bad = Huonosti
scale-between = Siltä väliltä
scale-good = Hyvin
scale-very-good = Todella hyvin
scale-dont-know = En tiedä
scale-rather-not-say = En halua vastata
scale-clear = Poista vastaukseni
words-heading = { $who ->
    [guardian] Omin sanoin (vapaaehtoinen)
   *[other] { $age ->
        [young] Haluatko kertoa lisää? Aikuinen voi auttaa sinua kirjoittamaan.
       *[other] Haluatko kirjoittaa jotain? Sinun ei ole pakko.
    }
}
words-good = { $who ->
    [guardian] Tämä toimii hyvin lapsen kohdalla
   *[other] { $age ->
        [young] Tämä menee hyvin
       *[other] Tämä menee hyvin
        [teen] Mikä toimii hyvin
    }
}
words-hard = { $who ->
    [guardian] Tämä on lapselle vaikeaa
   *[other] { $age ->
        [young] Tämä on vaikeaa
       *[other] Tämä on vaikeaa
        [teen] Mikä on vaikeaa
    }
}
words-would-help = { $who ->
    [guardian] Uskon, että tämä auttaisi lasta
   *[other] { $age ->
        [young] Tämä auttaisi
       *[other] Tämä auttaisi minua
        [teen] Mikä auttaisi
    }
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

## Whose view

who-child = Lapsi
who-guardian = Huoltaja ({ $name })
who-guardian-unnamed = Huoltaja
who-professional = Ammattilainen ({ $name })
who-professional-unnamed = Ammattilainen

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

guide-heading = Kuka vastaa siitä, että lapseni saa tukea?
guide-intro = Jokaisella Kronobergin läänin lapsella on "Barnens bästa-ansvarig" eli lapsen hyvinvoinnista vastaava henkilö, joka huolehtii siitä, että lapsi saa oikeaa tukea oikeaan aikaan. Se, kuka hän on, riippuu lapsen iästä ja koulusta:
guide-pregnancy = Ennen syntymää: äitiysneuvola.
guide-bvc = Syntymästä siihen asti, kun lapsi aloittaa päiväkodin tai koulun: lastenneuvola (BVC).
guide-preschool = Päiväkodissa: päiväkodin rehtori.
guide-school = Koulussa, kunnes lapsi täyttää 18: lapsen koulun rehtori.
guide-kaa = Nuoret, jotka eivät opiskele toisen asteen koulutuksessa (gymnasium): kunnan aktiivisuusvastuu nuorista (KAA).

## Sharing: nothing leaves the device without this screen and a confirm

share-open = Jaa
share-heading = Tämän voit jakaa
share-intro = Laitteesta lähtee vain se, mitä näet tässä, ja vain silloin, kun itse valitset tavan jakaa. Kytke pois ne osat, jotka haluat pitää itselläsi.
share-area-switch = Jaa osa: { $area }
share-area-private = Ei jaeta
share-no-answer = Ei vastausta
share-confirm = Olen nähnyt, mitä jaetaan.
share-ways-heading = Valitse, miten haluat jakaa
share-download = Tallenna tiedostoksi
share-print = Tulosta tai tallenna PDF-tiedostoksi
share-copy-all = Kopioi kaikki tekstinä
share-copy-area = Kopioi tekstinä
share-system = Jaa sovelluksella
share-copied = Kopioitu.
share-copy-failed = Kopioiminen ei onnistunut. Valitse teksti ja kopioi se itse.
share-nothing = Et ole valinnut mitään jaettavaksi.
share-back = Takaisin pyörään
print-footer = Tulostettu { $date }. Tämä sivu on Lapsen hyvinvoinnin pyörä -sovelluksesta.
print-draft-footer = Luonnos, tulostettu { $date }. Tämä sivu on Lapsen hyvinvoinnin pyörä -sovelluksesta.

## Barnets plan: the meeting's draft

plan-heading = Lapsen suunnitelma – luonnos
plan-intro = Tuo tiedostot, jotka lapsi ja huoltajat ovat jakaneet. Suunnitelmassa näkyvät vain ne osat, joissa joku on nähnyt tarpeen, ja jokainen vastaus säilyy sellaisena kuin se annettiin.
import-button = Valitse tuotavat tiedostot
import-drop = Tai pudota tiedostot tähän.
import-error-too-large = Tiedosto on liian suuri ollakseen pyörän tiedosto (yli 8 MB).
import-error-file = { $file }: { $problem } Mitään muuta ei ole muutettu.
import-done = { $file } on tuotu.
plan-perspectives-heading = Mukana luonnoksessa
plan-include = Ota mukaan: { $name }
plan-no-drafts = Pyöriä ei ole vielä tuotu.
plan-no-areas = Kukaan ei ole nähnyt tarvetta jaetuissa osissa.
plan-details-heading = Tietoja suunnitelmasta
plan-child-name = Lapsen nimi
plan-made-on = Päivämäärä
plan-coordinator = Yhteistyöstä vastaava henkilö
plan-contact-name = Nimi
plan-contact-organisation = Organisaatio
plan-contact-reach = Puhelin tai sähköposti
plan-next-evaluation = Seuraava seuranta
plan-participants = Tapaamisen osallistujat
plan-needs = Tarpeet
plan-actions = Toimenpiteet
plan-action-legend = Toimenpide { $number }
plan-action-what = Mitä tehdään
plan-action-who = Kuka
plan-action-when = Milloin
plan-action-when-hint = Päivämäärä tai kuinka usein, esimerkiksi joka viikko
plan-action-missing = puuttuu
plan-action-incomplete = Kesken: kirjoita, kuka tekee sen ja milloin.
plan-action-add = Lisää toimenpide
plan-action-remove = Poista toimenpide { $number }
plan-include-child-words = Ota lapsen omat sanat mukaan, kun suunnitelma kopioidaan ja tulostetaan
plan-include-child-words-hint = Ilman niitä kopiossa ja tulosteessa ovat vain vastaukset, tarpeet ja toimenpiteet, jotta suunnitelma pysyy lyhyenä.
plan-coordinator-task = Yhteistyövastaava valitaan kokouksessa yhdessä lapsen ja huoltajien kanssa. Hän pitää suunnitelman ajan tasalla ja kutsuu arviointiin.
plan-consent-given = Suostumus
plan-consent-gathered-by = Suostumuksen keräsi
plan-contact = Yhteyshenkilö
plan-copy = Kopioi suunnitelma tekstinä
plan-print = Tulosta suunnitelma
consent-heading = Suostumus tarvitaan
consent-reminder = Kun lapsen ja huoltajien näkemyksiä jaetaan eri organisaatioiden välillä, huoltajien on ensin annettava suostumuksensa.
consent-print = Tulosta suostumuslomake
consent-text = Annan/annamme suostumuksen siihen, että tietoja lapsesta { $name } jaetaan seuraavien organisaatioiden välillä, jotta lapsi saa oikeaa tukea:
consent-signature = Huoltajan allekirjoitus, nimen selvennys ja päivämäärä

## Saving and loading

save-saved = Tallennettu tähän laitteeseen.
save-other-tab = Tätä pyörää muutettiin samaan aikaan toisessa välilehdessä. Jos molemmissa muutettiin samaa asiaa, viimeksi tallennettu jää voimaan.
save-failed = Tallentaminen tähän laitteeseen ei onnistunut. Kirjoittamasi teksti on yhä näytöllä – älä sulje sivua.
load-error-not-ours = Tämä ei ole Lapsen hyvinvoinnin pyörä -sovelluksen pyörä.
load-error-future = Tämä pyörä on tehty sovelluksen uudemmalla versiolla. Päivitä sovellus ja yritä uudelleen.
load-error-damaged = Tämä pyörä on vioittunut, eikä sitä voitu lukea.
draft-not-found = Tässä laitteessa ei ole sellaista pyörää. Se on ehkä poistettu.
area-not-found = Sitä osaa ei ole pyörässä.
stored-damaged = { $count ->
    [one] Yhtä tallennettua pyörää ei voitu lukea. Se on jätetty ennalleen.
   *[other] { $count } tallennettua pyörää ei voitu lukea. Ne on jätetty ennalleen.
}

# Passphrase lock: a draft on this device, or a shared file.
lock-summary = Lukitse salasanalla
lock-explain = { $who ->
    [guardian] Salasanalla vain salasanan tietävä voi lukea sen, mitä tähän on kirjoitettu, vaikka joku muu käyttäisi laitetta. Jos unohdat salasanan, sitä ei saa takaisin.
   *[other] { $age ->
        [young] Salasanalla kukaan muu ei voi lukea pyörääsi. Pyydä aikuista auttamaan sinua muistamaan salasana.
       *[other] Salasanalla vain salasanan tietävä voi lukea pyörääsi, vaikka joku muu käyttäisi laitetta. Jos unohdat salasanan, sitä ei saa takaisin.
    }
}
lock-passphrase-label = Valitse salasana (vähintään 8 merkkiä)
lock-repeat-label = Kirjoita sama salasana uudelleen
lock-button = Lukitse pyörä
lock-working = Lukitaan …
lock-error-too-short = Salasanassa pitää olla vähintään 8 merkkiä.
lock-error-repeat = Salasanat eivät ole samat. Kirjoita sama salasana kaksi kertaa.
lock-error-unavailable = Tämä selain ei osaa lukita salasanalla. Mitään ei ole muutettu.
lock-is-on = Pyörä on lukittu salasanalla. Se lukittuu uudelleen, jos kukaan ei käytä sitä { $minutes } minuuttiin.
lock-now = Lukitse nyt
lock-remove = Poista salasana
unlock-heading = Pyörä on lukittu
unlock-explain = Kirjoita salasana, niin voit avata pyörän.
unlock-label = Salasana
unlock-button = Avaa
unlock-working = Avataan …
unlock-error-wrong = Väärä salasana. Mitään ei ole muutettu – yritä uudelleen.
unlock-forgot = Unohditko salasanan? Silloin kirjoitettua ei voi lukea. Voit poistaa pyörän etusivulla ja aloittaa alusta.
draft-locked = Lukittu pyörä
share-lock-file = Lukitse tiedosto salasanalla
share-lock-file-explain = Tiedoston lukija tarvitsee salasanan. Kerro se jollakin muulla tavalla kuin lähetät tiedoston, esimerkiksi puhelimessa.
import-locked = { $file } on lukittu. Kirjoita salasana, niin voit tuoda sen.
lock-error-common = Tämä salasana on yksi yleisimmistä, ja se on helppo arvata. Valitse toinen, esimerkiksi muutama sana peräkkäin.
lock-delete-note = Kuka tahansa laitteen käyttäjä voi poistaa lukitun pyörän, mutta ei voi lukea sitä.
save-newer-version = Sovelluksen uudempi versio on tallentanut tämän pyörän toisessa välilehdessä. Tämä välilehti ei tallenna sen päälle. Kirjoittamasi teksti on yhä näytöllä – lataa sivu uudelleen jatkaaksesi.
load-error-no-version = Tiedostosta ei näy, mikä sovelluksen versio sen teki. Sitä on ehkä muutettu tai se on vioittunut, eikä sitä voitu lukea.
load-error-too-long = Tiedostossa on pidempiä tekstejä kuin sovellus sallii, eikä sitä voitu lukea.
update-ready = Sovelluksesta on uusi versio. Kaikki tallennettu säilyy, kun vaihdat.
update-now = Vaihda uuteen versioon
