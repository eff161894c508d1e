# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the wheel of what is best for the child): classroom mode, in Somali.
# A teacher shows the wheel on a projector in a lesson (promoting and preventive work); nothing
# about any pupil is asked or stored. Translated from Swedish, the source language and the fallback.
# The area texts receive $age: young = 4–7, middle = 8–12, teen = 13–17 (the class's age group).
# Every prompts variant is exactly three questions, one per line; every articles message has one
# line per convention article of the area (content/wheel.json), in the same order, each with the
# article's number. The prompts are about children in general, never about a pupil's own life.

# needs-native-review
classroom-title = Giraangirta fasalka dhexdiisa
# needs-native-review
classroom-intro = Dooro qayb ka mid ah giraangirta oo fasalka oo dhan ka wada hadla. Qayb kasta waxay leedahay sharaxaad, su'aalo lagu wada hadlo iyo qodobbada Heshiiska Xuquuqda Carruurta ee ay ku salaysan tahay.
# needs-native-review
classroom-model = Giraangirtu waa mid ka mid ah qalabka Kronobarnsmodellen: habka shaqo ee ay si wadajir ah u sameeyeen xannaanooyinka, dugsiyada iyo dhammaan kuwa kale ee la kulma carruurta gobolka Kronoberg, iyagoo ka dhex shaqaynaya «Barnens bästa gäller! i Kronoberg». Fasalka waxaa loogu isticmaalaa shaqada horumarinta iyo ka hortagga.
# needs-native-review
classroom-nothing-stored = Halkan waxba lagama weydiinayo arday kasta, waxna lama kaydinayo.
# needs-native-review
classroom-own-wheel = Arday ma rabaa inuu buuxiyo giraangirtiisa? Wuxuu ku samayn karaa badhanka “Bilow giraangirtayda” ee bogga bilowga, qalabkiisa ama kombiyuutarka dugsiga. Jawaabuhu waxay ku jiraan qalabkaas ilaa ardaygu laftiisu doorto inuu la wadaago.
# needs-native-review
classroom-own-wheel-link = U gal bogga bilowga
# needs-native-review
classroom-age-legend = Da'da fasalka
# needs-native-review
classroom-explain-heading = Maxay ka dhigan tahay?
# needs-native-review
classroom-prompts-heading = Ka wada hadla
# needs-native-review
classroom-articles-heading = Waxa Heshiiska Xuquuqda Carruurtu dhahayo
# needs-native-review
classroom-back = Ku noqo giraangirta oo dhan
# needs-native-review
classroom-choose-area = Dooro qayb

## Ammaan

# needs-native-review
classroom-safe-explain = { $age ->
    [young] Ammaan waxay ka dhigan tahay in qofna uusan ku dhibin oo aadan baqin. Carruurtu waa inay guriga, xannaanada iyo dugsiga ku dareemaan nabad iyo degganaan. Haddii aad mar dareento inaadan ammaan ahayn, u sheeg qof weyn oo aad aaminto ama wac BRIS 116 111.
   *[middle] Ammaan waxay ka dhigan tahay in qofna uusan ku garaacin, ku hanjabin ama ku waxyeelleyn – guriga, dugsiga, bannaanka ama internetka. Dadka waaweyni waa inay hubiyaan in carruurta la ilaaliyo. Haddii aad mar dareento inaadan ammaan ahayn, la hadal qof weyn oo aad aaminto ama wac BRIS 116 111 – waa lacag la'aan.
    [teen] Ammaan waxay ka dhigan tahay in qofna uusan kugu samayn rabshad, hanjabaad, cay ama xadgudub – guriga, dugsiga, bannaanka ama internetka. Ilaalinta carruurta iyo dhallinyaradu had iyo jeer waa mas'uuliyadda dadka waaweyn. Haddii aad mar dareento inaadan ammaan ahayn, la hadal qof weyn oo aad aaminto ama wac BRIS 116 111, lacag la'aan oo aadan sheegin cidda aad tahay.
}
# needs-native-review
classroom-safe-prompts = { $age ->
    [young]
        Xaggee carruurtu ku dareemaan ammaan?
        Maxay saaxiib samayn karaa haddii qof murugaysan yahay ama baqayo?
        Dadka waaweyn ee carruurtu la hadli karaan waa kuwee?
   *[middle]
        Maxaa meel ka dhiga mid ammaan u ah carruurta?
        Maxaa la samayn karaa haddii saaxiib si xun loola dhaqmo, dugsiga ama internetka?
        Yaa ilmo la hadli karaa haddii wax ka dhigaan inuusan ammaan dareemin?
    [teen]
        Maxaa loo baahan yahay si dhallinyaradu ammaan ugu dareemaan dugsiga iyo internetka?
        Sidee loo taageeri karaa saaxiib dhib ku jira, goormaase qof weyn ay tahay inuu ogaado?
        Dadka waaweyn iyo khadadka caawimada ee kuwee ayay dhallinyaradu u jeesan karaan haddii aysan ammaan dareemin?
}
# needs-native-review
classroom-safe-articles =
    Qodobka 19: Waxaad xaq u leedahay in lagaa ilaaliyo rabshad iyo in qof ku waxyeelleeyo.
    Qodobka 34: Waxaad xaq u leedahay in lagaa ilaaliyo xadgudub galmo. Jidhkaagu adiga ayuu kuu gaar yahay.
    Qodobka 36: Waxaad xaq u leedahay in lagaa ilaaliyo in qof si kasta kaaga faa'iidaysto.

