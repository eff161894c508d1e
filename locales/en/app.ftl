# Barnets bästa-hjulet (The Child's Wellbeing Wheel): the app's own texts, English translation.
# Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

app-name = The Child's Wellbeing Wheel
skip-to-content = Skip to content

## Language and read-aloud, in the header

language-label = Language
# The language's own name for itself, shown in the picker.
language-name = English
language-load-failed = The language could not be loaded. Try again when you have internet.
read-aloud = Read aloud
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = Read aloud: { $text }
read-aloud-stop = Stop reading
read-aloud-no-voice = This device has no voice that can read English.
read-aloud-unsupported = This browser cannot read text aloud.
auto-read-label = Read each new page aloud

## Privacy and help, always on screen

privacy-note = { $age ->
    [young] No one sees your answers unless you want them to.
   *[other] No one sees your answers until you choose to share them. They are only saved on this device.
}
help-open = Do you need help now?
help-heading = Help now
help-emergency = Call 112 if someone is in danger right now.
help-bris = Call BRIS on 116 111 – free, day and night, and you do not have to say who you are. You can also chat at bris.se.
help-adult = Tell an adult you trust, for example a teacher, the school nurse or someone in your family.
help-call-112 = Call { $number }
help-call-bris = Call BRIS { $number }
help-close = Close
safety-alert-heading = What you answered matters.
safety-alert-text = { $who ->
    [guardian] If the child is not safe: call 112 if there is danger. Anyone who suspects that a child is being harmed can make a report of concern to social services in the municipality – call the municipality's switchboard, or 112 if it is urgent.
   *[other] { $age ->
        [young] No one is allowed to hurt you, and it is never your fault. Tell an adult you trust. If you are in danger, call 112.
       *[other] No one is allowed to hurt you, and it is never your fault. If you are in danger, call 112. BRIS 116 111 answers day and night.
    }
}
safety-alert-private = The app does not send your answers to anyone.
safety-gentle-heading = You do not have to answer.
safety-gentle-text = { $who ->
    [guardian] You do not have to answer here. If the child is not safe: call 112 if there is danger.
   *[other] It is okay not to want to answer. If something does not feel right, you can talk to an adult you trust, or call BRIS: 116 111. It is never your fault.
}

## Shared devices: leave at once, or delete everything

quick-exit = Leave quickly
delete-all-heading = Delete everything
delete-all-text = Do several people use this device? Here you can delete everything the app has saved on this device: all wheels, the plan and the settings.
delete-all = Delete everything on this device
delete-all-question = Everything the app has saved on this device will be deleted. This cannot be undone. Do you want to do that?
delete-all-yes = Yes, delete everything
delete-all-no = No, keep it
delete-all-done = Everything has been deleted from this device.

## Start page

start-heading = The Child's Wellbeing Wheel
start-intro = { $age ->
    [young] Here you can show how you feel. Tap the pictures.
   *[other] Here you can tell us how things are for you at home, at school and in your free time – one part at a time.
}
start-new-heading = A new wheel
start-nickname-label = What do you want to be called? You do not have to write anything.
start-age-legend = How old are you?
age-young = 4–7 years
age-middle = 8–12 years
age-teen = 13–17 years
start-button = Start my wheel
start-who-legend = Who is filling this in?
who-choice-child = I am the child
who-choice-guardian = I am a parent or guardian
start-child-name-label = The child's name (first name is enough)
start-author-label = Who are you? For example mum, dad or your name.
start-child-age-legend = How old is the child?
start-guardian-button = Start my view of the child
start-plan-heading = For the meeting
start-plan-text = Are you having a collaboration meeting? Import the shared wheels and make a draft of The Child's Plan.
start-plan-button = Make a draft of The Child's Plan
nav-classroom = The wheel in the classroom (for teachers)
start-continue-heading = Continue where you left off
draft-unnamed = My wheel
draft-changed = Changed { $days ->
        [0] today
        [1] yesterday
       *[other] { $days } days ago
    }
draft-progress = { $count ->
    [one] { $count } of { $total } parts done
   *[other] { $count } of { $total } parts done
}
draft-continue = Continue with { $name }
draft-delete = Delete { $name }
draft-delete-question = Do you want to delete { $name }? The answers will disappear from this device and cannot be brought back.
draft-delete-yes = Yes, delete
draft-delete-no = No, keep it
draft-deleted = The wheel has been deleted.

## The wheel

