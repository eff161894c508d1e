# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the wheel of what is best for the child): the app's own texts, in Tigrinya (Eritrea).
# Translated from Swedish, the source language and the fallback.
# The child is addressed in the masculine singular, the usual generic form. Guardian wording and
# the texts for guardians and professionals (guide, plan, consent) use the polite plural.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
app-name = መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ
# needs-native-review
skip-to-content = ናብ ትሕዝቶ ሕለፍ

## Language and read-aloud, in the header

# needs-native-review
language-label = ቋንቋ
# needs-native-review
header-menu = ዝርዝር
# needs-native-review
# The language's own name for itself, shown in the picker.
language-name = ትግርኛ
# needs-native-review
language-load-failed = እቲ ቋንቋ ክጽዓን ኣይከኣለን። ኢንተርነት ምስ ዝህልወካ ደጊምካ ፈትን።
# needs-native-review
read-aloud = ብድምጺ ኣንብብ
# needs-native-review
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = ብድምጺ ኣንብብ: { $text }
# needs-native-review
read-aloud-stop = ምንባብ ኣቋርጽ
# needs-native-review
read-aloud-no-voice = እዚ መሳርሒ ትግርኛ ከንብብ ዝኽእል ድምጺ የብሉን።
# needs-native-review
read-aloud-unsupported = እዚ ብራውዘር ጽሑፍ ብድምጺ ከንብብ ኣይክእልን።
# needs-native-review
auto-read-label = ነፍሲ ወከፍ ሓድሽ ገጽ ብድምጺ ኣንብብ
# needs-native-review
auto-read-on = ክፉት
# needs-native-review
auto-read-off = ዕጹው

## Privacy and help, always on screen

# needs-native-review
privacy-note = { $age ->
    [young] መልስታት ናብ ዋላ ሓደ ሰብ ኣይለኣኹን። ነዚ ታብሌት ዝጥቀም ሰብ ክርእዮም ይኽእል – ብመሕለፊ ቃል ዕጸዎ።
   *[other] መልስታት ኣብዚ መሳርሒ ጥራይ እዮም ዝዕቀቡ፣ ባዕልኻ ከተካፍሎም ክሳዕ እትመርጽ ድማ ናብ ዋላ ሓደ ሰብ ኣይለኣኹን። ነዚ መሳርሒ ዝጥቀም ሰብ ክርእዮም ይኽእል – ነቲ መንኮርኩር ብመሕለፊ ቃል ዕጸዎ።
}
# needs-native-review
help-open = ሕጂ ሓገዝ የድልየካ ዶ?
# needs-native-review
help-open-short = ሓገዝ
# needs-native-review
help-heading = ሕጂ ሓገዝ
# needs-native-review
help-emergency = ሕጂ ሓደ ሰብ ኣብ ሓደጋ እንተሎ፡ ናብ 112 ደውል።
# needs-native-review
help-bris = ናብ BRIS ብ 116 111 ደውል – ብነጻ፡ ለይትን መዓልትን፡ መን ምዃንካ ክትነግር ድማ ኣየድልየካን። ኣብ bris.se'ውን ብቻት ክትዛረብ ትኽእል።
# needs-native-review
help-adult = { $age ->
    [young] ንእትኣምኖ ዓቢ ሰብ ንገሮ – ሓደ ኣብ መውዓሊ ህጻናት ወይ ኣብ ገዛ።
   *[other] ንእትኣምኖ ዓቢ ሰብ ንገሮ፣ ንኣብነት መምህር፣ ነርስ ቤት ትምህርቲ ወይ ሓደ ካብ ስድራኻ።
}
# needs-native-review
help-call-112 = ናብ { $number } ደውል
# needs-native-review
help-call-bris = ናብ BRIS { $number } ደውል
# needs-native-review
help-mind = ህይወትካ ምውሳድ ክሳብ ትሓስብ ኣዝዩ ድዩ ዝሕመቐካ ዘሎ? ምስ Mind Självmordslinjen ተዛረብ። ኣብ mind.se ድማ ክትጽሕሕፍ ትኽእል ኢኻ። መን ምዃንካ ክትነግር ኣየድልየካን።
# needs-native-review
help-call-mind = ናብ Mind { $number } ደውል
# needs-native-review
help-bris-adults = ናይ ዓበይቲ ተሌፎን BRIS – ብዛዕባ ቆልዑ፡ ንዓኻ ዓቢ ሰብ ኮይንካ ብዛዕባ ቆልዓ እትጭነቕ።
# needs-native-review
help-call-bris-adults = ናብ ናይ ዓበይቲ ተሌፎን BRIS { $number } ደውል
# needs-native-review
help-kvinnofrid = Kvinnofridslinjen፡ ንዓኺ/ንዓኻ ምፍርራሕ ወይ ዓመጽ ዘጋጥመኪ። ብነጻን ለይትን መዓልትን ክፉትን።
# needs-native-review
help-call-kvinnofrid = ናብ Kvinnofridslinjen { $number } ደውል
# needs-native-review
help-1177 = 1177 Vårdguiden፡ ለይትን መዓልትን ምኽሪ ሕክምና፡ ብዛዕባ ኩነታት እቲ ቆልዓ’ውን።
# needs-native-review
help-call-1177 = ናብ { $number } ደውል
# needs-native-review
help-socialjour = ምሸት፡ ለይትን ቀዳመ ሰንበትን ቆልዓ ሓለዋ እንተደልዩ፡ ብ112 ናብ ተረኛ ማሕበራዊ ኣገልግሎት ትበጽሕ።
# needs-native-review
help-kommun = ቆልዓ ይጉዳእ ከም ዘሎ ትጭነቕ ዲኻ? ናብ ማሕበራዊ ኣገልግሎት ጸብጻብ ስክፍታ ኣቕርብ፡ ናብ ማእከላይ ተሌፎን ኮሙንካ ደዊልካ ምስ ማሕበራዊ ኣገልግሎት ክትዛረብ ሕተት።
# needs-native-review
help-call-kommun = { $kommun }፡ ናብ { $number } ደውል
# needs-native-review
help-for-children = ንቆልዑን መንእሰያትን
# needs-native-review
help-for-adults = ብዛዕባ ቆልዓ ንዝጭነቑ ዓበይቲ
# needs-native-review
help-close = ዕጸው
# needs-native-review
safety-alert-heading = ዝመለስካዮ ኣገዳሲ እዩ።
# needs-native-review
safety-alert-text = { $who ->
    [guardian] እቲ ቆልዓ ውሑስ እንተ ዘይኮይኑ፡ ሓደጋ እንተሎ ናብ 112 ደውሉ። ቆልዓ ይሳቐ ከም ዘሎ ዝጠራጠር ዝኾነ ሰብ ናብ ማሕበራዊ ኣገልግሎት (socialtjänsten) ናይ ምምሕዳር ከተማ (kommun) ጸብጻብ ስግኣት ከቕርብ ይኽእል – ናብ ማእከላይ ተሌፎን ምምሕዳር ከተማ ደውሉ፣ ህጹጽ እንተ ኾይኑ ድማ ናብ 112።
   *[other] { $age ->
        [young] ዝኾነ ሰብ ክጎድኣካ መሰል የብሉን፡ ብፍጹም ድማ ጌጋኻ ኣይኮነን። ንእትኣምኖ ዓቢ ሰብ ንገሮ። ኣብ ሓደጋ እንተሃሊኻ ናብ 112 ደውል።
       *[other] ዝኾነ ሰብ ክጎድኣካ መሰል የብሉን፡ ብፍጹም ድማ ጌጋኻ ኣይኮነን። ኣብ ሓደጋ እንተሃሊኻ ናብ 112 ደውል። BRIS ብ 116 111 ለይትን መዓልትን ይምልሱ።
    }
}
# needs-native-review
safety-alert-private = እቲ ኣፕ መልስታትካ ናብ ዝኾነ ሰብ ኣይሰድድን።
# needs-native-review
safety-gentle-heading = ክትምልስ የብልካን።
# needs-native-review
safety-gentle-text = { $who ->
    [guardian] ኣብዚ ክትምልሱ የብልኩምን። ቆልዓ ውሑስ እንተዘይኮይኑ፡ ሓደጋ እንተሎ ናብ 112 ደውሉ።
   *[other] ክትምልስ እንተዘይደሊኻ ጸገም የብሉን። ገለ ነገር ጽቡቕ እንተዘይተሰሚዑካ፡ ምስ እትኣምኖ ዓቢ ሰብ ክትዛረብ ወይ ናብ BRIS ክትድውል ትኽእል፡ 116 111። ብፍጹም ጌጋኻ ኣይኮነን።
}

