# Barnets bästa-hjulet (the wheel of what is best for the child): the app's own texts, in Tigrinya (Eritrea).
# Translated from Swedish, the source language and the fallback.
# The child is addressed in the masculine singular, the usual generic form.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).

app-name = መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ
skip-to-content = ናብ ትሕዝቶ ሕለፍ

## Language and read-aloud, in the header

language-label = ቋንቋ
# The language's own name for itself, shown in the picker.
language-name = ትግርኛ
language-load-failed = እቲ ቋንቋ ክጽዓን ኣይከኣለን። ኢንተርነት ምስ ዝህልወካ ደጊምካ ፈትን።
read-aloud = ብድምጺ ኣንብብ
read-aloud-stop = ምንባብ ኣቋርጽ
read-aloud-no-voice = እዚ መሳርሒ ትግርኛ ከንብብ ዝኽእል ድምጺ የብሉን።
read-aloud-unsupported = እዚ ብራውዘር ጽሑፍ ብድምጺ ከንብብ ኣይክእልን።
auto-read-label = ነፍሲ ወከፍ ሓድሽ ገጽ ብድምጺ ኣንብብ

## Privacy and help, always on screen

privacy-note = { $age ->
    [young] እንተ ዘይደሊኻ፡ ዋላ ሓደ ሰብ መልስታትካ ኣይርእዮን።
   *[other] ባዕልኻ ከተካፍሎም ክሳዕ እትመርጽ፡ ዋላ ሓደ ሰብ መልስታትካ ኣይርእዮን። ኣብዚ መሳርሒ ጥራይ እዮም ዝዕቀቡ።
}
help-open = ሕጂ ሓገዝ የድልየካ ዶ?
help-heading = ሕጂ ሓገዝ
help-emergency = ሕጂ ሓደ ሰብ ኣብ ሓደጋ እንተሎ፡ ናብ 112 ደውል።
help-bris = ናብ BRIS ደውል ወይ ብቻት ተዛረብ፡ 116 111። ብነጻ እዩ፣ መን ምዃንካ'ውን ክትነግር ኣየድልየካን።
help-adult = ንእትኣምኖ ዓቢ ሰብ ንገሮ፣ ንኣብነት መምህር፣ ነርስ ቤት ትምህርቲ ወይ ሓደ ካብ ስድራኻ።
help-call-112 = ናብ 112 ደውል
help-call-bris = ናብ BRIS 116 111 ደውል
help-close = ዕጸው
safety-alert-heading = ስለ ዝነገርካና የቐንየልና።
safety-alert-text = { $age ->
    [young] ዋላ ሓደ ሰብ ክጎድኣካ መሰል የብሉን። ንእትኣምኖ ዓቢ ሰብ ንገሮ። ናብ BRIS ክትድውል ትኽእል ኢኻ፡ 116 111።
   *[other] ዋላ ሓደ ሰብ ክጎድኣካ መሰል የብሉን። ውሑስ እንተ ዘይኮንካ፡ ሕጂ ሓገዝ ክትረክብ ትኽእል ኢኻ – ክሳዕ እቲ ኣኼባ ክትጽበ ኣየድልየካን።
}

## Start page

start-heading = መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ
start-intro = { $age ->
    [young] ኣብዚ ከመይ ከም ዘለኻ ከተርኢ ትኽእል ኢኻ። ነቶም ስእልታት ጠውቕ።
   *[other] ኣብዚ ኣብ ገዛ፣ ኣብ ቤት ትምህርትን ኣብ ናጻ ግዜኻን ከመይ ከም ዘለኻ ክትነግር ትኽእል ኢኻ – ሓደ ብሓደ።
}
start-new-heading = ሓድሽ መንኮርኩር
start-nickname-label = ብኸመይ ክጽውዑኻ ትደሊ? ገለ ክትጽሕፍ ኣየድልየካን።
start-age-legend = ዕድመኻ ክንደይ እዩ?
age-young = 4–7 ዓመት
age-middle = 8–12 ዓመት
age-teen = 13–17 ዓመት
start-button = መንኮርኩረይ ጀምር
start-continue-heading = ካብቲ ዘቋረጽካዮ ቀጽል
draft-unnamed = መንኮርኩረይ
draft-changed = ዝተቐየረሉ ዕለት፡ { $date }
draft-progress = { $count ->
    [one] ካብ { $total } ክፋላት { $count } ተወዲኡ
   *[other] ካብ { $total } ክፋላት { $count } ተወዲኦም
}
draft-continue = { $name } ቀጽል
draft-delete = { $name } ኣጥፍእ
draft-delete-question = { $name } ከተጥፍኦ ትደሊ ዶ? እቶም መልስታት ካብዚ መሳርሒ ክጠፍኡ እዮም፣ ደጊሞም'ውን ኣይምለሱን።
draft-delete-yes = እወ፣ ኣጥፍእ
draft-delete-no = ኣይፋል፣ ሓዞ
draft-deleted = እቲ መንኮርኩር ጠፊኡ።

