# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (Lapsen hyvinvoinnin pyörä): classroom mode, Finnish translation.
# A teacher shows the wheel on a projector in a lesson (promoting and preventive work); nothing
# about any pupil is asked or stored. Swedish is the source language and the fallback.
# The area texts receive $age: young = 4–7, middle = 8–12, teen = 13–17 (the class's age group).
# Every prompts variant is exactly three questions, one per line; every articles message has one
# line per convention article of the area (content/wheel.json), in the same order, each with the
# article's number. The prompts are about children in general, never about a pupil's own life.

# needs-native-review
classroom-title = Pyörä luokkahuoneessa
# needs-native-review
classroom-intro = Valitkaa pyörästä yksi alue ja keskustelkaa siitä yhdessä luokan kanssa. Jokaisella alueella on selitys, keskustelukysymyksiä ja siihen liittyvät lapsen oikeuksien sopimuksen artiklat.
# needs-native-review
classroom-model = Pyörä on yksi Kronobarnsmodellenin työkaluista: toimintatavan, jonka esikoulut, koulut ja kaikki muut Kronobergin läänissä lasten kanssa toimivat ovat kehittäneet yhdessä osana "Barnens bästa gäller! i Kronoberg" -työtä. Luokassa sitä käytetään edistävään ja ehkäisevään työhön.
# needs-native-review
classroom-nothing-stored = Täällä ei kysytä mitään kenestäkään oppilaasta, eikä mitään tallenneta.
# needs-native-review
classroom-own-wheel = Haluaako oppilas täyttää oman pyöränsä? Sen voi tehdä etusivun painikkeella ”Aloita oma pyöräni” omalla laitteella tai koulun tietokoneella. Vastaukset pysyvät siinä laitteessa, kunnes oppilas itse päättää jakaa ne.
# needs-native-review
classroom-own-wheel-link = Etusivulle
# needs-native-review
classroom-age-legend = Luokan ikä
# needs-native-review
classroom-explain-heading = Mitä se tarkoittaa?
# needs-native-review
classroom-prompts-heading = Puhutaan siitä
# needs-native-review
classroom-articles-heading = Näin lapsen oikeuksien sopimus sanoo
# needs-native-review
classroom-back = Takaisin koko pyörään
# needs-native-review
classroom-choose-area = Valitse alue

## Turvallisuus

# needs-native-review
classroom-safe-explain = { $age ->
    [young] Turvallisuus tarkoittaa, että kukaan ei satuta sinua eikä sinun tarvitse pelätä. Kotona, päiväkodissa ja koulussa lasten pitää voida olla rauhassa. Jos joskus et tunne oloasi turvalliseksi, voit kertoa aikuiselle, johon luotat, tai soittaa palveluun BRIS 116 111.
   *[middle] Turvallisuus tarkoittaa, että kukaan ei lyö, uhkaa tai satuta sinua – kotona, koulussa, ulkona tai netissä. Aikuisten pitää huolehtia siitä, että lapset ovat suojassa. Jos joskus et tunne oloasi turvalliseksi, voit puhua aikuiselle, johon luotat, tai soittaa palveluun BRIS 116 111 – se on maksutonta.
    [teen] Turvallisuus tarkoittaa, että kukaan ei kohdista sinuun väkivaltaa, uhkailua, loukkauksia tai hyväksikäyttöä – kotona, koulussa, ulkona tai netissä. Lasten ja nuorten suojeleminen on aina aikuisten vastuulla. Jos joskus et tunne oloasi turvalliseksi, voit puhua aikuiselle, johon luotat, tai soittaa palveluun BRIS 116 111 maksutta ja kertomatta, kuka olet.
}
# needs-native-review
classroom-safe-prompts = { $age ->
    [young]
        Missä lapset tuntevat olonsa turvalliseksi?
        Mitä kaveri voi tehdä, jos joku on surullinen tai peloissaan?
        Keille aikuisille lapset voivat kertoa asioistaan?
   *[middle]
        Mikä saa paikan tuntumaan turvalliselta lapsille?
        Mitä voi tehdä, jos kaveria kohdellaan huonosti koulussa tai netissä?
        Kenelle lapsi voi puhua, jos jokin tuntuu turvattomalta?
    [teen]
        Mitä tarvitaan, jotta nuoret tuntisivat olonsa turvalliseksi koulussa ja netissä?
        Miten voi tukea ystävää, jolla on vaikeaa, ja milloin aikuisen pitää saada tietää?
        Keiden aikuisten ja minkä tukipuhelinten puoleen nuoret voivat kääntyä, jos he eivät tunne oloaan turvalliseksi?
}
# needs-native-review
classroom-safe-articles =
    Artikla 19: Sinulla on oikeus olla suojassa väkivallalta ja siltä, että joku satuttaa sinua.
    Artikla 34: Sinulla on oikeus olla suojassa seksuaaliselta hyväksikäytöltä. Kehosi on sinun.
    Artikla 36: Sinulla on oikeus olla suojassa niin, ettei kukaan käytä sinua hyväksi millään tavalla.

