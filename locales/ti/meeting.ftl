# The collaboration meeting (samverkansmöte) on the big screen, and its draft of "መደብ ቆልዓ"
# (Barnets plan), in Tigrinya (Eritrea). Read by professionals, addressed in the polite plural; the
# child and the guardians may be in the room.

meeting-session-note = እዚ ኣኼባ ኣብዚ ታብ ጥራይ እዩ ዘሎ። ነቲ ኣኼባ ምስ ወዳእኩምዎ ወይ ነቲ ታብ ምስ ዓጸኹምዎ፡ ኩሉ ካብቲ ኮምፒዩተር ይጠፍእ።
meeting-wheel-label = መልስታት ኩሎም ዝሓዘ መንኮርኩር
meeting-legend = ናይ መን መልሲ
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
# "ወላዲ" (parent) is the short word here; the longer "ወላዲ/ሞግዚት" does not fit on the wheel.
meeting-tag-child = ቆልዓ
meeting-tag-guardian = ወላዲ { $letter }
meeting-no-answers = ዋላ ሓደ መልሲ የለን
meeting-no-answer = መልሲ የለን
meeting-choose-area = ቃላት ኩሎም ጎኒ ንጎኒ ንምርኣይ፡ ሓደ ክፋል ናይቲ መንኮርኩር ምረጹ።
meeting-follow-up = ክትትል ናይቲ ኣብ { $date } ዝተሰርሐ መደብ
meeting-earlier = ዝሓለፈ ግዜ
meeting-now = ሕጂ
meeting-agreed-then = ኣብ ዝሓለፈ ግዜ ዝተወሰነ
meeting-save-file = ነቲ መደብ ከም ፋይል ዓቅቡ
meeting-end-heading = ምዝዛም ኣኼባ
meeting-end = ነቲ ኣኼባ ዛዝሙ
meeting-end-question = እንተ ኣድልዩኩም፡ ቅድም ነቲ መደብ ዓቅብዎ ወይ ሕተምዎ። ድሕሪኡ እቲ ኣኼባ ዘእተዎን ዝጸሓፎን ኩሉ ካብዚ ኮምፒዩተር ክጠፍእ እዩ።
meeting-end-yes = ዛዝሙ እሞ ኣጥፍኡ
meeting-end-no = ናብ ኣኼባ ተመለሱ
import-earlier-plan = { $file } እቲ ዝሓለፈ መደብ እዩ። ንክትትል ይቐርብ ኣሎ።