wheel-heading = My wheel
wheel-heading-named = My wheel – { $name }
wheel-instructions = { $who ->
    [guardian] Choose a part of the wheel and describe how you see the child's situation. Your view is saved separately from the child's and from other guardians'.
   *[other] { $age ->
        [young] Tap a picture.
       *[other] Choose a part of the wheel. You can do the parts in any order you like.
    }
}
wheel-label = The Child's Wellbeing Wheel with seven parts
wheel-progress = { $count ->
    [0] You have not answered any part yet.
    [one] You have answered { $count } of { $total } parts.
   *[other] You have answered { $count } of { $total } parts.
}
segment-label = { $area }: { $answer }
segment-not-answered = not answered yet
wheel-about-me = About me
wheel-nickname-label = Name or nickname
wheel-age-legend = Age (changes how the texts are written)

## An area

area-scale-question = { $who ->
    [guardian] How are things for the child here, as you see it?
   *[other] { $age ->
        [young] How is it?
       *[other] How are things for you here?
    }
}
scale-very-bad = Very bad
scale-bad = Bad
scale-between = In between
scale-good = Good
scale-very-good = Very good
scale-dont-know = I don't know
scale-rather-not-say = I don't want to answer
scale-clear = Remove my answer
words-heading = { $who ->
    [guardian] In your own words (optional)
   *[other] { $age ->
        [young] Do you want to say more? An adult can help you write.
       *[other] Do you want to write something? You do not have to.
    }
}
words-good = { $who ->
    [guardian] This works well for the child
   *[other] { $age ->
        [young] This is good
       *[other] This is good
        [teen] What works well
    }
}
words-hard = { $who ->
    [guardian] This is hard for the child
   *[other] { $age ->
        [young] This is hard
       *[other] This is hard
        [teen] What is hard
    }
}
words-would-help = { $who ->
    [guardian] I think this would help the child
   *[other] { $age ->
        [young] This would help
       *[other] This would help me
        [teen] What would help
    }
}
area-articles = { $count ->
    [one] Convention on the Rights of the Child, article { $articles }
   *[other] Convention on the Rights of the Child, articles { $articles }
}
nav-previous = Previous part: { $area }
nav-next = Next part: { $area }
nav-wheel = Back to the wheel
nav-done = Done – back to the wheel
nav-start = To the start page

## Whose view

who-child = The child
who-guardian = Parent or guardian ({ $name })
who-guardian-unnamed = Parent or guardian
who-professional = Professional ({ $name })
who-professional-unnamed = Professional

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

guide-heading = Who is responsible for making sure my child gets support?
guide-intro = Every child in Kronoberg has a "Barnens bästa-ansvarig": the person responsible for the child's wellbeing, who makes sure that the child gets the right support at the right time. Who this is depends on the child's age and school:
guide-pregnancy = Before birth: maternity care.
guide-bvc = From birth until the child starts preschool or school: the child health centre (BVC).
guide-preschool = At preschool: the preschool's principal.
guide-school = At school, until the child turns 18: the principal of the child's school.
guide-kaa = Young people who are not in upper secondary school: the municipality's activity responsibility for young people (KAA).

## Sharing: nothing leaves the device without this screen and a confirm

share-open = Share
share-heading = This is what you can share
share-intro = Only what you see here leaves the device, and only when you choose a way to share it yourself. Switch off the parts you want to keep to yourself.
share-area-switch = Share { $area }
share-area-private = Not shared
share-no-answer = No answer
share-confirm = I have seen what will be shared.
share-ways-heading = Choose how you want to share
share-download = Save as a file
share-print = Print or save as PDF
share-copy-all = Copy everything as text
share-copy-area = Copy as text
share-system = Share with an app
share-copied = Copied.
share-copy-failed = Could not copy. Select the text and copy it yourself.
share-nothing = You have not chosen anything to share.
share-back = Back to the wheel
print-footer = Printed { $date }. This page comes from The Child's Wellbeing Wheel.
print-draft-footer = Draft, printed { $date }. This page comes from The Child's Wellbeing Wheel.

## Barnets plan: the meeting's draft