## Shared devices: leave at once, or delete everything

# needs-native-review
quick-exit = ቀልጢፍካ ውጻእ
# needs-native-review
delete-all-heading = ኩሉ ኣጥፍእ
# needs-native-review
delete-all-text = ብዙሓት ሰባት ብዚ መሳርሒ ይጥቀሙ ዶ? ኣብዚ እቲ ኣፕ ኣብዚ መሳርሒ ዝዓቀቦ ኩሉ ከተጥፍእ ትኽእል ኢኻ፡ ኩሎም መንኮርኩራት ምስ ስእልታቶምን ቅዳሓቶምን፣ እቲ መደብን እቲ ቅጥዕታትን።
# needs-native-review
delete-all = ኣብዚ መሳርሒ ዘሎ ኩሉ ኣጥፍእ
# needs-native-review
delete-all-question = እቲ ኣፕ ኣብዚ መሳርሒ ዝዓቀቦ ኩሉ ክጠፍእ እዩ። ደጊሙ'ውን ኣይምለስን። ከምኡ ክትገብር ትደሊ ዶ?
# needs-native-review
delete-all-yes = እወ፣ ኩሉ ኣጥፍእ
# needs-native-review
delete-all-no = ኣይፋል፣ ሓዞ
# needs-native-review
delete-all-done = ኩሉ ካብዚ መሳርሒ ጠፊኡ።

## Start page

# needs-native-review
start-heading = መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ
# needs-native-review
start-intro = { $age ->
    [young] ኣብዚ ከመይ ከም ዘለኻ ከተርኢ ትኽእል ኢኻ። ነቶም ስእልታት ጠውቕ።
   *[other] ኣብዚ ኣብ ገዛ፣ ኣብ ቤት ትምህርትን ኣብ ናጻ ግዜኻን ከመይ ከም ዘለኻ ክትነግር ትኽእል ኢኻ – ሓደ ብሓደ።
}
# needs-native-review
start-new-heading = ሓድሽ መንኮርኩር
# needs-native-review
start-nickname-label = ብኸመይ ክጽውዑኻ ትደሊ? ገለ ክትጽሕፍ ኣየድልየካን።
# needs-native-review
age-young = 4–7 ዓመት
# needs-native-review
age-middle = 8–12 ዓመት
# needs-native-review
age-teen = 13–17 ዓመት
# needs-native-review
start-button = መንኮርኩረይ ጀምር
# needs-native-review
who-choice-child = ኣነ እቲ ቆልዓ እየ
# needs-native-review
who-choice-guardian = ኣነ ወላዲ ወይ ነቲ ቆልዓ ዝከናኸን ካልእ ዓቢ ሰብ እየ
# needs-native-review
start-child-name-label = ስም እቲ ቆልዓ (ቀዳማይ ስም ይኣክል)
# needs-native-review
# Shown to a guardian before "Vem är du?": who may fill in, and what vårdnadshavare means.
start-guardian-explain = ሞግዚት (vårdnadshavare) ብሕጊ ንቆልዓ ሓላፍነት ዘለዎ ሰብ እዩ፣ መብዛሕትኡ ግዜ ወለዲ። ኣሳደግቲ ስድራ (familjehem)፣ ሕጋዊ ወኪል (god man) ወይ ነቲ ቆልዓ ዝከናኸን ካልእ ዓቢ ሰብ'ውን ኣብዚ ክመልእ ይኽእል። ኣብቲ ኣኼባ ምእንቲ ክርአ፡ መን ምዃንኩም ጽሓፉ።
# needs-native-review
start-author-label = መን ኢኹም? ንኣብነት ኣደ፣ ኣቦ፣ ኣሳዳጊ ወላዲ፣ ሕጋዊ ወኪል (god man) ወይ ስምኩም።
# needs-native-review
start-guardian-button = ብዛዕባ እቲ ቆልዓ ናተይ ርእይቶ ጀምር
# The start page's links: who answers and the child's age ($years is age-young, age-middle or age-teen).
# needs-native-review
start-child-age-link = ዕድመይ { $years } እዩ
# needs-native-review
start-guardian-age-link = ዕድመ እቲ ቆልዓ { $years } እዩ
# On the page that asks for the name: back to the start page's choices.
# needs-native-review
new-draft-choose-again = ካልእ ምረጽ
# needs-native-review
start-plan-heading = ንኣኼባ
# needs-native-review
start-plan-text = ኣኼባ ምትሕብባር ክትገብሩ ዲኹም? ነቶም ዝተኻፈሉ መንኮርኩራት ኣእትዉ እሞ ረቂቕ “መደብ ቆልዓ” ኣዳልዉ።
# needs-native-review
start-plan-button = ረቂቕ “መደብ ቆልዓ” ኣዳልዉ
# needs-native-review
nav-classroom = መንኮርኩር ኣብ ክፍሊ ትምህርቲ (ንመምህራን)
# needs-native-review
start-continue-heading = ካብቲ ዘቋረጽካዮ ቀጽል
# needs-native-review
draft-unnamed = መንኮርኩረይ
# needs-native-review
draft-changed = ዝተቐየረ፡ { $days ->
        [0] ሎሚ
        [1] ትማሊ
       *[other] ቅድሚ { $days } መዓልቲ
    }
# needs-native-review
draft-progress = { $count ->
    [one] ካብ { $total } ክፋላት { $count } ተወዲኡ
   *[other] ካብ { $total } ክፋላት { $count } ተወዲኦም
}
# needs-native-review
draft-continue = { $name } ቀጽል
# needs-native-review
draft-delete = { $name } ኣጥፍእ
# needs-native-review
draft-delete-question = { $name } ከተጥፍኦ ትደሊ ዶ? እቶም መልስታት ካብዚ መሳርሒ ክጠፍኡ እዮም፣ ደጊሞም'ውን ኣይምለሱን።
# needs-native-review
draft-delete-yes = እወ፣ ኣጥፍእ
# needs-native-review
draft-delete-no = ኣይፋል፣ ሓዞ
# needs-native-review
draft-deleted = እቲ መንኮርኩር ጠፊኡ።

## The wheel

# needs-native-review
wheel-heading = መንኮርኩረይ
# needs-native-review
wheel-heading-named = መንኮርኩረይ – { $name }
# needs-native-review
wheel-instructions = { $who ->
    [guardian] ካብቲ መንኮርኩር ሓደ ክፋል ምረጹ እሞ ኩነታት እቲ ቆልዓ ብኸመይ ከም እትርእይዎ ንገሩ። መልስታትኩም በይኖም ይዕቀቡ፣ ምስ ናይቲ ቆልዓ ወይ ናይ ካልእ ዓቢ ሰብ ድማ ፈጺሞም ኣይሕወሱን።
   *[other] { $age ->
        [young] ሓደ ስእሊ ጠውቕ።
       *[other] ካብቲ መንኮርኩር ሓደ ክፋል ምረጽ። ብዝደለኻዮ ቅደም ሰዓብ ክትወስዶም ትኽእል ኢኻ።
    }
}
# needs-native-review
wheel-label = መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ፡ ሾብዓተ ክፋላት ዘለዎ
# needs-native-review
wheel-progress = { $count ->
    [0] ገና ንዋላ ሓደ ክፋል ኣይመለስካን።
    [one] ካብ { $total } ክፋላት ን{ $count } መሊስካ ኣለኻ።
   *[other] ካብ { $total } ክፋላት ን{ $count } መሊስካ ኣለኻ።
}
# needs-native-review
segment-label = { $area }: { $answer }
# needs-native-review
segment-not-answered = ገና ኣይተመለሰን
# needs-native-review
wheel-about-me = ብዛዕባይ
# needs-native-review
wheel-nickname-label = ስም ወይ ሳጓ
# needs-native-review
wheel-age-legend = ዕድመ (ጽሑፋት ብኸመይ ከም ዝጽሓፉ ይቕይር)

## An area

