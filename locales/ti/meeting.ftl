# The collaboration meeting (samverkansmöte) on the big screen, and its draft of "መደብ ቆልዓ"
# (Barnets plan), in Tigrinya (Eritrea). Read by professionals, addressed in the polite plural; the
# child and the guardians may be in the room.

meeting-session-note = እዚ ኣኼባ ኣብዚ ታብ ጥራይ እዩ ዘሎ። «ነቲ ኣኼባ ዛዝሙ» ኩሉ ካብቲ ኮምፒዩተር የጥፍኦ። ከይዛዘምኩም ነቲ ታብ እንተ ዓጸኹምዎ፡ ሓደ ሰብ ነቲ ታብ እንደገና እንተ ከፊትዎ እቲ መርበብ ሓበሬታ ነቲ ኣኼባ ክመልሶ ይኽእል እዩ።
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = ኣኼባ ምትሕብባር ሳልሳይ ስጉምቲ ናይ Praxismodellen ኣብ Kronobarnsmodellen እዩ፡ ኩሎም ኣብ ክሮኖበሪ ምስ ቆልዑ ዝራኸቡ ኣብ ውሽጢ «Barnens bästa gäller! i Kronoberg» ብሓባር ዘዳለውዎ ኣገባብ ስራሕ። እቲ ቆልዓን ወለዲ/ሞግዚታትን ቀንዲ ሰባት እዮም፣ እቲ ቆልዓ ድማ ዋላ ኣብኡ እንተ ዘይሃለወ ማእከላይ ተራ ኣለዎ።
meeting-wheel-label = መልስታት ኩሎም ዝሓዘ መንኮርኩር
meeting-legend = ናይ መን መልሲ
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
# "ወላዲ" (parent) is the short word here; the longer "ወላዲ/ሞግዚት" does not fit on the wheel.
meeting-tag-child = ቆልዓ
meeting-tag-guardian = ወላዲ { $letter }
meeting-no-answers = ዋላ ሓደ መልሲ የለን
meeting-no-answer = መልሲ የለን
meeting-choose-area = ቃላት ኩሎም ጎኒ ንጎኒ ንምርኣይ፡ ሓደ ክፋል ናይቲ መንኮርኩር ምረጹ።
meeting-follow-up = ገምጋም ናይቲ ኣብ { $date } ዝተሰርሐ መደብ
meeting-earlier = ዝሓለፈ ግዜ
meeting-now = ሕጂ
meeting-agreed-then = ኣብ ዝሓለፈ ግዜ ዝተወሰነ
meeting-save-file = ነቲ መደብ ከም ፋይል ዓቅቡ
meeting-end-heading = ምዝዛም ኣኼባ
meeting-end = ነቲ ኣኼባ ዛዝሙ
meeting-end-question = እንተ ኣድልዩኩም፡ ቅድም ነቲ መደብ ዓቅብዎ ወይ ሕተምዎ። ድሕሪኡ እቲ ኣኼባ ዘእተዎን ዝጸሓፎን ኩሉ ካብዚ ኮምፒዩተር ክጠፍእ እዩ።
meeting-end-yes = ዛዝሙ እሞ ኣጥፍኡ
meeting-end-no = ናብ ኣኼባ ተመለሱ
import-earlier-plan = { $file } እቲ ዝሓለፈ መደብ እዩ። ንገምጋም ይቐርብ ኣሎ።
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# The professional is addressed in the polite plural, like the other meeting texts.
meeting-tag-professional = ሰብ ሞያ { $letter }
meeting-professional-heading = ናትኩም ርእይቶ ከም ሰብ ሞያ
meeting-professional-explain = ናትኩም ርእይቶ ክትውስኹ ትኽእሉ ኢኹም። ከም ናትኩም ኮይኑ፡ ኣብ ጎኒ ርእይቶ እቲ ቆልዓን ወለዲ/ሞግዚታትን ይርአ፣ ምስ ናቶም ድማ ፈጺሙ ኣይሕወስን።
meeting-professional-name = ስምኩምን ተራኹምን
meeting-professional-add = ርእይቶይ ወስኹ
meeting-professional-answer = { $who }: ርእይቶኹም ብዛዕባ { $area }
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child, addressed in the masculine singular.
summary-heading = ዝወሰንናዮ እዚ እዩ
summary-open = ጽማቕ ንእቲ ቆልዓ
summary-language = ቋንቋ ናይቲ ጽማቕ
summary-print = ነቲ ጽማቕ ሕተሙ
summary-needs = ክንሕግዘካ ዘለና ነገር
summary-actions = እዚ ክኸውን እዩ
summary-contact = እዚ ሰብ ክሕግዘካ እዩ
summary-nothing = ገና ዝተወሰነ ነገር የለን። ቅድም ድሌታትን ናይ ደገፍ ስጉምትታትን ኣብቲ መደብ ጽሓፉ።
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = ዝዓቀብኩምዎም ፋይላት ኣብቲ ዝዓቀብኩምሉ ቦታ ይተርፉ። ካልኦት ሰባት ነቲ ኮምፒዩተር ዝጥቀሙሉ እንተ ኾይኖም፡ ነቶም ፋይላት እውን ኣጥፍእዎም።
plan-remove = { $name } ካብቲ ኣኼባ ኣውጽእ
meeting-save-failed = እቲ ታብ ነቲ ናይ መወዳእታ ለውጢ ክዕቅቦ ኣይከኣለን። ኣብ ስክሪን ጥራይ እዩ ዘሎ – ቅድሚ ምዕጻውኩም ነቲ መደብ ከም ፋይል ዕቀብዎ።
meeting-file-offered = እቲ መደብ ከም ፋይል ናብቲ መርበብ ሓበሬታ ተዋሂቡ። ኣብቲ ዝደለኹምዎ ቦታ ከም ዝተዓቀበ ኣረጋግጹ።
meeting-file-failed = እቲ መርበብ ሓበሬታ ነቲ ፋይል ኣይተቐበሎን። ዝተዓቀበ ነገር የለን – ደጊምኩም ፈትኑ ወይ ነቲ መደብ ሕተሙዎ።
import-error-too-many = እቲ ኣኼባ ክቕበሎ ዝኽእል ብዝሒ መንኮርኩራት ድሮ ኣለዎ። ቅድም ሓደ ኣውጽኡ።
import-error-same-id = እቲ ፋይል ምስ ካልእ መንኮርኩር ኣብቲ ኣኼባ ሓደ መለለዪ ኣለዎ፡ ግን ናይ ካልእ ሰብ እዩ። ኣይኣተወን።
import-error-second-child = እቲ ኣኼባ ድሮ ካብቲ ቆልዓ መንኮርኩር ኣለዎ። መልስታት ክልተ ቆልዑ ፈጺሙ ኣይሕወሱን። ነዚ ፋይል ክትጥቀሙሉ እንተ ደሊኹም ነቲ ቀዳማይ ኣውጽእዎ።
import-error-older = እቲ ኣኼባ ድሮ ሓድሽ ቨርዥን ናይዚ መንኮርኩር ኣለዎ። እቲ ዝኣረገ ፋይል ኣይኣተወን።
import-replaced = { $file } ኣትዩ ኣሎ፡ ንዝኣረገ ቨርዥን ናይ ሓደ መንኮርኩር ድማ ይትክኦ።
plan-include-earlier = { $name } ካብቲ ዝሓለፈ መደብ ኣካትቱ
meeting-unreadable = እቲ ኣብዚ ታብ ዝነበረ ኣኼባ ክንበብ ኣይከኣለን። ክሳብ ነቲ ኣኼባ እትዛዝምዎ ከም ዘለዎ ይጸንሕ፡ ሓድሽ ኣኼባ ድማ ኣብዚ ይጅምር።
meeting-duty-to-report = ቆልዓ ይጉዳእ ከም ዘሎ ትጥርጠሩ ዲኹም? እምበኣር ከም ሞያዊ ብቕልጡፍ ናብ ማሕበራዊ ኣገልግሎት ጸብጻብ ስክፍታ (orosanmälan) ክትገብሩ ኣለኩም። Kronobarnsmodellen ነዚ ጸብጻብ ኣይትክኦን፡ ንዕኡ ድማ ፍቓድ ኣየድልን።
