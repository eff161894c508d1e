# Barnets bästa-hjulet (Lapsen hyvinvoinnin pyörä): the seven areas, Finnish translation.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

area-safe-name = Turvallisuus
area-safe-title = { $who ->
    [guardian] Lapsi on turvassa
   *[other] Olen turvassa
}
area-safe-text = { $who ->
    [guardian] Lapsen turvallisuus: kukaan ei kohdista lapseen väkivaltaa, uhkailua tai hyväksikäyttöä – kotona, koulussa, ulkona tai netissä.
   *[other] { $age ->
        [young] Turvassa oleminen tarkoittaa, ettei kukaan satuta sinua. Tunnetko olosi turvalliseksi kotona, päiväkodissa ja koulussa?
       *[other] Turvassa oleminen tarkoittaa, että kukaan ei lyö, uhkaa tai satuta sinua – kotona, koulussa, ulkona tai netissä.
        [teen] Turvassa oleminen tarkoittaa, ettei kukaan kohdista sinuun väkivaltaa, uhkailua tai hyväksikäyttöä – kotona, koulussa, ulkona tai netissä.
    }
}

area-health-name = Terveys
area-health-title = { $who ->
    [guardian] Lapsi voi hyvin
   *[other] Voin hyvin
}
area-health-text = { $who ->
    [guardian] Lapsen fyysinen ja psyykkinen terveys: uni, ruoka, liikunta ja hoito silloin, kun lapsi sitä tarvitsee.
   *[other] { $age ->
        [young] Miten kehosi ja mielesi voivat? Nukutko ja syötkö hyvin?
       *[other] Miten kehosi ja ajatuksesi voivat. Että nukut, syöt ja saat apua, kun olet sairas.
        [teen] Miten voit fyysisesti ja psyykkisesti: uni, ruoka, liikunta ja hoidon saaminen, kun tarvitset sitä.
    }
}

area-learning-name = Oppiminen
area-learning-title = { $who ->
    [guardian] Lapsi oppii ja kehittyy
   *[other] Opin ja kehityn
}
area-learning-text = { $who ->
    [guardian] Päiväkoti tai koulu, oppiminen kotona, kieli ja tuki, kun jokin on vaikeaa.
   *[other] { $age ->
        [young] Opitko uusia asioita päiväkodissa, koulussa ja kotona?
       *[other] Miten koulussa menee, mitä opit kotona ja saatko apua kielen kanssa.
        [teen] Koulu, oppiminen ja kehittyminen, tulevaisuuden suunnitelmat ja tuen saaminen, kun jokin on vaikeaa.
    }
}

area-care-name = Huolenpito
area-care-title = { $who ->
    [guardian] Joku huolehtii lapsesta
   *[other] Joku huolehtii minusta
}
area-care-text = { $who ->
    [guardian] Koti, aikuiset, jotka välittävät, ja se, että lapsen arjen tarpeista huolehditaan.
   *[other] { $age ->
        [young] Tämä kertoo kodistasi ja aikuisista, jotka huolehtivat sinusta. Saatko sen, mitä tarvitset?
       *[other] Että sinulla on koti, aikuisia, jotka välittävät sinusta, ja kaikki, mitä tarvitset joka päivä, kuten ruokaa ja vaatteita.
        [teen] Koti, aikuiset, jotka välittävät, ja se, että sinulla on arjessa tarvitsemasi, kuten ruoka, vaatteet ja raha.
    }
}

area-play-name = Vapaa-aika
area-play-title = { $who ->
    [guardian] Lapsella on aikaa leikkiin, lepoon ja vapaa-aikaan
   *[other] { $age ->
        [teen] Minulla on aikaa sille, mistä pidän
       *[other] Minulla on aikaa leikkiä ja levätä
    }
}
area-play-text = { $who ->
    [guardian] Leikki, lepo, urheilu, kulttuuri ja kaverit – aikaa sille, mistä lapsi pitää.
   *[other] { $age ->
        [young] Saatko leikkiä, levätä ja pitää hauskaa?
       *[other] Leikkiminen, lepo, urheilu, se mistä pidät, ja kavereiden näkeminen koulun jälkeen.
        [teen] Vapaa-aika, lepo, urheilu, kulttuuri ja ystävien tapaaminen – se, mitä itse haluat tehdä.
    }
}

area-voice-name = Osallisuus
area-voice-title = { $who ->
    [guardian] Lasta kuunnellaan
   *[other] Minua kuunnellaan
}
area-voice-text = { $who ->
    [guardian] Että lapsi saa sanoa mielipiteensä ja häntä kuunnellaan asioissa, jotka koskevat häntä.
   *[other] { $age ->
        [young] Kuuntelevatko aikuiset sinua, kun sanot jotain?
       *[other] Että aikuiset kuuntelevat, mitä mieltä olet, kun asia koskee sinua.
        [teen] Että saat sanoa mielipiteesi ja sinua kuunnellaan kaikessa, mikä koskee sinua.
    }
}

area-belonging-name = Ihmissuhteet
area-belonging-title = { $who ->
    [guardian] Lapsi kuuluu joukkoon
   *[other] Kuulun joukkoon
}
area-belonging-text = { $who ->
    [guardian] Perhe, ystävät, identiteetti ja se, että lapsi saa olla mukana ja tuntee kuuluvansa joukkoon.
   *[other] { $age ->
        [young] Tämä kertoo perheestäsi ja kavereistasi. Saatko olla mukana?
       *[other] Perheesi, kaverisi, kuka olet ja että saat olla mukana.
        [teen] Perhe, ystävät, identiteettisi ja tunne siitä, että kuulut joukkoon ja saat olla mukana.
    }
}
