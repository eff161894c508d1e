# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the Child's Best Interests Wheel): the app's own texts, English translation.
# Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
app-name = Barnets bästa-hjulet – the Child's Best Interests Wheel
# needs-native-review
skip-to-content = Skip to content

## Language and read-aloud, in the header

# needs-native-review
language-label = Language
# needs-native-review
header-menu = Menu
# needs-native-review
# The language's own name for itself, shown in the picker.
language-name = English
# needs-native-review
language-load-failed = The language could not be loaded. Try again when you have internet.
# needs-native-review
read-aloud = Read aloud
# needs-native-review
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = Read aloud: { $text }
# needs-native-review
read-aloud-stop = Stop reading
# needs-native-review
read-aloud-no-voice = This device has no voice that can read English.
# needs-native-review
read-aloud-unsupported = This browser cannot read text aloud.
# needs-native-review
auto-read-label = Read each new page aloud
# needs-native-review
auto-read-on = On
# needs-native-review
auto-read-off = Off

## Privacy and help, always on screen

# needs-native-review
privacy-note = { $age ->
    [young] The answers are not sent to anyone. Whoever uses the same tablet can see them – lock with a password.
   *[other] The answers are saved only on this device and are not sent to anyone until you choose to share them. Whoever uses the same device can see them – lock the wheel with a password.
}
# needs-native-review
help-open = Do you need help now?
# needs-native-review
help-open-short = Help
# needs-native-review
help-heading = Help now
# needs-native-review
help-emergency = Call 112 if someone is in danger right now.
# needs-native-review
help-bris = Call BRIS on 116 111 – free, day and night, and you do not have to say who you are. You can also chat at bris.se.
# needs-native-review
help-adult = { $age ->
    [young] Tell an adult you trust – someone at preschool or at home.
   *[other] Tell an adult you trust, for example a teacher, the school nurse or someone in your family.
}
# needs-native-review
help-call-112 = Call { $number }
# needs-native-review
help-call-bris = Call BRIS { $number }
# needs-native-review
help-mind = Do you feel so bad that you think about taking your life? Talk to Mind Självmordslinjen (the suicide line). You can also chat at mind.se. You do not have to say who you are.
# needs-native-review
help-call-mind = Call Mind { $number }
# needs-native-review
help-bris-adults = BRIS vuxentelefon (adult line) – about children: for you as an adult who is worried about a child.
# needs-native-review
help-call-bris-adults = Call BRIS vuxentelefon { $number }
# needs-native-review
help-kvinnofrid = Kvinnofridslinjen: for you if you are threatened or subjected to violence. Free and open day and night.
# needs-native-review
help-call-kvinnofrid = Call Kvinnofridslinjen { $number }
# needs-native-review
help-1177 = 1177 Vårdguiden: health care advice day and night, also about how the child is.
# needs-native-review
help-call-1177 = Call { $number }
# needs-native-review
help-socialjour = In the evening, at night and at weekends you reach the social services' emergency team (socialjouren) through 112 if a child needs protection.
# needs-native-review
help-kommun = Are you worried that a child is being harmed? Make a report of concern (orosanmälan) to the social services: call your municipality's switchboard and ask for the social services.
# needs-native-review
help-call-kommun = { $kommun }: call { $number }
# needs-native-review
help-for-children = For children and young people
# needs-native-review
help-for-adults = For adults who are worried about a child
# needs-native-review
help-close = Close
# needs-native-review
safety-alert-heading = What you answered matters.
# needs-native-review
safety-alert-text = { $who ->
    [guardian] If the child is not safe: call 112 if there is danger. Anyone who suspects that a child is being harmed can make a report of concern to social services in the municipality – call the municipality's switchboard, or 112 if it is urgent.
   *[other] { $age ->
        [young] No one is allowed to hurt you, and it is never your fault. Tell an adult you trust. If you are in danger, call 112.
       *[other] No one is allowed to hurt you, and it is never your fault. If you are in danger, call 112. BRIS 116 111 answers day and night.
    }
}
# needs-native-review
safety-alert-private = The app does not send your answers to anyone.
# needs-native-review
safety-gentle-heading = You do not have to answer.
# needs-native-review
safety-gentle-text = { $who ->
    [guardian] You do not have to answer here. If the child is not safe: call 112 if there is danger.
   *[other] It is okay not to want to answer. If something does not feel right, you can talk to an adult you trust, or call BRIS: 116 111. It is never your fault.
}