# needs-native-review
area-scale-question = { $who ->
    [guardian] ከም ርእይቶኹም፡ እቲ ቆልዓ ኣብዚ ክፋል ከመይ ኣሎ?
   *[other] { $age ->
        [young] ከመይ ይስምዓካ?
       *[other] ኣብዚ ክፋል ከመይ ኣለኻ?
    }
}
# needs-native-review
scale-very-bad = ኣዝዩ ሕማቕ
# needs-native-review
scale-bad = ሕማቕ
# needs-native-review
scale-between = ማእከላይ
# needs-native-review
scale-good = ጽቡቕ
# needs-native-review
scale-very-good = ኣዝዩ ጽቡቕ
# needs-native-review
scale-dont-know = ኣይፈልጥን
# needs-native-review
scale-rather-not-say = ክምልስ ኣይደልን
# needs-native-review
scale-clear = መልሰይ ኣጥፍእ
# needs-native-review
scale-three-bad = ሕማቕ
# needs-native-review
scale-three-between = ማእከላይ
# needs-native-review
scale-three-good = ጽቡቕ
# needs-native-review
scale-three-bad-compared = ሕማቕ (ካብ ሰለስተ ገጻት)
# needs-native-review
scale-three-between-compared = ማእከላይ (ካብ ሰለስተ ገጻት)
# needs-native-review
scale-three-good-compared = ጽቡቕ (ካብ ሰለስተ ገጻት)
# needs-native-review
feelings-question = { $who ->
    [guardian] ከም ርእይቶኹም እቲ ቆልዓ ኣብዚ እንታይ ይስምዖ? ብዙሕ ወይ ዋላ ሓደ ከይመረጽኩም ክትገድፉ ትኽእሉ ኢኹም።
   *[other] { $age ->
        [young] እንታይ ይስምዓካ? ብዙሕ ክትመርጽ ትኽእል ኢኻ።
       *[other] ከመይ ይስምዓካ? ብዙሕ ክትመርጽ ወይ ዋላ ሓደ ክትገድፍ ትኽእል ኢኻ።
    }
}
# needs-native-review
feelings-label = ስምዒታት
# needs-native-review
words-heading = { $who ->
    [guardian] ብናይ ባዕልኹም ቃላት (ብድሌት)
   *[other] { $age ->
        [young] ካልእ ክትብል ትደሊ ዶ? ዓቢ ሰብ ክጽሕፈልካ ይኽእል።
       *[other] ገለ ክትጽሕፍ ትደሊ ዶ? ግዴታ ኣይኮነን።
    }
}
# needs-native-review
words-good = { $who ->
    [guardian] እዚ ነቲ ቆልዓ ጽቡቕ ይኸደሉ ኣሎ
   *[other] { $age ->
        [young] እዚ ጽቡቕ እዩ
       *[other] እዚ ጽቡቕ እዩ
        [teen] ጽቡቕ ዝኸደ ዘሎ
    }
}
# needs-native-review
words-hard = { $who ->
    [guardian] እዚ ነቲ ቆልዓ ከቢድዎ ኣሎ
   *[other] { $age ->
        [young] እዚ ከቢድ እዩ
       *[other] እዚ ከቢድ እዩ
        [teen] ከቢድ ዝኾነ
    }
}
# needs-native-review
words-would-help = { $who ->
    [guardian] እዚ ነቲ ቆልዓ ክሕግዞ ይኽእል ይመስለኒ
   *[other] { $age ->
        [young] እዚ ምሓገዘ
       *[other] እዚ ምሓገዘኒ
        [teen] ክሕግዝ ዝኽእል
    }
}
# needs-native-review
area-articles = { $count ->
    [one] ውዕል መሰላት ህጻናት፣ ዓንቀጽ { $articles }
   *[other] ውዕል መሰላት ህጻናት፣ ዓንቀጻት { $articles }
}
# needs-native-review
nav-previous = ዝሓለፈ ክፋል፡ { $area }
# needs-native-review
nav-next = ዝቕጽል ክፋል፡ { $area }
# needs-native-review
nav-wheel = ናብ መንኮርኩር ተመለስ
# needs-native-review
nav-done = ወዲአ – ናብ መንኮርኩር ተመለስ
# needs-native-review
nav-start = ናብ መጀመርታ ገጽ

## Whose view

# needs-native-review
who-child = እቲ ቆልዓ
# needs-native-review
who-guardian = ወላዲ/ሞግዚት ({ $name })
# needs-native-review
who-guardian-unnamed = ወላዲ/ሞግዚት
# needs-native-review
who-professional = ሰብ ሞያ ({ $name })
# needs-native-review
who-professional-unnamed = ሰብ ሞያ

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

# needs-native-review
guide-heading = እቲ ቆልዓ ደገፍ ከም ዝረክብ ናይ ምርግጋጽ ሓላፍነት መን ኣለዎ?
# needs-native-review
guide-model = እዚ ኣካል Kronobarnsmodellen እዩ፡ ምምሕዳራት ከተማታት ክሮኖበሪ፣ Region Kronoberg፣ ፖሊስን ሲቪላዊ ማሕበራትን ኣብ ውሽጢ «Barnens bästa gäller! i Kronoberg» (ጥቕሚ ቆልዑ ኣብ ክሮኖበሪ ይቕድም) ብሓባር ዘዳለውዎ ኣገባብ ስራሕ፣ ቆልዑ ኣብ ግቡእ ግዜ ግቡእ ደገፍ ምእንቲ ክረኽቡ።
# needs-native-review
guide-intro = ኣብ ክሮኖበሪ (Kronoberg) ዘሎ ነፍሲ ወከፍ ቆልዓ፡ ንደሓንነት እቲ ቆልዓ ሓላፊ ዝኾነ ሰብ (Barnens bästa-ansvarig) ኣለዎ፤ ንሱ እቲ ቆልዓ ኣብ ግቡእ ግዜ ግቡእ ደገፍ ከም ዝረክብ የረጋግጽ፣ ከም ወላዲ፣ ኣሳዳጊ ወላዲ ወይ ሕጋዊ ወኪል (god man) ድማ ናብኡ ክትቀርቡ ትኽእሉ። መን ምዃኑ ኣብ ዕድመን ቤት ትምህርትን እቲ ቆልዓ ይምርኮስ፡
# needs-native-review
guide-pregnancy = ቅድሚ ምውላድ፡ ክንክን ጥዕና ነፍሰ-ጾራት (mödrahälsovården)።
# needs-native-review
guide-bvc = ካብ ምውላድ ክሳዕ እቲ ቆልዓ ቅድመ-ትምህርቲ ወይ ቤት ትምህርቲ ዝጅምር፡ ማእከል ጥዕና ህጻናት (BVC)።
# needs-native-review
guide-preschool = ኣብ ቅድመ-ትምህርቲ፡ ርእሰ-መምህር ናይቲ ቅድመ-ትምህርቲ።
# needs-native-review
guide-school = ኣብ ቤት ትምህርቲ፡ ክሳዕ እቲ ቆልዓ 18 ዓመት ዝመልእ፡ ርእሰ-መምህር ናይቲ ቆልዓ ዝመሃረሉ ቤት ትምህርቲ።
# needs-native-review
guide-kaa = ካልኣይ ደረጃ ቤት ትምህርቲ (gymnasiet) ዘይመሃሩ መንእሰያት፡ ምምሕዳር ከተማ ንመንእሰያት ዘለዎ ናይ ንጥፈታት ሓላፍነት (KAA)።
# needs-native-review
guide-unsure = ሓላፊ እቲ ቆልዓ (Barnens bästa-ansvarig) መን ምዃኑ እንተ ዘይፈሊጥኩም፡ ንማእከል ርክብ ምምሕዳር ከተማ (kontaktcenter) ወይ ንኣወሃሃዲ ጥቕሚ ቆልዑ ናይ ምምሕዳር ከተማ (Barnens bästa-samordnare) ሕተቱ።

## Sharing: nothing leaves the device without this screen and a confirm

