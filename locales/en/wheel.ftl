# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the Child's Best Interests Wheel): the seven areas, English translation.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
area-safe-name = Safety
# needs-native-review
area-safe-title = { $who ->
    [guardian] The child is safe
   *[other] I am safe
}
# needs-native-review
area-safe-text = { $who ->
    [guardian] The child being safe: no one exposes the child to violence, threats or abuse – at home, at school, outside or online.
   *[other] { $age ->
        [young] Safe means that no one hurts you. Do you feel safe at home, at preschool and at school?
       *[other] Being safe means that no one hits, threatens or hurts you – at home, at school, outside or online.
        [teen] Being safe means that no one exposes you to violence, threats or abuse – at home, at school, outside or online.
    }
}

# needs-native-review
area-health-name = Health
# needs-native-review
area-health-title = { $who ->
    [guardian] The child feels well
   *[other] I feel well
}
# needs-native-review
area-health-text = { $who ->
    [guardian] The child's physical and mental health: sleep, food, exercise and care when the child needs it.
   *[other] { $age ->
        [young] How do you feel in your body and in your head? Do you sleep and eat well?
       *[other] How you feel in your body and in your thoughts. That you sleep, eat and get help when you are ill.
        [teen] How you are physically and mentally: sleep, food, exercise and getting care when you need it.
    }
}

# needs-native-review
area-learning-name = Learning
# needs-native-review
area-learning-title = { $who ->
    [guardian] The child learns and develops
   *[other] I learn and grow
}
# needs-native-review
area-learning-text = { $who ->
    [guardian] Preschool or school, learning at home, language and support when something is hard.
   *[other] { $age ->
        [young] Do you learn new things at preschool, at school and at home?
       *[other] How things go at school, learning things at home and getting help with language.
        [teen] School, learning and growing, plans for the future and getting support when something is hard.
    }
}

# needs-native-review
area-care-name = Care
# needs-native-review
area-care-title = { $who ->
    [guardian] Someone takes care of the child
   *[other] Someone takes care of me
}
# needs-native-review
area-care-text = { $who ->
    [guardian] A home, adults who care, and the child's everyday needs being met.
   *[other] { $age ->
        [young] This is about your home and the adults who take care of you. Do you get what you need?
       *[other] That you have a home, adults who care about you, and what you need every day, like food and clothes.
        [teen] A home, adults who care, and having what you need in everyday life, like food, clothes and money.
    }
}

# needs-native-review
area-play-name = Free time and play
# needs-native-review
area-play-title = { $who ->
    [guardian] The child has time for play, rest and free time
   *[other] { $age ->
        [teen] I have time for the things I like
       *[other] I have time to play and rest
    }
}
# needs-native-review
area-play-text = { $who ->
    [guardian] Play, rest, sports, culture and friends – time for what the child enjoys.
   *[other] { $age ->
        [young] Do you get to play, rest and have fun?
       *[other] Playing, resting, doing sports, doing what you like and seeing friends after school.
        [teen] Free time, rest, sports, culture and seeing friends – the things you want to do.
    }
}

# needs-native-review
area-voice-name = Participation
# needs-native-review
area-voice-title = { $who ->
    [guardian] The child is listened to
   *[other] I am listened to
}
# needs-native-review
area-voice-text = { $who ->
    [guardian] That the child can say what they think and is listened to in everything that concerns them.
   *[other] { $age ->
        [young] Do adults listen to you when you say something?
       *[other] That adults listen to what you think when it is about you.
        [teen] Being able to say what you think and being listened to in everything that concerns you.
    }
}

# needs-native-review
area-belonging-name = Relationships
# needs-native-review
area-belonging-title = { $who ->
    [guardian] The child belongs
   *[other] I belong
}
# needs-native-review
area-belonging-text = { $who ->
    [guardian] Family, friends, identity, and that the child is included and feels they belong.
   *[other] { $age ->
        [young] This is about your family and your friends. Do you get to join in?
       *[other] Your family, your friends, who you are and that you get to join in.
        [teen] Family, friends, your identity and feeling that you belong and are included.
    }
}

# needs-native-review
feeling-happy = Happy
# needs-native-review
feeling-calm = Calm
# needs-native-review
feeling-proud = Proud
# needs-native-review
feeling-sad = Sad
# needs-native-review
feeling-angry = Angry
# needs-native-review
feeling-scared = Scared
# needs-native-review
feeling-worried = Worried
# needs-native-review
feeling-lonely = Lonely
# needs-native-review
feeling-tired = Tired
