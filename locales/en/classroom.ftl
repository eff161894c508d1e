# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the Child's Best Interests Wheel): classroom mode, English translation.
# A teacher shows the wheel on a projector in a lesson (promoting and preventive work); nothing
# about any pupil is asked or stored. Swedish is the source language and the fallback.
# The area texts receive $age: young = 4–7, middle = 8–12, teen = 13–17 (the class's age group).
# Every prompts variant is exactly three questions, one per line; every articles message has one
# line per convention article of the area (content/wheel.json), in the same order, each with the
# article's number. The prompts are about children in general, never about a pupil's own life.

# needs-native-review
classroom-title = The wheel in the classroom
# needs-native-review
classroom-intro = Choose an area of the wheel and talk about it together as a class. Each area has an explanation, questions to discuss and the articles of the Convention on the Rights of the Child that belong to it.
# needs-native-review
classroom-model = The wheel is one of the tools of Kronobarnsmodellen (the Kronoberg children's model): the way of working that preschools, schools and everyone else who meets children in Kronoberg county have developed together within "Barnens bästa gäller! i Kronoberg" (The child's best interests come first in Kronoberg). In the classroom it is used in promoting and preventive work.
# needs-native-review
classroom-nothing-stored = Nothing is asked about any pupil here, and nothing is saved.
# needs-native-review
classroom-own-wheel = Does a pupil want to fill in their own wheel? They can do it with “Start my wheel” on the start page, on their own device or a school computer. The answers stay on that device until the pupil chooses to share them.
# needs-native-review
classroom-own-wheel-link = To the start page
# needs-native-review
classroom-age-legend = Age of the class
# needs-native-review
classroom-explain-heading = What does it mean?
# needs-native-review
classroom-prompts-heading = Talk about it
# needs-native-review
classroom-articles-heading = What the Convention on the Rights of the Child says
# needs-native-review
classroom-back = Back to the whole wheel
# needs-native-review
classroom-choose-area = Choose an area

## Safety

# needs-native-review
classroom-safe-explain = { $age ->
    [young] Being safe means that nobody hurts you and you do not have to be afraid. At home, at preschool and at school, children should be able to feel calm. If you ever do not feel safe, you can tell an adult you trust or call BRIS 116 111.
   *[middle] Being safe means that nobody hits you, threatens you or hurts you – at home, at school, outside or online. Adults must make sure that children are protected. If you ever do not feel safe, you can talk to an adult you trust or call BRIS 116 111 – it is free.
    [teen] Being safe means that nobody subjects you to violence, threats, harassment or abuse – at home, at school, outside or online. It is always the adults' responsibility to keep children and young people protected. If you ever do not feel safe, you can talk to an adult you trust or call BRIS 116 111, for free and without saying who you are.
}
# needs-native-review
classroom-safe-prompts = { $age ->
    [young]
        Where do children feel safe?
        What can a friend do if someone is sad or scared?
        Which adults can children tell things to?
   *[middle]
        What makes a place feel safe for children?
        What can you do if a friend is treated badly, at school or online?
        Who can a child talk to if something feels unsafe?
    [teen]
        What is needed for young people to feel safe at school and online?
        How can you support a friend who is having a hard time, and when does an adult need to know?
        Which adults and which helplines can young people turn to if they do not feel safe?
}
# needs-native-review
classroom-safe-articles =
    Article 19: You have the right to be protected from violence and from anyone hurting you.
    Article 34: You have the right to be protected from sexual abuse. Your body belongs to you.
    Article 36: You have the right to be protected so that nobody takes advantage of you in any way.

## Health

# needs-native-review
classroom-health-explain = { $age ->
    [young] Health means that you feel well in your body and in your head. Sleeping, eating, moving and being with others help us feel well. When a child is ill, a doctor or a nurse should help.
   *[middle] Health is about how you feel in your body and in your thoughts. Sleep, food, exercise and friends help us feel well. All children have the right to get care and help when they are ill or feel bad.
    [teen] Health is both physical and mental: how your body is and how you feel inside. Sleep, food, exercise, rest and relationships affect how we feel. You have the right to care and support, for example from the school nurse, the pupil health team or a youth health clinic.
}
# needs-native-review
classroom-health-prompts = { $age ->
    [young]
        What helps the body feel good?
        What can you do when you feel sad?
        Who helps children when they are ill?
   *[middle]
        What can children do to feel well in body and mind?
        Why does the body need sleep, food and exercise?
        Who can a child talk to if they feel bad?
    [teen]
        What affects how young people feel, for example sleep, screens and stress?
        How can you support a friend who is not feeling well?
        Where can young people get help with how they feel, at school and outside it?
}
# needs-native-review
classroom-health-articles =
    Article 24: You have the right to be as healthy as possible and to get care when you are ill, and to food and clean water.

## Learning

# needs-native-review
classroom-learning-explain = { $age ->
    [young] Learning means that you find out and can do new things. Children learn at preschool, at school, at home and when they play. It is okay if something is hard – then an adult can help.
   *[middle] Learning is about school, but also about everything you learn at home and in your free time. All children have the right to go to school and to get help when something is hard. School should help you grow in your own way.
    [teen] Learning is about school, about growing as a person and about being able to choose your future. Everyone has the right to education and to support when something is hard, for example adjustments or help with the language. School should also teach us respect for other people, their rights and nature.
}
# needs-native-review
classroom-learning-prompts = { $age ->
    [young]
        What is fun to learn?
        What can you do when something is hard?
        How can children help each other learn?
   *[middle]
        What makes it easy to learn in a classroom?
        What can a pupil do if something at school is too hard?
        What do children learn outside school?
    [teen]
        What do young people need to be able to concentrate and learn?
        Who at school can give support when studying feels heavy?
        What can the school do so that all pupils get the same chance?
}
# needs-native-review
classroom-learning-articles =
    Article 28: You have the right to go to school and learn. Primary school must be free.
    Article 29: School should help you develop as much as you can and teach you to respect other people and nature.

