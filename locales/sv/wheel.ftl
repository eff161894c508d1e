# Barnets bästa-hjulet: the seven areas. A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).

area-safe-name = Trygghet
area-safe-title = Jag är trygg
area-safe-text = { $age ->
    [young] Ingen gör dig illa. Du känner dig trygg hemma och i skolan.
   *[other] Att vara trygg betyder att ingen slår, hotar eller skadar dig – hemma, i skolan, ute eller på nätet.
    [teen] Att vara trygg betyder att ingen utsätter dig för våld, hot eller övergrepp – hemma, i skolan, ute eller på nätet.
}

area-health-name = Hälsa
area-health-title = Jag mår bra
area-health-text = { $age ->
    [young] Du mår bra i kroppen och i huvudet. Du sover och äter.
   *[other] Hur du mår i kroppen och i tankarna. Att du sover, äter och får hjälp när du är sjuk.
    [teen] Hur du mår fysiskt och psykiskt: sömn, mat, rörelse och att få vård när du behöver det.
}

area-learning-name = Lärande
area-learning-title = Jag lär mig och utvecklas
area-learning-text = { $age ->
    [young] Du lär dig nya saker i förskolan, i skolan och hemma.
   *[other] Hur det går i skolan, att lära sig saker hemma och att få hjälp med språket.
    [teen] Skolan, att lära sig och utvecklas, framtidsplaner och att få stöd när något är svårt.
}

area-care-name = Omsorg
area-care-title = Någon tar hand om mig
area-care-text = { $age ->
    [young] Du har ett hem. Vuxna tar hand om dig.
   *[other] Att du har ett hem, vuxna som bryr sig om dig och det du behöver varje dag, som mat och kläder.
    [teen] Ett hem, vuxna som bryr sig och att det du behöver i vardagen finns, som mat, kläder och pengar.
}

area-play-name = Fritid och lek
area-play-title = Jag får leka och ha en fritid
area-play-text = { $age ->
    [young] Du får leka, vila och ha roligt.
   *[other] Att leka, vila, idrotta, hålla på med det du tycker om och träffa kompisar efter skolan.
    [teen] Fritid, vila, idrott, kultur och att träffa vänner – det du själv vill göra.
}

area-voice-name = Delaktighet
area-voice-title = Jag blir lyssnad på
area-voice-text = { $age ->
    [young] Vuxna lyssnar på dig.
   *[other] Att vuxna lyssnar på vad du tycker när det handlar om dig.
    [teen] Att få säga vad du tycker och bli lyssnad på i allt som rör dig.
}

area-belonging-name = Relationer
area-belonging-title = Jag hör till
area-belonging-text = { $age ->
    [young] Din familj och dina kompisar. Du får vara med.
   *[other] Din familj, dina kompisar, vem du är och att du får vara med.
    [teen] Familj, vänner, din identitet och att känna att du hör till och får vara med.
}
