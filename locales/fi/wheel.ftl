# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (Lapsen hyvinvoinnin pyörä): the seven areas, Finnish translation.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
area-safe-name = Turvallisuus
# needs-native-review
area-safe-title = { $who ->
    [guardian] Lapsi on turvassa
   *[other] Olen turvassa
}
# needs-native-review
area-safe-text = { $who ->
    [guardian] Lapsen turvallisuus: kukaan ei kohdista lapseen väkivaltaa, uhkailua tai hyväksikäyttöä – kotona, koulussa, ulkona tai netissä.
   *[other] { $age ->
        [young] Turvassa oleminen tarkoittaa, ettei kukaan satuta sinua. Tunnetko olosi turvalliseksi kotona, päiväkodissa ja koulussa?
       *[other] Turvassa oleminen tarkoittaa, että kukaan ei lyö, uhkaa tai satuta sinua – kotona, koulussa, ulkona tai netissä.
        [teen] Turvassa oleminen tarkoittaa, ettei kukaan kohdista sinuun väkivaltaa, uhkailua tai hyväksikäyttöä – kotona, koulussa, ulkona tai netissä.
    }
}

# needs-native-review
area-health-name = Terveys
# needs-native-review
area-health-title = { $who ->
    [guardian] Lapsi voi hyvin
   *[other] Voin hyvin
}
# needs-native-review
area-health-text = { $who ->
    [guardian] Lapsen fyysinen ja psyykkinen terveys: uni, ruoka, liikunta ja hoito silloin, kun lapsi sitä tarvitsee.
   *[other] { $age ->
        [young] Miten kehosi ja mielesi voivat? Nukutko ja syötkö hyvin?
       *[other] Miten kehosi ja ajatuksesi voivat. Että nukut, syöt ja saat apua, kun olet sairas.
        [teen] Miten voit fyysisesti ja psyykkisesti: uni, ruoka, liikunta ja hoidon saaminen, kun tarvitset sitä.
    }
}

# needs-native-review
area-learning-name = Oppiminen
# needs-native-review
area-learning-title = { $who ->
    [guardian] Lapsi oppii ja kehittyy
   *[other] Opin ja kehityn
}
# needs-native-review
area-learning-text = { $who ->
    [guardian] Päiväkoti tai koulu, oppiminen kotona, kieli ja tuki, kun jokin on vaikeaa.
   *[other] { $age ->
        [young] Opitko uusia asioita päiväkodissa, koulussa ja kotona?
       *[other] Miten koulussa menee, mitä opit kotona ja saatko apua kielen kanssa.
        [teen] Koulu, oppiminen ja kehittyminen, tulevaisuuden suunnitelmat ja tuen saaminen, kun jokin on vaikeaa.
    }
}

# needs-native-review
area-care-name = Huolenpito
# needs-native-review
area-care-title = { $who ->
    [guardian] Joku huolehtii lapsesta
   *[other] Joku huolehtii minusta
}
# needs-native-review
area-care-text = { $who ->
    [guardian] Koti, aikuiset, jotka välittävät, ja se, että lapsen arjen tarpeista huolehditaan.
   *[other] { $age ->
        [young] Tämä kertoo kodistasi ja aikuisista, jotka huolehtivat sinusta. Saatko sen, mitä tarvitset?
       *[other] Että sinulla on koti, aikuisia, jotka välittävät sinusta, ja kaikki, mitä tarvitset joka päivä, kuten ruokaa ja vaatteita.
        [teen] Koti, aikuiset, jotka välittävät, ja se, että sinulla on arjessa tarvitsemasi, kuten ruoka, vaatteet ja raha.
    }
}

# needs-native-review
area-play-name = Vapaa-aika
# needs-native-review
area-play-title = { $who ->
    [guardian] Lapsella on aikaa leikkiin, lepoon ja vapaa-aikaan
   *[other] { $age ->
        [teen] Minulla on aikaa sille, mistä pidän
       *[other] Minulla on aikaa leikkiä ja levätä
    }
}
# needs-native-review
area-play-text = { $who ->
    [guardian] Leikki, lepo, urheilu, kulttuuri ja kaverit – aikaa sille, mistä lapsi pitää.
   *[other] { $age ->
        [young] Saatko leikkiä, levätä ja pitää hauskaa?
       *[other] Leikkiminen, lepo, urheilu, se mistä pidät, ja kavereiden näkeminen koulun jälkeen.
        [teen] Vapaa-aika, lepo, urheilu, kulttuuri ja ystävien tapaaminen – se, mitä itse haluat tehdä.
    }
}

# needs-native-review
area-voice-name = Osallisuus
# needs-native-review
area-voice-title = { $who ->
    [guardian] Lasta kuunnellaan
   *[other] Minua kuunnellaan
}
# needs-native-review
area-voice-text = { $who ->
    [guardian] Että lapsi saa sanoa mielipiteensä ja häntä kuunnellaan asioissa, jotka koskevat häntä.
   *[other] { $age ->
        [young] Kuuntelevatko aikuiset sinua, kun sanot jotain?
       *[other] Että aikuiset kuuntelevat, mitä mieltä olet, kun asia koskee sinua.
        [teen] Että saat sanoa mielipiteesi ja sinua kuunnellaan kaikessa, mikä koskee sinua.
    }
}

# needs-native-review
area-belonging-name = Ihmissuhteet
# needs-native-review
area-belonging-title = { $who ->
    [guardian] Lapsi kuuluu joukkoon
   *[other] Kuulun joukkoon
}
# needs-native-review
area-belonging-text = { $who ->
    [guardian] Perhe, ystävät, identiteetti ja se, että lapsi saa olla mukana ja tuntee kuuluvansa joukkoon.
   *[other] { $age ->
        [young] Tämä kertoo perheestäsi ja kavereistasi. Saatko olla mukana?
       *[other] Perheesi, kaverisi, kuka olet ja että saat olla mukana.
        [teen] Perhe, ystävät, identiteettisi ja tunne siitä, että kuulut joukkoon ja saat olla mukana.
    }
}

# needs-native-review
feeling-happy = Iloinen
# needs-native-review
feeling-calm = Rauhallinen
# needs-native-review
feeling-proud = Ylpeä
# needs-native-review
feeling-sad = Surullinen
# needs-native-review
feeling-angry = Vihainen
# needs-native-review
feeling-scared = Peloissaan
# needs-native-review
feeling-worried = Huolissaan
# needs-native-review
feeling-lonely = Yksinäinen
# needs-native-review
feeling-tired = Väsynyt
