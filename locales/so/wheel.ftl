# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the wheel of what is best for the child): the seven areas, in Somali.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
area-safe-name = Ammaan
# needs-native-review
area-safe-title = { $who ->
    [guardian] Ilmuhu waa ammaan
   *[other] Waan ammaan ahay
}
# needs-native-review
area-safe-text = { $who ->
    [guardian] Ilmaha oo ammaan ah: qofna kuma kaco ilmaha rabshad, hanjabaad ama xadgudub – guriga, dugsiga, bannaanka ama internetka.
   *[other] { $age ->
        [young] Ammaan waxay ka dhigan tahay in qofna uusan ku waxyeelayn. Ma dareemaysaa ammaan guriga, xannaanada iyo dugsiga?
       *[other] Ammaan ahaanshuhu waxay ka dhigan tahay in qofna uusan ku garaacin, ku hanjabin ama ku waxyeelleyn – guriga, dugsiga, bannaanka ama internetka.
        [teen] Ammaan ahaanshuhu waxay ka dhigan tahay in qofna uusan kula kicin rabshad, hanjabaad ama xadgudub – guriga, dugsiga, bannaanka ama internetka.
    }
}

# needs-native-review
area-health-name = Caafimaad
# needs-native-review
area-health-title = { $who ->
    [guardian] Ilmuhu wuu fiican yahay
   *[other] Waan fiicnahay
}
# needs-native-review
area-health-text = { $who ->
    [guardian] Caafimaadka ilmaha ee jidhka iyo maskaxda: hurdada, cuntada, dhaqdhaqaaqa iyo daryeel caafimaad marka ilmuhu u baahdo.
   *[other] { $age ->
        [young] Sidee u dareemaysaa jidhkaaga iyo madaxaaga? Si fiican ma u seexataa oo wax ma u cuntaa?
       *[other] Sida aad tahay jidh ahaan iyo fikir ahaan. Inaad seexato, wax cunto oo caawimaad hesho marka aad jirran tahay.
        [teen] Sida aad tahay jidh ahaan iyo maskax ahaan: hurdada, cuntada, dhaqdhaqaaqa iyo inaad daryeel caafimaad hesho marka aad u baahato.
    }
}

# needs-native-review
area-learning-name = Waxbarasho
# needs-native-review
area-learning-title = { $who ->
    [guardian] Ilmuhu wax buu bartaa oo wuu korayaa
   *[other] Wax baan bartaa oo waan korayaa
}
# needs-native-review
area-learning-text = { $who ->
    [guardian] Xannaanada ama dugsiga, waxbarashada guriga, luqadda iyo taageero marka ay wax adag yihiin.
   *[other] { $age ->
        [young] Wax cusub ma ku bartaa xannaanada, dugsiga iyo guriga?
       *[other] Sida dugsigu kuu socdo, inaad wax ku barato guriga iyo inaad caawimaad ka hesho luqadda.
        [teen] Dugsiga, waxbarashada iyo horumarka, qorshayaasha mustaqbalka iyo inaad taageero hesho marka wax kugu adag yihiin.
    }
}

# needs-native-review
area-care-name = Daryeel
# needs-native-review
area-care-title = { $who ->
    [guardian] Qof baa daryeela ilmaha
   *[other] Qof baa i daryeela
}
# needs-native-review
area-care-text = { $who ->
    [guardian] Guri, dad waaweyn oo daneeya iyo in baahiyaha maalinlaha ah ee ilmaha la daboolo.
   *[other] { $age ->
        [young] Tani waxay ku saabsan tahay gurigaaga iyo dadka waaweyn ee ku daryeela. Ma heshaa waxaad u baahan tahay?
       *[other] Inaad guri leedahay, dad waaweyn oo ku daneeya iyo waxaad maalin walba u baahan tahay, sida cunto iyo dhar.
        [teen] Guri, dad waaweyn oo ku daneeya iyo in waxaad nolol maalmeedka u baahan tahay ay jiraan, sida cunto, dhar iyo lacag.
    }
}

# needs-native-review
area-play-name = Ciyaar iyo firaaqo
# needs-native-review
area-play-title = { $who ->
    [guardian] Ilmuhu waqti buu u leeyahay ciyaar, nasasho iyo firaaqo
   *[other] { $age ->
        [teen] Waqti baan u leeyahay waxaan jeclahay
       *[other] Waqti baan u leeyahay inaan ciyaaro oo nasto
    }
}
# needs-native-review
area-play-text = { $who ->
    [guardian] Ciyaar, nasasho, isboorti, dhaqan iyo saaxiibbo – waqti loogu talagalay waxa ilmuhu jecel yahay.
   *[other] { $age ->
        [young] Ma ciyaari kartaa, ma nasan kartaa oo ma faraxsanaan kartaa?
       *[other] Inaad ciyaarto, nasato, ciyaaraha isboortiga samayso, samayso waxaad jeceshahay oo saaxiibbadaa la kulanto dugsiga kadib.
        [teen] Waqti firaaqo, nasasho, isboorti, dhaqan iyo inaad saaxiibbo la kulanto – waxa adigu aad rabto inaad samayso.
    }
}

# needs-native-review
area-voice-name = Ka qaybgal
# needs-native-review
area-voice-title = { $who ->
    [guardian] Ilmaha waa la dhegeystaa
   *[other] Waa la i dhegeystaa
}
# needs-native-review
area-voice-text = { $who ->
    [guardian] In ilmuhu sheegi karo fikirkiisa oo lagu dhegeysto arrimaha ilmaha khuseeya.
   *[other] { $age ->
        [young] Dadka waaweyn ma ku dhegeystaan marka aad wax sheegto?
       *[other] In dadka waaweyn ay dhegeystaan fikradaada marka arrintu adiga ku saabsan tahay.
        [teen] Inaad sheegi karto fikradaada oo lagu dhegeysto wax kasta oo adiga ku saabsan.
    }
}

# needs-native-review
area-belonging-name = Xiriirro
# needs-native-review
area-belonging-title = { $who ->
    [guardian] Ilmuhu wuu ka mid yahay
   *[other] Waan ka mid ahay
}
# needs-native-review
area-belonging-text = { $who ->
    [guardian] Qoys, saaxiibbo, aqoonsi iyo in ilmaha lagu daro oo uu dareemo inuu ka mid yahay.
   *[other] { $age ->
        [young] Tani waxay ku saabsan tahay qoyskaaga iyo saaxiibbadaa. Ma lagugu daraa?
       *[other] Qoyskaaga, saaxiibbadaa, cidda aad tahay iyo in lagu daro.
        [teen] Qoys, saaxiibbo, aqoonsigaaga iyo inaad dareento inaad ka mid tahay oo lagu daro.
    }
}

# needs-native-review
feeling-happy = Faraxsan
# needs-native-review
feeling-calm = Deggan
# needs-native-review
feeling-proud = Ku faanaya
# needs-native-review
feeling-sad = Murugaysan
# needs-native-review
feeling-angry = Xanaaqsan
# needs-native-review
feeling-scared = Cabsanaya
# needs-native-review
feeling-worried = Walwalsan
# needs-native-review
feeling-lonely = Keli ah
# needs-native-review
feeling-tired = Daallan
