# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the wheel of what is best for the child): the seven areas, in Tigrinya (Eritrea).
# A county replaces these texts (and content/wheel.json).
# The titles are the child's own sentences, worded so that they fit girls and boys alike.
# The guardian wording speaks about "the child" (እቲ ቆልዓ).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
area-safe-name = ድሕንነት
# needs-native-review
area-safe-title = { $who ->
    [guardian] እቲ ቆልዓ ውሑስ እዩ
   *[other] ድሕንነት ይስምዓኒ
}
# needs-native-review
area-safe-text = { $who ->
    [guardian] እቲ ቆልዓ ውሑስ ምዃኑ፡ ዋላ ሓደ ሰብ ኣብ ልዕሊ እቲ ቆልዓ ዓመጽ፣ ምፍርራሕ ወይ በደል ዘየውርድ – ኣብ ገዛ፣ ቤት ትምህርቲ፣ ደገ ወይ ኢንተርነት።
   *[other] { $age ->
        [young] ውሑስ ምዃን ማለት ዋላ ሓደ ሰብ ዘይጎድኣካ ማለት እዩ። ኣብ ገዛ፣ ኣብ ቅድመ-ትምህርትን ኣብ ቤት ትምህርትን ድሕንነት ይስምዓካ ዶ?
       *[other] ውሑስ ምዃን ማለት ዋላ ሓደ ሰብ ዘይወቕዓካ፣ ዘየፈራርሓካ ወይ ዘይጎድኣካ ማለት እዩ – ኣብ ገዛ፣ ቤት ትምህርቲ፣ ደገ ወይ ኢንተርነት።
        [teen] ውሑስ ምዃን ማለት ዋላ ሓደ ሰብ ዓመጽ፣ ምፍርራሕ ወይ በደል ዘየውርደልካ ማለት እዩ – ኣብ ገዛ፣ ቤት ትምህርቲ፣ ደገ ወይ ኢንተርነት።
    }
}

# needs-native-review
area-health-name = ጥዕና
# needs-native-review
area-health-title = { $who ->
    [guardian] እቲ ቆልዓ ደሓን እዩ
   *[other] ደሓን እየ
}
# needs-native-review
area-health-text = { $who ->
    [guardian] ኣካላውን ስነ-ኣእምሮኣውን ጥዕና እቲ ቆልዓ፡ ድቃስ፣ መግቢ፣ ምንቅስቓስን ምስ ዘድልዮ ሕክምና ምርካብን።
   *[other] { $age ->
        [young] ኣብ ኣካላትካን ኣብ ርእስኻን ከመይ ይስምዓካ? ጽቡቕ ትድቅስን ትበልዕን ዶ?
       *[other] ኣብ ኣካላትካን ኣብ ሓሳባትካን ከመይ ከም ዘለኻ። ምድቃስ፣ ምብላዕን ምስ ሓመምካ ሓገዝ ምርካብን።
        [teen] ኣካላውን ስነ-ኣእምሮኣውን ጥዕናኻ፡ ድቃስ፣ መግቢ፣ ምንቅስቓስን ምስ ዘድልየካ ሕክምና ምርካብን።
    }
}

# needs-native-review
area-learning-name = ትምህርቲ
# needs-native-review
area-learning-title = { $who ->
    [guardian] እቲ ቆልዓ ይመሃርን ይዓብን
   *[other] እመሃርን እዓቢን
}
# needs-native-review
area-learning-text = { $who ->
    [guardian] ቅድመ-ትምህርቲ ወይ ቤት ትምህርቲ፣ ኣብ ገዛ ምምሃር፣ ቋንቋን ገለ ነገር ምስ ዝኸብድ ደገፍ ምርካብን።
   *[other] { $age ->
        [young] ኣብ ቅድመ-ትምህርቲ፣ ኣብ ቤት ትምህርትን ኣብ ገዛን ሓደሽቲ ነገራት ትመሃር ዶ?
       *[other] ኣብ ቤት ትምህርቲ ከመይ ይኸደልካ፣ ኣብ ገዛ ነገራት ምምሃርን ኣብ ቋንቋ ሓገዝ ምርካብን።
        [teen] ቤት ትምህርቲ፣ ምምሃርን ምምዕባልን፣ ናይ መጻኢ መደባትን ገለ ነገር ምስ ከበደካ ደገፍ ምርካብን።
    }
}

