# Barnets bästa-hjulet (the wheel of what is best for the child): the app's own texts, in Tigrinya (Eritrea).
# Translated from Swedish, the source language and the fallback.
# The child is addressed in the masculine singular, the usual generic form. Guardian wording and
# the texts for guardians and professionals (guide, plan, consent) use the polite plural.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

app-name = መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ
skip-to-content = ናብ ትሕዝቶ ሕለፍ

## Language and read-aloud, in the header

language-label = ቋንቋ
# The language's own name for itself, shown in the picker.
language-name = ትግርኛ
language-load-failed = እቲ ቋንቋ ክጽዓን ኣይከኣለን። ኢንተርነት ምስ ዝህልወካ ደጊምካ ፈትን።
read-aloud = ብድምጺ ኣንብብ
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = ብድምጺ ኣንብብ: { $text }
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
help-bris = ናብ BRIS ብ 116 111 ደውል – ብነጻ፡ ለይትን መዓልትን፡ መን ምዃንካ ክትነግር ድማ ኣየድልየካን። ኣብ bris.se'ውን ብቻት ክትዛረብ ትኽእል።
help-adult = ንእትኣምኖ ዓቢ ሰብ ንገሮ፣ ንኣብነት መምህር፣ ነርስ ቤት ትምህርቲ ወይ ሓደ ካብ ስድራኻ።
help-call-112 = ናብ { $number } ደውል
help-call-bris = ናብ BRIS { $number } ደውል
help-close = ዕጸው
safety-alert-heading = ዝመለስካዮ ኣገዳሲ እዩ።
safety-alert-text = { $who ->
    [guardian] እቲ ቆልዓ ውሑስ እንተ ዘይኮይኑ፡ ሓደጋ እንተሎ ናብ 112 ደውሉ። ቆልዓ ይሳቐ ከም ዘሎ ዝጠራጠር ዝኾነ ሰብ ናብ ማሕበራዊ ኣገልግሎት (socialtjänsten) ናይ ምምሕዳር ከተማ (kommun) ጸብጻብ ስግኣት ከቕርብ ይኽእል – ናብ ማእከላይ ተሌፎን ምምሕዳር ከተማ ደውሉ፣ ህጹጽ እንተ ኾይኑ ድማ ናብ 112።
   *[other] { $age ->
        [young] ዝኾነ ሰብ ክጎድኣካ መሰል የብሉን፡ ብፍጹም ድማ ጌጋኻ ኣይኮነን። ንእትኣምኖ ዓቢ ሰብ ንገሮ። ኣብ ሓደጋ እንተሃሊኻ ናብ 112 ደውል።
       *[other] ዝኾነ ሰብ ክጎድኣካ መሰል የብሉን፡ ብፍጹም ድማ ጌጋኻ ኣይኮነን። ኣብ ሓደጋ እንተሃሊኻ ናብ 112 ደውል። BRIS ብ 116 111 ለይትን መዓልትን ይምልሱ።
    }
}
safety-alert-private = እቲ ኣፕ መልስታትካ ናብ ዝኾነ ሰብ ኣይሰድድን።
safety-gentle-heading = ክትምልስ የብልካን።
safety-gentle-text = { $who ->
    [guardian] ኣብዚ ክትምልሱ የብልኩምን። ቆልዓ ውሑስ እንተዘይኮይኑ፡ ሓደጋ እንተሎ ናብ 112 ደውሉ።
   *[other] ክትምልስ እንተዘይደሊኻ ጸገም የብሉን። ገለ ነገር ጽቡቕ እንተዘይተሰሚዑካ፡ ምስ እትኣምኖ ዓቢ ሰብ ክትዛረብ ወይ ናብ BRIS ክትድውል ትኽእል፡ 116 111። ብፍጹም ጌጋኻ ኣይኮነን።
}

## Shared devices: leave at once, or delete everything