## Care

# needs-native-review
classroom-care-explain = { $age ->
    [young] Care means that adults look after you. Children need a home, food, clothes and someone who cares about them. Adults should help children every day.
   *[middle] Care is about having a home and adults who care about you. Children need food, clothes, sleep and someone who helps them in everyday life. Families can look different – what matters is that the child is looked after.
    [teen] Care is about a home, adults who care and having what you need in everyday life, such as food, clothes and money for the basics. Parents have the main responsibility, and society should help families who need support. Families look different, and care can come from many adults.
}
# needs-native-review
classroom-care-prompts = { $age ->
    [young]
        How can adults look after children?
        What does a child need every day?
        How can you show that you care about someone?
   *[middle]
        What do all children need to be well at home?
        Which adults can help when a family needs support?
        In what different ways can families look?
    [teen]
        What does it mean that an adult takes responsibility for a child?
        What can society do for families who are having a hard time, for example with money?
        Who can a young person turn to if something is missing at home?
}
# needs-native-review
classroom-care-articles =
    Article 18: Your parents or other adults responsible for you should look after you together, and society should help them.
    Article 27: You have the right to a good life with food, clothes and a home. If the family cannot afford it, society should help.

## Free time and play

# needs-native-review
classroom-play-explain = { $age ->
    [young] All children need to play, rest and have fun. You can play on your own or with friends, indoors or outdoors. When you play, you feel good and learn things.
   *[middle] Free time is the time when you are not at school. Then children can play, rest, do sports, make music, create things or meet friends. All children have the right to play and rest and to take part in fun activities.
    [teen] Free time is your own time: resting, meeting friends, doing sports, creating or enjoying culture. Rest and free time are as important as school for feeling well. All young people should be able to take part in leisure activities, whatever their background, abilities or money.
}
# needs-native-review
classroom-play-prompts = { $age ->
    [young]
        What games do children like?
        How can you get everyone to join in the game?
        Why do you sometimes need to rest?
   *[middle]
        What can children do in their free time, both indoors and outdoors?
        How can we make sure more children get to join activities?
        Why is it important to have time to rest and just be?
    [teen]
        What do young people need to have a good free time?
        What can make it hard for someone to join leisure activities, and what can help?
        How do you find a good balance between school, screens, rest and other things?
}
# needs-native-review
classroom-play-articles =
    Article 31: You have the right to rest, play and have free time, and to take part in culture and the arts.

## Participation

# needs-native-review
classroom-voice-explain = { $age ->
    [young] Participation means that adults listen to you. You may say what you think. Adults should ask children about things that are about them.
   *[middle] Participation means that you may say what you think when something is about you, and that adults listen. Adults do not always decide the way the child wants, but they must take the child's opinion seriously. You may say what you think in your own way, with words, pictures or in other ways.
    [teen] Participation is about saying what you think and being listened to in everything that concerns you – at home, at school, in health care and in society. Your opinion must be taken seriously, and it counts for more the older you get. You also have the right to look for information and express your thoughts, as long as you do not harm others.
}
# needs-native-review
classroom-voice-prompts = { $age ->
    [young]
        How can you tell that someone is listening?
        What can children get to decide about?
        How can you show what you think without words?
   *[middle]
        What things should children be able to help decide at school?
        How can you show that you are listening to someone?
        What can a child do if it feels like nobody is listening?
    [teen]
        On which questions should young people have more say?
        How can you give your opinion in a way that respects others?
        Where can young people make a difference, for example in the pupil council or in the municipality?
}
# needs-native-review
classroom-voice-articles =
    Article 12: You have the right to say what you think about everything that concerns you, and adults must listen to you.
    Article 13: You have the right to find things out and to share what you think – with words, pictures or in other ways.

## Relationships

# needs-native-review
classroom-belonging-explain = { $age ->
    [young] Belonging means that you have people who like you, such as family and friends. All children should get to join in. All children are worth just as much.
   *[middle] Relationships are about family, friends and other people who are important to you. It is also about who you are – your name, your language and your culture. All children are worth just as much and should get to join in.
    [teen] Relationships are about family, friends and groups where you feel that you belong. It is also about your identity: your name, your language, your culture, your faith and who you are. Nobody may be treated worse for being who they are.
}
# needs-native-review
classroom-belonging-prompts = { $age ->
    [young]
        What can we do so that everyone gets to join in?
        How does it feel to have a friend?
        Which people can be important to a child?
   *[middle]
        How can we make sure nobody is left out in the class?
        What makes someone a good friend?
        What does it mean that all children are worth just as much?
    [teen]
        What makes you feel that you belong in a group?
        How can we stop someone from being shut out, at school or online?
        Why are language, culture and identity important to people?
}
# needs-native-review
classroom-belonging-articles =
    Article 2: All children have the same rights and are worth just as much. Nobody may be treated worse.
    Article 8: You have the right to your identity: your name, your family and belonging to a country.
    Article 30: If you belong to a minority or an Indigenous people, you have the right to your language, your culture and your religion.
# needs-native-review
classroom-duty-to-report = If a pupil tells you something that worries you: listen, do not question the pupil, make a report of concern (orosanmälan) to social services at once and tell the head teacher. No consent is needed for a report of concern.