# needs-native-review
share-open = ኣካፍል
# needs-native-review
share-heading = እዚ ከተካፍሎ ትኽእል ኢኻ
# needs-native-review
share-intro = ኣብዚ እትርእዮ ጥራይ እዩ ካብዚ መሳርሒ ዝወጽእ፣ ንሱ'ውን ባዕልኻ ናይ ምክፋል መንገዲ ምስ እትመርጽ ጥራይ። ንባዕልኻ ክተትርፎም እትደሊ ክፋላት ዕጸዎም።
# needs-native-review
share-area-switch = { $area } ኣካፍል
# needs-native-review
share-area-private = ኣይካፈልን
# needs-native-review
share-who-may-see = ኣብቲ ኣኼባ መን ክርእዮ ይኽእል?
# needs-native-review
share-see-everyone =
    { $who ->
        [child] ኩሉ ኣብቲ ኣኼባ ዘሎ፡ ስድራኻ እውን
       *[guardian] ኩሉ ኣብቲ ኣኼባ ዘሎ፡ ስድራ እውን
    }
# needs-native-review
share-see-professionals =
    { $who ->
        [child] ምስ ቆልዑ ዝሰርሑ ዓበይቲ ጥራይ፡ ስድራኻ ኣይኮኑን
       *[guardian] ሞያውያን ጥራይ፡ ስድራ ኣይኮኑን
    }
# needs-native-review
share-see-professionals-note = ኣብቲ ዓቢ ስክሪን ኣይርአን፡ ኣብቲ ስድራ ዝወስዱዎ እውን ኣይኣቱን።
# needs-native-review
share-voice-switch =
    { $who ->
        [child] ቅዳሐይ ኣካፍል
       *[guardian] ቅዳሕ ኣካፍል
    }
# needs-native-review
share-voice-off = እቲ ቅዳሕ ነዚ እንተ ወሊዕካዮ ጥራይ እዩ ዝካፈል።
# needs-native-review
share-no-answer = መልሲ የለን
# needs-native-review
share-confirm = እቲ ዝካፈል ዘሎ ርእየዮ ኣለኹ።
# needs-native-review
share-ways-heading = ብኸመይ ከተካፍል ከም እትደሊ ምረጽ
# needs-native-review
share-download = ከም ፋይል ዓቅብ
# needs-native-review
share-print = ሕተም ወይ ከም PDF ዓቅብ
# needs-native-review
share-copy-all = ኩሉ ከም ጽሑፍ ቅዳሕ
# needs-native-review
share-copy-area = ከም ጽሑፍ ቅዳሕ
# needs-native-review
share-system = ብኣፕ ኣካፍል
# needs-native-review
share-copied = ተቐዲሑ።
# needs-native-review
share-copy-failed = ክቕዳሕ ኣይከኣለን። ነቲ ጽሑፍ ኣመልኪትካ ባዕልኻ ቅዳሖ።
# needs-native-review
share-nothing = ከተካፍሎ ዝመረጽካ ነገር የለን።
# needs-native-review
share-back = ናብ መንኮርኩር ተመለስ
# needs-native-review
print-footer = ዝተሓተመሉ ዕለት፡ { $date }። እዚ ገጽ ካብ መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ እዩ።
# needs-native-review
print-draft-footer = ረቂቕ፡ ዝተሓተመሉ ዕለት፡ { $date }። እዚ ገጽ ካብ መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ እዩ።

## Barnets plan: the meeting's draft

# needs-native-review
plan-heading = መደብ ቆልዓ – ረቂቕ
# needs-native-review
plan-intro = እቲ ቆልዓን ወለዲ/ሞግዚታትን ዘካፈልዎም ፋይላት ኣእትዉ። እቲ መደብ ሓደ ሰብ ድሌት ዝረኣየሉ ክፋላት ጥራይ የርኢ፣ ነፍሲ ወከፍ መልሲ ድማ ከም ዝተዋህበ ይተርፍ።
# needs-native-review
import-button = ዘእትውዎም ፋይላት ምረጹ
# needs-native-review
import-drop = ወይ ነቶም ፋይላት ናብዚ ስሒብኩም ኣንብርዎም።
# needs-native-review
import-error-too-large = እቲ ፋይል ፋይል መንኮርኩር ንምዃን ኣዝዩ ዓቢ እዩ (ካብ 8 MB ንላዕሊ)።