quick-exit = ቀልጢፍካ ውጻእ
delete-all-heading = ኩሉ ኣጥፍእ
delete-all-text = ብዙሓት ሰባት ብዚ መሳርሒ ይጥቀሙ ዶ? ኣብዚ እቲ ኣፕ ኣብዚ መሳርሒ ዝዓቀቦ ኩሉ ከተጥፍእ ትኽእል ኢኻ፡ ኩሎም መንኮርኩራት፣ እቲ መደብን እቲ ቅጥዕታትን።
delete-all = ኣብዚ መሳርሒ ዘሎ ኩሉ ኣጥፍእ
delete-all-question = እቲ ኣፕ ኣብዚ መሳርሒ ዝዓቀቦ ኩሉ ክጠፍእ እዩ። ደጊሙ'ውን ኣይምለስን። ከምኡ ክትገብር ትደሊ ዶ?
delete-all-yes = እወ፣ ኩሉ ኣጥፍእ
delete-all-no = ኣይፋል፣ ሓዞ
delete-all-done = ኩሉ ካብዚ መሳርሒ ጠፊኡ።

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
start-who-legend = መን እዩ ዝመልእ ዘሎ?
who-choice-child = ኣነ እቲ ቆልዓ እየ
who-choice-guardian = ኣነ ወላዲ/ሞግዚት እየ
start-child-name-label = ስም እቲ ቆልዓ (ቀዳማይ ስም ይኣክል)
start-author-label = መን ኢኹም? ንኣብነት ኣደ፣ ኣቦ ወይ ስምኩም።
start-child-age-legend = እቲ ቆልዓ ዕድሚኡ ክንደይ እዩ?
start-guardian-button = ብዛዕባ እቲ ቆልዓ ናተይ ርእይቶ ጀምር
start-plan-heading = ንኣኼባ
start-plan-text = ኣኼባ ምትሕብባር ክትገብሩ ዲኹም? ነቶም ዝተኻፈሉ መንኮርኩራት ኣእትዉ እሞ ረቂቕ “መደብ ቆልዓ” ኣዳልዉ።
start-plan-button = ረቂቕ “መደብ ቆልዓ” ኣዳልዉ
nav-classroom = መንኮርኩር ኣብ ክፍሊ ትምህርቲ (ንመምህራን)
start-continue-heading = ካብቲ ዘቋረጽካዮ ቀጽል
draft-unnamed = መንኮርኩረይ
draft-changed = ዝተቐየረ፡ { $days ->
        [0] ሎሚ
        [1] ትማሊ
       *[other] ቅድሚ { $days } መዓልቲ
    }
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
wheel-instructions = { $who ->
    [guardian] ካብቲ መንኮርኩር ሓደ ክፋል ምረጹ እሞ ኩነታት እቲ ቆልዓ ብኸመይ ከም እትርእይዎ ንገሩ። ርእይቶኹም ካብ ናይቲ ቆልዓን ካብ ናይ ካልኦት ወለዲ/ሞግዚታትን ተፈልዩ ይዕቀብ።
   *[other] { $age ->
        [young] ሓደ ስእሊ ጠውቕ።
       *[other] ካብቲ መንኮርኩር ሓደ ክፋል ምረጽ። ብዝደለኻዮ ቅደም ሰዓብ ክትወስዶም ትኽእል ኢኻ።
    }
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

area-scale-question = { $who ->
    [guardian] ከም ርእይቶኹም፡ እቲ ቆልዓ ኣብዚ ከመይ ኣሎ?
   *[other] { $age ->
        [young] ከመይ እዩ?
       *[other] ኣብዚ ከመይ ኣለኻ?
    }
}
scale-very-bad = ኣዝዩ ሕማቕ
scale-bad = ሕማቕ
scale-between = ማእከላይ
scale-good = ጽቡቕ
scale-very-good = ኣዝዩ ጽቡቕ
scale-dont-know = ኣይፈልጥን
scale-rather-not-say = ክምልስ ኣይደልን
scale-clear = መልሰይ ኣጥፍእ
words-heading = { $who ->
    [guardian] ብናይ ባዕልኹም ቃላት (ብድሌት)
   *[other] { $age ->
        [young] ካልእ ክትብል ትደሊ ዶ? ዓቢ ሰብ ክጽሕፈልካ ይኽእል።
       *[other] ገለ ክትጽሕፍ ትደሊ ዶ? ግዴታ ኣይኮነን።
    }
}
words-good = { $who ->
    [guardian] እዚ ነቲ ቆልዓ ጽቡቕ ይኸደሉ ኣሎ
   *[other] { $age ->
        [young] እዚ ጽቡቕ እዩ
       *[other] እዚ ጽቡቕ እዩ
        [teen] ጽቡቕ ዝኸደ ዘሎ
    }
}
words-hard = { $who ->
    [guardian] እዚ ነቲ ቆልዓ ከቢድዎ ኣሎ
   *[other] { $age ->
        [young] እዚ ከቢድ እዩ
       *[other] እዚ ከቢድ እዩ
        [teen] ከቢድ ዝኾነ
    }
}
words-would-help = { $who ->
    [guardian] እዚ ነቲ ቆልዓ ክሕግዞ ይኽእል ይመስለኒ
   *[other] { $age ->
        [young] እዚ ምሓገዘ
       *[other] እዚ ምሓገዘኒ
        [teen] ክሕግዝ ዝኽእል
    }
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

## Whose view

who-child = እቲ ቆልዓ
who-guardian = ወላዲ/ሞግዚት ({ $name })
who-guardian-unnamed = ወላዲ/ሞግዚት
who-professional = ሰብ ሞያ ({ $name })
who-professional-unnamed = ሰብ ሞያ

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

guide-heading = ቆልዓይ ደገፍ ከም ዝረክብ ናይ ምርግጋጽ ሓላፍነት መን ኣለዎ?
guide-intro = ኣብ ክሮኖበሪ (Kronoberg) ዘሎ ነፍሲ ወከፍ ቆልዓ፡ ንደሓንነት እቲ ቆልዓ ሓላፊ ዝኾነ ሰብ (Barnens bästa-ansvarig) ኣለዎ፤ ንሱ እቲ ቆልዓ ኣብ ግቡእ ግዜ ግቡእ ደገፍ ከም ዝረክብ የረጋግጽ። መን ምዃኑ ኣብ ዕድመን ቤት ትምህርትን እቲ ቆልዓ ይምርኮስ፡
guide-pregnancy = ቅድሚ ምውላድ፡ ክንክን ጥዕና ነፍሰ-ጾራት (mödrahälsovården)።
guide-bvc = ካብ ምውላድ ክሳዕ እቲ ቆልዓ ቅድመ-ትምህርቲ ወይ ቤት ትምህርቲ ዝጅምር፡ ማእከል ጥዕና ህጻናት (BVC)።
guide-preschool = ኣብ ቅድመ-ትምህርቲ፡ ርእሰ-መምህር ናይቲ ቅድመ-ትምህርቲ።
guide-school = ኣብ ቤት ትምህርቲ፡ ክሳዕ እቲ ቆልዓ 18 ዓመት ዝመልእ፡ ርእሰ-መምህር ናይቲ ቆልዓ ዝመሃረሉ ቤት ትምህርቲ።
guide-kaa = ካልኣይ ደረጃ ቤት ትምህርቲ (gymnasiet) ዘይመሃሩ መንእሰያት፡ ምምሕዳር ከተማ ንመንእሰያት ዘለዎ ናይ ንጥፈታት ሓላፍነት (KAA)።

## Sharing: nothing leaves the device without this screen and a confirm

share-open = ኣካፍል
share-heading = እዚ ከተካፍሎ ትኽእል ኢኻ
share-intro = ኣብዚ እትርእዮ ጥራይ እዩ ካብዚ መሳርሒ ዝወጽእ፣ ንሱ'ውን ባዕልኻ ናይ ምክፋል መንገዲ ምስ እትመርጽ ጥራይ። ንባዕልኻ ክተትርፎም እትደሊ ክፋላት ዕጸዎም።
share-area-switch = { $area } ኣካፍል
share-area-private = ኣይካፈልን
share-no-answer = መልሲ የለን
share-confirm = እቲ ዝካፈል ዘሎ ርእየዮ ኣለኹ።
share-ways-heading = ብኸመይ ከተካፍል ከም እትደሊ ምረጽ
share-download = ከም ፋይል ዓቅብ
share-print = ሕተም ወይ ከም PDF ዓቅብ
share-copy-all = ኩሉ ከም ጽሑፍ ቅዳሕ
share-copy-area = ከም ጽሑፍ ቅዳሕ
share-system = ብኣፕ ኣካፍል
share-copied = ተቐዲሑ።
share-copy-failed = ክቕዳሕ ኣይከኣለን። ነቲ ጽሑፍ ኣመልኪትካ ባዕልኻ ቅዳሖ።
share-nothing = ከተካፍሎ ዝመረጽካ ነገር የለን።
share-back = ናብ መንኮርኩር ተመለስ
print-footer = ዝተሓተመሉ ዕለት፡ { $date }። እዚ ገጽ ካብ መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ እዩ።
print-draft-footer = ረቂቕ፡ ዝተሓተመሉ ዕለት፡ { $date }። እዚ ገጽ ካብ መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ እዩ።

## Barnets plan: the meeting's draft

plan-heading = መደብ ቆልዓ – ረቂቕ
plan-intro = እቲ ቆልዓን ወለዲ/ሞግዚታትን ዘካፈልዎም ፋይላት ኣእትዉ። እቲ መደብ ሓደ ሰብ ድሌት ዝረኣየሉ ክፋላት ጥራይ የርኢ፣ ነፍሲ ወከፍ መልሲ ድማ ከም ዝተዋህበ ይተርፍ።
import-button = ዘእትውዎም ፋይላት ምረጹ
import-drop = ወይ ነቶም ፋይላት ናብዚ ስሒብኩም ኣንብርዎም።
import-error-too-large = እቲ ፋይል ፋይል መንኮርኩር ንምዃን ኣዝዩ ዓቢ እዩ (ካብ 8 MB ንላዕሊ)።
import-error-file = { $file }: { $problem } ካልእ ዝተቐየረ ነገር የለን።
import-done = { $file } ኣትዩ ኣሎ።
plan-perspectives-heading = ኣብቲ ረቂቕ ዝተኻተቱ
plan-include = { $name } ኣካትቱ
plan-no-drafts = ገና ዝኣተወ መንኮርኩር የለን።
plan-no-areas = ኣብቶም ዝተኻፈሉ ክፋላት ዋላ ሓደ ሰብ ድሌት ኣይረኣየን።
plan-details-heading = ብዛዕባ እቲ መደብ
plan-child-name = ስም እቲ ቆልዓ
plan-made-on = ዕለት
plan-coordinator = ሓላፊ ምትሕብባር
plan-contact-name = ስም
plan-contact-organisation = ትካል
plan-contact-reach = ተሌፎን ወይ ኢመይል
plan-next-evaluation = ዝቕጽል ክትትል
plan-participants = ተሳተፍቲ ኣኼባ
plan-needs = ድሌታት
plan-actions = ናይ ደገፍ ስጉምትታት
plan-action-legend = ስጉምቲ { $number }
plan-action-what = እንታይ ይግበር
plan-action-who = መን
plan-action-when = መዓስ
plan-action-when-hint = ዕለት ወይ ክንደይ ግዜ፡ ንኣብነት ኩሉ ሰሙን
plan-action-missing = ኣይተጻሕፈን
plan-action-incomplete = ኣይተዛዘመን፡ መን ከም ዝገብሮን መዓስን ጽሓፉ።
plan-action-add = ስጉምቲ ወስኹ
plan-action-remove = ስጉምቲ { $number } ኣልግሱ
plan-include-child-words = እቲ መደብ ክቕዳሕን ክሕተምን ከሎ ናይ ቆልዓ ናይ ባዕሉ ቃላት ኣእትዉ
plan-include-child-words-hint = ብዘይኡ እቲ ቅዳሕን ሕትመትን መልስታት፡ ድሌታትን ስጉምትታትን ጥራይ ይሕዝ፡ እቲ መደብ ሓጺር ምእንቲ ክኸውን።
plan-coordinator-task = ሓላፊ ምትሕብባር ኣብ ኣኼባ ምስ ቆልዓን ወለድን ይምረጽ። ንሱ ነቲ መደብ ህያው ይገብሮን ናብ ገምጋም ይጽውዕን።
plan-consent-given = ፍቓድ
plan-consent-gathered-by = ፍቓድ ዝኣከበ
plan-contact = ሰብ ርክብ
plan-copy = ነቲ መደብ ከም ጽሑፍ ቅድሑ
plan-print = ነቲ መደብ ሕተሙ
consent-heading = ፍቓድ የድሊ
consent-reminder = ርእይቶታት እቲ ቆልዓን ወለዲ/ሞግዚታትን ኣብ መንጎ ትካላት ቅድሚ ምክፋሉ፡ ወለዲ/ሞግዚታት ቅድም ፍቓዶም ክህቡ ኣለዎም።
consent-print = ቅጥዒ ፍቓድ ሕተሙ
consent-text = ኣነ/ንሕና፡ እቲ ቆልዓ ግቡእ ደገፍ ክረክብ ምእንቲ፡ ብዛዕባ { $name } ዘሎ ሓበሬታ ኣብ መንጎ እዞም ትካላት ክካፈል ፍቓድና ንህብ፡
consent-signature = ፌርማ ወላዲ/ሞግዚት፣ ስም ብንጹር ኣጻሕሕፋን ዕለትን

## Saving and loading

save-saved = ኣብዚ መሳርሒ ተዓቂቡ።
save-other-tab = እዚ መንኮርኩር ብተመሳሳሊ እዋን ኣብ ካልእ ታብ እውን ተቐይሩ። ክልቲኦም ሓደ ነገር ኣብ ዝቐየርሉ፡ እቲ ኣብ መወዳእታ ዝተዓቀበ እዩ ዝጸንዕ።
save-failed = ኣብዚ መሳርሒ ምዕቃብ ኣይተኻእለን። ዝጸሓፍካዮ ኣብ ስክሪን ገና ኣሎ – ነቲ ገጽ ኣይትዕጸዎ።
load-error-not-ours = እዚ ካብ መንኮርኩር ዝበለጸ ጥቕሚ ቆልዓ ዝመጸ መንኮርኩር ኣይኮነን።
load-error-future = እዚ መንኮርኩር ብሓድሽ ቨርዥን ናይቲ ኣፕ እዩ ተሰሪሑ። ነቲ ኣፕ ኣሐድሶ እሞ ደጊምካ ፈትን።
load-error-damaged = እዚ መንኮርኩር ተበላሽዩ ስለ ዘሎ ክንበብ ኣይከኣለን።
draft-not-found = ከምዚ ዝበለ መንኮርኩር ኣብዚ መሳርሒ የለን። ጠፊኡ ክኸውን ይኽእል።
area-not-found = እቲ ክፋል ኣብቲ መንኮርኩር የለን።
stored-damaged = { $count ->
    [one] ሓደ ዝተዓቀበ መንኮርኩር ክንበብ ኣይከኣለን። ከም ዘለዎ ተሪፉ ኣሎ።
   *[other] { $count } ዝተዓቀቡ መንኮርኩራት ክንበቡ ኣይከኣሉን። ከም ዘለውዎ ተሪፎም ኣለዉ።
}

# Passphrase lock: a draft on this device, or a shared file.
lock-summary = ብመሕለፊ ቃል ዕጸው
lock-explain = { $who ->
    [guardian] ብመሕለፊ ቃል፡ ካልእ ሰብ ነዚ መሳርሒ እንተ ተጠቐመ'ውን፡ ነቲ መሕለፊ ቃል ዝፈልጥ ሰብ ጥራይ እዩ ኣብዚ ዝተጻሕፈ ከንብብ ዝኽእል። ነቲ መሕለፊ ቃል እንተ ረሲዕኩሞ፡ ክምለስ ኣይክእልን።
   *[other] { $age ->
        [young] ብመሕለፊ ቃል፡ ካልእ ሰብ መንኮርኩርካ ከንብብ ኣይክእልን። ነቲ መሕለፊ ቃል ክትዝክሮ ዓቢ ሰብ ክሕግዘካ ሕተት።
       *[other] ብመሕለፊ ቃል፡ ካልእ ሰብ ነዚ መሳርሒ እንተ ተጠቐመ'ውን፡ ነቲ መሕለፊ ቃል ዝፈልጥ ሰብ ጥራይ እዩ መንኮርኩርካ ከንብብ ዝኽእል። ነቲ መሕለፊ ቃል እንተ ረሲዕካዮ፡ ክምለስ ኣይክእልን።
    }
}
lock-passphrase-label = መሕለፊ ቃል ምረጽ (እንተ ወሓደ 8 ፊደላት)
lock-repeat-label = ነቲ ሓደ መሕለፊ ቃል ደጊምካ ጽሓፍ
lock-button = ነቲ መንኮርኩር ዕጸዎ
lock-working = ይዕጾ ኣሎ …
lock-error-too-short = መሕለፊ ቃል እንተ ወሓደ 8 ፊደላት ክህልዎ ኣለዎ።
lock-error-repeat = እቶም መሕለፊ ቃላት ሓደ ኣይኮኑን። ሓደ መሕለፊ ቃል ክልተ ግዜ ጽሓፍ።
lock-error-unavailable = እዚ ብራውዘር ብመሕለፊ ቃል ክዓጹ ኣይክእልን። ዝተቐየረ ነገር የለን።
lock-is-on = እቲ መንኮርኩር ብመሕለፊ ቃል ተዓጽዩ ኣሎ። ዋላ ሓደ ሰብ ን{ $minutes } ደቓይቕ እንተ ዘይተጠቐመሉ፡ ደጊሙ ክዕጾ እዩ።
lock-now = ሕጂ ዕጸዎ
lock-remove = መሕለፊ ቃል ኣልግስ
unlock-heading = እቲ መንኮርኩር ዕጹው እዩ
unlock-explain = ነቲ መንኮርኩር ንምኽፋት መሕለፊ ቃል ጽሓፍ።
unlock-label = መሕለፊ ቃል
unlock-button = ክፈት
unlock-working = ይኽፈት ኣሎ …
unlock-error-wrong = ጌጋ መሕለፊ ቃል። ዝተቐየረ ነገር የለን – ደጊምካ ፈትን።
unlock-forgot = መሕለፊ ቃል ረሲዕካዮ ዶ? እንተ ኾይኑ፡ እቲ ዝተጻሕፈ ክንበብ ኣይክእልን። ኣብ መጀመርታ ገጽ ነቲ መንኮርኩር ኣጥፊእካ ካብ መጀመርታ ክትጅምር ትኽእል ኢኻ።
draft-locked = ዕጹው መንኮርኩር
share-lock-file = ነቲ ፋይል ብመሕለፊ ቃል ዕጸዎ
share-lock-file-explain = ነቲ ፋይል ዘንብብ ሰብ እቲ መሕለፊ ቃል የድልዮ። ነቲ ፋይል ብእትሰደሉ መንገዲ ዘይኮነስ፡ ብኻልእ መንገዲ ንገሮ፣ ንኣብነት ብተሌፎን።
import-locked = { $file } ዕጹው እዩ። ንምእታዉ መሕለፊ ቃል ጽሓፉ።
lock-error-common = እዚ መሕለፊ ቃል ካብቶም ኣዝዮም ልሙዳት እዩ፡ ንምግማቱ ድማ ቀሊል እዩ። ካልእ ምረጽ፡ ንኣብነት ሒደት ቃላት ብተኸታታሊ።
lock-delete-note = ዝኾነ ነዚ መሳርሒ ዝጥቀም ሰብ ዕጹው መንኮርኩር ክድምስሶ ይኽእል እዩ፡ ከንብቦ ግን ኣይክእልን።
save-newer-version = ሓድሽ ቨርዥን ናይቲ ኣፕ ነዚ መንኮርኩር ኣብ ካልእ ታብ ዓቂብዎ ኣሎ። እዚ ታብ ኣብ ልዕሊኡ ኣይዕቅብን እዩ። ዝጸሓፍካዮ ኣብ ስክሪን ገና ኣሎ – ንምቕጻል ነቲ ገጽ ደጊምካ ጽዓኖ።
load-error-no-version = እቲ ፋይል ብየናይ ቨርዥን ናይቲ ኣፕ ከም ዝተሰርሐ ኣይገልጽን። ተቐይሩ ወይ ተበላሽዩ ክኸውን ስለ ዝኽእል ክንበብ ኣይከኣለን።
load-error-too-long = እቲ ፋይል ካብቲ ኣፕ ዘፍቅዶ ዝነውሑ ጽሑፋት ስለ ዘለዎ ክንበብ ኣይከኣለን።
update-ready = ሓድሽ ሕታም ናይቲ ኣፕ ድሉው እዩ። ክትቕይር ከለኻ ዝተዓቀበ ኩሉ ኣይጠፍእን።
update-now = ናብቲ ሓድሽ ሕታም ቀይር
