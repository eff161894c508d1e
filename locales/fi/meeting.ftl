# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# The collaboration meeting (samverkansmöte) on the big screen, and its draft of Lapsen suunnitelma
# (Barnets plan), Finnish translation. Read by professionals, addressed in the plural ("te"); the
# child and the guardians may be in the room.

# needs-native-review
meeting-session-note = Tapaaminen on vain tässä välilehdessä. ”Päätä tapaaminen” poistaa kaiken tietokoneelta. Jos suljette välilehden päättämättä tapaamista, selain voi palauttaa tapaamisen, jos joku avaa välilehden uudelleen.
# needs-native-review
meeting-step-legend = Missä Praxismodellenin vaiheessa olette?
# needs-native-review
meeting-step-preparation = Ennen kokousta – vaihe 2
# needs-native-review
meeting-step-meeting = Yhteistyökokous – vaihe 3
# needs-native-review
prepare-heading = Ennen kokousta: arviosi ja päätöksesi
# needs-native-review
prepare-intro = Lapsen vastuuhenkilönä tuot mukaan lapsen ja huoltajien pyörät, kirjoitat oman arviosi jokaisesta alueesta ja päätät, mitä seuraavaksi tapahtuu. Kaikki on vain tässä välilehdessä, kunnes lopetat.
# needs-native-review
prepare-decision-legend = Mitä seuraavaksi tapahtuu?
# needs-native-review
prepare-copy = Kopioi arvio tekstinä
# needs-native-review
prepare-print = Tulosta arvio
# needs-native-review
prepare-nothing = Pyöriä ei ole vielä tuotu. Tuo ne yllä.
# needs-native-review
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = Yhteistyötapaaminen on Praxismodellenin (käytäntömallin) kolmas vaihe Kronobarnsmodellenissa: toimintatavassa, jonka kaikki Kronobergin läänissä lasten kanssa toimivat ovat kehittäneet yhdessä osana "Barnens bästa gäller! i Kronoberg" -työtä (Lapsen etu ensin Kronobergissa). Lapsi ja huoltajat ovat päähenkilöitä, ja lapsella on keskeinen rooli silloinkin, kun hän ei ole paikalla.
# needs-native-review
meeting-wheel-label = Pyörä ja kaikkien vastaukset
# needs-native-review
meeting-legend = Kenen vastaukset
# needs-native-review
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Lapsi
# needs-native-review
meeting-tag-guardian = Huoltaja { $letter }
# needs-native-review
meeting-no-answers = ei vastauksia
# needs-native-review
meeting-no-answer = Ei vastausta
# needs-native-review
meeting-choose-area = Valitkaa pyörästä alue, niin näette kaikkien sanat rinnakkain.
# needs-native-review
meeting-projector-open = Avatkaa näkymä valkokankaalle
# needs-native-review
meeting-projector-is-open = Näkymä valkokankaalle on auki. Siinä näkyy vain se, minkä kaikki huoneessa saavat nähdä.
# needs-native-review
meeting-projector-close = Sulkekaa näkymä valkokankaalle
# needs-native-review
meeting-projector-heading = Näkymä valkokankaalle
# needs-native-review
meeting-projector-waiting = Pyörä näkyy tässä, kun tapaaminen on auki toisessa ikkunassa.
# needs-native-review
meeting-projector-ended = Tapaaminen on päättynyt. Voitte sulkea tämän ikkunan.
# needs-native-review
meeting-professionals-only = Vain ammattilaisille
# needs-native-review
meeting-show-professionals-only = Näyttäkää se, mikä on vain ammattilaisille
# needs-native-review
meeting-follow-up = { $date } tehdyn suunnitelman arviointi
# needs-native-review
meeting-earlier = Viime kerralla
# needs-native-review
meeting-now = Nyt
# needs-native-review
meeting-agreed-then = Viime kerralla sovittiin
# needs-native-review
meeting-save-file = Tallenna suunnitelma tiedostoksi
# needs-native-review
meeting-end-heading = Tapaamisen päättäminen
# needs-native-review
meeting-end = Päätä tapaaminen
# needs-native-review
meeting-end-question = Tallentakaa tai tulostakaa suunnitelma ensin, jos tarvitsette sitä. Sen jälkeen kaikki, mitä tapaamiseen on tuotu ja siinä kirjoitettu, poistetaan tältä tietokoneelta.
# needs-native-review
meeting-end-yes = Päätä ja poista
# needs-native-review
meeting-end-no = Takaisin tapaamiseen
# needs-native-review
import-earlier-plan = { $file } on edellinen suunnitelma. Se näytetään arviointia varten.
# needs-native-review
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# The professional is addressed in the singular ("sinä"); the area name stays in the nominative
# after the dash. The tag "Amm." is short for "ammattilainen".
meeting-tag-professional = Amm. { $letter }
# needs-native-review
meeting-professional-heading = Näkemyksesi ammattilaisena
# needs-native-review
meeting-professional-explain = Voit lisätä oman näkemyksesi. Se näytetään sinun näkemyksenäsi lapsen ja huoltajien näkemysten rinnalla, eikä sitä koskaan sekoiteta heidän näkemyksiinsä.
# needs-native-review
meeting-professional-name = Nimesi ja roolisi
# needs-native-review
meeting-professional-add = Lisää oma näkemykseni
# needs-native-review
meeting-professional-answer = { $who }: näkemyksesi – { $area }
# needs-native-review
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child, addressed as "sinä".
summary-heading = Näin me päätimme
# needs-native-review
summary-open = Yhteenveto lapselle
# needs-native-review
summary-language = Yhteenvedon kieli
# needs-native-review
summary-print = Tulosta yhteenveto
# needs-native-review
summary-needs = Tässä autamme sinua
# needs-native-review
summary-actions = Mitä tapahtuu
# needs-native-review
summary-contact = Tämä ihminen auttaa sinua
# needs-native-review
summary-nothing = Mitään ei ole vielä päätetty. Kirjoittakaa ensin tarpeet ja toimenpiteet suunnitelmaan.
# needs-native-review
summary-codes-show = Näytä lapsen puhelimelle
# needs-native-review
summary-codes-heading = Näytä lapsen puhelimelle
# needs-native-review
summary-codes-explain = Sovelluksessa lapsen tai perheen puhelimessa: paina ”Ota vastaan kokouksesta” ja pidä kameraa koodeja kohti. Koodit näyttävät sen, mitä yhteenvedossa lukee – eivät kenenkään vastauksia tai sanoja.
# needs-native-review
summary-codes-picture = QR-koodi, jossa on yhteenveto lapsen puhelimelle
# needs-native-review
meeting-child-marks = { $name } viime kerralla sovitusta
# needs-native-review
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Tallentamanne tiedostot jäävät sinne, minne tallensitte ne. Poistakaa nekin, jos tietokone on muidenkin käytössä.
# needs-native-review
plan-remove = Poista tapaamisesta: { $name }
# needs-native-review
meeting-save-failed = Välilehti ei voinut tallentaa viimeisintä muutosta. Se on vain näytöllä – tallentakaa suunnitelma tiedostoksi ennen kuin suljette.
# needs-native-review
meeting-file-offered = Suunnitelma annettiin selaimelle tiedostona. Tarkistakaa, että se tallentui haluamaanne paikkaan.
# needs-native-review
meeting-file-failed = Selain ei ottanut tiedostoa vastaan. Mitään ei tallennettu – yrittäkää uudelleen tai tulostakaa suunnitelma.
# needs-native-review
import-error-too-many = Tapaamisessa on jo niin monta pyörää kuin siihen mahtuu. Poistakaa ensin yksi.
# needs-native-review
import-error-same-id = Tiedostolla on sama tunniste kuin tapaamisen toisella pyörällä, mutta se on jonkun muun. Sitä ei tuotu.
# needs-native-review
import-error-second-child = Tapaamisessa on jo lapsen pyörä. Kahden lapsen vastauksia ei koskaan sekoiteta. Poistakaa ensimmäinen, jos haluatte käyttää tätä tiedostoa.
# needs-native-review
import-error-older = Tapaamisessa on jo tämän pyörän uudempi versio. Vanhempaa tiedostoa ei tuotu.
# needs-native-review
import-replaced = { $file } on tuotu, ja se korvaa saman pyörän vanhemman version.
# needs-native-review
import-from-this-computer = Tältä tietokoneelta
# needs-native-review
plan-include-earlier = Ota mukaan edellisestä suunnitelmasta: { $name }
# needs-native-review
meeting-unreadable = Tässä välilehdessä ollutta tapaamista ei voitu lukea. Se säilyy koskemattomana, kunnes päätätte tapaamisen, ja tähän alkaa uusi tapaaminen.
# needs-native-review
meeting-duty-to-report = Epäiletkö, että lasta kohdellaan kaltoin? Silloin sinun ammattilaisena on tehtävä heti huoli-ilmoitus (orosanmälan) sosiaalipalveluille. Kronobarnsmodellen ei korvaa ilmoitusta, eikä siihen tarvita suostumusta.
# needs-native-review
meeting-voice-note = Ääniviesti
# needs-native-review
meeting-voice-bring-again = Tässä oli ääniviesti. Tuo tiedosto uudelleen kuullaksesi sen: tapaaminen ei säilytä ääntä, kun sivu ladataan uudelleen.
# The journey over time: an older plan brought in beside the one followed up.
# needs-native-review
import-earlier-journey = { $file } on vanhempi suunnitelma. Sen tapaamisen vastaukset näkyvät nyt matkassa ajan yli.
# needs-native-review
import-earlier-again = { $file } on jo tuotu. Sama suunnitelma lasketaan vain kerran.
# needs-native-review
import-error-too-many-meetings = Matka ajan yli voi näyttää enintään 12 tapaamista. Suunnitelmaa ei lisätty.
# needs-native-review
import-error-plan-without-date = Suunnitelmassa ei ole päivämäärää, ja se on vanhempi kuin seurattava suunnitelma. Sitä ei voi näyttää matkassa ajan yli.