## Caafimaad

# needs-native-review
classroom-health-explain = { $age ->
    [young] Caafimaad waxay ka dhigan tahay inaad ku fiican tahay jidhka iyo madaxa. Hurdada, cuntada, dhaqdhaqaaqa iyo la joogista dadka kale ayaa naga caawiya inaan fiicnaanno. Marka ilmo bukoodo, dhakhtar ama kalkaaliye waa inuu caawiyaa.
   *[middle] Caafimaad waa sida aad ku dareento jidhkaaga iyo fikirkaaga. Hurdada, cuntada, jimicsiga iyo saaxiibada ayaa naga caawiya inaan fiicnaanno. Carruurta oo dhami waxay xaq u leeyihiin daryeel caafimaad iyo caawimo marka ay bukoodaan ama aysan fiicnayn.
    [teen] Caafimaadku waa jidh iyo maskax labadaba: sida jidhkaagu yahay iyo sida aad gudaha ka dareento. Hurdada, cuntada, jimicsiga, nasashada iyo xiriirradu waxay saameeyaan sida aan u dareenno. Waxaad xaq u leedahay daryeel iyo taageero, tusaale ahaan kalkaalisada dugsiga, kooxda caafimaadka ardayda ama xarunta caafimaadka dhallinyarada.
}
# needs-native-review
classroom-health-prompts = { $age ->
    [young]
        Maxaa jidhka ka dhiga mid fiican?
        Maxaa la samayn karaa marka qof murugaysan yahay?
        Yaa caawiya carruurta marka ay bukoodaan?
   *[middle]
        Maxay carruurtu samayn karaan si ay jidh ahaan iyo maskax ahaan u fiicnaadaan?
        Maxay jidhku ugu baahan yahay hurdo, cunto iyo dhaqdhaqaaq?
        Yaa ilmo la hadli karaa haddii uusan fiicnayn?
    [teen]
        Maxaa saameeya sida dhallinyaradu u dareemaan, tusaale ahaan hurdada, shaashadaha iyo walbahaarka?
        Sidee loo taageeri karaa saaxiib aan fiicnayn?
        Xaggee dhallinyaradu ka heli karaan caawimo ku saabsan sida ay u dareemaan, dugsiga gudihiisa iyo dibaddiisa?
}
# needs-native-review
classroom-health-articles =
    Qodobka 24: Waxaad xaq u leedahay caafimaad sida ugu fiican, daryeel caafimaad marka aad bukooto, iyo cunto iyo biyo nadiif ah.

## Waxbarasho