## ብኮድታት ምርካብ፦ "ንካሜራ ኣኼባ ኣርኢ" ኣብ ገጽ ቆልዓ፣ "ብካሜራ ኣንብብ" ኣብ ኣኼባ።
# needs-native-review
codes-show = ንካሜራ ኣኼባ ኣርኢ
# needs-native-review
codes-heading = ንካሜራ ኣኼባ ኣርኢ
# needs-native-review
codes-explain = ስክሪን ኣብ ቅድሚ ካሜራ ኣኼባ ሓዞ። እቶም ኮድታት ምስቲ ፋይል ሓደ ዓይነት ትሕዝቶ ደጋጊሞም የርእዩ – ካሜራ ገሊኦም እንተ ሰሓተ ጸገም የብሉን።
# needs-native-review
codes-only-while-open = እቶም ኮድታት እዚ ሳጹን ክፉት ክሳብ ዘሎ ጥራይ እዮም ዝርኣዩ።
# needs-native-review
codes-no-media = ስእልታትን ናይ ድምጺ መልእኽትታትን ምስ እቶም ኮድታት ኣይኸዱን። ንምውሳዶም ከም ፋይል ዕቅብ።
# needs-native-review
codes-locked = እቶም ኮድታት ብመሕለፊ ቃልካ ተዓጽዮም ኣለዉ። ኣኼባ ንምኽፋቶም መሕለፊ ቃል የድልዮ።
# needs-native-review
codes-picture = ንካሜራ ኣኼባ ዝኸውን QR ኮድ
# needs-native-review
codes-close = ኮድታት ዕጸው
# needs-native-review
codes-with-drawings = ስእልታት ኣብ ኮድታት ኣእቱ (ኮድታት ክበዝሑ እዮም)
# needs-native-review
codes-no-voice = ናይ ድምጺ መልእኽትታት ምስ እቶም ኮድታት ኣይኸዱን። ንምውሳዶም ከም ፋይል ዕቅብ፣ ወይ «ናብ ኣኼባ ኣብዚ ኮምፒዩተር» ምረጽ።
# needs-native-review
codes-too-large = እዚ ንኮድታት ይበዝሕ። ኣብ ክንዳኡ ፋይል ዓቅብ።
# needs-native-review
codes-error-not-ours = እዚ ካብቲ መንኮርኮር ዝመጸ ኮድ ኣይኮነን።
# needs-native-review
codes-error-version = እቶም ኮድታት ካብ ካልእ ስሪት ናይቲ ኣፕ እዮም። ነቲ ኣፕ ኣሐድሶ፣ ወይ ኣብ ክንዳኡ ነቲ ፋይል ምረጽ።
# needs-native-review
codes-error-other-transfer = እዞም ኮድታት ካብቶም ቀዳሞት ናይ ካልእ መንኮርኮር እዮም። ሓደ መንኮርኮር በብሓደ ኣንብብ።
# needs-native-review
codes-error-damaged = እቶም ኮድታት ብሓባር ክንበቡ ኣይከኣሉን። ደጊምካ ኣርኦም፣ ወይ ኣብ ክንዳኡ ነቲ ፋይል ምረጽ።
# needs-native-review
camera-read = ብካሜራ ኣንብብ
# needs-native-review
camera-heading = ብካሜራ ኣንብብ
# needs-native-review
camera-explain = ነቲ ኮድታት ዘርኢ ስክሪን ቁሩብ ርሒቕካ ኣብ ቅድሚ ካሜራ ሓዞ፣ ኩሎም ክፋላት ክሳብ ዝንበቡ።
# needs-native-review
camera-waiting = ኮድታት ይድለዩ ኣለዉ …
# needs-native-review
camera-progress = { $have } ካብ { $need } ክፋላት
# needs-native-review
camera-done = ተወዲኡ። እቲ መንኮርኩር ናብ ኣኼባ ተላኢኹ፣ ካሜራ ድማ ተዓጽዩ።
# needs-native-review
camera-missing = እዚ ኮምፒተር እቲ ኣፕ ክጥቀመሉ ዝኽእል ካሜራ የብሉን። ኣብ ክንዳኡ ነቲ ፋይል ምረጽ።
# needs-native-review
camera-refused = ካሜራ ክጥቀሙሉ ኣይፍቀድን። ኣብ ብራውዘር ንካሜራ ፍቐድ፣ ወይ ኣብ ክንዳኡ ነቲ ፋይል ምረጽ።
# needs-native-review
camera-no-meeting = ገጽ ኣኼባ ድሕሪ ሕጂ ክፉት ኣይኮነን። ካሜራ ካብ ኣኼባ ደጊምካ ክፈቶ።
# needs-native-review
camera-close = ካሜራ ዕጸው
# needs-native-review
camera-file-name = ካብ ካሜራ
# ናብ ኣኼባ ኣብዚ ኮምፒዩተር፦ እቲ ዝተኻፈለ ብዘይ ፋይል ብቐጥታ ናብ ገጽ ኣኼባ ኣብ ሓድሽ ታብ ይኸይድ።
# needs-native-review
this-computer-send = ናብ ኣኼባ ኣብዚ ኮምፒዩተር
# needs-native-review
this-computer-opened = ኣኼባ ኣብ ሓድሽ ታብ ይኽፈት። እቲ ትካፈሎ ኣኼባ ምስ ተዳለወ ናብኡ ይኸይድ።
# needs-native-review
this-computer-sent = እቲ ትካፈሎ ሕጂ ኣብ ኣኼባ፡ ኣብቲ ሓድሽ ታብ ኣሎ። ዝተዓቕበ ፋይል የለን።
# needs-native-review
this-computer-blocked = እቲ መርበብ ሓበሬታ ነቲ ሓድሽ ታብ ኣቋሪጽዎ። ነዚ ገጽ ሓደስቲ መስኮታት ፍቐደሉ፡ ወይ ከም ፋይል ዓቅብ።
# needs-native-review
camera-done-child = ተወዲኡ። ኣብ ኣኼባ ዝወሰንኩምዎ ሕጂ ኣብቲ ኣፕ ኣሎ፣ ካሜራ ድማ ተዓጽዩ።
# needs-native-review
camera-no-child-page = እቲ ካሜራ ዝኸፈተ ገጽ ድሕሪ ሕጂ ክፉት ኣይኮነን። «ካብ ኣኼባ ተቐበል» ደጊምካ ጠውቕ።
# needs-native-review
camera-missing-child = እዚ መሳርሒ እቲ ኣፕ ክጥቀመሉ ዝኽእል ካሜራ የብሉን። ኣብ ክንዳኡ ነቲ ጽማቕ ብወረቐት ሕተት።
# needs-native-review
camera-refused-child = ካሜራ ክጥቀሙሉ ኣይፍቀድን። ኣብ ብራውዘር ንካሜራ ፍቐድ፣ ወይ ኣብ ክንዳኡ ነቲ ጽማቕ ብወረቐት ሕተት።
# needs-native-review
receive-link = ካብ ኣኼባ ተቐበል
# needs-native-review
receive-heading = ካብ ኣኼባ ተቐበል
# needs-native-review
receive-explain = ኣኼባ ኮድታት ምስ ዘርእየካ: «ካሜራ ክፈት» ጠውቕ፣ ኩሎም ክፋላት ክሳብ ዝንበቡ ድማ ነቲ ካሜራ ናብቲ ኮድታት ዘርኢ ስክሪን ኣቕንዖ።
# needs-native-review
receive-kept-here = እቲ ዝተወሰነ ኣብዚ መሳርሒ ጥራይ እዩ ዝዕቀብ፣ ከም በይኑ መንኮርኩር። ብመሕለፊ ቃል ክትዓጽዎን ኣብ ዝደለኻዮ ግዜ ክትድምስሶን ትኽእል ኢኻ።
# needs-native-review
receive-open-camera = ካሜራ ክፈት
# needs-native-review
receive-window-blocked = ካሜራ ኣብ በይኑ መስኮት ክኽፈት ኣይከኣለን። ነዚ ገጽ መስኮታት ክኸፍት ፍቐደሉ እሞ ደጊምካ ፈትን።
# needs-native-review
receive-not-summary = እዚ ካብ ኣኼባ ዝመጸ ጽማቕ ኣይኮነን። ኣብ ኣኼባ ነቶም ካብ «ጽማቕ ንእቲ ቆልዓ» ዝመጹ ኮድታት ከርእዩኻ ሕተት።
# needs-native-review
receive-not-kept = ኣብዚ መሳርሒ ክዕቀብ ኣይከኣለን። ካልእ ዝተቐየረ ነገር የለን።
# needs-native-review
promised-heading = ኣብ ኣኼባ ዝወሰንናዮ
# needs-native-review
promised-made-on = ኣኼባ { $date }
# needs-native-review
promised-next = ዝቕጽል ኣኼባ: { $date }
# needs-native-review
promised-coordinator = ዘይነጸረልካ ነገር እንተሎ፡ ሕተት: { $contact }
# needs-native-review
promised-needs = ዘድሊ
# needs-native-review
promised-what = እንታይ
# needs-native-review
promised-who = መን
# needs-native-review
promised-when = መዓስ
# needs-native-review
promised-happened-question = ተፈጺሙ ድዩ?
# needs-native-review
promised-happened-yes = እወ፡ ተፈጺሙ
# needs-native-review
promised-happened-no = ኣይፋል፡ ኣይተፈጸመን
# needs-native-review
promised-feels-question = ሕጂ ከመይ ይስምዓካ?
# needs-native-review
promised-marks-leave = ኣብዚ እትምልሶ፡ ነቲ መንኮርኩር ንዝቕጽል ኣኼባ ምስ እተካፍሎ ምስኡ ይኸይድ። ካብቲ ኣብዚ ተጻሒፉ ዘሎ ካልእ ዋላ ሓደ ነገር ኣይኸይድን።
# needs-native-review
share-marks-heading = ብዛዕባ እቲ ዝወሰንናዮ ዝሓሰብካዮ
# needs-native-review
share-mark-feels = ሕጂ ዝስምዓካ: { $face }
# needs-native-review
import-error-file = { $file }: { $problem } ካልእ ዝተቐየረ ነገር የለን።
# needs-native-review
import-done = { $file } ኣትዩ ኣሎ።
# needs-native-review
plan-perspectives-heading = ኣብቲ ረቂቕ ዝተኻተቱ
# needs-native-review
plan-include = { $name } ኣካትቱ
# needs-native-review
plan-no-drafts = ገና ዝኣተወ መንኮርኩር የለን።
# needs-native-review
plan-no-areas = ኣብቶም ዝተኻፈሉ ክፋላት ዋላ ሓደ ሰብ ድሌት ኣይረኣየን።
# needs-native-review
plan-details-heading = ብዛዕባ እቲ መደብ
# needs-native-review
plan-child-name = ስም እቲ ቆልዓ
# needs-native-review
plan-made-on = ዕለት
# needs-native-review
plan-coordinator = ሓላፊ ምትሕብባር
# needs-native-review
plan-contact-name = ስም
# needs-native-review
plan-contact-organisation = ትካል
# needs-native-review
plan-contact-reach = ተሌፎን ወይ ኢመይል
# needs-native-review
plan-next-evaluation = ዝቕጽል ገምጋም
# needs-native-review
plan-participants = ተሳተፍቲ ኣኼባ
# needs-native-review
plan-made-drawing = ስእሊ ስኣለ
# needs-native-review
plan-made-voice-note = ናይ ድምጺ መልእኽቲ ቀድሐ
# needs-native-review
plan-child-mark = ብዛዕባ እቲ ዝሓለፈ ግዜ ዝተሰማማዕናሉ
# needs-native-review
plan-mark-feels-now = ሕጂ ዘሎ ስምዒት
# needs-native-review
plan-needs = ድሌታት
# needs-native-review
plan-actions = ናይ ደገፍ ስጉምትታት
# needs-native-review
plan-action-legend = ስጉምቲ { $number }
# needs-native-review
plan-action-what = እንታይ ይግበር
# needs-native-review
plan-action-who = መን
# needs-native-review
plan-action-when = መዓስ
# needs-native-review
plan-action-when-hint = ዕለት ወይ ክንደይ ግዜ፡ ንኣብነት ኩሉ ሰሙን
# needs-native-review
plan-action-missing = ኣይተጻሕፈን
# needs-native-review
plan-action-incomplete = ኣይተዛዘመን፡ መን ከም ዝገብሮን መዓስን ጽሓፉ።
# needs-native-review
plan-action-add = ስጉምቲ ወስኹ
# needs-native-review
plan-action-remove = ስጉምቲ { $number } ኣልግሱ
# needs-native-review
plan-action-removed = ስጉምቲ { $number } ተኣልዩ። ክትመልስዎ እንተ ደሊኹም ምምላስ ጠውቁ።
# needs-native-review
plan-action-undo = ምምላስ
# needs-native-review
plan-include-child-words = እቲ መደብ ክቕዳሕን ክሕተምን ከሎ ናይ ቆልዓ ናይ ባዕሉ ቃላት ኣእትዉ
# needs-native-review
plan-include-child-words-hint = ብዘይኡ እቲ ቅዳሕን ሕትመትን መልስታት፡ ድሌታትን ስጉምትታትን ጥራይ ይሕዝ፡ እቲ መደብ ሓጺር ምእንቲ ክኸውን።
# needs-native-review
plan-coordinator-task = ሓላፊ ምትሕብባር ኣብ ኣኼባ ምስ ቆልዓን ወለድን ይምረጽ። ንሱ ነቲ መደብ ህያው ይገብሮን ናብ ገምጋም ይጽውዕን።
# needs-native-review
plan-consent-given = ፍቓድ
# needs-native-review
plan-consent-gathered-by = ፍቓድ ዝኣከበ
# needs-native-review
plan-contact = ሰብ ርክብ
# needs-native-review
plan-copy = ነቲ መደብ ከም ጽሑፍ ቅድሑ
# needs-native-review
plan-print = ነቲ መደብ ሕተሙ
# needs-native-review
prepare-text-heading = ቅድሚ ውሳነ – ገምጋም ሓላፊ ዝበለጸ ረብሓ ቆልዓ (Praxismodellen ስጉምቲ 2)
# needs-native-review
prepare-responsible = ሓላፊ ዝበለጸ ረብሓ ቆልዓ
# needs-native-review
prepare-assessment = ናተይ ገምጋም
# needs-native-review
prepare-decision = ውሳነ
# needs-native-review
prepare-decision-own = ናይ ባዕልና ትካል ደገፍ ይህብ
# needs-native-review
prepare-decision-other = ሓደ ካልእ ትካል ይሕተት
# needs-native-review
prepare-decision-meeting = ኣኼባ ምትሕብባር ይጽዋዕ
# needs-native-review
prepare-decision-note = እንታይ፡ መንን መዓስን
# needs-native-review
consent-heading = ፍቓድ
# needs-native-review
consent-reminder = ሓበሬታ ኣብ መንጎ ትካላት ቅድሚ ምትሕልላፉ፡ ሓላፊ ዝበለጸ ረብሓ ቆልዓ (Barnens bästa-ansvarig) ፍቓድ ወለዲ/ሞግዚታትን ፍቓድ እቲ ቆልዓን፡ ብዕድሚኡ ዝሰማማዕ መንገዲ፡ ክወስድ ኣለዎ። እዚ ቅድሚ ኣኼባ ይግበር። ፍቓድ ኣብ ዝኾነ ግዜ ክምለስ ይኽእል።
# needs-native-review
consent-print = ቅጥዒ ፍቓድ ሕተሙ
# needs-native-review
consent-text = ኣነ/ንሕና፡ እቲ ቆልዓ ግቡእ ደገፍ ክረክብ ምእንቲ፡ ንመደብ ቆልዓ ናይ { $name } ዘድሊ ሓበሬታ ኣብ መንጎ እዞም ኣብ ታሕቲ ዘለዉ ትካላት ክሕለፍ ፍቓድና ንህብ፡
# needs-native-review
consent-withdraw = እቲ ፍቓድ ክሳብ ካልእ ሓበሬታ ይጸንሕ። ኣብ ዝኾነ ግዜ፡ ብቓል ወይ ብጽሑፍ፡ ኣብ ሓላፊ ዝበለጸ ረብሓ ቆልዓ ክምለስ ይኽእል።
# needs-native-review
consent-child = እቲ ቆልዓ እቲ ፍቓድ እንታይ ማለት ምዃኑ፡ ብዕድሚኡ ዝሰማማዕ መንገዲ፡ ተነጊሩዎ እዩ፡ ሓሳቡ ክብል ድማ ዕድል ረኺቡ እዩ።
# needs-native-review
consent-child-signature = ስም ቆልዓ፡ እንተደልዩ ፌርማኡ፡ ከምኡ’ውን ዕለት
# needs-native-review
consent-gathered-signature = ብሓላፊ ዝበለጸ ረብሓ ቆልዓ ዝተኣከበ፡ ስም፡ ትካልን ዕለትን
# needs-native-review
plan-consent-date = ፍቓድ ዝተዋህበሉ ዕለት
# needs-native-review
plan-consent-given-by-field = መን ፍቓድ ሂቡ (ወለዲ/ሞግዚታትን ቆልዓን)
# needs-native-review
plan-consent-gathered-by-field = መን ነቲ ፍቓድ ኣኪቡ (Barnens bästa-ansvarig)
# needs-native-review
consent-signature = ፌርማ ወላዲ/ሞግዚት፣ ስም ብንጹር ኣጻሕሕፋን ዕለትን

