# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the wheel of the child's best interests): the seven areas, in Arabic.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.
# Area names are short labels on the wheel picture; the titles are the child's own sentences
# (or, for a guardian, sentences about the child).

# needs-native-review
area-safe-name = الأمان
# needs-native-review
area-safe-title = { $who ->
    [guardian] الطفل في أمان
   *[other] أنا في أمان
}
# needs-native-review
area-safe-text = { $who ->
    [guardian] أمان الطفل: ألّا يعرّض أحدٌ الطفلَ للعنف أو التهديد أو الاعتداء – في البيت أو المدرسة أو الشارع أو على الإنترنت.
   *[other] { $age ->
        [young] الأمان يعني ألّا يؤذيك أحد. هل تشعر بالأمان في البيت وفي الروضة وفي المدرسة؟
       *[other] الأمان يعني ألّا يضربك أحد أو يهددك أو يؤذيك – في البيت أو المدرسة أو الشارع أو على الإنترنت.
        [teen] الأمان يعني ألّا يعرّضك أحد للعنف أو التهديد أو الاعتداء – في البيت أو المدرسة أو الشارع أو على الإنترنت.
    }
}

# needs-native-review
area-health-name = الصحة
# needs-native-review
area-health-title = { $who ->
    [guardian] الطفل بخير
   *[other] أنا بخير
}
# needs-native-review
area-health-text = { $who ->
    [guardian] صحة الطفل الجسدية والنفسية: النوم والطعام والحركة، والحصول على الرعاية الصحية عندما يحتاج إليها.
   *[other] { $age ->
        [young] كيف تشعر في جسمك وفي رأسك؟ هل تنام وتأكل جيدًا؟
       *[other] كيف حال جسمك وأفكارك. النوم والأكل، والحصول على مساعدة عند المرض.
        [teen] كيف حالك جسديًا ونفسيًا: النوم والطعام والحركة، والحصول على الرعاية الصحية عند الحاجة.
    }
}

# needs-native-review
area-learning-name = التعلّم
# needs-native-review
area-learning-title = { $who ->
    [guardian] الطفل يتعلّم ويتطوّر
   *[other] أتعلّم وأتطوّر
}
# needs-native-review
area-learning-text = { $who ->
    [guardian] الروضة أو المدرسة، والتعلّم في البيت، واللغة، والدعم عندما يكون شيء ما صعبًا.
   *[other] { $age ->
        [young] هل تتعلّم أشياء جديدة في الروضة وفي المدرسة وفي البيت؟
       *[other] كيف تسير أمورك في المدرسة، والتعلّم في البيت، والحصول على مساعدة في اللغة.
        [teen] المدرسة، والتعلّم والتطوّر، وخططك للمستقبل، والحصول على دعم عندما يكون شيء ما صعبًا.
    }
}

# needs-native-review
area-care-name = الرعاية
# needs-native-review
area-care-title = { $who ->
    [guardian] هناك من يعتني بالطفل
   *[other] هناك من يعتني بي
}
# needs-native-review
area-care-text = { $who ->
    [guardian] بيت، وكبار يهتمون بالطفل، وتلبية احتياجاته في حياته اليومية.
   *[other] { $age ->
        [young] هذا عن بيتك وعن الكبار الذين يعتنون بك. هل تحصل على ما تحتاج إليه؟
       *[other] أن يكون لك بيت، وكبار يهتمون بك، وما يلزمك كل يوم، مثل الطعام والملابس.
        [teen] بيت، وكبار يهتمون بك، وأن يتوفر ما يلزمك في حياتك اليومية، مثل الطعام والملابس والمال.
    }
}

# needs-native-review
area-play-name = اللعب والترفيه
# needs-native-review
area-play-title = { $who ->
    [guardian] لدى الطفل وقت للعب والراحة والفراغ
   *[other] { $age ->
        [teen] لديّ وقت لما أحبّه
       *[other] لديّ وقت لألعب وأرتاح
    }
}
# needs-native-review
area-play-text = { $who ->
    [guardian] اللعب والراحة والرياضة والثقافة والأصدقاء – وقت لما يحبه الطفل.
   *[other] { $age ->
        [young] هل يمكنك أن تلعب وترتاح وتمرح؟
       *[other] اللعب والراحة والرياضة، وفعل ما يعجبك، ولقاء أصدقائك بعد المدرسة.
        [teen] وقت الفراغ والراحة والرياضة والثقافة، ولقاء الأصدقاء – ما يحلو لك أنت.
    }
}

# needs-native-review
area-voice-name = المشاركة
# needs-native-review
area-voice-title = { $who ->
    [guardian] صوت الطفل مسموع
   *[other] صوتي مسموع
}
# needs-native-review
area-voice-text = { $who ->
    [guardian] أن يعبّر الطفل عن رأيه، وأن يُستمع إليه في كل ما يخصّه.
   *[other] { $age ->
        [young] هل يستمع إليك الكبار عندما تقول شيئًا؟
       *[other] أن يستمع الكبار إلى رأيك في الأمور التي تخصّك.
        [teen] التعبير عن رأيك، وأن يُستمع إليك في كل ما يخصّك.
    }
}

# needs-native-review
area-belonging-name = العلاقات
# needs-native-review
area-belonging-title = { $who ->
    [guardian] الطفل يشعر بالانتماء
   *[other] أشعر بالانتماء
}
# needs-native-review
area-belonging-text = { $who ->
    [guardian] العائلة والأصدقاء والهوية، وأن يكون للطفل مكان بين الآخرين ويشعر بأنه جزء منهم.
   *[other] { $age ->
        [young] هذا عن عائلتك وأصدقائك. هل يشركونك معهم؟
       *[other] عائلتك، وأصدقاؤك، ومن أنت، وأن يقبلك الآخرون معهم.
        [teen] العائلة والأصدقاء، وهويتك، والشعور بالانتماء وبأن لك مكانًا بين الآخرين.
    }
}

# needs-native-review
feeling-happy = فرح
# needs-native-review
feeling-calm = هدوء
# needs-native-review
feeling-proud = فخر
# needs-native-review
feeling-sad = حزن
# needs-native-review
feeling-angry = غضب
# needs-native-review
feeling-scared = خوف
# needs-native-review
feeling-worried = قلق
# needs-native-review
feeling-lonely = وحدة
# needs-native-review
feeling-tired = تعب