# needs-native-review
classroom-learning-explain = { $age ->
    [young] Waxbarasho waxay ka dhigan tahay inaad ogaato oo aad barato waxyaabo cusub. Carruurtu wax bay ku bartaan xannaanada, dugsiga, guriga iyo marka ay ciyaarayaan. Waa caadi haddii wax adag yihiin – markaas qof weyn ayaa ku caawin kara.
   *[middle] Waxbarashadu waa dugsiga, laakiin sidoo kale waa wax kasta oo aad ku barato guriga iyo waqtiga firaaqada. Carruurta oo dhami waxay xaq u leeyihiin inay dugsi aadaan oo la caawiyo marka wax adag yihiin. Dugsigu waa inuu kaa caawiyaa inaad u korto siddaada.
    [teen] Waxbarashadu waa dugsiga, inaad qof ahaan u korto iyo inaad dooran karto mustaqbalkaaga. Qof kastaa wuxuu xaq u leeyahay waxbarasho iyo taageero marka wax adag yihiin, tusaale ahaan habayn gaar ah ama caawimo luqadda ah. Dugsigu sidoo kale waa inuu na baraa inaan ixtiraamno dadka kale, xuquuqdooda iyo dabeecadda.
}
# needs-native-review
classroom-learning-prompts = { $age ->
    [young]
        Maxaa xiiso leh in la barto?
        Maxaa la samayn karaa marka wax adag yihiin?
        Sidee carruurtu isu caawin karaan si ay wax u bartaan?
   *[middle]
        Maxaa fududeeya in wax lagu barto fasalka?
        Maxay arday samayn kartaa haddii wax dugsiga ah aad ugu adag yihiin?
        Waa maxay waxyaabaha carruurtu ku bartaan dugsiga dibaddiisa?
    [teen]
        Maxay dhallinyaradu u baahan yihiin si ay diiradda u saaraan oo wax u bartaan?
        Yaa dugsiga ka bixin kara taageero marka waxbarashadu culus tahay?
        Maxuu dugsigu samayn karaa si ardayda oo dhami u helaan fursad isku mid ah?
}
# needs-native-review
classroom-learning-articles =
    Qodobka 28: Waxaad xaq u leedahay inaad dugsi aaddo oo wax barato. Dugsiga hoose waa inuu lacag la'aan yahay.
    Qodobka 29: Dugsigu waa inuu kaa caawiyaa inaad u korto inta ugu badan ee aad kari karto, oo uu ku baraa inaad ixtiraamto dadka kale iyo dabeecadda.

## Daryeel

# needs-native-review
classroom-care-explain = { $age ->
    [young] Daryeel waxay ka dhigan tahay in dadka waaweyni ku daryeelaan. Carruurtu waxay u baahan yihiin guri, cunto, dhar iyo qof daneeya. Dadka waaweyni waa inay carruurta caawiyaan maalin kasta.
   *[middle] Daryeel waa inaad leedahay guri iyo dad waaweyn oo ku daneeya. Carruurtu waxay u baahan yihiin cunto, dhar, hurdo iyo qof ka caawiya nolosha maalinlaha ah. Qoysasku way kala duwan yihiin – waxa muhiimka ah waa in ilmaha la daryeelo.
    [teen] Daryeel waa guri, dad waaweyn oo ku daneeya iyo in waxa aad u baahan tahay maalin kasta ay jiraan, sida cunto, dhar iyo lacag loogu talagalay waxyaabaha lagama maarmaanka ah. Waalidiinta ayaa mas'uuliyadda ugu weyn leh, bulshaduna waa inay caawisaa qoysaska u baahan taageero. Qoysasku way kala duwan yihiin, daryeelkuna wuxuu ka iman karaa dad waaweyn oo badan.
}
# needs-native-review
classroom-care-prompts = { $age ->
    [young]
        Sidee dadka waaweyni u daryeeli karaan carruurta?
        Maxuu ilmo u baahan yahay maalin kasta?
        Sidee loo muujin karaa in qof la daneeyo?
   *[middle]
        Maxay carruurta oo dhami u baahan yihiin si ay guriga ugu fiicnaadaan?
        Dadka waaweyn ee caawin kara marka qoys u baahan yahay taageero waa kuwee?
        Siyaabaha kala duwan ee qoysasku u ekaan karaan waa maxay?
    [teen]
        Maxay ka dhigan tahay in qof weyn uu qaado mas'uuliyadda ilmo?
        Maxay bulshadu u samayn kartaa qoysaska dhibaatada ku jira, tusaale ahaan xagga lacagta?
        Yaa qof dhallinyaro ah u jeesan karaa haddii wax guriga ka maqan yihiin?
}
# needs-native-review
classroom-care-articles =
    Qodobka 18: Waalidkaa ama dadka kale ee waaweyn ee mas'uulka kaa ah waa inay si wadajir ah kuu daryeelaan, bulshaduna waa inay iyaga caawisaa.
    Qodobka 27: Waxaad xaq u leedahay nolol wanaagsan oo leh cunto, dhar iyo guri. Haddii qoysku awoodi waayo, bulshadu waa inay caawisaa.