# needs-native-review
area-care-name = ክንክን
# needs-native-review
area-care-title = { $who ->
    [guardian] ነቲ ቆልዓ ዝከናኸኖ ሰብ ኣሎ
   *[other] ዝከናኸነኒ ሰብ ኣሎ
}
# needs-native-review
area-care-text = { $who ->
    [guardian] ገዛ፣ ዝግደሱ ዓበይቲ፣ ከምኡ'ውን መዓልታዊ ድሌታት እቲ ቆልዓ ምምላኦም።
   *[other] { $age ->
        [young] እዚ ብዛዕባ ገዛኻን ዝከናኸኑኻ ዓበይትን እዩ። ዘድልየካ ትረክብ ዶ?
       *[other] ገዛ ምህላው፣ ዝግደሱልካ ዓበይቲ፣ ከምኡ'ውን መዓልታዊ ዘድልየካ ነገራት ከም መግብን ክዳንን።
        [teen] ገዛ፣ ዝግደሱልካ ዓበይቲ፣ ከምኡ'ውን ኣብ መዓልታዊ ናብራ ዘድልየካ ከም መግቢ፣ ክዳንን ገንዘብን ምህላዉ።
    }
}

# needs-native-review
area-play-name = ጸወታን ዕረፍትን
# needs-native-review
area-play-title = { $who ->
    [guardian] እቲ ቆልዓ ንጸወታ፣ ንዕረፍትን ንናጻ ግዜን ግዜ ኣለዎ
   *[other] { $age ->
        [teen] ንዝፈትዎ ነገር ግዜ ኣሎኒ
       *[other] ክጻወትን ከዕርፍን ግዜ ኣሎኒ
    }
}
# needs-native-review
area-play-text = { $who ->
    [guardian] ጸወታ፣ ዕረፍቲ፣ ስፖርት፣ ባህልን ኣዕሩኽን – እቲ ቆልዓ ንዝፈትዎ ነገር ግዜ ምርካብ።
   *[other] { $age ->
        [young] ክትጻወት፣ ከተዕርፍን ክትሕጎስን ትኽእል ዶ?
       *[other] ምጽዋት፣ ምዕራፍ፣ ስፖርት፣ ዝፈትዎ ነገር ምግባርን ድሕሪ ቤት ትምህርቲ ምስ ኣዕሩኽካ ምርኻብን።
        [teen] ናጻ ግዜ፣ ዕረፍቲ፣ ስፖርት፣ ባህሊን ምስ ኣዕሩኽ ምርኻብን – ባዕልኻ ክትገብሮ እትደሊ።
    }
}

# needs-native-review
area-voice-name = ተሳትፎ
# needs-native-review
area-voice-title = { $who ->
    [guardian] ንቆልዓ ይሰምዕዎ እዮም
   *[other] ይሰምዑኒ እዮም
}
# needs-native-review
area-voice-text = { $who ->
    [guardian] እቲ ቆልዓ ሓሳቡ ክገልጽን ኣብ ዝምልከቶ ጉዳይ ክስማዕን።
   *[other] { $age ->
        [young] ገለ ነገር ክትብል ከለኻ ዓበይቲ ይሰምዑኻ ዶ?
       *[other] ብዛዕባኻ ኣብ ዝዛረቡሉ ግዜ፡ ዓበይቲ ሓሳብካ ምስማዖም።
        [teen] ኣብ ኩሉ ዝምልከተካ ጉዳይ ሓሳብካ ምግላጽን ምስማዕካን።
    }
}

# needs-native-review
area-belonging-name = ዝምድና
# needs-native-review
area-belonging-title = { $who ->
    [guardian] እቲ ቆልዓ ቦታ ኣለዎ
   *[other] ቦታ ኣሎኒ
}
# needs-native-review
area-belonging-text = { $who ->
    [guardian] ስድራ፣ ኣዕሩኽ፣ መንነት፣ ከምኡ'ውን እቲ ቆልዓ ምስ ካልኦት ከም ዝሕወስን ቦታ ከም ዘለዎ ከም ዝስምዖን።
   *[other] { $age ->
        [young] እዚ ብዛዕባ ስድራኻን ኣዕሩኽካን እዩ። ምሳታቶም ክትኸውን ይፈቕዱልካ ዶ?
       *[other] ስድራኻ፣ ኣዕሩኽካ፣ መን ምዃንካን ምሳታቶም ምዃንካን።
        [teen] ስድራ፣ ኣዕሩኽ፣ መንነትካ፣ ከምኡ'ውን ቦታ ከም ዘሎካን ከም እትሳተፍን ምስማዕ።
    }
}

# needs-native-review
feeling-happy = ሓጎስ
# needs-native-review
feeling-calm = ህድኣት
# needs-native-review
feeling-proud = ኩርዓት
# needs-native-review
feeling-sad = ጓሂ
# needs-native-review
feeling-angry = ሕርቃን
# needs-native-review
feeling-scared = ፍርሒ
# needs-native-review
feeling-worried = ጭንቀት
# needs-native-review
feeling-lonely = ጽምዋ
# needs-native-review
feeling-tired = ድኻም
