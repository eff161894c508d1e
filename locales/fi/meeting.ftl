# The collaboration meeting (samverkansmöte) on the big screen, and its draft of Lapsen suunnitelma
# (Barnets plan), Finnish translation. Read by professionals, addressed in the plural ("te"); the
# child and the guardians may be in the room.

meeting-session-note = Tapaaminen on vain tässä välilehdessä. ”Päätä tapaaminen” poistaa kaiken tietokoneelta. Jos suljette välilehden päättämättä tapaamista, selain voi palauttaa tapaamisen, jos joku avaa välilehden uudelleen.
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = Yhteistyötapaaminen on Praxismodellenin (käytäntömallin) kolmas vaihe Kronobarnsmodellenissa: toimintatavassa, jonka kaikki Kronobergin läänissä lasten kanssa toimivat ovat kehittäneet yhdessä osana "Barnens bästa gäller! i Kronoberg" -työtä (Lapsen etu ensin Kronobergissa). Lapsi ja huoltajat ovat päähenkilöitä, ja lapsella on keskeinen rooli silloinkin, kun hän ei ole paikalla.
meeting-wheel-label = Pyörä ja kaikkien vastaukset
meeting-legend = Kenen vastaukset
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Lapsi
meeting-tag-guardian = Huoltaja { $letter }
meeting-no-answers = ei vastauksia
meeting-no-answer = Ei vastausta
meeting-choose-area = Valitkaa pyörästä alue, niin näette kaikkien sanat rinnakkain.
meeting-follow-up = { $date } tehdyn suunnitelman arviointi
meeting-earlier = Viime kerralla
meeting-now = Nyt
meeting-agreed-then = Viime kerralla sovittiin
meeting-save-file = Tallenna suunnitelma tiedostoksi
meeting-end-heading = Tapaamisen päättäminen
meeting-end = Päätä tapaaminen
meeting-end-question = Tallentakaa tai tulostakaa suunnitelma ensin, jos tarvitsette sitä. Sen jälkeen kaikki, mitä tapaamiseen on tuotu ja siinä kirjoitettu, poistetaan tältä tietokoneelta.
meeting-end-yes = Päätä ja poista
meeting-end-no = Takaisin tapaamiseen
import-earlier-plan = { $file } on edellinen suunnitelma. Se näytetään arviointia varten.
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# The professional is addressed in the singular ("sinä"); the area name stays in the nominative
# after the dash. The tag "Amm." is short for "ammattilainen".
meeting-tag-professional = Amm. { $letter }
meeting-professional-heading = Näkemyksesi ammattilaisena
meeting-professional-explain = Voit lisätä oman näkemyksesi. Se näytetään sinun näkemyksenäsi lapsen ja huoltajien näkemysten rinnalla, eikä sitä koskaan sekoiteta heidän näkemyksiinsä.
meeting-professional-name = Nimesi ja roolisi
meeting-professional-add = Lisää oma näkemykseni
meeting-professional-answer = { $who }: näkemyksesi – { $area }
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child, addressed as "sinä".
summary-heading = Näin me päätimme
summary-open = Yhteenveto lapselle
summary-language = Yhteenvedon kieli
summary-print = Tulosta yhteenveto
summary-needs = Tässä autamme sinua
summary-actions = Mitä tapahtuu
summary-contact = Tämä ihminen auttaa sinua
summary-nothing = Mitään ei ole vielä päätetty. Kirjoittakaa ensin tarpeet ja toimenpiteet suunnitelmaan.
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Tallentamanne tiedostot jäävät sinne, minne tallensitte ne. Poistakaa nekin, jos tietokone on muidenkin käytössä.
plan-remove = Poista tapaamisesta: { $name }
meeting-save-failed = Välilehti ei voinut tallentaa viimeisintä muutosta. Se on vain näytöllä – tallentakaa suunnitelma tiedostoksi ennen kuin suljette.
meeting-file-offered = Suunnitelma annettiin selaimelle tiedostona. Tarkistakaa, että se tallentui haluamaanne paikkaan.
meeting-file-failed = Selain ei ottanut tiedostoa vastaan. Mitään ei tallennettu – yrittäkää uudelleen tai tulostakaa suunnitelma.
import-error-too-many = Tapaamisessa on jo niin monta pyörää kuin siihen mahtuu. Poistakaa ensin yksi.
import-error-same-id = Tiedostolla on sama tunniste kuin tapaamisen toisella pyörällä, mutta se on jonkun muun. Sitä ei tuotu.
import-error-second-child = Tapaamisessa on jo lapsen pyörä. Kahden lapsen vastauksia ei koskaan sekoiteta. Poistakaa ensimmäinen, jos haluatte käyttää tätä tiedostoa.
import-error-older = Tapaamisessa on jo tämän pyörän uudempi versio. Vanhempaa tiedostoa ei tuotu.
import-replaced = { $file } on tuotu, ja se korvaa saman pyörän vanhemman version.
plan-include-earlier = Ota mukaan edellisestä suunnitelmasta: { $name }
meeting-unreadable = Tässä välilehdessä ollutta tapaamista ei voitu lukea. Se säilyy koskemattomana, kunnes päätätte tapaamisen, ja tähän alkaa uusi tapaaminen.
meeting-duty-to-report = Epäiletkö, että lasta kohdellaan kaltoin? Silloin sinun ammattilaisena on tehtävä heti huoli-ilmoitus (orosanmälan) sosiaalipalveluille. Kronobarnsmodellen ei korvaa ilmoitusta, eikä siihen tarvita suostumusta.