## Shared devices: leave at once, or delete everything

# needs-native-review
quick-exit = Leave quickly
# needs-native-review
delete-all-heading = Delete everything
# needs-native-review
delete-all-text = Do several people use this device? Here you can delete everything the app has saved on this device: all wheels with their drawings and recordings, the plan and the settings.
# needs-native-review
delete-all = Delete everything on this device
# needs-native-review
delete-all-question = Everything the app has saved on this device will be deleted. This cannot be undone. Do you want to do that?
# needs-native-review
delete-all-yes = Yes, delete everything
# needs-native-review
delete-all-no = No, keep it
# needs-native-review
delete-all-done = Everything has been deleted from this device.

## Start page

# needs-native-review
start-heading = Barnets bästa-hjulet – the Child's Best Interests Wheel
# needs-native-review
start-intro = { $age ->
    [young] Here you can show how you feel. Tap the pictures.
   *[other] Here you can tell us how things are for you at home, at school and in your free time – one part at a time.
}
# needs-native-review
start-new-heading = A new wheel
# needs-native-review
start-nickname-label = What do you want to be called? You do not have to write anything.
# needs-native-review
age-young = 4–7 years
# needs-native-review
age-middle = 8–12 years
# needs-native-review
age-teen = 13–17 years
# needs-native-review
start-button = Start my wheel
# needs-native-review
who-choice-child = I am the child
# needs-native-review
who-choice-guardian = I am a parent or another adult who looks after the child
# needs-native-review
start-child-name-label = The child's name (first name is enough)
# needs-native-review
# Shown to a guardian before "Who are you?": who may fill in, and what vårdnadshavare means.
start-guardian-explain = A guardian (vårdnadshavare) is the person who is legally responsible for the child, usually the parents. Foster parents, a legal representative (god man) or another adult who looks after the child can also fill this in. Write who you are, so that it shows at the meeting.
# needs-native-review
start-author-label = Who are you? For example mum, dad, foster parent, legal representative (god man) or your name.
# needs-native-review
start-guardian-button = Start answering about the child
# The start page's links: who answers and the child's age ($years is age-young, age-middle or age-teen).
# needs-native-review
start-child-age-link = I am { $years }
# needs-native-review
start-guardian-age-link = The child is { $years }
# On the page that asks for the name: back to the start page's choices.
# needs-native-review
new-draft-choose-again = Choose something else
# needs-native-review
start-plan-heading = For the meeting
# needs-native-review
start-plan-text = Are you having a collaboration meeting? Import the shared wheels and make a draft of The Child's Plan.
# needs-native-review
start-plan-button = Make a draft of The Child's Plan
# needs-native-review
nav-classroom = The wheel in the classroom (for teachers)
# needs-native-review
start-continue-heading = Continue where you left off
# needs-native-review
draft-unnamed = My wheel
# needs-native-review
draft-changed = Changed { $days ->
        [0] today
        [1] yesterday
       *[other] { $days } days ago
    }
# needs-native-review
draft-progress = { $count ->
    [one] { $count } of { $total } areas done
   *[other] { $count } of { $total } areas done
}
# needs-native-review
draft-continue = Continue with { $name }
# needs-native-review
draft-delete = Delete { $name }
# needs-native-review
draft-delete-question = Do you want to delete { $name }? The answers will disappear from this device and cannot be brought back.
# needs-native-review
draft-delete-yes = Yes, delete
# needs-native-review
draft-delete-no = No, keep it
# needs-native-review
draft-deleted = The wheel has been deleted.

## The wheel