plan-heading = The Child's Plan – draft
plan-intro = Import the files that the child and the guardians have shared. The plan only shows the parts where someone has seen a need, and every answer stays exactly as it was given.
import-button = Choose files to import
import-drop = Or drop the files here.
import-error-too-large = The file is too large to be a file from the wheel (more than 8 MB).
import-error-file = { $file }: { $problem } Nothing else has been changed.
import-done = { $file } has been imported.
plan-perspectives-heading = Included in the draft
plan-include = Include { $name }
plan-no-drafts = No wheels have been imported yet.
plan-no-areas = No one has seen a need in the parts that were shared.
plan-details-heading = About the plan
plan-child-name = Child's name
plan-made-on = Date
plan-coordinator = Collaboration coordinator
plan-contact-name = Name
plan-contact-organisation = Organisation
plan-contact-reach = Phone or email
plan-next-evaluation = Next follow-up
plan-participants = Participants in the meeting
plan-needs = Needs
plan-actions = Actions
plan-action-legend = Action { $number }
plan-action-what = What is done
plan-action-who = Who
plan-action-when = When
plan-action-when-hint = A date or how often, for example every week
plan-action-missing = missing
plan-action-incomplete = Not complete: write who does it and when.
plan-action-add = Add an action
plan-action-remove = Remove action { $number }
plan-include-child-words = Include the child's own words when the plan is copied and printed
plan-include-child-words-hint = Without them the copy and the print carry only the answers, the needs and the actions, so that the plan stays short.
plan-coordinator-task = The samverkansansvarig (coordinator) is chosen with the child and the guardians at the meeting. They keep the plan alive and call the evaluation.
plan-consent-given = Consent
plan-consent-gathered-by = Consent gathered by
plan-contact = Contact person
plan-copy = Copy the plan as text
plan-print = Print the plan
consent-heading = Consent is needed
consent-reminder = Before the child's and the guardians' views are shared between organisations, the guardians must first give their consent.
consent-print = Print a consent form
consent-text = I/we consent to information about { $name } being shared between the following organisations, so that the child can get the right support:
consent-signature = Guardian's signature, name in capital letters and date

## Saving and loading

save-saved = Saved on this device.
save-other-tab = This wheel was changed at the same time in another tab. Where both changed the same thing, what was saved last counts.
save-failed = Could not save on this device. What you wrote is still on the screen – do not close the page.
load-error-not-ours = This is not a wheel from The Child's Wellbeing Wheel.
load-error-future = This wheel was made in a newer version of the app. Update the app and try again.
load-error-damaged = This wheel is damaged and could not be read.
draft-not-found = There is no such wheel on this device. It may have been deleted.
area-not-found = That part is not in the wheel.
stored-damaged = { $count ->
    [one] One saved wheel could not be read. It has been left untouched.
   *[other] { $count } saved wheels could not be read. They have been left untouched.
}

# Passphrase lock: a draft on this device, or a shared file.
lock-summary = Lock with a password
lock-explain = { $who ->
    [guardian] With a password, only someone who knows the password can read what is written here, even if someone else uses the device. If you forget the password, there is no way to get it back.
   *[other] { $age ->
        [young] With a password, no one else can read your wheel. Ask an adult to help you remember the password.
       *[other] With a password, only someone who knows the password can read your wheel, even if someone else uses the device. If you forget the password, there is no way to get it back.
    }
}
lock-passphrase-label = Choose a password (at least 8 characters)
lock-repeat-label = Type the same password again
lock-button = Lock the wheel
lock-working = Locking …
lock-error-too-short = The password needs to be at least 8 characters long.
lock-error-repeat = The passwords are not the same. Type the same password twice.
lock-error-unavailable = This browser cannot lock with a password. Nothing has been changed.
lock-is-on = The wheel is locked with a password. It locks again if no one uses it for { $minutes } minutes.
lock-now = Lock now
lock-remove = Remove the password
unlock-heading = The wheel is locked
unlock-explain = Type the password to open the wheel.
unlock-label = Password
unlock-button = Open
unlock-working = Opening …
unlock-error-wrong = Wrong password. Nothing has been changed – try again.
unlock-forgot = Have you forgotten the password? Then what is written cannot be read. You can delete the wheel on the start page and start again.
draft-locked = Locked wheel
share-lock-file = Lock the file with a password
share-lock-file-explain = The person who will read the file needs the password. Tell them in a different way from how you send the file, for example on the phone.
import-locked = { $file } is locked. Type the password to import it.
lock-error-common = That password is one of the most common ones and easy to guess. Choose another, for example a few words in a row.
lock-delete-note = Anyone who uses this device can delete a locked wheel, but not read it.
save-newer-version = A newer version of the app has saved this wheel in another tab. This tab will not save over it. What you wrote is still on the screen – reload the page to continue.
load-error-no-version = The file does not say which version of the app made it. It may have been changed or damaged and could not be read.
load-error-too-long = The file has longer texts than the app allows and could not be read.
update-ready = There is a new version of the app. Everything that is saved stays when you switch.
update-now = Switch to the new version
