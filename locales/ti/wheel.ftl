# Barnets bästa-hjulet (the wheel of what is best for the child): the seven areas, in Tigrinya (Eritrea).
# A county replaces these texts (and content/wheel.json).
# The titles are the child's own sentences, worded so that they fit girls and boys alike.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).

area-safe-name = ድሕንነት
area-safe-title = ድሕንነት ይስምዓኒ
area-safe-text = { $age ->
    [young] ሰብ ኣይጎድኣካን። ኣብ ገዛን ኣብ ቤት ትምህርትን ድሕንነት ይስምዓካ።
   *[other] ውሑስ ምዃን ማለት ዋላ ሓደ ሰብ ዘይወቕዓካ፣ ዘየፈራርሓካ ወይ ዘይጎድኣካ ማለት እዩ – ኣብ ገዛ፣ ቤት ትምህርቲ፣ ደገ ወይ ኢንተርነት።
    [teen] ውሑስ ምዃን ማለት ዋላ ሓደ ሰብ ዓመጽ፣ ምፍርራሕ ወይ በደል ዘየውርደልካ ማለት እዩ – ኣብ ገዛ፣ ቤት ትምህርቲ፣ ደገ ወይ ኢንተርነት።
}

area-health-name = ጥዕና
area-health-title = ደሓን እየ
area-health-text = { $age ->
    [young] ኣካላትካን ርእስኻን ደሓን እዮም። ትድቅስ፣ ትበልዕ።
   *[other] ኣብ ኣካላትካን ኣብ ሓሳባትካን ከመይ ከም ዘለኻ። ምድቃስ፣ ምብላዕን ምስ ሓመምካ ሓገዝ ምርካብን።
    [teen] ኣካላውን ስነ-ኣእምሮኣውን ጥዕናኻ፡ ድቃስ፣ መግቢ፣ ምንቅስቓስን ምስ ዘድልየካ ሕክምና ምርካብን።
}

area-learning-name = ትምህርቲ
area-learning-title = እመሃርን እዓቢን
area-learning-text = { $age ->
    [young] ኣብ ቅድመ-ትምህርቲ፣ ኣብ ቤት ትምህርትን ኣብ ገዛን ሓደሽቲ ነገራት ትመሃር።
   *[other] ኣብ ቤት ትምህርቲ ከመይ ይኸደልካ፣ ኣብ ገዛ ነገራት ምምሃርን ኣብ ቋንቋ ሓገዝ ምርካብን።
    [teen] ቤት ትምህርቲ፣ ምምሃርን ምምዕባልን፣ ናይ መጻኢ መደባትን ገለ ነገር ምስ ከበደካ ደገፍ ምርካብን።
}

area-care-name = ክንክን
area-care-title = ዝከናኸነኒ ሰብ ኣሎ
area-care-text = { $age ->
    [young] ገዛ ኣሎካ። ዓበይቲ ይከናኸኑኻ።
   *[other] ገዛ ምህላው፣ ዝግደሱልካ ዓበይቲ፣ ከምኡ'ውን መዓልታዊ ዘድልየካ ነገራት ከም መግብን ክዳንን።
    [teen] ገዛ፣ ዝግደሱልካ ዓበይቲ፣ ከምኡ'ውን ኣብ መዓልታዊ ናብራ ዘድልየካ ከም መግቢ፣ ክዳንን ገንዘብን ምህላዉ።
}

area-play-name = ጸወታን ዕረፍትን
area-play-title = ክጻወትን ናጻ ግዜ ክህልወንን ይኽእል
area-play-text = { $age ->
    [young] ክትጻወት፣ ከተዕርፍን ክትሕጎስን ትኽእል ኢኻ።
   *[other] ምጽዋት፣ ምዕራፍ፣ ስፖርት፣ ዝፈትዎ ነገር ምግባርን ድሕሪ ቤት ትምህርቲ ምስ ኣዕሩኽካ ምርኻብን።
    [teen] ናጻ ግዜ፣ ዕረፍቲ፣ ስፖርት፣ ባህሊን ምስ ኣዕሩኽ ምርኻብን – ባዕልኻ ክትገብሮ እትደሊ።
}

area-voice-name = ተሳትፎ
area-voice-title = ይሰምዑኒ እዮም
area-voice-text = { $age ->
    [young] ዓበይቲ ይሰምዑኻ።
   *[other] ብዛዕባኻ ኣብ ዝዛረቡሉ ግዜ፡ ዓበይቲ ሓሳብካ ምስማዖም።
    [teen] ኣብ ኩሉ ዝምልከተካ ጉዳይ ሓሳብካ ምግላጽን ምስማዕካን።
}

area-belonging-name = ዝምድና
area-belonging-title = ቦታ ኣሎኒ
area-belonging-text = { $age ->
    [young] ስድራኻን ኣዕሩኽካን። ንስኻ'ውን ምሳታቶም ኢኻ።
   *[other] ስድራኻ፣ ኣዕሩኽካ፣ መን ምዃንካን ምሳታቶም ምዃንካን።
    [teen] ስድራ፣ ኣዕሩኽ፣ መንነትካ፣ ከምኡ'ውን ቦታ ከም ዘሎካን ከም እትሳተፍን ምስማዕ።
}
