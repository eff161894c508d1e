# Needs native review: Swedish is the source, but the messages marked "# needs-native-review"
#   were rewritten or questioned in the domain and language review of 2026-11-27 and still wait
#   for a Swedish speaker who works with children; the reviewer removes the mark once the text
#   is checked (README, "Adding a language").

# The collaboration meeting (samverkansmöte) on the big screen, and its Barnets plan draft.
# Read by professionals; the child and the guardians may be in the room.

meeting-session-note = Mötet finns bara i den här fliken. ”Avsluta mötet” tar bort allt från datorn. Stänger ni fliken utan att avsluta kan webbläsaren ta tillbaka mötet om någon öppnar fliken igen.
meeting-step-legend = Var i Praxismodellen är ni?
meeting-step-preparation = Före mötet – steg 2
meeting-step-meeting = Samverkansmötet – steg 3
prepare-heading = Före mötet: din bedömning och ditt beslut
prepare-intro = Som Barnens bästa-ansvarig hämtar du in barnets och vårdnadshavarnas hjul, skriver din egen bedömning för varje område och bestämmer vad som ska hända. Allt finns bara i den här fliken tills du avslutar.
prepare-decision-legend = Vad ska hända?
prepare-copy = Kopiera bedömningen som text
prepare-print = Skriv ut bedömningen
prepare-nothing = Inga hjul är inhämtade än. Hämta in dem ovan.
# needs-native-review
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = Samverkansmötet är steg 3 i Praxismodellen, i Kronobarnsmodellen: det arbetssätt som alla som möter barn i Kronobergs län har tagit fram tillsammans inom Barnens bästa gäller! i Kronoberg. Barnet och vårdnadshavarna är huvudpersoner, och barnet har en central roll även när det inte är med.
meeting-wheel-label = Hjulet med allas svar
meeting-legend = Vems svar
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Barnet
meeting-tag-guardian = VH { $letter }
meeting-no-answers = inga svar
meeting-no-answer = Inget svar
meeting-choose-area = Välj ett område på hjulet för att se allas ord bredvid varandra.
# The projector window (a second window of the meeting, for the extended screen) and what a
# child or guardian shared with the professionals only.
meeting-projector-open = Öppna visning för duken
meeting-projector-is-open = Visningen för duken är öppen. Där syns bara det som alla i rummet får se.
meeting-projector-close = Stäng visningen för duken
meeting-projector-heading = Visning för duken
meeting-projector-waiting = Hjulet visas här när mötet är öppet i det andra fönstret.
meeting-projector-ended = Mötet är avslutat. Ni kan stänga fönstret.
meeting-professionals-only = Bara för yrkespersonerna
meeting-show-professionals-only = Visa det som bara är för yrkespersonerna
meeting-follow-up = Utvärdering av planen från { $date }
meeting-earlier = Förra gången
meeting-now = Nu
meeting-agreed-then = Det här bestämdes förra gången
meeting-save-file = Spara planen som fil
meeting-end-heading = Avsluta mötet
meeting-end = Avsluta mötet
meeting-end-question = Spara eller skriv ut planen först om ni behöver den. Sedan tas allt som mötet hämtat in och skrivit bort från den här datorn.
meeting-end-yes = Avsluta och ta bort
meeting-end-no = Tillbaka till mötet
import-earlier-plan = { $file } är den förra planen. Den visas för utvärdering.
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
meeting-tag-professional = YP { $letter }
meeting-professional-heading = Dina svar som yrkesperson
meeting-professional-explain = Du kan lägga till dina egna svar. De visas som dina, bredvid barnets och vårdnadshavarnas, och blandas aldrig ihop med deras.
meeting-professional-name = Ditt namn och din roll
meeting-professional-add = Lägg till mina svar
meeting-professional-answer = { $who }: dina svar om { $area }
# The summary for the child: what was decided, in child wording, with pictures.
summary-heading = Det här bestämde vi
summary-open = Sammanfattning för barnet
summary-language = Sammanfattningens språk
summary-print = Skriv ut sammanfattningen
# needs-native-review
summary-needs = Det här ska vi hjälpa dig med
summary-actions = Det här ska hända
summary-contact = Den här personen hjälper till
summary-nothing = Inget är bestämt än. Skriv behov och insatser i planen först.
summary-codes-show = Visa för barnets telefon
summary-codes-heading = Visa för barnets telefon
summary-codes-explain = I appen på barnets eller familjens telefon: tryck på ”Ta emot från mötet” och håll kameran mot koderna. Koderna visar det som står i sammanfattningen – inte någons svar eller ord.
summary-codes-picture = QR-kod med sammanfattningen för barnets telefon
meeting-child-marks = { $name } om det som bestämdes förra gången
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Filer som ni har sparat ligger kvar där ni sparade dem. Ta bort dem också om datorn delas med andra.
plan-remove = Ta bort { $name } från mötet
meeting-save-failed = Fliken kunde inte spara den senaste ändringen. Den finns bara på skärmen – spara planen som fil innan ni stänger.
meeting-file-offered = Planen lämnades till webbläsaren som fil. Kontrollera att den sparades där ni ville.
meeting-file-failed = Webbläsaren tog inte emot filen. Ingenting har sparats – försök igen eller skriv ut planen.
import-error-too-many = Mötet har redan så många hjul som det kan ta emot. Ta bort ett först.
import-error-same-id = Filen har samma id som ett annat hjul i mötet men är någon annans. Den har inte hämtats in.
import-error-second-child = Mötet har redan ett hjul från barnet. Två barns svar blandas aldrig ihop. Ta bort det första om ni vill använda den här filen.
import-error-older = Mötet har redan en nyare version av det här hjulet. Den äldre filen har inte hämtats in.
import-replaced = { $file } är inhämtad och ersätter en äldre version av samma hjul.
import-from-this-computer = Från den här datorn
plan-include-earlier = Ta med { $name } från förra planen
meeting-unreadable = Mötet som fanns i den här fliken kunde inte läsas. Det ligger kvar orört tills ni avslutar mötet, och ett nytt möte börjar här.
meeting-duty-to-report = Misstänker du att ett barn far illa? Då ska du som yrkesperson göra en orosanmälan till socialtjänsten direkt. Kronobarnsmodellen ersätter inte orosanmälan, och det behövs inget samtycke för den.
meeting-voice-note = Röstinspelning
meeting-voice-bring-again = Här fanns en röstinspelning. Ta in filen igen för att höra den: mötet behåller inte ljud när sidan laddas om.
# The journey over time: an older plan brought in beside the one followed up.
import-earlier-journey = { $file } är en äldre plan. Svaren från det mötet visas nu i resan över tid.
import-earlier-again = { $file } är redan inhämtad. Samma plan räknas bara en gång.
import-error-too-many-meetings = Resan över tid kan visa högst 12 möten. Planen har inte lagts till.
import-error-plan-without-date = Planen har inget datum och är äldre än planen som följs upp. Den kan inte visas i resan över tid.
