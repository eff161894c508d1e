# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# The collaboration meeting (samverkansmöte) on the big screen, and its draft of "መደብ ቆልዓ"
# (Barnets plan), in Tigrinya (Eritrea). Read by professionals, addressed in the polite plural; the
# child and the guardians may be in the room.

# needs-native-review
meeting-session-note = እዚ ኣኼባ ኣብዚ ታብ ጥራይ እዩ ዘሎ። «ነቲ ኣኼባ ዛዝሙ» ኩሉ ካብቲ ኮምፒዩተር የጥፍኦ። ከይዛዘምኩም ነቲ ታብ እንተ ዓጸኹምዎ፡ ሓደ ሰብ ነቲ ታብ እንደገና እንተ ከፊትዎ እቲ መርበብ ሓበሬታ ነቲ ኣኼባ ክመልሶ ይኽእል እዩ።
# needs-native-review
meeting-step-legend = ኣብ Praxismodellen ኣበይ ኣለኹም?
# needs-native-review
meeting-step-preparation = ቅድሚ ኣኼባ – ስጉምቲ 2
# needs-native-review
meeting-step-meeting = ኣኼባ ምትሕብባር – ስጉምቲ 3
# needs-native-review
prepare-heading = ቅድሚ ኣኼባ፡ ገምጋምካን ውሳነኻን
# needs-native-review
prepare-intro = ከም ሓላፊ ዝበለጸ ረብሓ ቆልዓ፡ መንኮርኮር ቆልዓን ወለድን ተእትዎ፡ ንነፍሲ ወከፍ ዓውዲ ናትካ ገምጋም ትጽሕፍ፡ እንታይ ከም ዝኸውን ድማ ትውስን። ኩሉ ክሳብ እትውድእ ኣብዚ ታብ ጥራይ ይጸንሕ።
# needs-native-review
prepare-decision-legend = እንታይ ክኸውን እዩ?
# needs-native-review
prepare-copy = ገምጋም ከም ጽሑፍ ቅዳሕ
# needs-native-review
prepare-print = ገምጋም ሕተም
# needs-native-review
prepare-nothing = ክሳብ ሕጂ ዝኣተወ መንኮርኮር የለን። ኣብ ላዕሊ ኣእትዎም።
# needs-native-review
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = ኣኼባ ምትሕብባር ሳልሳይ ስጉምቲ ናይ Praxismodellen ኣብ Kronobarnsmodellen እዩ፡ ኩሎም ኣብ ክሮኖበሪ ምስ ቆልዑ ዝራኸቡ ኣብ ውሽጢ «Barnens bästa gäller! i Kronoberg» ብሓባር ዘዳለውዎ ኣገባብ ስራሕ። እቲ ቆልዓን ወለዲ/ሞግዚታትን ቀንዲ ሰባት እዮም፣ እቲ ቆልዓ ድማ ዋላ ኣብኡ እንተ ዘይሃለወ ማእከላይ ተራ ኣለዎ።
# needs-native-review
meeting-wheel-label = መልስታት ኩሎም ዝሓዘ መንኮርኩር
# needs-native-review
meeting-legend = ናይ መን መልሲ
# needs-native-review
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
# "ወላዲ" (parent) is the short word here; the longer "ወላዲ/ሞግዚት" does not fit on the wheel.
meeting-tag-child = ቆልዓ
# needs-native-review
meeting-tag-guardian = ወላዲ { $letter }
# needs-native-review
meeting-no-answers = ዋላ ሓደ መልሲ የለን
# needs-native-review
meeting-no-answer = መልሲ የለን
# needs-native-review
meeting-choose-area = ቃላት ኩሎም ጎኒ ንጎኒ ንምርኣይ፡ ሓደ ክፋል ናይቲ መንኮርኩር ምረጹ።
# needs-native-review
meeting-projector-open = ነቲ ኣብ መርኣዪ ዝርአ ክፈቱ
# needs-native-review
meeting-projector-is-open = እቲ ኣብ መርኣዪ ዝርአ ክፉት እዩ። ኣብኡ ንኹሎም ኣብቲ ክፍሊ ዘለዉ ክርእይዎ ዝፍቀደሎም ጥራይ እዩ ዝርአ።
# needs-native-review
meeting-projector-close = ነቲ ኣብ መርኣዪ ዝርአ ዕጸዉ
# needs-native-review
meeting-projector-heading = ኣብ መርኣዪ ዝርአ
# needs-native-review
meeting-projector-waiting = እቲ ኣኼባ ኣብቲ ካልእ መስኮት ክኽፈት ከሎ፡ እቲ መንኮርኩር ኣብዚ ይርአ።
# needs-native-review
meeting-projector-ended = እቲ ኣኼባ ተዛዚሙ እዩ። ነዚ መስኮት ክትዓጽውዎ ትኽእሉ ኢኹም።
# needs-native-review
meeting-professionals-only = ንሰብ ሞያ ጥራይ
# needs-native-review
meeting-show-professionals-only = እቲ ንሰብ ሞያ ጥራይ ዝኾነ ኣርእዩ
# needs-native-review
meeting-follow-up = ገምጋም ናይቲ ኣብ { $date } ዝተሰርሐ መደብ
# needs-native-review
meeting-earlier = ዝሓለፈ ግዜ
# needs-native-review
meeting-now = ሕጂ
# needs-native-review
meeting-agreed-then = ኣብ ዝሓለፈ ግዜ ዝተወሰነ
# needs-native-review
meeting-save-file = ነቲ መደብ ከም ፋይል ዓቅቡ
# needs-native-review
meeting-end-heading = ምዝዛም ኣኼባ
# needs-native-review
meeting-end = ነቲ ኣኼባ ዛዝሙ
# needs-native-review
meeting-end-question = እንተ ኣድልዩኩም፡ ቅድም ነቲ መደብ ዓቅብዎ ወይ ሕተምዎ። ድሕሪኡ እቲ ኣኼባ ዘእተዎን ዝጸሓፎን ኩሉ ካብዚ ኮምፒዩተር ክጠፍእ እዩ።
# needs-native-review
meeting-end-yes = ዛዝሙ እሞ ኣጥፍኡ
# needs-native-review
meeting-end-no = ናብ ኣኼባ ተመለሱ
# needs-native-review
import-earlier-plan = { $file } እቲ ዝሓለፈ መደብ እዩ። ንገምጋም ይቐርብ ኣሎ።
# needs-native-review
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# The professional is addressed in the polite plural, like the other meeting texts.
meeting-tag-professional = ሰብ ሞያ { $letter }
# needs-native-review
meeting-professional-heading = ናትኩም ርእይቶ ከም ሰብ ሞያ
# needs-native-review
meeting-professional-explain = ናትኩም ርእይቶ ክትውስኹ ትኽእሉ ኢኹም። ከም ናትኩም ኮይኑ፡ ኣብ ጎኒ ርእይቶ እቲ ቆልዓን ወለዲ/ሞግዚታትን ይርአ፣ ምስ ናቶም ድማ ፈጺሙ ኣይሕወስን።
# needs-native-review
meeting-professional-name = ስምኩምን ተራኹምን
# needs-native-review
meeting-professional-add = ርእይቶይ ወስኹ
# needs-native-review
meeting-professional-answer = { $who }: ርእይቶኹም ብዛዕባ { $area }
# needs-native-review
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child, addressed in the masculine singular.
summary-heading = ዝወሰንናዮ እዚ እዩ
# needs-native-review
summary-open = ጽማቕ ንእቲ ቆልዓ
# needs-native-review
summary-language = ቋንቋ ናይቲ ጽማቕ
# needs-native-review
summary-print = ነቲ ጽማቕ ሕተሙ
# needs-native-review
summary-needs = ክንሕግዘካ ዘለና ነገር
# needs-native-review
summary-actions = እዚ ክኸውን እዩ
# needs-native-review
summary-contact = እዚ ሰብ ክሕግዘካ እዩ
# needs-native-review
summary-nothing = ገና ዝተወሰነ ነገር የለን። ቅድም ድሌታትን ናይ ደገፍ ስጉምትታትን ኣብቲ መደብ ጽሓፉ።
# needs-native-review
summary-codes-show = ንተሌፎን እቲ ቆልዓ ኣርኢ
# needs-native-review
summary-codes-heading = ንተሌፎን እቲ ቆልዓ ኣርኢ
# needs-native-review
summary-codes-explain = ኣብቲ ኣብ ተሌፎን እቲ ቆልዓ ወይ ስድራ ዘሎ ኣፕ: «ካብ ኣኼባ ተቐበል» ጠውቑ፣ ነቲ ካሜራ ድማ ናብቶም ኮድታት ኣቕንዕዎ። እቶም ኮድታት ኣብቲ ጽማቕ ዘሎ እዮም ዘርእዩ – ናይ ዝኾነ ሰብ መልስታት ወይ ቃላት ኣይኮነን።
# needs-native-review
summary-codes-picture = ንተሌፎን እቲ ቆልዓ ዝኸውን፡ ጽማቕ ዘለዎ QR ኮድ
# needs-native-review
meeting-child-marks = { $name } ብዛዕባ እቲ ዝሓለፈ ግዜ ዝተወሰነ
# needs-native-review
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = ዝዓቀብኩምዎም ፋይላት ኣብቲ ዝዓቀብኩምሉ ቦታ ይተርፉ። ካልኦት ሰባት ነቲ ኮምፒዩተር ዝጥቀሙሉ እንተ ኾይኖም፡ ነቶም ፋይላት እውን ኣጥፍእዎም።
# needs-native-review
plan-remove = { $name } ካብቲ ኣኼባ ኣውጽእ
# needs-native-review
meeting-save-failed = እቲ ታብ ነቲ ናይ መወዳእታ ለውጢ ክዕቅቦ ኣይከኣለን። ኣብ ስክሪን ጥራይ እዩ ዘሎ – ቅድሚ ምዕጻውኩም ነቲ መደብ ከም ፋይል ዕቀብዎ።
# needs-native-review
meeting-file-offered = እቲ መደብ ከም ፋይል ናብቲ መርበብ ሓበሬታ ተዋሂቡ። ኣብቲ ዝደለኹምዎ ቦታ ከም ዝተዓቀበ ኣረጋግጹ።
# needs-native-review
meeting-file-failed = እቲ መርበብ ሓበሬታ ነቲ ፋይል ኣይተቐበሎን። ዝተዓቀበ ነገር የለን – ደጊምኩም ፈትኑ ወይ ነቲ መደብ ሕተሙዎ።
# needs-native-review
import-error-too-many = እቲ ኣኼባ ክቕበሎ ዝኽእል ብዝሒ መንኮርኩራት ድሮ ኣለዎ። ቅድም ሓደ ኣውጽኡ።
# needs-native-review
import-error-same-id = እቲ ፋይል ምስ ካልእ መንኮርኩር ኣብቲ ኣኼባ ሓደ መለለዪ ኣለዎ፡ ግን ናይ ካልእ ሰብ እዩ። ኣይኣተወን።
# needs-native-review
import-error-second-child = እቲ ኣኼባ ድሮ ካብቲ ቆልዓ መንኮርኩር ኣለዎ። መልስታት ክልተ ቆልዑ ፈጺሙ ኣይሕወሱን። ነዚ ፋይል ክትጥቀሙሉ እንተ ደሊኹም ነቲ ቀዳማይ ኣውጽእዎ።
# needs-native-review
import-error-older = እቲ ኣኼባ ድሮ ሓድሽ ቨርዥን ናይዚ መንኮርኩር ኣለዎ። እቲ ዝኣረገ ፋይል ኣይኣተወን።
# needs-native-review
import-replaced = { $file } ኣትዩ ኣሎ፡ ንዝኣረገ ቨርዥን ናይ ሓደ መንኮርኩር ድማ ይትክኦ።
# needs-native-review
import-from-this-computer = ካብዚ ኮምፒዩተር
# needs-native-review
plan-include-earlier = { $name } ካብቲ ዝሓለፈ መደብ ኣካትቱ
# needs-native-review
meeting-unreadable = እቲ ኣብዚ ታብ ዝነበረ ኣኼባ ክንበብ ኣይከኣለን። ክሳብ ነቲ ኣኼባ እትዛዝምዎ ከም ዘለዎ ይጸንሕ፡ ሓድሽ ኣኼባ ድማ ኣብዚ ይጅምር።
# needs-native-review
meeting-duty-to-report = ቆልዓ ይጉዳእ ከም ዘሎ ትጥርጠሩ ዲኹም? እምበኣር ከም ሞያዊ ብቕልጡፍ ናብ ማሕበራዊ ኣገልግሎት ጸብጻብ ስክፍታ (orosanmälan) ክትገብሩ ኣለኩም። Kronobarnsmodellen ነዚ ጸብጻብ ኣይትክኦን፡ ንዕኡ ድማ ፍቓድ ኣየድልን።
# needs-native-review
meeting-voice-note = ናይ ድምጺ መልእኽቲ
# needs-native-review
meeting-voice-bring-again = ኣብዚ ናይ ድምጺ መልእኽቲ ነይሩ። ንምስማዕ ነቲ ፋይል ደጊምካ ኣእቱ፡ እቲ ገጽ ዳግማይ ምስ ተጻዕነ ኣኼባ ድምጺ ኣይዕቅብን።
# The journey over time: an older plan brought in beside the one followed up.
# needs-native-review
import-earlier-journey = { $file } ዝኣረገ መደብ እዩ። መልስታት ናይቲ ኣኼባ ሕጂ ኣብ ጉዕዞ ብግዜ ይርኣዩ ኣለዉ።
# needs-native-review
import-earlier-again = { $file } ድሮ ኣትዩ እዩ። ሓደ መደብ ሓንሳብ ጥራይ ይቑጸር።
# needs-native-review
import-error-too-many-meetings = ጉዕዞ ብግዜ ክሳብ 12 ኣኼባታት ጥራይ ከርኢ ይኽእል። እቲ መደብ ኣይተወሰኸን።
# needs-native-review
import-error-plan-without-date = እቲ መደብ ዕለት የብሉን፣ ካብቲ ዝከታተል ዘሎ መደብ ድማ ይኣርግ። ኣብ ጉዕዞ ብግዜ ክርአ ኣይክእልን።
