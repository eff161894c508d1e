# Needs native review: Swedish is the source, but the messages marked "# needs-native-review"
#   were rewritten or questioned in the domain and language review of 2026-11-27 and still wait
#   for a Swedish speaker who works with children; the reviewer removes the mark once the text
#   is checked (README, "Adding a language").

# Barnets bästa-hjulet: the seven areas. A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

area-safe-name = Trygghet
area-safe-title = { $who ->
    [guardian] Barnet är tryggt
   *[other] Jag är trygg
}
# needs-native-review
area-safe-text = { $who ->
    [guardian] Att barnet är tryggt: ingen utsätter barnet för våld, hot eller övergrepp – hemma, i skolan, ute eller på nätet.
   *[other] { $age ->
        [young] Trygg betyder att ingen gör dig illa. Känner du dig trygg hemma, i förskolan och i skolan?
       *[other] Att vara trygg betyder att ingen slår, hotar eller skadar dig – hemma, i skolan, ute eller på nätet.
        [teen] Att vara trygg betyder att ingen utsätter dig för våld, hot eller övergrepp – hemma, i skolan, ute eller på nätet.
    }
}

area-health-name = Hälsa
area-health-title = { $who ->
    [guardian] Barnet mår bra
   *[other] Jag mår bra
}
# needs-native-review
area-health-text = { $who ->
    [guardian] Barnets hälsa i kropp och själ: sömn, mat, rörelse och vård när barnet behöver det.
   *[other] { $age ->
        [young] Hur mår du i kroppen och i huvudet? Sover du och äter du bra?
       *[other] Hur du mår i kroppen och i tankarna. Att du sover, äter och får hjälp när du är sjuk.
        [teen] Hur du mår fysiskt och psykiskt: sömn, mat, rörelse och att få vård när du behöver det.
    }
}

area-learning-name = Lärande
area-learning-title = { $who ->
    [guardian] Barnet lär sig och utvecklas
   *[other] Jag lär mig och utvecklas
}
# needs-native-review
area-learning-text = { $who ->
    [guardian] Förskola eller skola, lärande hemma, språket och stöd när något är svårt.
   *[other] { $age ->
        [young] Lär du dig nya saker i förskolan, i skolan och hemma?
       *[other] Hur det går i skolan, att lära sig saker hemma och att få hjälp med språket.
        [teen] Skolan, att lära sig och utvecklas, framtidsplaner och att få stöd när något är svårt.
    }
}

area-care-name = Omsorg
area-care-title = { $who ->
    [guardian] Någon tar hand om barnet
   *[other] Någon tar hand om mig
}
# needs-native-review
area-care-text = { $who ->
    [guardian] Ett hem, vuxna som bryr sig och att barnets behov i vardagen blir tillgodosedda.
   *[other] { $age ->
        [young] Det här handlar om ditt hem och de vuxna som tar hand om dig. Får du det du behöver?
       *[other] Att du har ett hem, vuxna som bryr sig om dig och det du behöver varje dag, som mat och kläder.
        [teen] Ett hem, vuxna som bryr sig och att det du behöver i vardagen finns, som mat, kläder och pengar.
    }
}

area-play-name = Fritid och lek
# needs-native-review
area-play-title = { $who ->
    [guardian] Barnet har tid för lek, vila och fritid
   *[other] { $age ->
        [teen] Jag har tid för det jag tycker om
       *[other] Jag har tid att leka och vila
    }
}
# needs-native-review
area-play-text = { $who ->
    [guardian] Lek, vila, idrott, kultur och kompisar – tid för det barnet tycker om.
   *[other] { $age ->
        [young] Får du leka, vila och ha roligt?
       *[other] Att leka, vila, idrotta, hålla på med det du tycker om och träffa kompisar efter skolan.
        [teen] Fritid, vila, idrott, kultur och att träffa vänner – det du själv vill göra.
    }
}

area-voice-name = Delaktighet
area-voice-title = { $who ->
    [guardian] Barnet blir lyssnat på
   *[other] Jag blir lyssnad på
}
# needs-native-review
area-voice-text = { $who ->
    [guardian] Att barnet får säga sin mening och blir lyssnat på i det som rör barnet.
   *[other] { $age ->
        [young] Lyssnar vuxna på dig när du säger något?
       *[other] Att vuxna lyssnar på vad du tycker när det handlar om dig.
        [teen] Att få säga vad du tycker och bli lyssnad på i allt som rör dig.
    }
}

area-belonging-name = Relationer
area-belonging-title = { $who ->
    [guardian] Barnet hör till
   *[other] Jag hör till
}
# needs-native-review
area-belonging-text = { $who ->
    [guardian] Familj, vänner, identitet och att barnet får vara med och känner att det hör till.
   *[other] { $age ->
        [young] Det här handlar om din familj och dina kompisar. Får du vara med?
       *[other] Din familj, dina kompisar, vem du är och att du får vara med.
        [teen] Familj, vänner, din identitet och att känna att du hör till och får vara med.
    }
}

# The feelings a child may pick in an area (content/wheel.json, "feelings").
feeling-happy = Glad
feeling-calm = Lugn
feeling-proud = Stolt
feeling-sad = Ledsen
feeling-angry = Arg
feeling-scared = Rädd
feeling-worried = Orolig
feeling-lonely = Ensam
feeling-tired = Trött
