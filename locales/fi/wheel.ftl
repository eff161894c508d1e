# Barnets bästa-hjulet (Lapsen hyvinvoinnin pyörä): the seven areas, Finnish translation.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).

area-safe-name = Turvallisuus
area-safe-title = Olen turvassa
area-safe-text = { $age ->
    [young] Kukaan ei satuta sinua. Olet turvassa kotona ja koulussa.
   *[other] Turvassa oleminen tarkoittaa, että kukaan ei lyö, uhkaa tai satuta sinua – kotona, koulussa, ulkona tai netissä.
    [teen] Turvassa oleminen tarkoittaa, ettei kukaan kohdista sinuun väkivaltaa, uhkailua tai hyväksikäyttöä – kotona, koulussa, ulkona tai netissä.
}

area-health-name = Terveys
area-health-title = Voin hyvin
area-health-text = { $age ->
    [young] Kehosi ja mielesi voivat hyvin. Nukut ja syöt.
   *[other] Miten kehosi ja ajatuksesi voivat. Että nukut, syöt ja saat apua, kun olet sairas.
    [teen] Miten voit fyysisesti ja psyykkisesti: uni, ruoka, liikunta ja hoidon saaminen, kun tarvitset sitä.
}

area-learning-name = Oppiminen
area-learning-title = Opin ja kehityn
area-learning-text = { $age ->
    [young] Opit uusia asioita päiväkodissa, koulussa ja kotona.
   *[other] Miten koulussa menee, mitä opit kotona ja saatko apua kielen kanssa.
    [teen] Koulu, oppiminen ja kehittyminen, tulevaisuuden suunnitelmat ja tuen saaminen, kun jokin on vaikeaa.
}

area-care-name = Huolenpito
area-care-title = Joku huolehtii minusta
area-care-text = { $age ->
    [young] Sinulla on koti. Aikuiset huolehtivat sinusta.
   *[other] Että sinulla on koti, aikuisia, jotka välittävät sinusta, ja kaikki, mitä tarvitset joka päivä, kuten ruokaa ja vaatteita.
    [teen] Koti, aikuiset, jotka välittävät, ja se, että sinulla on arjessa tarvitsemasi, kuten ruoka, vaatteet ja raha.
}

area-play-name = Vapaa-aika
area-play-title = Saan leikkiä ja pitää vapaa-aikaa
area-play-text = { $age ->
    [young] Saat leikkiä, levätä ja pitää hauskaa.
   *[other] Leikkiminen, lepo, urheilu, se mistä pidät, ja kavereiden näkeminen koulun jälkeen.
    [teen] Vapaa-aika, lepo, urheilu, kulttuuri ja ystävien tapaaminen – se, mitä itse haluat tehdä.
}

area-voice-name = Osallisuus
area-voice-title = Minua kuunnellaan
area-voice-text = { $age ->
    [young] Aikuiset kuuntelevat sinua.
   *[other] Että aikuiset kuuntelevat, mitä mieltä olet, kun asia koskee sinua.
    [teen] Että saat sanoa mielipiteesi ja sinua kuunnellaan kaikessa, mikä koskee sinua.
}

area-belonging-name = Ihmissuhteet
area-belonging-title = Kuulun joukkoon
area-belonging-text = { $age ->
    [young] Perheesi ja kaverisi. Saat olla mukana.
   *[other] Perheesi, kaverisi, kuka olet ja että saat olla mukana.
    [teen] Perhe, ystävät, identiteettisi ja tunne siitä, että kuulut joukkoon ja saat olla mukana.
}
