# Barnets bästa-hjulet (the wheel of the child's best interests): the seven areas, in Arabic.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.
# Area names are short labels on the wheel picture; the titles are the child's own sentences
# (or, for a guardian, sentences about the child).

area-safe-name = الأمان
area-safe-title = { $who ->
    [guardian] الطفل في أمان
   *[other] أنا في أمان
}
area-safe-text = { $who ->
    [guardian] أمان الطفل: ألّا يعرّض أحدٌ الطفلَ للعنف أو التهديد أو الاعتداء – في البيت أو المدرسة أو الشارع أو على الإنترنت.
   *[other] { $age ->
        [young] لا أحد يؤذيك. أنت في أمان في البيت وفي المدرسة.
       *[other] الأمان يعني ألّا يضربك أحد أو يهددك أو يؤذيك – في البيت أو المدرسة أو الشارع أو على الإنترنت.
        [teen] الأمان يعني ألّا يعرّضك أحد للعنف أو التهديد أو الاعتداء – في البيت أو المدرسة أو الشارع أو على الإنترنت.
    }
}

area-health-name = الصحة
area-health-title = { $who ->
    [guardian] الطفل بخير
   *[other] أنا بخير
}
area-health-text = { $who ->
    [guardian] صحة الطفل الجسدية والنفسية: النوم والطعام والحركة، والحصول على الرعاية الصحية عندما يحتاج إليها.
   *[other] { $age ->
        [young] جسمك بخير ومشاعرك بخير. تنام وتأكل جيدًا.
       *[other] كيف حال جسمك وأفكارك. النوم والأكل، والحصول على مساعدة عند المرض.
        [teen] كيف حالك جسديًا ونفسيًا: النوم والطعام والحركة، والحصول على الرعاية الصحية عند الحاجة.
    }
}

area-learning-name = التعلّم
area-learning-title = { $who ->
    [guardian] الطفل يتعلّم ويتطوّر
   *[other] أتعلّم وأتطوّر
}
area-learning-text = { $who ->
    [guardian] الروضة أو المدرسة، والتعلّم في البيت، واللغة، والدعم عندما يكون شيء ما صعبًا.
   *[other] { $age ->
        [young] تتعلّم أشياء جديدة في الروضة وفي المدرسة وفي البيت.
       *[other] كيف تسير أمورك في المدرسة، والتعلّم في البيت، والحصول على مساعدة في اللغة.
        [teen] المدرسة، والتعلّم والتطوّر، وخططك للمستقبل، والحصول على دعم عندما يكون شيء ما صعبًا.
    }
}

area-care-name = الرعاية
area-care-title = { $who ->
    [guardian] هناك من يعتني بالطفل
   *[other] هناك من يعتني بي
}
area-care-text = { $who ->
    [guardian] بيت، وكبار يهتمون بالطفل، وتلبية احتياجاته في حياته اليومية.
   *[other] { $age ->
        [young] عندك بيت. الكبار يعتنون بك.
       *[other] أن يكون لك بيت، وكبار يهتمون بك، وما يلزمك كل يوم، مثل الطعام والملابس.
        [teen] بيت، وكبار يهتمون بك، وأن يتوفر ما يلزمك في حياتك اليومية، مثل الطعام والملابس والمال.
    }
}

area-play-name = اللعب والترفيه
area-play-title = { $who ->
    [guardian] يُتاح للطفل اللعب ووقت الفراغ
   *[other] ألعب ولديّ وقت فراغ
}
area-play-text = { $who ->
    [guardian] اللعب والراحة والرياضة والثقافة والأصدقاء – وقت لما يحبه الطفل.
   *[other] { $age ->
        [young] يمكنك اللعب والراحة والمرح.
       *[other] اللعب والراحة والرياضة، وفعل ما يعجبك، ولقاء أصدقائك بعد المدرسة.
        [teen] وقت الفراغ والراحة والرياضة والثقافة، ولقاء الأصدقاء – ما يحلو لك أنت.
    }
}

area-voice-name = المشاركة
area-voice-title = { $who ->
    [guardian] صوت الطفل مسموع
   *[other] صوتي مسموع
}
area-voice-text = { $who ->
    [guardian] أن يعبّر الطفل عن رأيه، وأن يُستمع إليه في كل ما يخصّه.
   *[other] { $age ->
        [young] الكبار يستمعون إليك.
       *[other] أن يستمع الكبار إلى رأيك في الأمور التي تخصّك.
        [teen] التعبير عن رأيك، وأن يُستمع إليك في كل ما يخصّك.
    }
}

area-belonging-name = العلاقات
area-belonging-title = { $who ->
    [guardian] الطفل يشعر بالانتماء
   *[other] أشعر بالانتماء
}
area-belonging-text = { $who ->
    [guardian] العائلة والأصدقاء والهوية، وأن يكون للطفل مكان بين الآخرين ويشعر بأنه جزء منهم.
   *[other] { $age ->
        [young] عائلتك وأصدقاؤك. هم يريدونك معهم.
       *[other] عائلتك، وأصدقاؤك، ومن أنت، وأن يقبلك الآخرون معهم.
        [teen] العائلة والأصدقاء، وهويتك، والشعور بالانتماء وبأن لك مكانًا بين الآخرين.
    }
}