## Saving and loading

# needs-native-review
save-saved = ኣብዚ መሳርሒ ተዓቂቡ።
# needs-native-review
save-other-tab = እዚ መንኮርኩር ብተመሳሳሊ እዋን ኣብ ካልእ ታብ እውን ተቐይሩ። ክልቲኦም ሓደ ነገር ኣብ ዝቐየርሉ፡ እቲ ኣብ መወዳእታ ዝተዓቀበ እዩ ዝጸንዕ።
# needs-native-review
save-failed = ኣብዚ መሳርሒ ምዕቃብ ኣይተኻእለን። ዝጸሓፍካዮ ኣብ ስክሪን ገና ኣሎ – ነቲ ገጽ ኣይትዕጸዎ።
# needs-native-review
load-error-not-ours = እዚ ካብ መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ ዝመጸ መንኮርኩር ኣይኮነን።
# needs-native-review
load-error-future = እዚ መንኮርኩር ብሓድሽ ቨርዥን ናይቲ ኣፕ እዩ ተሰሪሑ። ነቲ ኣፕ ኣሐድሶ እሞ ደጊምካ ፈትን።
# needs-native-review
load-error-damaged = እዚ መንኮርኩር ተበላሽዩ ስለ ዘሎ ክንበብ ኣይከኣለን።
# needs-native-review
draft-not-found = ከምዚ ዝበለ መንኮርኩር ኣብዚ መሳርሒ የለን። ጠፊኡ ክኸውን ይኽእል።
# needs-native-review
area-not-found = እቲ ክፋል ኣብቲ መንኮርኩር የለን።
# needs-native-review
stored-damaged = { $count ->
    [one] ሓደ ዝተዓቀበ መንኮርኩር ክንበብ ኣይከኣለን። ከም ዘለዎ ተሪፉ ኣሎ።
   *[other] { $count } ዝተዓቀቡ መንኮርኩራት ክንበቡ ኣይከኣሉን። ከም ዘለውዎ ተሪፎም ኣለዉ።
}

