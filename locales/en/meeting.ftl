# The collaboration meeting (samverkansmöte) on the big screen, and its draft of The Child's Plan
# (Barnets plan). English translation. Read by professionals; the child and the guardians may be in
# the room.

meeting-session-note = The meeting exists only in this tab. When you end the meeting or close the tab, everything is removed from the computer.
meeting-wheel-label = The wheel with everyone's answers
meeting-legend = Whose answers
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Child
meeting-tag-guardian = Guardian { $letter }
meeting-no-answers = no answers
meeting-no-answer = No answer
meeting-choose-area = Choose a part of the wheel to see everyone's words side by side.
meeting-follow-up = Follow-up of the plan from { $date }
meeting-earlier = Last time
meeting-now = Now
meeting-agreed-then = Agreed last time
meeting-save-file = Save the plan as a file
meeting-end-heading = End the meeting
meeting-end = End the meeting
meeting-end-question = Save or print the plan first if you need it. Then everything the meeting has imported and written will be removed from this computer.
meeting-end-yes = End and delete
meeting-end-no = Back to the meeting
import-earlier-plan = { $file } is the previous plan. It is shown for follow-up.