## Terveys

# needs-native-review
classroom-health-explain = { $age ->
    [young] Terveys tarkoittaa, että voit hyvin kehossasi ja mielessäsi. Nukkuminen, syöminen, liikkuminen ja muiden kanssa oleminen auttavat meitä voimaan hyvin. Kun lapsi on sairas, lääkärin tai hoitajan pitää auttaa häntä.
   *[middle] Terveys tarkoittaa sitä, miten voit kehossasi ja ajatuksissasi. Uni, ruoka, liikunta ja kaverit auttavat meitä voimaan hyvin. Kaikilla lapsilla on oikeus saada hoitoa ja apua, kun he ovat sairaita tai voivat huonosti.
    [teen] Terveys on sekä fyysistä että psyykkistä: miten kehosi voi ja miltä sinusta tuntuu sisältä. Uni, ruoka, liikunta, lepo ja ihmissuhteet vaikuttavat siihen, miten voimme. Sinulla on oikeus hoitoon ja tukeen, esimerkiksi kouluterveydenhoitajalta, oppilashuollosta tai nuorisovastaanotolta.
}
# needs-native-review
classroom-health-prompts = { $age ->
    [young]
        Mikä saa kehon voimaan hyvin?
        Mitä voi tehdä, kun on surullinen?
        Kuka auttaa lapsia, kun he ovat sairaita?
   *[middle]
        Mitä lapset voivat tehdä, jotta keho ja mieli voisivat hyvin?
        Miksi keho tarvitsee unta, ruokaa ja liikuntaa?
        Kenelle lapsi voi puhua, jos hän voi huonosti?
    [teen]
        Mikä vaikuttaa siihen, miten nuoret voivat, esimerkiksi uni, ruudut ja stressi?
        Miten voi tukea ystävää, joka voi huonosti?
        Mistä nuoret voivat saada apua siihen, miten he voivat, koulussa ja koulun ulkopuolella?
}
# needs-native-review
classroom-health-articles =
    Artikla 24: Sinulla on oikeus olla niin terve kuin mahdollista ja saada hoitoa, kun olet sairas, sekä oikeus ruokaan ja puhtaaseen veteen.

## Oppiminen

# needs-native-review
classroom-learning-explain = { $age ->
    [young] Oppiminen tarkoittaa, että saat tietää ja osaat uusia asioita. Lapset oppivat päiväkodissa, koulussa, kotona ja leikkiessään. On ihan okei, jos jokin on vaikeaa – silloin aikuinen voi auttaa.
   *[middle] Oppiminen tarkoittaa koulua, mutta myös kaikkea, mitä opit kotona ja vapaa-ajalla. Kaikilla lapsilla on oikeus käydä koulua ja saada apua, kun jokin on vaikeaa. Koulun pitää auttaa sinua kehittymään omalla tavallasi.
    [teen] Oppiminen tarkoittaa koulua, kasvamista ihmisenä ja mahdollisuutta valita oma tulevaisuutensa. Jokaisella on oikeus koulutukseen ja tukeen, kun jokin on vaikeaa, esimerkiksi tukitoimiin tai apuun kielen kanssa. Koulun pitää myös opettaa meitä kunnioittamaan muita ihmisiä, heidän oikeuksiaan ja luontoa.
}
# needs-native-review
classroom-learning-prompts = { $age ->
    [young]
        Mitä on kivaa oppia?
        Mitä voi tehdä, kun jokin on vaikeaa?
        Miten lapset voivat auttaa toisiaan oppimaan?
   *[middle]
        Mikä tekee oppimisesta helppoa luokkahuoneessa?
        Mitä oppilas voi tehdä, jos jokin koulussa on liian vaikeaa?
        Mitä lapset oppivat koulun ulkopuolella?
    [teen]
        Mitä nuoret tarvitsevat voidakseen keskittyä ja oppia?
        Kuka koulussa voi tukea, kun opiskelu tuntuu raskaalta?
        Mitä koulu voi tehdä, jotta kaikki oppilaat saisivat saman mahdollisuuden?
}
# needs-native-review
classroom-learning-articles =
    Artikla 28: Sinulla on oikeus käydä koulua ja oppia. Peruskoulun pitää olla maksuton.
    Artikla 29: Koulun pitää auttaa sinua kehittymään niin paljon kuin pystyt ja opettaa sinua kunnioittamaan muita ihmisiä ja luontoa.

## Huolenpito