## Ciyaar iyo firaaqo

# needs-native-review
classroom-play-explain = { $age ->
    [young] Carruurta oo dhami waxay u baahan yihiin inay ciyaaraan, nastaan oo ay ku farxaan. Waad kaligaa ciyaari kartaa ama saaxiibo la ciyaari kartaa, gudaha ama bannaanka. Marka aad ciyaarto waad fiicnaataa oo wax baad bartaa.
   *[middle] Waqtiga firaaqadu waa waqtiga aadan dugsiga joogin. Markaas carruurtu way ciyaari karaan, nasan karaan, isboorti samayn karaan, muusig samayn karaan, wax abuuri karaan ama la kulmi karaan saaxiibadood. Carruurta oo dhami waxay xaq u leeyihiin ciyaar iyo nasasho iyo inay ka qayb galaan hawlo xiiso leh.
    [teen] Waqtiga firaaqadu waa waqtigaaga: nasasho, la kulanka saaxiibada, isboorti, hal-abuur ama ku raaxaysiga dhaqanka iyo fanka. Nasashada iyo firaaqadu waa muhiim sida dugsiga oo kale si aad u fiicnaato. Dhallinyarada oo dhami waa inay ka qayb geli karaan hawlaha firaaqada, iyadoo aan loo eegayn asalkooda, awooddooda ama lacagtooda.
}
# needs-native-review
classroom-play-prompts = { $age ->
    [young]
        Ciyaaraha carruurtu jecel yihiin waa kuwee?
        Sidee qof walba ciyaarta loogu soo dari karaa?
        Maxaa mararka qaarkood loogu baahan yahay nasasho?
   *[middle]
        Maxay carruurtu samayn karaan waqtiga firaaqada, gudaha iyo bannaanka?
        Sidee carruur badan oo kale uga qayb geli karaan hawlaha?
        Maxay muhiim u tahay in la helo waqti lagu nasto oo keliya la joogo?
    [teen]
        Maxay dhallinyaradu u baahan yihiin si ay u helaan firaaqo wanaagsan?
        Maxaa ku adkayn kara qof inuu ka qayb galo hawlaha firaaqada, maxaase caawin kara?
        Sidee loo helaa dheelitir wanaagsan oo u dhexeeya dugsiga, shaashadaha, nasashada iyo waxyaabo kale?
}
# needs-native-review
classroom-play-articles =
    Qodobka 31: Waxaad xaq u leedahay inaad nasato, ciyaarto, hesho waqti firaaqo ah, oo ka qayb gasho dhaqanka iyo fanka.

## Ka qaybgal