# needs-native-review
# Passphrase lock: a draft on this device, or a shared file.
lock-summary = ብመሕለፊ ቃል ዕጸው
# needs-native-review
lock-explain = { $who ->
    [guardian] ብመሕለፊ ቃል፡ ካልእ ሰብ ነዚ መሳርሒ እንተ ተጠቐመ'ውን፡ ነቲ መሕለፊ ቃል ዝፈልጥ ሰብ ጥራይ እዩ ኣብዚ ዝተጻሕፈ ከንብብ ዝኽእል። ነቲ መሕለፊ ቃል እንተ ረሲዕኩሞ፡ ክምለስ ኣይክእልን።
   *[other] { $age ->
        [young] ብመሕለፊ ቃል፡ ካልእ ሰብ መንኮርኩርካ ከንብብ ኣይክእልን። ነቲ መሕለፊ ቃል ክትዝክሮ ዓቢ ሰብ ክሕግዘካ ሕተት።
       *[other] ብመሕለፊ ቃል፡ ካልእ ሰብ ነዚ መሳርሒ እንተ ተጠቐመ'ውን፡ ነቲ መሕለፊ ቃል ዝፈልጥ ሰብ ጥራይ እዩ መንኮርኩርካ ከንብብ ዝኽእል። ነቲ መሕለፊ ቃል እንተ ረሲዕካዮ፡ ክምለስ ኣይክእልን።
    }
}
# needs-native-review
lock-passphrase-label = መሕለፊ ቃል ምረጽ (እንተ ወሓደ 8 ፊደላት)
# needs-native-review
lock-repeat-label = ነቲ ሓደ መሕለፊ ቃል ደጊምካ ጽሓፍ
# needs-native-review
lock-button = ነቲ መንኮርኩር ዕጸዎ
# needs-native-review
lock-working = ይዕጾ ኣሎ …
# needs-native-review
lock-error-too-short = መሕለፊ ቃል እንተ ወሓደ 8 ፊደላት ክህልዎ ኣለዎ።
# needs-native-review
lock-error-repeat = እቶም መሕለፊ ቃላት ሓደ ኣይኮኑን። ሓደ መሕለፊ ቃል ክልተ ግዜ ጽሓፍ።
# needs-native-review
lock-error-unavailable = እዚ ብራውዘር ብመሕለፊ ቃል ክዓጹ ኣይክእልን። ዝተቐየረ ነገር የለን።
# needs-native-review
lock-error-full = እቲ መንኮርኩር ኣይተዓጸወን፦ ነቶም ቅዳሓትን ስእልታትን ንምዕጻው ኣብቲ መሳርሒ ቦታ የለን። ዝተቐየረ ነገር የለን። ቦታ ግበሩ እሞ ደጊምኩም ፈትኑ።
# needs-native-review
lock-error-media = እቲ መንኮርኩር ኣይተዓጸወን፦ እቶም ቅዳሓትን ስእልታትን ክዕጸዉ ኣይከኣሉን። ዝተቐየረ ነገር የለን። ደጊምኩም ፈትኑ።
# needs-native-review
lock-remove-error = እቲ መዕጸዊ ገና ኣሎ፦ እቶም ቅዳሓትን ስእልታትን ክኽፈቱ ኣይከኣሉን። ዝተቐየረ ነገር የለን። ደጊምኩም ፈትኑ።
# needs-native-review
lock-is-on = እቲ መንኮርኩር ብመሕለፊ ቃል ተዓጽዩ ኣሎ። ዋላ ሓደ ሰብ ን{ $minutes } ደቓይቕ እንተ ዘይተጠቐመሉ፡ ደጊሙ ክዕጾ እዩ።
# needs-native-review
lock-now = ሕጂ ዕጸዎ
# needs-native-review
lock-remove = መሕለፊ ቃል ኣልግስ
# needs-native-review
unlock-heading = እቲ መንኮርኩር ዕጹው እዩ
# needs-native-review
unlock-explain = ነቲ መንኮርኩር ንምኽፋት መሕለፊ ቃል ጽሓፍ።
# needs-native-review
unlock-label = መሕለፊ ቃል
# needs-native-review
unlock-button = ክፈት
# needs-native-review
unlock-working = ይኽፈት ኣሎ …
# needs-native-review
unlock-error-wrong = ጌጋ መሕለፊ ቃል። ዝተቐየረ ነገር የለን – ደጊምካ ፈትን።
# needs-native-review
unlock-forgot = መሕለፊ ቃል ረሲዕካዮ ዶ? እንተ ኾይኑ፡ እቲ ዝተጻሕፈ ክንበብ ኣይክእልን። ኣብ መጀመርታ ገጽ ነቲ መንኮርኩር ኣጥፊእካ ካብ መጀመርታ ክትጅምር ትኽእል ኢኻ።
# needs-native-review
draft-locked = ዕጹው መንኮርኩር
# needs-native-review
share-lock-file = ነቲ ፋይል ብመሕለፊ ቃል ዕጸዎ
# needs-native-review
share-lock-file-explain = ነቲ ፋይል ዘንብብ ሰብ እቲ መሕለፊ ቃል የድልዮ። ነቲ ፋይል ብእትሰደሉ መንገዲ ዘይኮነስ፡ ብኻልእ መንገዲ ንገሮ፣ ንኣብነት ብተሌፎን።
# needs-native-review
import-locked = { $file } ዕጹው እዩ። ንምእታዉ መሕለፊ ቃል ጽሓፉ።
# needs-native-review
lock-error-common = እዚ መሕለፊ ቃል ካብቶም ኣዝዮም ልሙዳት እዩ፡ ንምግማቱ ድማ ቀሊል እዩ። ካልእ ምረጽ፡ ንኣብነት ሒደት ቃላት ብተኸታታሊ።
# needs-native-review
lock-delete-note = ዝኾነ ነዚ መሳርሒ ዝጥቀም ሰብ ዕጹው መንኮርኩር ክድምስሶ ይኽእል እዩ፡ ከንብቦ ግን ኣይክእልን።
# needs-native-review
save-newer-version = ሓድሽ ቨርዥን ናይቲ ኣፕ ነዚ መንኮርኩር ኣብ ካልእ ታብ ዓቂብዎ ኣሎ። እዚ ታብ ኣብ ልዕሊኡ ኣይዕቅብን እዩ። ዝጸሓፍካዮ ኣብ ስክሪን ገና ኣሎ – ንምቕጻል ነቲ ገጽ ደጊምካ ጽዓኖ።
# needs-native-review
load-error-no-version = እቲ ፋይል ብየናይ ቨርዥን ናይቲ ኣፕ ከም ዝተሰርሐ ኣይገልጽን። ተቐይሩ ወይ ተበላሽዩ ክኸውን ስለ ዝኽእል ክንበብ ኣይከኣለን።
# needs-native-review
load-error-too-long = እቲ ፋይል ካብቲ ኣፕ ዘፍቅዶ ዝነውሑ ጽሑፋት ስለ ዘለዎ ክንበብ ኣይከኣለን።
# needs-native-review
update-ready = ሓድሽ ሕታም ናይቲ ኣፕ ድሉው እዩ። ክትቕይር ከለኻ ዝተዓቀበ ኩሉ ኣይጠፍእን።
# needs-native-review
update-now = ናብቲ ሓድሽ ሕታም ቀይር

## About the app, closed at the foot of every page: the version, the source code's date,
## the licences and where the source code is (the address the county gave when it built the app).

# needs-native-review
about-heading = ብዛዕባ እቲ ኣፕ
# needs-native-review
about-version = ሕታም { $version }
# needs-native-review
about-version-commit = ሕታም { $version } ({ $commit })
# needs-native-review
about-date = ዕለት ምንጪ ኮድ: { $date }
# needs-native-review
about-date-unknown = ዕለት ምንጪ ኮድ ኣይፍለጥን: እቲ ኣፕ ብዘይ git እዩ ተሰሪሑ።
# needs-native-review
about-licences = ፍቓዳት
# needs-native-review
about-licence-app = እቲ ኣፕ ናጻ ሶፍትዌር እዩ: ብፍቓድ MIT ወይ Apache-2.0፣ ዝመረጽካዮ፣ ክጥቀሙሉ ይኽእሉ።
# needs-native-review
about-licence-pictograms = እቶም ስእልታት ነዚ ኣፕ ተባሂሎም ዝተሳእሉ እዮም፣ ዝኾነ ሰብ ድማ ብናጻ ክጥቀመሎም ይኽእል (CC0-1.0)።
# needs-native-review
about-licence-parts = እቲ ኣፕ ዝተሰርሓሉ ክፍልታት፣ ነፍሲ ወከፍ ምስ ሕታሙን ፍቓዱን:
# needs-native-review
about-source = ምንጪ ኮድ ኣብዚ ኣድራሻ ይርከብ: { $address }
# needs-native-review
about-source-not-set = ኣድራሻ ምንጪ ኮድ እቲ ኣፕ ክስራሕ ከሎ ኣይተዋህበን።