# needs-native-review
classroom-care-explain = { $age ->
    [young] Huolenpito tarkoittaa, että aikuiset pitävät sinusta huolta. Lapset tarvitsevat kodin, ruokaa, vaatteita ja jonkun, joka välittää heistä. Aikuisten pitää auttaa lapsia joka päivä.
   *[middle] Huolenpito tarkoittaa, että sinulla on koti ja aikuisia, jotka välittävät sinusta. Lapset tarvitsevat ruokaa, vaatteita, unta ja jonkun, joka auttaa heitä arjessa. Perheet voivat olla erilaisia – tärkeintä on, että lapsesta pidetään huolta.
    [teen] Huolenpito tarkoittaa kotia, välittäviä aikuisia ja sitä, että arjessa on se, mitä tarvitset, kuten ruokaa, vaatteita ja rahaa välttämättömään. Vanhemmilla on päävastuu, ja yhteiskunnan pitää auttaa perheitä, jotka tarvitsevat tukea. Perheet ovat erilaisia, ja huolenpitoa voi saada monelta aikuiselta.
}
# needs-native-review
classroom-care-prompts = { $age ->
    [young]
        Miten aikuiset voivat pitää huolta lapsista?
        Mitä lapsi tarvitsee joka päivä?
        Miten voi näyttää, että välittää jostakusta?
   *[middle]
        Mitä kaikki lapset tarvitsevat, jotta heillä olisi hyvä olla kotona?
        Ketkä aikuiset voivat auttaa, kun perhe tarvitsee tukea?
        Millaisia erilaisia perheitä voi olla?
    [teen]
        Mitä tarkoittaa, että aikuinen ottaa vastuun lapsesta?
        Mitä yhteiskunta voi tehdä perheille, joilla on vaikeaa, esimerkiksi rahan kanssa?
        Kenen puoleen nuori voi kääntyä, jos kotona puuttuu jotakin?
}
# needs-native-review
classroom-care-articles =
    Artikla 18: Vanhempiesi tai muiden sinusta vastaavien aikuisten pitää yhdessä huolehtia sinusta, ja yhteiskunnan pitää auttaa heitä.
    Artikla 27: Sinulla on oikeus hyvään elämään, jossa on ruokaa, vaatteita ja koti. Jos perheellä ei ole siihen varaa, yhteiskunnan pitää auttaa.

## Vapaa-aika

# needs-native-review
classroom-play-explain = { $age ->
    [young] Kaikkien lasten pitää saada leikkiä, levätä ja pitää hauskaa. Voi leikkiä yksin tai kavereiden kanssa, sisällä tai ulkona. Kun leikkii, voi hyvin ja oppii asioita.
   *[middle] Vapaa-aika on aikaa, jolloin et ole koulussa. Silloin lapset voivat leikkiä, levätä, urheilla, soittaa, tehdä käsillään tai tavata kavereita. Kaikilla lapsilla on oikeus leikkiin ja lepoon ja oikeus osallistua hauskoihin harrastuksiin.
    [teen] Vapaa-aika on omaa aikaasi: lepoa, ystävien tapaamista, urheilua, luomista tai kulttuurista nauttimista. Lepo ja vapaa-aika ovat hyvinvoinnille yhtä tärkeitä kuin koulu. Kaikkien nuorten pitää voida osallistua harrastuksiin taustasta, toimintakyvystä tai rahasta riippumatta.
}
# needs-native-review
classroom-play-prompts = { $age ->
    [young]
        Mistä leikeistä lapset pitävät?
        Miten kaikki saadaan mukaan leikkiin?
        Miksi joskus pitää levätä?
   *[middle]
        Mitä lapset voivat tehdä vapaa-ajallaan sisällä ja ulkona?
        Miten voisimme auttaa, että useampi lapsi pääsee mukaan harrastuksiin?
        Miksi on tärkeää, että on aikaa levätä ja vain olla?
    [teen]
        Mitä nuoret tarvitsevat hyvään vapaa-aikaan?
        Mikä voi tehdä harrastuksiin osallistumisesta vaikeaa, ja mikä voi auttaa?
        Miten löytää hyvä tasapaino koulun, ruutujen, levon ja muun välillä?
}
# needs-native-review
classroom-play-articles =
    Artikla 31: Sinulla on oikeus levätä, leikkiä ja viettää vapaa-aikaa sekä osallistua kulttuuriin ja taiteeseen.

## Osallisuus