## The wheel

wheel-heading = መንኮርኩረይ
wheel-heading-named = መንኮርኩረይ – { $name }
wheel-instructions = { $age ->
    [young] ሓደ ስእሊ ጠውቕ።
   *[other] ካብቲ መንኮርኩር ሓደ ክፋል ምረጽ። ብዝደለኻዮ ቅደም ሰዓብ ክትወስዶም ትኽእል ኢኻ።
}
wheel-label = መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ፡ ሾብዓተ ክፋላት ዘለዎ
wheel-progress = { $count ->
    [0] ገና ንዋላ ሓደ ክፋል ኣይመለስካን።
    [one] ካብ { $total } ክፋላት ን{ $count } መሊስካ ኣለኻ።
   *[other] ካብ { $total } ክፋላት ን{ $count } መሊስካ ኣለኻ።
}
segment-label = { $area }: { $answer }
segment-not-answered = ገና ኣይተመለሰን
wheel-about-me = ብዛዕባይ
wheel-nickname-label = ስም ወይ ሳጓ
wheel-age-legend = ዕድመ (ጽሑፋት ብኸመይ ከም ዝጽሓፉ ይቕይር)

## An area

area-scale-question = { $age ->
    [young] ከመይ እዩ?
   *[other] ኣብዚ ከመይ ኣለኻ?
}
scale-very-bad = ኣዝዩ ሕማቕ
scale-bad = ሕማቕ
scale-between = ማእከላይ
scale-good = ጽቡቕ
scale-very-good = ኣዝዩ ጽቡቕ
scale-dont-know = ኣይፈልጥን
scale-rather-not-say = ክምልስ ኣይደልን
scale-clear = መልሰይ ኣጥፍእ
words-heading = { $age ->
    [young] ካልእ ክትብል ትደሊ ዶ? ዓቢ ሰብ ክጽሕፈልካ ይኽእል።
   *[other] ገለ ክትጽሕፍ ትደሊ ዶ? ግዴታ ኣይኮነን።
}
words-good = { $age ->
    [young] እዚ ጽቡቕ እዩ
   *[other] እዚ ጽቡቕ እዩ
    [teen] ጽቡቕ ዝኸደ ዘሎ
}
words-hard = { $age ->
    [young] እዚ ከቢድ እዩ
   *[other] እዚ ከቢድ እዩ
    [teen] ከቢድ ዝኾነ
}
words-would-help = { $age ->
    [young] እዚ ምሓገዘ
   *[other] እዚ ምሓገዘኒ
    [teen] ክሕግዝ ዝኽእል
}
area-articles = { $count ->
    [one] ውዕል መሰላት ህጻናት፣ ዓንቀጽ { $articles }
   *[other] ውዕል መሰላት ህጻናት፣ ዓንቀጻት { $articles }
}
nav-previous = ዝሓለፈ ክፋል፡ { $area }
nav-next = ዝቕጽል ክፋል፡ { $area }
nav-wheel = ናብ መንኮርኩር ተመለስ
nav-done = ወዲአ – ናብ መንኮርኩር ተመለስ
nav-start = ናብ መጀመርታ ገጽ

## Saving and loading

save-saved = ኣብዚ መሳርሒ ተዓቂቡ።
save-failed = ኣብዚ መሳርሒ ምዕቃብ ኣይተኻእለን። ዝጸሓፍካዮ ኣብ ስክሪን ገና ኣሎ – ነቲ ገጽ ኣይትዕጸዎ።
load-error-not-ours = እዚ ካብ መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ ዝመጸ መንኮርኩር ኣይኮነን።
load-error-future = እዚ መንኮርኩር ብሓድሽ ቨርዥን ናይቲ ኣፕ እዩ ተሰሪሑ። ነቲ ኣፕ ኣሐድሶ እሞ ደጊምካ ፈትን።
load-error-damaged = እዚ መንኮርኩር ተበላሽዩ ስለ ዘሎ ክንበብ ኣይከኣለን። ካልእ ዝተቐየረ ነገር የለን።
draft-not-found = ከምዚ ዝበለ መንኮርኩር ኣብዚ መሳርሒ የለን። ጠፊኡ ክኸውን ይኽእል።
area-not-found = እቲ ክፋል ኣብቲ መንኮርኩር የለን።
stored-damaged = { $count ->
    [one] ሓደ ዝተዓቀበ መንኮርኩር ክንበብ ኣይከኣለን። ከም ዘለዎ ተሪፉ ኣሎ።
   *[other] { $count } ዝተዓቀቡ መንኮርኩራት ክንበቡ ኣይከኣሉን። ከም ዘለውዎ ተሪፎም ኣለዉ።
}
