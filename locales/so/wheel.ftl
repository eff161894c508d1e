# Barnets bästa-hjulet (the wheel of what is best for the child): the seven areas, in Somali.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

area-safe-name = Ammaan
area-safe-title = { $who ->
    [guardian] Ilmuhu waa ammaan
   *[other] Waan ammaan ahay
}
area-safe-text = { $who ->
    [guardian] Ilmaha oo ammaan ah: qofna kuma kaco ilmaha rabshad, hanjabaad ama xadgudub – guriga, dugsiga, bannaanka ama internetka.
   *[other] { $age ->
        [young] Ammaan waxay ka dhigan tahay in qofna uusan ku waxyeelayn. Ma dareemaysaa ammaan guriga, xannaanada iyo dugsiga?
       *[other] Ammaan ahaanshuhu waxay ka dhigan tahay in qofna uusan ku garaacin, ku hanjabin ama ku waxyeelleyn – guriga, dugsiga, bannaanka ama internetka.
        [teen] Ammaan ahaanshuhu waxay ka dhigan tahay in qofna uusan kula kicin rabshad, hanjabaad ama xadgudub – guriga, dugsiga, bannaanka ama internetka.
    }
}

area-health-name = Caafimaad
area-health-title = { $who ->
    [guardian] Ilmuhu wuu fiican yahay
   *[other] Waan fiicnahay
}
area-health-text = { $who ->
    [guardian] Caafimaadka ilmaha ee jidhka iyo maskaxda: hurdada, cuntada, dhaqdhaqaaqa iyo daryeel caafimaad marka ilmuhu u baahdo.
   *[other] { $age ->
        [young] Sidee u dareemaysaa jidhkaaga iyo madaxaaga? Si fiican ma u seexataa oo wax ma u cuntaa?
       *[other] Sida aad tahay jidh ahaan iyo fikir ahaan. Inaad seexato, wax cunto oo caawimaad hesho marka aad jirran tahay.
        [teen] Sida aad tahay jidh ahaan iyo maskax ahaan: hurdada, cuntada, dhaqdhaqaaqa iyo inaad daryeel caafimaad hesho marka aad u baahato.
    }
}

area-learning-name = Waxbarasho
area-learning-title = { $who ->
    [guardian] Ilmuhu wax buu bartaa oo wuu korayaa
   *[other] Wax baan bartaa oo waan korayaa
}
area-learning-text = { $who ->
    [guardian] Xannaanada ama dugsiga, waxbarashada guriga, luqadda iyo taageero marka ay wax adag yihiin.
   *[other] { $age ->
        [young] Wax cusub ma ku bartaa xannaanada, dugsiga iyo guriga?
       *[other] Sida dugsigu kuu socdo, inaad wax ku barato guriga iyo inaad caawimaad ka hesho luqadda.
        [teen] Dugsiga, waxbarashada iyo horumarka, qorshayaasha mustaqbalka iyo inaad taageero hesho marka wax kugu adag yihiin.
    }
}

area-care-name = Daryeel
area-care-title = { $who ->
    [guardian] Qof baa daryeela ilmaha
   *[other] Qof baa i daryeela
}
area-care-text = { $who ->
    [guardian] Guri, dad waaweyn oo daneeya iyo in baahiyaha maalinlaha ah ee ilmaha la daboolo.
   *[other] { $age ->
        [young] Tani waxay ku saabsan tahay gurigaaga iyo dadka waaweyn ee ku daryeela. Ma heshaa waxaad u baahan tahay?
       *[other] Inaad guri leedahay, dad waaweyn oo ku daneeya iyo waxaad maalin walba u baahan tahay, sida cunto iyo dhar.
        [teen] Guri, dad waaweyn oo ku daneeya iyo in waxaad nolol maalmeedka u baahan tahay ay jiraan, sida cunto, dhar iyo lacag.
    }
}

area-play-name = Ciyaar iyo firaaqo
area-play-title = { $who ->
    [guardian] Ilmuhu waqti buu u leeyahay ciyaar, nasasho iyo firaaqo
   *[other] { $age ->
        [teen] Waqti baan u leeyahay waxaan jeclahay
       *[other] Waqti baan u leeyahay inaan ciyaaro oo nasto
    }
}
area-play-text = { $who ->
    [guardian] Ciyaar, nasasho, isboorti, dhaqan iyo saaxiibbo – waqti loogu talagalay waxa ilmuhu jecel yahay.
   *[other] { $age ->
        [young] Ma ciyaari kartaa, ma nasan kartaa oo ma faraxsanaan kartaa?
       *[other] Inaad ciyaarto, nasato, ciyaaraha isboortiga samayso, samayso waxaad jeceshahay oo saaxiibbadaa la kulanto dugsiga kadib.
        [teen] Waqti firaaqo, nasasho, isboorti, dhaqan iyo inaad saaxiibbo la kulanto – waxa adigu aad rabto inaad samayso.
    }
}

area-voice-name = Ka qaybgal
area-voice-title = { $who ->
    [guardian] Ilmaha waa la dhegeystaa
   *[other] Waa la i dhegeystaa
}
area-voice-text = { $who ->
    [guardian] In ilmuhu sheegi karo fikirkiisa oo lagu dhegeysto arrimaha ilmaha khuseeya.
   *[other] { $age ->
        [young] Dadka waaweyn ma ku dhegeystaan marka aad wax sheegto?
       *[other] In dadka waaweyn ay dhegeystaan fikradaada marka arrintu adiga ku saabsan tahay.
        [teen] Inaad sheegi karto fikradaada oo lagu dhegeysto wax kasta oo adiga ku saabsan.
    }
}

area-belonging-name = Xiriirro
area-belonging-title = { $who ->
    [guardian] Ilmuhu wuu ka mid yahay
   *[other] Waan ka mid ahay
}
area-belonging-text = { $who ->
    [guardian] Qoys, saaxiibbo, aqoonsi iyo in ilmaha lagu daro oo uu dareemo inuu ka mid yahay.
   *[other] { $age ->
        [young] Tani waxay ku saabsan tahay qoyskaaga iyo saaxiibbadaa. Ma lagugu daraa?
       *[other] Qoyskaaga, saaxiibbadaa, cidda aad tahay iyo in lagu daro.
        [teen] Qoys, saaxiibbo, aqoonsigaaga iyo inaad dareento inaad ka mid tahay oo lagu daro.
    }
}
