# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# The collaboration meeting (samverkansmöte) on the big screen, and its draft of The Child's Plan
# (Barnets plan). English translation. Read by professionals; the child and the guardians may be in
# the room.

# needs-native-review
meeting-session-note = The meeting exists only in this tab. “End the meeting” removes everything from the computer. If you close the tab without ending it, the browser can bring the meeting back if someone reopens the tab.
# needs-native-review
meeting-step-legend = Where in Praxismodellen are you?
# needs-native-review
meeting-step-preparation = Before the meeting – step 2
# needs-native-review
meeting-step-meeting = The samverkansmöte – step 3
# needs-native-review
prepare-heading = Before the meeting: your assessment and your decision
# needs-native-review
prepare-intro = As Barnens bästa-ansvarig you bring in the child's and the guardians' wheels, write your own assessment for each area and decide what happens next. Everything stays only in this tab until you end.
# needs-native-review
prepare-decision-legend = What happens next?
# needs-native-review
prepare-copy = Copy the assessment as text
# needs-native-review
prepare-print = Print the assessment
# needs-native-review
prepare-nothing = No wheels have been brought in yet. Bring them in above.
# needs-native-review
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = The collaboration meeting is step 3 of Praxismodellen (the practice model) in Kronobarnsmodellen: the way of working that everyone who meets children in Kronoberg county has developed together within "Barnens bästa gäller! i Kronoberg" (The child's best interests come first in Kronoberg). The child and the guardians are the main people, and the child has a central role even when not present.
# needs-native-review
meeting-wheel-label = The wheel with everyone's answers
# needs-native-review
meeting-legend = Whose answers
# needs-native-review
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Child
# needs-native-review
meeting-tag-guardian = Guardian { $letter }
# needs-native-review
meeting-no-answers = no answers
# needs-native-review
meeting-no-answer = No answer
# needs-native-review
meeting-choose-area = Choose an area of the wheel to see everyone's words side by side.
# needs-native-review
meeting-projector-open = Open the view for the projector screen
# needs-native-review
meeting-projector-is-open = The view for the projector screen is open. It shows only what everyone in the room may see.
# needs-native-review
meeting-projector-close = Close the view for the projector screen
# needs-native-review
meeting-projector-heading = View for the projector screen
# needs-native-review
meeting-projector-waiting = The wheel shows here when the meeting is open in the other window.
# needs-native-review
meeting-projector-ended = The meeting has ended. You can close this window.
# needs-native-review
meeting-professionals-only = Only for the professionals
# needs-native-review
meeting-show-professionals-only = Show what is only for the professionals
# needs-native-review
meeting-follow-up = Evaluation of the plan from { $date }
# needs-native-review
meeting-earlier = Last time
# needs-native-review
meeting-now = Now
# needs-native-review
meeting-agreed-then = Agreed last time
# needs-native-review
meeting-save-file = Save the plan as a file
# needs-native-review
meeting-end-heading = End the meeting
# needs-native-review
meeting-end = End the meeting
# needs-native-review
meeting-end-question = Save or print the plan first if you need it. Then everything the meeting has imported and written will be removed from this computer.
# needs-native-review
meeting-end-yes = End and delete
# needs-native-review
meeting-end-no = Back to the meeting
# needs-native-review
import-earlier-plan = { $file } is the previous plan. It is shown for evaluation.
# needs-native-review
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
meeting-tag-professional = Prof. { $letter }
# needs-native-review
meeting-professional-heading = Your view as a professional
# needs-native-review
meeting-professional-explain = You can add your own view. It is shown as yours, next to the child's and the guardians' views, and is never mixed with theirs.
# needs-native-review
meeting-professional-name = Your name and role
# needs-native-review
meeting-professional-add = Add my view
# needs-native-review
meeting-professional-answer = { $who }: your view – { $area }
# needs-native-review
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child and speak to the child as "you".
summary-heading = This is what we decided
# needs-native-review
summary-open = Summary for the child
# needs-native-review
summary-language = Language of the summary
# needs-native-review
summary-print = Print the summary
# needs-native-review
summary-needs = What we will help you with
# needs-native-review
summary-actions = What will happen
# needs-native-review
summary-contact = This person will help
# needs-native-review
summary-nothing = Nothing has been decided yet. Write the needs and actions in the plan first.
# needs-native-review
summary-codes-show = Show to the child's phone
# needs-native-review
summary-codes-heading = Show to the child's phone
# needs-native-review
summary-codes-explain = In the app on the child's or the family's phone: tap “Receive from the meeting” and hold the camera towards the codes. The codes show what is in the summary – not anyone's answers or words.
# needs-native-review
summary-codes-picture = QR code with the summary for the child's phone
# needs-native-review
meeting-child-marks = { $name } on what was decided last time
# needs-native-review
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Files you have saved stay where you saved them. Delete them too if the computer is shared with others.
# needs-native-review
plan-remove = Remove { $name } from the meeting
# needs-native-review
meeting-save-failed = The tab could not keep the latest change. It is only on the screen – save the plan as a file before you close.
# needs-native-review
meeting-file-offered = The plan was handed to the browser as a file. Check that it was saved where you wanted.
# needs-native-review
meeting-file-failed = The browser did not take the file. Nothing was saved – try again or print the plan.
# needs-native-review
import-error-too-many = The meeting already has as many wheels as it can take. Remove one first.
# needs-native-review
import-error-same-id = The file has the same id as another wheel in the meeting but is someone else’s. It was not brought in.
# needs-native-review
import-error-second-child = The meeting already has a wheel from the child. Two children’s answers are never mixed. Remove the first one if you want to use this file.
# needs-native-review
import-error-older = The meeting already has a newer version of this wheel. The older file was not brought in.
# needs-native-review
import-replaced = { $file } has been brought in and replaces an older version of the same wheel.
# needs-native-review
import-from-this-computer = From this computer
# needs-native-review
plan-include-earlier = Include { $name } from the earlier plan
# needs-native-review
meeting-unreadable = The meeting that was in this tab could not be read. It is kept untouched until you end the meeting, and a new meeting starts here.
# needs-native-review
meeting-duty-to-report = Do you suspect that a child is being harmed? Then you, as a professional, must make a report of concern (orosanmälan) to social services at once. Kronobarnsmodellen does not replace the report, and no consent is needed for it.
# needs-native-review
meeting-voice-note = Voice note
# needs-native-review
meeting-voice-bring-again = There was a voice note here. Bring the file in again to hear it: the meeting does not keep sound when the page is reloaded.
# The journey over time: an older plan brought in beside the one followed up.
# needs-native-review
import-earlier-journey = { $file } is an older plan. The answers from that meeting now show in the journey over time.
# needs-native-review
import-earlier-again = { $file } is already brought in. The same plan counts only once.
# needs-native-review
import-error-too-many-meetings = The journey over time can show at most 12 meetings. The plan was not added.
# needs-native-review
import-error-plan-without-date = The plan has no date and is older than the plan being followed up. It cannot be shown in the journey over time.
