# Barnets bästa-hjulet (The Child's Wellbeing Wheel): the app's own texts, English translation.
# Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).

app-name = The Child's Wellbeing Wheel
skip-to-content = Skip to content

## Language and read-aloud, in the header

language-label = Language
# The language's own name for itself, shown in the picker.
language-name = English
language-load-failed = The language could not be loaded. Try again when you have internet.
read-aloud = Read aloud
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
help-bris = Call or chat with BRIS: 116 111. It is free, and you do not have to say who you are.
help-adult = Tell an adult you trust, for example a teacher, the school nurse or someone in your family.
help-call-112 = Call 112
help-call-bris = Call BRIS 116 111
help-close = Close
safety-alert-heading = Thank you for telling us.
safety-alert-text = { $age ->
    [young] No one is allowed to hurt you. Tell an adult you trust. You can call BRIS: 116 111.
   *[other] No one is allowed to hurt you. If you are not safe, you can get help now – you do not have to wait for the meeting.
}

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
start-continue-heading = Continue where you left off
draft-unnamed = My wheel
draft-changed = Changed { $date }
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
wheel-instructions = { $age ->
    [young] Tap a picture.
   *[other] Choose a part of the wheel. You can do the parts in any order you like.
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

area-scale-question = { $age ->
    [young] How is it?
   *[other] How are things for you here?
}
scale-very-bad = Very bad
scale-bad = Bad
scale-between = In between
scale-good = Good
scale-very-good = Very good
scale-dont-know = I don't know
scale-rather-not-say = I don't want to answer
scale-clear = Remove my answer
words-heading = { $age ->
    [young] Do you want to say more? An adult can help you write.
   *[other] Do you want to write something? You do not have to.
}
words-good = { $age ->
    [young] This is good
   *[other] This is good
    [teen] What works well
}
words-hard = { $age ->
    [young] This is hard
   *[other] This is hard
    [teen] What is hard
}
words-would-help = { $age ->
    [young] This would help
   *[other] This would help me
    [teen] What would help
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

## Saving and loading

save-saved = Saved on this device.
save-failed = Could not save on this device. What you wrote is still on the screen – do not close the page.
load-error-not-ours = This is not a wheel from The Child's Wellbeing Wheel.
load-error-future = This wheel was made in a newer version of the app. Update the app and try again.
load-error-damaged = This wheel is damaged and could not be read. Nothing else has been changed.
draft-not-found = There is no such wheel on this device. It may have been deleted.
area-not-found = That part is not in the wheel.
stored-damaged = { $count ->
    [one] One saved wheel could not be read. It has been left untouched.
   *[other] { $count } saved wheels could not be read. They have been left untouched.
}