# needs-native-review
classroom-voice-explain = { $age ->
    [young] Ka qaybgal waxay ka dhigan tahay in dadka waaweyni ku dhegeystaan. Waad sheegi kartaa fikradaada. Dadka waaweyni waa inay carruurta weydiiyaan waxyaabaha iyaga khuseeya.
   *[middle] Ka qaybgal waxay ka dhigan tahay inaad sheegi karto fikradaada marka wax ku khuseeyaan, dadka waaweynina ay dhegeystaan. Dadka waaweyni had iyo jeer ma go'aamiyaan sida ilmuhu rabo, laakiin waa inay fikradda ilmaha si dhab ah u qaataan. Waxaad fikradaada ku sheegi kartaa siddaada, erayo, sawirro ama siyaabo kale.
    [teen] Ka qaybgal waa inaad sheegi karto fikradaada oo lagu dhegeysto wax kasta oo ku khuseeya – guriga, dugsiga, daryeelka caafimaadka iyo bulshada. Fikradaada waa in si dhab ah loo qaataa, culayskeeduna wuu kordhayaa markasta oo aad weynaato. Waxaad sidoo kale xaq u leedahay inaad raadiso macluumaad oo aad muujiso fikradahaaga, inta aadan dadka kale waxyeelleyn.
}
# needs-native-review
classroom-voice-prompts = { $age ->
    [young]
        Sidee lagu ogaadaa in qof ku dhegeysanayo?
        Maxay carruurtu go'aamin karaan?
        Sidee fikrad loo muujin karaa erayo la'aan?
   *[middle]
        Waxyaabahee ayay carruurtu ahayd inay dugsiga kaga qayb qaataan go'aamada?
        Sidee loo muujin karaa inaad qof dhegeysanayso?
        Maxuu ilmo samayn karaa haddii uu dareemo in qofna uusan dhegeysanayn?
    [teen]
        Arrimahee ayay dhallinyaradu ahayd inay hadal badan ku yeeshaan?
        Sidee fikraddaada u sheegi kartaa adigoo ixtiraamaya dadka kale?
        Xaggee dhallinyaradu wax ka beddeli karaan, tusaale ahaan golaha ardayda ama degmada?
}
# needs-native-review
classroom-voice-articles =
    Qodobka 12: Waxaad xaq u leedahay inaad sheegto fikradaada wax kasta oo ku khuseeya, dadka waaweyninuna waa inay ku dhegeystaan.
    Qodobka 13: Waxaad xaq u leedahay inaad wax ogaato oo aad sheegto waxa aad ka fikirto – erayo, sawirro ama siyaabo kale.

## Xiriirro

# needs-native-review
classroom-belonging-explain = { $age ->
    [young] Ka mid ahaanshuhu waxay ka dhigan tahay inaad leedahay dad ku jecel, sida qoyska iyo saaxiibada. Carruurta oo dhan waa in lagu daraa. Carruurta oo dhami qiime isku mid ah ayay leeyihiin.
   *[middle] Xiriirradu waa qoyska, saaxiibada iyo dadka kale ee kuu muhiimka ah. Sidoo kale waa cidda aad tahay – magacaaga, luqaddaada iyo dhaqankaaga. Carruurta oo dhami qiime isku mid ah ayay leeyihiin, waana in dhammaan lagu daraa.
    [teen] Xiriirradu waa qoyska, saaxiibada iyo kooxaha aad dareento inaad ka mid tahay. Sidoo kale waa aqoonsigaaga: magacaaga, luqaddaada, dhaqankaaga, diintaada iyo cidda aad tahay. Qofna looma dhaqmi karo si ka xun sababtoo ah cidda uu yahay.
}
# needs-native-review
classroom-belonging-prompts = { $age ->
    [young]
        Maxaa la samayn karaa si qof walba loogu daro?
        Sidee bay dareen u leedahay in saaxiib la helo?
        Dadka ilmo u muhiim noqon kara waa kuwee?
   *[middle]
        Sidee loo hubin karaa in qofna aan fasalka looga tagin keligiis?
        Maxaa qof ka dhiga saaxiib wanaagsan?
        Maxay ka dhigan tahay in carruurta oo dhami qiime isku mid ah leeyihiin?
    [teen]
        Maxaa kaa dhiga inaad dareento inaad koox ka mid tahay?
        Sidee looga hortagi karaa in qof laga reebo, dugsiga ama internetka?
        Maxay luqadda, dhaqanka iyo aqoonsigu ugu muhiim yihiin dadka?
}
# needs-native-review
classroom-belonging-articles =
    Qodobka 2: Carruurta oo dhami waxay leeyihiin xuquuq isku mid ah iyo qiime isku mid ah. Qofna looma dhaqmi karo si ka xun.
    Qodobka 8: Waxaad xaq u leedahay aqoonsigaaga: magacaaga, qoyskaaga iyo dalka aad ka mid tahay.
    Qodobka 30: Haddii aad ka mid tahay koox laga tiro badan yahay ama dad asal ah, waxaad xaq u leedahay luqaddaada, dhaqankaaga iyo diintaada.
# needs-native-review
classroom-duty-to-report = Haddii arday kuu sheego wax ku walwal geliya: dhageyso, ha su'aalin ardayga, isla markiiba u gudbi warbixin walaac (orosanmälan) adeegga bulshada, una sheeg maamulaha dugsiga. Oggolaansho looguma baahna warbixin walaac.