# needs-native-review
wheel-heading = My wheel
# needs-native-review
wheel-heading-named = My wheel – { $name }
# needs-native-review
wheel-instructions = { $who ->
    [guardian] Choose an area of the wheel and describe how you see the child's situation. Your answers are kept on their own and never mixed with the child's or any other adult's.
   *[other] { $age ->
        [young] Tap a picture.
       *[other] Choose an area of the wheel. You can do them in any order you like.
    }
}
# needs-native-review
wheel-label = Barnets bästa-hjulet (the Child's Best Interests Wheel) with seven areas
# needs-native-review
wheel-progress = { $count ->
    [0] You have not answered any area yet.
    [one] You have answered { $count } of { $total } areas.
   *[other] You have answered { $count } of { $total } areas.
}
# needs-native-review
segment-label = { $area }: { $answer }
# needs-native-review
segment-not-answered = not answered yet
# needs-native-review
wheel-about-me = About me
# needs-native-review
wheel-nickname-label = Name or nickname
# needs-native-review
wheel-age-legend = Age (changes how the texts are written)

## An area

# needs-native-review
area-scale-question = { $who ->
    [guardian] How do you think things are for the child in this area?
   *[other] { $age ->
        [young] How does it feel?
       *[other] How are things for you with this?
    }
}
# needs-native-review
scale-very-bad = Very bad
# needs-native-review
scale-bad = Bad
# needs-native-review
scale-between = In between
# needs-native-review
scale-good = Good
# needs-native-review
scale-very-good = Very good
# needs-native-review
scale-dont-know = I don't know
# needs-native-review
scale-rather-not-say = I don't want to answer
# needs-native-review
scale-clear = Remove my answer
# needs-native-review
scale-three-bad = Bad
# needs-native-review
scale-three-between = In between
# needs-native-review
scale-three-good = Good
# needs-native-review
scale-three-bad-compared = Bad (of three faces)
# needs-native-review
scale-three-between-compared = In between (of three faces)
# needs-native-review
scale-three-good-compared = Good (of three faces)
# needs-native-review
feelings-question = { $who ->
    [guardian] How do you think the child feels here? You can choose several, or none.
   *[other] { $age ->
        [young] What do you feel? You can choose several.
       *[other] How does it feel? You can choose several, or none.
    }
}
# needs-native-review
feelings-label = Feelings
# needs-native-review
words-heading = { $who ->
    [guardian] In your own words (optional)
   *[other] { $age ->
        [young] Do you want to say more? An adult can help you write.
       *[other] Do you want to write something? You do not have to.
    }
}
# needs-native-review
words-good = { $who ->
    [guardian] This works well for the child
   *[other] { $age ->
        [young] This is good
       *[other] This is good
        [teen] What works well
    }
}
# needs-native-review
words-hard = { $who ->
    [guardian] This is hard for the child
   *[other] { $age ->
        [young] This is hard
       *[other] This is hard
        [teen] What is hard
    }
}
# needs-native-review
words-would-help = { $who ->
    [guardian] I think this would help the child
   *[other] { $age ->
        [young] This would help
       *[other] This would help me
        [teen] What would help
    }
}
# needs-native-review
area-articles = { $count ->
    [one] Convention on the Rights of the Child, article { $articles }
   *[other] Convention on the Rights of the Child, articles { $articles }
}
# needs-native-review
nav-previous = Previous area: { $area }
# needs-native-review
nav-next = Next area: { $area }
# needs-native-review
nav-wheel = Back to the wheel
# needs-native-review
nav-done = Done – back to the wheel
# needs-native-review
nav-start = To the start page

## Whose view

# needs-native-review
who-child = The child
# needs-native-review
who-guardian = Parent or guardian ({ $name })
# needs-native-review
who-guardian-unnamed = Parent or guardian
# needs-native-review
who-professional = Professional ({ $name })
# needs-native-review
who-professional-unnamed = Professional

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

# needs-native-review
guide-heading = Who is responsible for making sure the child gets support?
# needs-native-review
guide-model = This is part of Kronobarnsmodellen (the Kronoberg children's model), the way of working that the municipalities of Kronoberg county, Region Kronoberg, the police and voluntary organisations have developed together within "Barnens bästa gäller! i Kronoberg" (The child's best interests come first in Kronoberg), so that children get the right support at the right time.
# needs-native-review
guide-intro = Every child in Kronoberg has a "Barnens bästa-ansvarig": the person responsible for the child's wellbeing, who makes sure that the child gets the right support at the right time, and whom you can turn to as a parent, foster parent or legal representative (god man). Who this is depends on the child's age and school:
# needs-native-review
guide-pregnancy = Before birth: maternity care.
# needs-native-review
guide-bvc = From birth until the child starts preschool or school: the child health centre (BVC).
# needs-native-review
guide-preschool = At preschool: the preschool's principal.
# needs-native-review
guide-school = At school, until the child turns 18: the principal of the child's school.
# needs-native-review
guide-kaa = Young people who are not in upper secondary school: the municipality's activity responsibility for young people (KAA).
# needs-native-review
guide-unsure = Not sure who the child's Barnens bästa-ansvarig is? Ask the municipality's contact centre (kontaktcenter) or its Barnens bästa coordinator (Barnens bästa-samordnare).

## Sharing: nothing leaves the device without this screen and a confirm

# needs-native-review
share-open = Share
# needs-native-review
share-heading = This is what you can share
# needs-native-review
share-intro = Only what you see here leaves the device, and only when you choose a way to share it yourself. Switch off the areas you want to keep to yourself.
# needs-native-review
share-area-switch = Share { $area }
# needs-native-review
share-area-private = Not shared
# needs-native-review
share-who-may-see = Who may see it at the meeting?
# needs-native-review
share-see-everyone =
    { $who ->
        [child] Everyone at the meeting, your family too
       *[guardian] Everyone at the meeting, the family too
    }
# needs-native-review
share-see-professionals =
    { $who ->
        [child] Only the adults who work with children, not your family
       *[guardian] Only the professionals, not the family
    }
# needs-native-review
share-see-professionals-note = It is not shown on the big screen and is left out of what the family gets.
# needs-native-review
share-voice-switch =
    { $who ->
        [child] Share my recording
       *[guardian] Share the recording
    }
# needs-native-review
share-voice-off = The recording is shared only if you switch this on.
# needs-native-review
share-no-answer = No answer
# needs-native-review
share-confirm = I have seen what will be shared.
# needs-native-review
share-ways-heading = Choose how you want to share
# needs-native-review
share-download = Save as a file
# needs-native-review
share-print = Print or save as PDF
# needs-native-review
share-copy-all = Copy everything as text
# needs-native-review
share-copy-area = Copy as text
# needs-native-review
share-system = Share with an app
# needs-native-review
share-copied = Copied.
# needs-native-review
share-copy-failed = Could not copy. Select the text and copy it yourself.
# needs-native-review
share-nothing = You have not chosen anything to share.
# needs-native-review
share-back = Back to the wheel
# needs-native-review
print-footer = Printed { $date }. This page comes from Barnets bästa-hjulet (the Child's Best Interests Wheel).
# needs-native-review
print-draft-footer = Draft, printed { $date }. This page comes from Barnets bästa-hjulet (the Child's Best Interests Wheel).

## Barnets plan: the meeting's draft

# needs-native-review
plan-heading = The Child's Plan – draft
# needs-native-review
plan-intro = Import the files that the child and the guardians have shared. The plan only shows the areas where someone has seen a need, and every answer stays exactly as it was given.
# needs-native-review
import-button = Choose files to import
# needs-native-review
import-drop = Or drop the files here.
# needs-native-review
import-error-too-large = The file is too large to be a file from the wheel (more than 8 MB).

## Handing over by codes: "Show to the meeting's camera" on the child's page, "Read with the camera" in the meeting.
# needs-native-review
codes-show = Show to the meeting's camera
# needs-native-review
codes-heading = Show to the meeting's camera
# needs-native-review
codes-explain = Hold the screen in front of the meeting's camera. The codes show the same as the file, again and again – it does not matter if the camera misses some.
# needs-native-review
codes-only-while-open = The codes show only while this box is open.
# needs-native-review
codes-no-media = Drawings and voice notes do not go with the codes. Save as a file to bring them.
# needs-native-review
codes-locked = The codes are locked with your passphrase. The meeting needs the passphrase to open them.
# needs-native-review
codes-picture = QR code for the meeting's camera
# needs-native-review
codes-close = Close the codes
# needs-native-review
codes-with-drawings = Include the drawings in the codes (there will be more codes)
# needs-native-review
codes-no-voice = Voice notes do not go with the codes. Save as a file, or choose “To the meeting on this computer”, to bring them.
# needs-native-review
codes-too-large = This is too much for codes. Save a file instead.
# needs-native-review
codes-error-not-ours = This is not a code from the wheel.
# needs-native-review
codes-error-version = The codes come from another version of the app. Update the app, or choose the file instead.
# needs-native-review
codes-error-other-transfer = These codes belong to another wheel than the first ones. Read one wheel at a time.
# needs-native-review
codes-error-damaged = The codes could not be put together. Show them again, or choose the file instead.
# needs-native-review
camera-read = Read with the camera
# needs-native-review
camera-heading = Read with the camera
# needs-native-review
camera-explain = Hold the screen with the codes in front of the camera, a little way off, until every part is read.
# needs-native-review
camera-waiting = Looking for codes …
# needs-native-review
camera-progress = { $have } of { $need } parts
# needs-native-review
camera-done = Done. The wheel has gone to the meeting, and the camera is off.
# needs-native-review
camera-missing = This computer has no camera the app can use. Choose the file instead.
# needs-native-review
camera-refused = The camera may not be used. Allow the camera in the browser, or choose the file instead.
# needs-native-review
camera-no-meeting = The meeting's page is no longer open. Open the camera from the meeting again.
# needs-native-review
camera-close = Close the camera
# needs-native-review
camera-file-name = From the camera
# To the meeting on this computer: what is shared goes straight to the meeting's page in a new tab, without a file.
# needs-native-review
this-computer-send = To the meeting on this computer
# needs-native-review
this-computer-opened = The meeting opens in a new tab. What you share goes there as soon as the meeting is ready.
# needs-native-review
this-computer-sent = What you share is now in the meeting in the new tab. No file was saved.
# needs-native-review
this-computer-blocked = The browser stopped the new tab. Allow new windows for this page, or save as a file.
# needs-native-review
camera-done-child = Done. What you decided at the meeting is now in the app, and the camera is off.
# needs-native-review
camera-no-child-page = The page that opened the camera is no longer open. Tap “Receive from the meeting” again.
# needs-native-review
camera-missing-child = This device has no camera the app can use. Ask for the summary on paper instead.
# needs-native-review
camera-refused-child = The camera may not be used. Allow the camera in the browser, or ask for the summary on paper instead.
# needs-native-review
receive-link = Receive from the meeting
# needs-native-review
receive-heading = Receive from the meeting
# needs-native-review
receive-explain = When the meeting shows codes for you: tap “Open the camera” and hold the camera towards the screen with the codes until every part is read.
# needs-native-review
receive-kept-here = What was decided is saved only on this device, as a wheel of its own. You can lock it with a password and delete it whenever you want.
# needs-native-review
receive-open-camera = Open the camera
# needs-native-review
receive-window-blocked = The camera could not open in a window of its own. Allow pop-up windows for this page and try again.
# needs-native-review
receive-not-summary = That was not a summary from the meeting. Ask the meeting to show the codes from “Summary for the child”.
# needs-native-review
receive-not-kept = It could not be saved on this device. Nothing else has been changed.
# needs-native-review
promised-heading = What we decided at the meeting
# needs-native-review
promised-made-on = The meeting on { $date }
# needs-native-review
promised-next = Next meeting: { $date }
# needs-native-review
promised-coordinator = If anything is unclear, ask: { $contact }
# needs-native-review
promised-needs = What is needed
# needs-native-review
promised-what = What
# needs-native-review
promised-who = Who
# needs-native-review
promised-when = When
# needs-native-review
promised-happened-question = Did it happen?
# needs-native-review
promised-happened-yes = Yes, it happened
# needs-native-review
promised-happened-no = No, it did not happen
# needs-native-review
promised-feels-question = How does it feel now?
# needs-native-review
promised-marks-leave = What you answer here goes with the wheel when you share it for the next meeting. Nothing else written here goes with it.
# needs-native-review
share-marks-heading = What you thought about what we decided
# needs-native-review
share-mark-feels = Feels now: { $face }
# needs-native-review
import-error-file = { $file }: { $problem } Nothing else has been changed.
# needs-native-review
import-done = { $file } has been imported.
# needs-native-review
plan-perspectives-heading = Included in the draft
# needs-native-review
plan-include = Include { $name }
# needs-native-review
plan-no-drafts = No wheels have been imported yet.
# needs-native-review
plan-no-areas = No one has seen a need in the areas that were shared.
# needs-native-review
plan-details-heading = About the plan
# needs-native-review
plan-child-name = Child's name
# needs-native-review
plan-made-on = Date
# needs-native-review
plan-coordinator = Collaboration coordinator
# needs-native-review
plan-contact-name = Name
# needs-native-review
plan-contact-organisation = Organisation
# needs-native-review
plan-contact-reach = Phone or email
# needs-native-review
plan-next-evaluation = Next evaluation
# needs-native-review
plan-participants = Participants in the meeting
# needs-native-review
plan-made-drawing = Made a drawing
# needs-native-review
plan-made-voice-note = Recorded a voice note
# needs-native-review
plan-child-mark = About what was agreed last time
# needs-native-review
plan-mark-feels-now = Feels now
# needs-native-review
plan-needs = Needs
# needs-native-review
plan-actions = Actions
# needs-native-review
plan-action-legend = Action { $number }
# needs-native-review
plan-action-what = What is done
# needs-native-review
plan-action-who = Who
# needs-native-review
plan-action-when = When
# needs-native-review
plan-action-when-hint = A date or how often, for example every week
# needs-native-review
plan-action-missing = missing
# needs-native-review
plan-action-incomplete = Not complete: write who does it and when.
# needs-native-review
plan-action-add = Add an action
# needs-native-review
plan-action-remove = Remove action { $number }
# needs-native-review
plan-action-removed = Action { $number } has been removed. Press Undo to bring it back.
# needs-native-review
plan-action-undo = Undo
# needs-native-review
plan-include-child-words = Include the child's own words when the plan is copied and printed
# needs-native-review
plan-include-child-words-hint = Without them the copy and the print carry only the answers, the needs and the actions, so that the plan stays short.
# needs-native-review
plan-coordinator-task = The samverkansansvarig (coordinator) is chosen with the child and the guardians at the meeting. They keep the plan alive and call the evaluation.
# needs-native-review
plan-consent-given = Consent
# needs-native-review
plan-consent-gathered-by = Consent gathered by
# needs-native-review
plan-contact = Contact person
# needs-native-review
plan-copy = Copy the plan as text
# needs-native-review
plan-print = Print the plan
# needs-native-review
prepare-text-heading = Before deciding – the Barnens bästa-ansvarig's assessment (Praxismodellen step 2)
# needs-native-review
prepare-responsible = Barnens bästa-ansvarig (responsible for the child's best interests)
# needs-native-review
prepare-assessment = My assessment
# needs-native-review
prepare-decision = Decision
# needs-native-review
prepare-decision-own = Our own service gives support
# needs-native-review
prepare-decision-other = One other service is asked
# needs-native-review
prepare-decision-meeting = A samverkansmöte (collaboration meeting) is called
# needs-native-review
prepare-decision-note = What, who and when
# needs-native-review
consent-heading = Consent
# needs-native-review
consent-reminder = Before information passes between the services, the child's Barnens bästa-ansvarig (the professional responsible for the child's best interests) must have the consent of the guardians and of the child, asked in a way that suits the child's age. This is done before the meeting. Consent can be withdrawn at any time.
# needs-native-review
consent-print = Print a consent form
# needs-native-review
consent-text = I/we consent to the information needed for Barnets plan (the child's plan) for { $name } passing between the services below, so that the child can get the right support:
# needs-native-review
consent-withdraw = The consent applies until further notice. It can be withdrawn at any time, orally or in writing, with the Barnens bästa-ansvarig.
# needs-native-review
consent-child = The child has been told what the consent means, in a way that suits the child's age, and has been able to say what they think.
# needs-native-review
consent-child-signature = The child's name, and signature if the child wishes, and date
# needs-native-review
consent-gathered-signature = Gathered by the Barnens bästa-ansvarig: name, service and date
# needs-native-review
plan-consent-date = Date consent was given
# needs-native-review
plan-consent-given-by-field = Who gave consent (the guardians and the child)
# needs-native-review
plan-consent-gathered-by-field = Who gathered the consent (Barnens bästa-ansvarig)
# needs-native-review
consent-signature = Guardian's signature, name in capital letters and date

## Saving and loading

# needs-native-review
save-saved = Saved on this device.
# needs-native-review
save-other-tab = This wheel was changed at the same time in another tab. Where both changed the same thing, what was saved last counts.
# needs-native-review
save-failed = Could not save on this device. What you wrote is still on the screen – do not close the page.
# needs-native-review
load-error-not-ours = This is not a wheel from Barnets bästa-hjulet (the Child's Best Interests Wheel).
# needs-native-review
load-error-future = This wheel was made in a newer version of the app. Update the app and try again.
# needs-native-review
load-error-damaged = This wheel is damaged and could not be read.
# needs-native-review
draft-not-found = There is no such wheel on this device. It may have been deleted.
# needs-native-review
area-not-found = That area is not in the wheel.
# needs-native-review
stored-damaged = { $count ->
    [one] One saved wheel could not be read. It has been left untouched.
   *[other] { $count } saved wheels could not be read. They have been left untouched.
}

# needs-native-review
# Passphrase lock: a draft on this device, or a shared file.
lock-summary = Lock with a password
# needs-native-review
lock-explain = { $who ->
    [guardian] With a password, only someone who knows the password can read what is written here, even if someone else uses the device. If you forget the password, there is no way to get it back.
   *[other] { $age ->
        [young] With a password, no one else can read your wheel. Ask an adult to help you remember the password.
       *[other] With a password, only someone who knows the password can read your wheel, even if someone else uses the device. If you forget the password, there is no way to get it back.
    }
}
# needs-native-review
lock-passphrase-label = Choose a password (at least 8 characters)
# needs-native-review
lock-repeat-label = Type the same password again
# needs-native-review
lock-button = Lock the wheel
# needs-native-review
lock-working = Locking …
# needs-native-review
lock-error-too-short = The password needs to be at least 8 characters long.
# needs-native-review
lock-error-repeat = The passwords are not the same. Type the same password twice.
# needs-native-review
lock-error-unavailable = This browser cannot lock with a password. Nothing has been changed.
# needs-native-review
lock-error-full = The wheel is not locked: there is no room on the device to lock the recordings and drawings. Nothing has been changed. Make room and try again.
# needs-native-review
lock-error-media = The wheel is not locked: the recordings and drawings could not be locked. Nothing has been changed. Try again.
# needs-native-review
lock-remove-error = The lock is still on: the recordings and drawings could not be unlocked. Nothing has been changed. Try again.
# needs-native-review
lock-is-on = The wheel is locked with a password. It locks again if no one uses it for { $minutes } minutes.
# needs-native-review
lock-now = Lock now
# needs-native-review
lock-remove = Remove the password
# needs-native-review
unlock-heading = The wheel is locked
# needs-native-review
unlock-explain = Type the password to open the wheel.
# needs-native-review
unlock-label = Password
# needs-native-review
unlock-button = Open
# needs-native-review
unlock-working = Opening …
# needs-native-review
unlock-error-wrong = Wrong password. Nothing has been changed – try again.
# needs-native-review
unlock-forgot = Have you forgotten the password? Then what is written cannot be read. You can delete the wheel on the start page and start again.
# needs-native-review
draft-locked = Locked wheel
# needs-native-review
share-lock-file = Lock the file with a password
# needs-native-review
share-lock-file-explain = The person who will read the file needs the password. Tell them in a different way from how you send the file, for example on the phone.
# needs-native-review
import-locked = { $file } is locked. Type the password to import it.
# needs-native-review
lock-error-common = That password is one of the most common ones and easy to guess. Choose another, for example a few words in a row.
# needs-native-review
lock-delete-note = Anyone who uses this device can delete a locked wheel, but not read it.
# needs-native-review
save-newer-version = A newer version of the app has saved this wheel in another tab. This tab will not save over it. What you wrote is still on the screen – reload the page to continue.
# needs-native-review
load-error-no-version = The file does not say which version of the app made it. It may have been changed or damaged and could not be read.
# needs-native-review
load-error-too-long = The file has longer texts than the app allows and could not be read.
# needs-native-review
update-ready = There is a new version of the app. Everything that is saved stays when you switch.
# needs-native-review
update-now = Switch to the new version

## About the app, closed at the foot of every page: the version, the source code's date,
## the licences and where the source code is (the address the county gave when it built the app).

# needs-native-review
about-heading = About the app
# needs-native-review
about-version = Version { $version }
# needs-native-review
about-version-commit = Version { $version } ({ $commit })
# needs-native-review
about-date = Source code dated { $date }
# needs-native-review
about-date-unknown = The source code's date is not known: the app was built without git.
# needs-native-review
about-licences = Licences
# needs-native-review
about-licence-app = The app is free software: it may be used under MIT or Apache-2.0, whichever licence you choose.
# needs-native-review
about-licence-pictograms = The pictures were drawn for the app and are free for anyone to use (CC0-1.0).
# needs-native-review
about-licence-parts = The parts the app is built from, each with its version and licence:
# needs-native-review
about-source = The source code is at { $address }
# needs-native-review
about-source-not-set = The address of the source code was not given when the app was built.

## Draw: a drawing per area (src/child/drawing_pad.rs, src/ui/drawing_picture.rs)
# needs-native-review
drawing-heading = Draw, if you like
# needs-native-review
drawing-hint = Draw with your finger, the mouse or a pen.
# needs-native-review
drawing-surface-empty = Drawing area. It is empty.
# needs-native-review
drawing-surface-strokes = Drawing area with your drawing: { $count ->
    [one] one line
   *[other] { $count } lines
}.
# needs-native-review
drawing-surface-text = Drawing area with your drawing: { $text }
# needs-native-review
drawing-colours = Colour
# needs-native-review
drawing-colour-black = Black
# needs-native-review
drawing-colour-red = Red
# needs-native-review
drawing-colour-blue = Blue
# needs-native-review
drawing-colour-green = Green
# needs-native-review
drawing-colour-yellow = Yellow
# needs-native-review
drawing-colour-brown = Brown
# needs-native-review
drawing-undo = Undo
# needs-native-review
drawing-clear = Rub it all out
# needs-native-review
drawing-undone = The last thing is gone.
# needs-native-review
drawing-cleared = The drawing is gone. Press Undo if you want it back.
# needs-native-review
drawing-text-label = What does the drawing show?
# needs-native-review
drawing-text-hint = If you like. This is read aloud to anyone who cannot see the drawing.
# needs-native-review
drawing-not-opened = The drawing could not be opened.
# needs-native-review
drawing-picture = Drawing: { $text }
# needs-native-review
drawing-picture-untitled = A drawing
## Drawings and voice notes kept on the device (IndexedDB)

# needs-native-review
media-error-unavailable = This browser cannot keep sound or drawings. Everything else is saved as usual.
# needs-native-review
media-error-full = There is no room left on the device, so this was not saved. Everything saved before is still there.
# needs-native-review
media-error-wrong-key = This is locked with another password and cannot be opened here.
# needs-native-review
media-error-damaged = What was saved cannot be read. It is left as it is.

## Voice note on an area ("Säg det")

# needs-native-review
voice-heading = Say it
# needs-native-review
voice-explain = { $who ->
    [guardian] You can record what you want to say, one minute at most. It is kept only on this device.
   *[other] { $age ->
        [young] You can say out loud what you want to say. An adult can help you.
       *[other] You can say what you want to say instead of writing it, one minute at most. It is kept only here.
    }
}
# needs-native-review
voice-record = Record
# needs-native-review
voice-stop = Stop
# needs-native-review
voice-recording-started = Recording now.
# needs-native-review
voice-elapsed = { $seconds } of { $limit } seconds
# needs-native-review
voice-stopped-at-limit = One minute has passed, so the recording stopped.
# needs-native-review
voice-listen = { $who ->
    [guardian] Listen to the recording before you save it.
   *[other] Listen to what you said. Do you want to keep it?
}
# needs-native-review
voice-your-recording = Your recording
# needs-native-review
voice-keep = Save the recording
# needs-native-review
voice-discard = Delete and start again
# needs-native-review
voice-kept = { $who ->
    [guardian] The recording is saved.
   *[other] What you said is saved.
}
# needs-native-review
voice-delete = Delete the recording
# needs-native-review
voice-deleted = The recording is deleted.
# needs-native-review
voice-no-microphone = { $who ->
    [guardian] Recording is not possible here, because there is no microphone. You can write instead.
   *[other] { $age ->
        [young] Recording is not possible here, because there is no microphone. You can draw instead, or ask an adult to write.
       *[other] Recording is not possible here, because there is no microphone. You can draw or write instead.
    }
}
# needs-native-review
voice-permission-refused = { $who ->
    [guardian] Recording is not possible here, because the microphone may not be used. You can write instead.
   *[other] { $age ->
        [young] Recording is not possible here, and that is fine. You can draw instead, or ask an adult to write.
       *[other] Recording is not possible here, because the microphone may not be used. That is fine – you can draw or write instead.
    }
}
# needs-native-review
voice-not-supported = { $who ->
    [guardian] This browser cannot record. You can write instead.
   *[other] { $age ->
        [young] Recording is not possible here. You can draw instead, or ask an adult to write.
       *[other] Recording is not possible here. You can draw or write instead.
    }
}
# needs-native-review
voice-failed = The recording did not work. You can try again.
# needs-native-review
voice-too-large = The recording got too big to keep. Try a shorter one.

## The journey over time: per area, how each person's answer moved from meeting to meeting (a small chart)
# needs-native-review
journey-heading = How the answers changed from meeting to meeting
# needs-native-review
journey-meetings = Meetings: { $dates }
# needs-native-review
journey-tag-child = Child
# needs-native-review
journey-tag-guardian = Guardian { $letter }
# needs-native-review
journey-tag-professional = Prof. { $letter }
