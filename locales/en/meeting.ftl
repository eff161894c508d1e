# The collaboration meeting (samverkansmöte) on the big screen, and its draft of The Child's Plan
# (Barnets plan). English translation. Read by professionals; the child and the guardians may be in
# the room.

meeting-session-note = The meeting exists only in this tab. “End the meeting” removes everything from the computer. If you close the tab without ending it, the browser can bring the meeting back if someone reopens the tab.
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = The collaboration meeting is step 3 of Praxismodellen (the practice model) in Kronobarnsmodellen: the way of working that everyone who meets children in Kronoberg county has developed together within "Barnens bästa gäller! i Kronoberg" (The child's best interests come first in Kronoberg). The child and the guardians are the main people, and the child has a central role even when not present.
meeting-wheel-label = The wheel with everyone's answers
meeting-legend = Whose answers
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Child
meeting-tag-guardian = Guardian { $letter }
meeting-no-answers = no answers
meeting-no-answer = No answer
meeting-choose-area = Choose an area of the wheel to see everyone's words side by side.
meeting-follow-up = Evaluation of the plan from { $date }
meeting-earlier = Last time
meeting-now = Now
meeting-agreed-then = Agreed last time
meeting-save-file = Save the plan as a file
meeting-end-heading = End the meeting
meeting-end = End the meeting
meeting-end-question = Save or print the plan first if you need it. Then everything the meeting has imported and written will be removed from this computer.
meeting-end-yes = End and delete
meeting-end-no = Back to the meeting
import-earlier-plan = { $file } is the previous plan. It is shown for evaluation.
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
meeting-tag-professional = Prof. { $letter }
meeting-professional-heading = Your view as a professional
meeting-professional-explain = You can add your own view. It is shown as yours, next to the child's and the guardians' views, and is never mixed with theirs.
meeting-professional-name = Your name and role
meeting-professional-add = Add my view
meeting-professional-answer = { $who }: your view – { $area }
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child and speak to the child as "you".
summary-heading = This is what we decided
summary-open = Summary for the child
summary-language = Language of the summary
summary-print = Print the summary
summary-needs = What we will help you with
summary-actions = What will happen
summary-contact = This person will help
summary-nothing = Nothing has been decided yet. Write the needs and actions in the plan first.
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Files you have saved stay where you saved them. Delete them too if the computer is shared with others.
plan-remove = Remove { $name } from the meeting
meeting-save-failed = The tab could not keep the latest change. It is only on the screen – save the plan as a file before you close.
meeting-file-offered = The plan was handed to the browser as a file. Check that it was saved where you wanted.
meeting-file-failed = The browser did not take the file. Nothing was saved – try again or print the plan.
import-error-too-many = The meeting already has as many wheels as it can take. Remove one first.
import-error-same-id = The file has the same id as another wheel in the meeting but is someone else’s. It was not brought in.
import-error-second-child = The meeting already has a wheel from the child. Two children’s answers are never mixed. Remove the first one if you want to use this file.
import-error-older = The meeting already has a newer version of this wheel. The older file was not brought in.
import-replaced = { $file } has been brought in and replaces an older version of the same wheel.
plan-include-earlier = Include { $name } from the earlier plan
meeting-unreadable = The meeting that was in this tab could not be read. It is kept untouched until you end the meeting, and a new meeting starts here.
meeting-duty-to-report = Do you suspect that a child is being harmed? Then you, as a professional, must make a report of concern (orosanmälan) to social services at once. Kronobarnsmodellen does not replace the report, and no consent is needed for it.