## Draw: a drawing per area (src/child/drawing_pad.rs, src/ui/drawing_picture.rs)
# needs-native-review
drawing-heading = እንተደሊኻ ስኣል
# needs-native-review
drawing-hint = ብኣጻብዕካ፡ ብማውስ ወይ ብብርዒ ስኣል።
# needs-native-review
drawing-surface-empty = ቦታ ስእሊ። ባዶ እዩ።
# needs-native-review
drawing-surface-strokes = ቦታ ስእሊ ምስ ስእልኻ፡ { $count ->
    [one] ሓደ መስመር
   *[other] { $count } መስመራት
}።
# needs-native-review
drawing-surface-text = ቦታ ስእሊ ምስ ስእልኻ፡ { $text }
# needs-native-review
drawing-colours = ሕብሪ
# needs-native-review
drawing-colour-black = ጸሊም
# needs-native-review
drawing-colour-red = ቀይሕ
# needs-native-review
drawing-colour-blue = ሰማያዊ
# needs-native-review
drawing-colour-green = ቀጠልያ
# needs-native-review
drawing-colour-yellow = ብጫ
# needs-native-review
drawing-colour-brown = ቡናዊ
# needs-native-review
drawing-undo = ምምላስ
# needs-native-review
drawing-clear = ኩሉ ደምስስ
# needs-native-review
drawing-undone = እቲ ናይ መወዳእታ ጠፊኡ።
# needs-native-review
drawing-cleared = እቲ ስእሊ ጠፊኡ። ክምለሰልካ እንተደሊኻ ምምላስ ጠውቕ።
# needs-native-review
drawing-text-label = እቲ ስእሊ እንታይ የርኢ?
# needs-native-review
drawing-text-hint = እንተደሊኻ። እዚ ነቲ ስእሊ ክርእዮ ዘይክእል ሰብ ብዓውታ ይንበበሉ።
# needs-native-review
drawing-not-opened = እቲ ስእሊ ክኽፈት ኣይከኣለን።
# needs-native-review
drawing-picture = ስእሊ፡ { $text }
# needs-native-review
drawing-picture-untitled = ስእሊ
## Drawings and voice notes kept on the device (IndexedDB)

# needs-native-review
media-error-unavailable = እዚ መርበብ ሓበሬታ ድምጺ ወይ ስእልታት ክዕቅብ ኣይክእልን። ካልእ ኩሉ ከም ልሙድ ይዕቀብ።
# needs-native-review
media-error-full = ኣብቲ መሳርሒ ቦታ ስለዘይተረፈ፣ እዚ ኣይተዓቀበን። ቅድሚ ሕጂ ዝተዓቀበ ኩሉ ኣሎ።
# needs-native-review
media-error-wrong-key = እዚ ብኻልእ መሕለፊ ቃል ተዓጽዩ ስለዘሎ ኣብዚ ክኽፈት ኣይክእልን።
# needs-native-review
media-error-damaged = እቲ ዝተዓቀበ ክንበብ ኣይክእልን። ከም ዘለዎ ይተርፍ።

## Voice note on an area ("Säg det")

# needs-native-review
voice-heading = ብሎ
# needs-native-review
voice-explain = { $who ->
    [guardian] ክትብሉ እትደልዩዎ ክትቀድሑ ትኽእሉ ኢኹም፣ እንተበዝሐ ሓንቲ ደቒቕ። ኣብዚ መሳርሒ ጥራይ ይዕቀብ።
   *[other] { $age ->
        [young] ክትብሎ እትደሊ ብድምጽኻ ክትብሎ ትኽእል ኢኻ። ዓቢ ሰብ ክሕግዘካ ይኽእል።
       *[other] ክትብሎ እትደሊ ኣብ ክንዲ ምጽሓፍ ብድምጽኻ ክትብሎ ትኽእል ኢኻ፣ እንተበዝሐ ሓንቲ ደቒቕ። ኣብዚ ጥራይ ይዕቀብ።
    }
}
# needs-native-review
voice-record = ቅዳሕ
# needs-native-review
voice-stop = ደው ኣብል
# needs-native-review
voice-recording-started = ሕጂ ይቕዳሕ ኣሎ።
# needs-native-review
voice-elapsed = { $seconds } ካብ { $limit } ካልኢት
# needs-native-review
voice-stopped-at-limit = ሓንቲ ደቒቕ ስለዝሓለፈት፣ እቲ ቕዳሕ ደው ኢሉ።
# needs-native-review
voice-listen = { $who ->
    [guardian] ቅድሚ ምዕቃብኩም ነቲ ቕዳሕ ስምዕዎ።
   *[other] ዝበልካዮ ስማዕ። ክትዕቅቦ ትደሊ ዶ?
}
# needs-native-review
voice-your-recording = ቕዳሕካ
# needs-native-review
voice-keep = ነቲ ቕዳሕ ዓቅብ
# needs-native-review
voice-discard = ደምስስ እሞ ካብ መጀመርታ ጀምር
# needs-native-review
voice-kept = { $who ->
    [guardian] እቲ ቕዳሕ ተዓቂቡ።
   *[other] ዝበልካዮ ተዓቂቡ።
}
# needs-native-review
voice-delete = ነቲ ቕዳሕ ደምስስ
# needs-native-review
voice-deleted = እቲ ቕዳሕ ተደምሲሱ።
# needs-native-review
voice-no-microphone = { $who ->
    [guardian] ማይክሮፎን ስለዘየለ ኣብዚ ክቕዳሕ ኣይከኣልን። ኣብ ክንድኡ ክትጽሕፉ ትኽእሉ ኢኹም።
   *[other] { $age ->
        [young] ማይክሮፎን ስለዘየለ ኣብዚ ክቕዳሕ ኣይከኣልን። ኣብ ክንድኡ ክትስእል ትኽእል ኢኻ፣ ወይ ዓቢ ሰብ ክጽሕፈልካ ሕተት።
       *[other] ማይክሮፎን ስለዘየለ ኣብዚ ክቕዳሕ ኣይከኣልን። ኣብ ክንድኡ ክትስእል ወይ ክትጽሕፍ ትኽእል ኢኻ።
    }
}
# needs-native-review
voice-permission-refused = { $who ->
    [guardian] ማይክሮፎን ክጥቀሙ ስለዘይተፈቕደ ኣብዚ ክቕዳሕ ኣይከኣልን። ኣብ ክንድኡ ክትጽሕፉ ትኽእሉ ኢኹም።
   *[other] { $age ->
        [young] ኣብዚ ክቕዳሕ ኣይከኣልን፣ ግን ጸገም የብሉን። ኣብ ክንድኡ ክትስእል ትኽእል ኢኻ፣ ወይ ዓቢ ሰብ ክጽሕፈልካ ሕተት።
       *[other] ማይክሮፎን ክጥቀሙ ስለዘይተፈቕደ ኣብዚ ክቕዳሕ ኣይከኣልን። ጸገም የብሉን – ኣብ ክንድኡ ክትስእል ወይ ክትጽሕፍ ትኽእል ኢኻ።
    }
}
# needs-native-review
voice-not-supported = { $who ->
    [guardian] እዚ መርበብ ሓበሬታ ክቕዳሕ ኣይክእልን። ኣብ ክንድኡ ክትጽሕፉ ትኽእሉ ኢኹም።
   *[other] { $age ->
        [young] ኣብዚ ክቕዳሕ ኣይከኣልን። ኣብ ክንድኡ ክትስእል ትኽእል ኢኻ፣ ወይ ዓቢ ሰብ ክጽሕፈልካ ሕተት።
       *[other] ኣብዚ ክቕዳሕ ኣይከኣልን። ኣብ ክንድኡ ክትስእል ወይ ክትጽሕፍ ትኽእል ኢኻ።
    }
}
# needs-native-review
voice-failed = እቲ ቕዳሕ ኣይሰለጠን። ደጊምካ ክትፍትን ትኽእል ኢኻ።
# needs-native-review
voice-too-large = እቲ ቅዳሕ ንምዕቃብ ኣዝዩ ዓብዩ። ዝሓጸረ ፈትን።

## The journey over time: per area, how each person's answer moved from meeting to meeting (a small chart)
# needs-native-review
journey-heading = መልስታት ካብ ኣኼባ ናብ ኣኼባ ከመይ ከም ዝተቐየሩ
# needs-native-review
journey-meetings = ኣኼባታት: { $dates }
# needs-native-review
journey-tag-child = ቆልዓ
# needs-native-review
journey-tag-guardian = ወላዲ { $letter }
# needs-native-review
journey-tag-professional = ሰብ ሞያ { $letter }