# needs-native-review
classroom-voice-explain = { $age ->
    [young] Osallisuus tarkoittaa, että aikuiset kuuntelevat sinua. Saat sanoa, mitä mieltä olet. Aikuisten pitää kysyä lapsilta asioista, jotka koskevat heitä.
   *[middle] Osallisuus tarkoittaa, että saat sanoa mielipiteesi, kun asia koskee sinua, ja että aikuiset kuuntelevat. Aikuiset eivät aina päätä niin kuin lapsi haluaa, mutta heidän pitää ottaa lapsen mielipide vakavasti. Saat kertoa mielipiteesi omalla tavallasi, sanoilla, kuvilla tai muilla tavoin.
    [teen] Osallisuus tarkoittaa, että saat sanoa mielipiteesi ja sinua kuunnellaan kaikessa, mikä koskee sinua – kotona, koulussa, terveydenhuollossa ja yhteiskunnassa. Mielipiteesi pitää ottaa vakavasti, ja sillä on sitä enemmän painoa, mitä vanhemmaksi tulet. Sinulla on myös oikeus etsiä tietoa ja ilmaista ajatuksiasi, kunhan et loukkaa muita.
}
# needs-native-review
classroom-voice-prompts = { $age ->
    [young]
        Mistä tietää, että joku kuuntelee?
        Mistä asioista lapset voivat saada päättää?
        Miten voi näyttää mielipiteensä ilman sanoja?
   *[middle]
        Mistä asioista lasten pitäisi saada olla mukana päättämässä koulussa?
        Miten voi näyttää, että kuuntelee toista?
        Mitä lapsi voi tehdä, jos tuntuu, ettei kukaan kuuntele?
    [teen]
        Missä asioissa nuorten pitäisi saada sanoa enemmän?
        Miten voi kertoa mielipiteensä niin, että kunnioittaa muita?
        Missä nuoret voivat vaikuttaa, esimerkiksi oppilaskunnassa tai kunnassa?
}
# needs-native-review
classroom-voice-articles =
    Artikla 12: Sinulla on oikeus sanoa mielipiteesi kaikessa, mikä koskee sinua, ja aikuisten pitää kuunnella sinua.
    Artikla 13: Sinulla on oikeus ottaa asioista selvää ja kertoa, mitä ajattelet – sanoilla, kuvilla tai muilla tavoin.

## Ihmissuhteet

# needs-native-review
classroom-belonging-explain = { $age ->
    [young] Joukkoon kuuluminen tarkoittaa, että sinulla on ihmisiä, jotka pitävät sinusta, kuten perhe ja kaverit. Kaikkien lasten pitää saada olla mukana. Kaikki lapset ovat yhtä arvokkaita.
   *[middle] Ihmissuhteet tarkoittavat perhettä, kavereita ja muita ihmisiä, jotka ovat sinulle tärkeitä. Kyse on myös siitä, kuka olet – nimestäsi, kielestäsi ja kulttuuristasi. Kaikki lapset ovat yhtä arvokkaita, ja kaikkien pitää saada olla mukana.
    [teen] Ihmissuhteet tarkoittavat perhettä, ystäviä ja yhteisöjä, joihin tunnet kuuluvasi. Kyse on myös identiteetistäsi: nimestäsi, kielestäsi, kulttuuristasi, uskostasi ja siitä, kuka olet. Ketään ei saa kohdella huonommin sen takia, kuka hän on.
}
# needs-native-review
classroom-belonging-prompts = { $age ->
    [young]
        Mitä voi tehdä, jotta kaikki pääsevät mukaan?
        Miltä tuntuu, kun on kaveri?
        Ketkä ihmiset voivat olla lapselle tärkeitä?
   *[middle]
        Miten voimme huolehtia, ettei ketään jätetä luokassa ulkopuolelle?
        Mikä tekee jostakusta hyvän kaverin?
        Mitä tarkoittaa, että kaikki lapset ovat yhtä arvokkaita?
    [teen]
        Mikä saa tuntemaan, että kuuluu ryhmään?
        Miten voi estää, että joku jätetään ulkopuolelle koulussa tai netissä?
        Miksi kieli, kulttuuri ja identiteetti ovat ihmisille tärkeitä?
}
# needs-native-review
classroom-belonging-articles =
    Artikla 2: Kaikilla lapsilla on samat oikeudet, ja he ovat yhtä arvokkaita. Ketään ei saa kohdella huonommin.
    Artikla 8: Sinulla on oikeus identiteettiisi: nimeesi, perheeseesi ja siihen, että kuulut johonkin maahan.
    Artikla 30: Jos kuulut vähemmistöön tai alkuperäiskansaan, sinulla on oikeus omaan kieleesi, kulttuuriisi ja uskontoosi.
# needs-native-review
classroom-duty-to-report = Jos oppilas kertoo sinulle jotain, mikä huolestuttaa sinua: kuuntele, älä kuulustele oppilasta, tee heti huoli-ilmoitus (orosanmälan) sosiaalipalveluille ja kerro rehtorille. Huoli-ilmoitukseen ei tarvita suostumusta.
