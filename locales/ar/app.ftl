# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the wheel of the child's best interests): the app's own texts, in Arabic.
# Translated from Swedish, the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child, addressed politely as an adult.
# Register: simple Modern Standard Arabic. Where it reads naturally, gender-neutral forms are used
# (past tense, verbal nouns, "يمكنك ..."); otherwise the usual generic masculine.
# Phone numbers follow "BRIS" directly so that "116 111" keeps its digit order in right-to-left text.

# needs-native-review
app-name = عجلة مصلحة الطفل الفضلى
# needs-native-review
skip-to-content = الانتقال إلى المحتوى

## Language and read-aloud, in the header

# needs-native-review
language-label = اللغة
# needs-native-review
header-menu = القائمة
# needs-native-review
# The language's own name for itself, shown in the picker.
language-name = العربية
# needs-native-review
language-load-failed = لم نتمكن من تحميل اللغة. يمكنك المحاولة مرة أخرى عندما يتوفر الإنترنت.
# needs-native-review
read-aloud = قراءة بصوت عالٍ
# needs-native-review
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = قراءة بصوت عالٍ: { $text }
# needs-native-review
read-aloud-stop = إيقاف القراءة
# needs-native-review
read-aloud-no-voice = لا يوجد في هذا الجهاز صوت يستطيع قراءة العربية.
# needs-native-review
read-aloud-unsupported = هذا المتصفح لا يستطيع قراءة النص بصوت عالٍ.
# needs-native-review
auto-read-label = قراءة كل صفحة جديدة بصوت عالٍ
# needs-native-review
auto-read-on = مُفعَّل
# needs-native-review
auto-read-off = مُعطَّل

## Privacy and help, always on screen

# needs-native-review
privacy-note = { $age ->
    [young] لا تُرسَل الإجابات إلى أحد. من يستخدم الجهاز اللوحي نفسه يستطيع أن يراها – اقفلها بكلمة مرور.
   *[other] تُحفظ الإجابات على هذا الجهاز فقط، ولا تُرسَل إلى أحد إلا إذا قررت أنت مشاركتها. من يستخدم الجهاز نفسه يستطيع أن يراها – اقفل العجلة بكلمة مرور.
}
# needs-native-review
help-open = هل أنت بحاجة إلى مساعدة الآن؟
# needs-native-review
help-open-short = مساعدة
# needs-native-review
help-heading = مساعدة الآن
# needs-native-review
help-emergency = إذا كان أحد في خطر الآن، اتصل فورًا بالرقم 112.
# needs-native-review
help-bris = اتصل بـ BRIS 116 111 – مجانًا، ليلًا ونهارًا، ولا داعي لذكر اسمك. يمكنك أيضًا الدردشة على bris.se.
# needs-native-review
help-adult = { $age ->
    [young] أخبِر شخصًا كبيرًا تثق به – شخصًا في الروضة أو في البيت.
   *[other] يمكنك إخبار شخص كبير تثق به، مثل معلّم أو ممرضة المدرسة أو أحد أفراد عائلتك.
}
# needs-native-review
help-call-112 = اتصال بالرقم { $number }
# needs-native-review
help-call-bris = اتصال بـ BRIS { $number }
# needs-native-review
help-mind = هل تشعر بسوء شديد لدرجة أنك تفكر في إنهاء حياتك؟ تحدّث مع خط Mind لمنع الانتحار. يمكنك أيضًا الدردشة على mind.se. لا تحتاج أن تقول من أنت.
# needs-native-review
help-call-mind = اتصال بـ Mind { $number }
# needs-native-review
help-bris-adults = هاتف BRIS للكبار – عن الأطفال: لك إذا كنت شخصًا كبيرًا وقلقًا على طفل.
# needs-native-review
help-call-bris-adults = اتصال بهاتف BRIS للكبار { $number }
# needs-native-review
help-kvinnofrid = خط Kvinnofridslinjen: لكِ/لك إذا كنت تتعرض للتهديد أو العنف. مجاني ومفتوح ليلًا ونهارًا.
# needs-native-review
help-call-kvinnofrid = اتصال بـ Kvinnofridslinjen { $number }
# needs-native-review
help-1177 = خدمة 1177: نصائح صحية ليلًا ونهارًا، وأيضًا عن حال الطفل.
# needs-native-review
help-call-1177 = اتصال بالرقم { $number }
# needs-native-review
help-socialjour = في المساء والليل وعطلات نهاية الأسبوع تصل إلى مناوبة الخدمات الاجتماعية عبر 112 إذا كان طفل يحتاج إلى حماية.
# needs-native-review
help-kommun = هل أنت قلق من أن طفلًا يتعرض للأذى؟ قدّم بلاغ قلق إلى الخدمات الاجتماعية: اتصل بمقسم بلديتك واطلب التحدث مع الخدمات الاجتماعية.
# needs-native-review
help-call-kommun = { $kommun }: اتصال على { $number }
# needs-native-review
help-for-children = للأطفال والشباب
# needs-native-review
help-for-adults = للكبار القلقين على طفل
# needs-native-review
help-close = إغلاق
# needs-native-review
safety-alert-heading = ما أجبت به مهم.
# needs-native-review
safety-alert-text = { $who ->
    [guardian] إذا لم يكن الطفل في أمان: اتصل بالرقم 112 عند وجود خطر. ويمكن لكل من يشتبه في أن طفلًا يتعرض للأذى أن يقدّم بلاغ قلق إلى الخدمات الاجتماعية في البلدية – اتصل بمقسم البلدية، أو بالرقم 112 إذا كان الأمر عاجلًا.
   *[other] { $age ->
        [young] لا يحق لأحد أن يؤذيك، والأمر ليس خطأك أبدًا. أخبر شخصًا بالغًا تثق به. إذا كنت في خطر، اتصل بالرقم 112.
       *[other] لا يحق لأحد أن يؤذيك، والأمر ليس خطأك أبدًا. إذا كنت في خطر، اتصل بالرقم 112. يجيب BRIS 116 111 ليلًا ونهارًا.
    }
}
# needs-native-review
safety-alert-private = لا يرسل التطبيق إجاباتك إلى أي أحد.
# needs-native-review
safety-gentle-heading = لا يجب عليك أن تجيب.
# needs-native-review
safety-gentle-text = { $who ->
    [guardian] لا يجب عليك أن تجيب هنا. إذا لم يكن الطفل في أمان: اتصل بالرقم 112 في حالة الخطر.
   *[other] لا بأس إذا لم ترغب في الإجابة. إذا كان هناك شيء لا تشعر بالراحة تجاهه، يمكنك التحدث مع شخص بالغ تثق به، أو الاتصال بـ BRIS 116 111. الأمر ليس خطأك أبدًا.
}

## Shared devices: leave at once, or delete everything

# needs-native-review
quick-exit = خروج سريع
# needs-native-review
delete-all-heading = حذف كل شيء
# needs-native-review
delete-all-text = هل يستخدم هذا الجهاز أكثر من شخص؟ هنا يمكنك حذف كل ما حفظه التطبيق على هذا الجهاز: كل العجلات مع رسوماتها وتسجيلاتها والخطة والإعدادات.
# needs-native-review
delete-all = حذف كل شيء على هذا الجهاز
# needs-native-review
delete-all-question = سيُحذف كل ما حفظه التطبيق على هذا الجهاز. لا يمكن التراجع عن ذلك. هل تريد ذلك؟
# needs-native-review
delete-all-yes = نعم، احذف كل شيء
# needs-native-review
delete-all-no = لا، احتفظ بكل شيء
# needs-native-review
delete-all-done = تم حذف كل شيء من هذا الجهاز.

## Start page

# needs-native-review
start-heading = عجلة مصلحة الطفل الفضلى
# needs-native-review
start-intro = { $age ->
    [young] هنا يمكنك أن تقول كيف حالك. اضغط على الصور.
   *[other] هنا يمكنك أن تحكي كيف حالك في البيت وفي المدرسة وفي وقت فراغك – جزءًا بعد جزء.
}
# needs-native-review
start-new-heading = عجلة جديدة
# needs-native-review
start-nickname-label = بأي اسم نناديك؟ ليس عليك كتابة أي شيء.
# needs-native-review
age-young = من 4 إلى 7 سنوات
# needs-native-review
age-middle = من 8 إلى 12 سنة
# needs-native-review
age-teen = من 13 إلى 17 سنة
# needs-native-review
start-button = ابدأ عجلتي
# needs-native-review
who-choice-child = أنا الطفل
# needs-native-review
who-choice-guardian = أنا أحد الوالدين أو شخص بالغ آخر يرعى الطفل
# needs-native-review
start-child-name-label = اسم الطفل (يكفي الاسم الأول)
# needs-native-review
# Shown to a guardian before "Vem är du?": who may fill in, and what vårdnadshavare means.
start-guardian-explain = وليّ الأمر (vårdnadshavare) هو الشخص المسؤول عن الطفل بحسب القانون، وغالبًا هما الوالدان. ويمكن أيضًا لأسرة الرعاية البديلة (familjehem) أو للوصيّ المعيَّن (god man) أو لشخص بالغ آخر يرعى الطفل أن يملأ هذا. اكتب من أنت، ليظهر ذلك في الاجتماع.
# needs-native-review
start-author-label = من أنت؟ مثلًا: الأم أو الأب أو أحد والدَي أسرة الرعاية البديلة أو الوصيّ (god man) أو اسمك.
# needs-native-review
start-guardian-button = ابدأ الإجابة عن الطفل
# The start page's links: who answers and the child's age ($years is age-young, age-middle or age-teen).
# needs-native-review
start-child-age-link = عمري { $years }
# needs-native-review
start-guardian-age-link = عمر الطفل { $years }
# On the page that asks for the name: back to the start page's choices.
# needs-native-review
new-draft-choose-again = اختر شيئًا آخر
# needs-native-review
start-plan-heading = للاجتماع
# needs-native-review
start-plan-text = هل لديكم اجتماع تعاون بين الجهات المعنية؟ اجمعوا العجلات التي تمت مشاركتها، وأعدّوا مسودة «خطة الطفل».
# needs-native-review
start-plan-button = إعداد مسودة «خطة الطفل»
# needs-native-review
nav-classroom = العجلة في الصف (للمعلّمين)
# needs-native-review
start-continue-heading = المتابعة من حيث توقفت
# needs-native-review
draft-unnamed = عجلتي
# needs-native-review
draft-changed = آخر تعديل: { $days ->
        [0] اليوم
        [1] أمس
        [2] قبل يومين
        [few] قبل { $days } أيام
        [many] قبل { $days } يومًا
       *[other] قبل { $days } يوم
    }
# needs-native-review
# The noun follows $total (always 7 parts), so the wording is the same for every count.
draft-progress = { $count ->
    [zero] اكتمل { $count } من { $total } أجزاء
    [one] اكتمل { $count } من { $total } أجزاء
    [two] اكتمل { $count } من { $total } أجزاء
    [few] اكتمل { $count } من { $total } أجزاء
    [many] اكتمل { $count } من { $total } أجزاء
   *[other] اكتمل { $count } من { $total } أجزاء
}
# needs-native-review
draft-continue = متابعة { $name }
# needs-native-review
draft-delete = حذف { $name }
# needs-native-review
draft-delete-question = هل نحذف { $name }؟ ستختفي الإجابات من هذا الجهاز، ولا يمكن استرجاعها.
# needs-native-review
draft-delete-yes = نعم، احذف
# needs-native-review
draft-delete-no = لا، احتفظ بها
# needs-native-review
draft-deleted = تم حذف العجلة.

## The wheel

# needs-native-review
wheel-heading = عجلتي
# needs-native-review
wheel-heading-named = عجلتي – { $name }
# needs-native-review
wheel-instructions = { $who ->
    [guardian] اختر جزءًا من العجلة، وأخبرنا كيف ترى وضع الطفل. تُحفظ إجاباتك وحدها، ولا تُخلط أبدًا بإجابات الطفل أو أي شخص بالغ آخر.
   *[other] { $age ->
        [young] اضغط على صورة.
       *[other] اختر جزءًا من العجلة. يمكنك اختيار الأجزاء بالترتيب الذي يعجبك.
    }
}
# needs-native-review
wheel-label = عجلة مصلحة الطفل الفضلى، وفيها سبعة أجزاء
# needs-native-review
# The noun follows $total (always 7 parts), so the wording is the same for every count above 0.
wheel-progress = { $count ->
    [0] لم تُجب عن أي جزء بعد.
    [zero] لم تُجب عن أي جزء بعد.
    [one] أجبت عن { $count } من { $total } أجزاء.
    [two] أجبت عن { $count } من { $total } أجزاء.
    [few] أجبت عن { $count } من { $total } أجزاء.
    [many] أجبت عن { $count } من { $total } أجزاء.
   *[other] أجبت عن { $count } من { $total } أجزاء.
}
# needs-native-review
segment-label = { $area }: { $answer }
# needs-native-review
segment-not-answered = لا توجد إجابة بعد
# needs-native-review
wheel-about-me = عنّي
# needs-native-review
wheel-nickname-label = الاسم أو اسم الدلع
# needs-native-review
wheel-age-legend = العمر (يغيّر طريقة كتابة النصوص)

## An area

# needs-native-review
area-scale-question = { $who ->
    [guardian] كيف ترى حال الطفل في هذا الجزء؟
   *[other] { $age ->
        [young] كيف تشعر تجاه هذا؟
       *[other] كيف حالك في هذا الجزء؟
    }
}
# needs-native-review
scale-very-bad = سيئ جدًا
# needs-native-review
scale-bad = سيئ
# needs-native-review
scale-between = بين بين
# needs-native-review
scale-good = جيد
# needs-native-review
scale-very-good = جيد جدًا
# needs-native-review
scale-dont-know = لا أعرف
# needs-native-review
scale-rather-not-say = لا أريد أن أجيب
# needs-native-review
scale-clear = امسح إجابتي
# needs-native-review
scale-three-bad = سيئ
# needs-native-review
scale-three-between = بين بين
# needs-native-review
scale-three-good = جيد
# needs-native-review
scale-three-bad-compared = سيئ (من ثلاثة وجوه)
# needs-native-review
scale-three-between-compared = بين بين (من ثلاثة وجوه)
# needs-native-review
scale-three-good-compared = جيد (من ثلاثة وجوه)
# needs-native-review
feelings-question = { $who ->
    [guardian] برأيك، بماذا يشعر الطفل هنا؟ يمكنك اختيار أكثر من شعور، أو لا شيء.
   *[other] { $age ->
        [young] بماذا تشعر؟ يمكنك أن تختار أكثر من شعور.
       *[other] كيف تشعر؟ يمكنك اختيار أكثر من شعور، أو لا شيء.
    }
}
# needs-native-review
feelings-label = المشاعر
# needs-native-review
words-heading = { $who ->
    [guardian] بكلماتك الخاصة (اختياري)
   *[other] { $age ->
        [young] هل عندك كلام آخر؟ يمكن لشخص كبير أن يساعدك في الكتابة.
       *[other] يمكنك أن تكتب شيئًا إذا أردت. ليس عليك ذلك.
    }
}
# needs-native-review
words-good = { $who ->
    [guardian] ما يسير على ما يرام بالنسبة للطفل
   *[other] { $age ->
        [young] هذا جيد
       *[other] هذا جيد
        [teen] ما يسير على ما يرام
    }
}
# needs-native-review
words-hard = { $who ->
    [guardian] ما هو صعب بالنسبة للطفل
   *[other] { $age ->
        [young] هذا صعب
       *[other] هذا صعب
        [teen] ما هو صعب
    }
}
# needs-native-review
words-would-help = { $who ->
    [guardian] ما أعتقد أنه سيساعد الطفل
   *[other] { $age ->
        [young] هذا سيساعد
       *[other] هذا سيساعدني
        [teen] ما قد يساعد
    }
}
# needs-native-review
area-articles = { $count ->
    [zero] اتفاقية الأمم المتحدة لحقوق الطفل، المواد { $articles }
    [one] اتفاقية الأمم المتحدة لحقوق الطفل، المادة { $articles }
    [two] اتفاقية الأمم المتحدة لحقوق الطفل، المادتان { $articles }
    [few] اتفاقية الأمم المتحدة لحقوق الطفل، المواد { $articles }
    [many] اتفاقية الأمم المتحدة لحقوق الطفل، المواد { $articles }
   *[other] اتفاقية الأمم المتحدة لحقوق الطفل، المواد { $articles }
}
# needs-native-review
nav-previous = الجزء السابق: { $area }
# needs-native-review
nav-next = الجزء التالي: { $area }
# needs-native-review
nav-wheel = العودة إلى العجلة
# needs-native-review
nav-done = انتهيت – العودة إلى العجلة
# needs-native-review
nav-start = إلى صفحة البداية

## Whose view

# needs-native-review
who-child = الطفل
# needs-native-review
who-guardian = وليّ الأمر ({ $name })
# needs-native-review
who-guardian-unnamed = وليّ الأمر
# needs-native-review
who-professional = المختص ({ $name })
# needs-native-review
who-professional-unnamed = المختص

## Guide for guardians: who is the child's Barnens bästa-ansvarig?
# Explained as "the person responsible for the child's wellbeing"; the Swedish title is kept in
# brackets so that guardians recognise it in letters and meetings.

# needs-native-review
guide-heading = من المسؤول عن حصول الطفل على الدعم؟
# needs-native-review
guide-model = هذا جزء من Kronobarnsmodellen (نموذج أطفال كرونوبيري): طريقة العمل التي طوّرتها معًا بلديات مقاطعة كرونوبيري وRegion Kronoberg والشرطة والمنظمات الأهلية، ضمن مبادرة «Barnens bästa gäller! i Kronoberg» (مصلحة الطفل أولًا في كرونوبيري)، كي يحصل الأطفال على الدعم المناسب في الوقت المناسب.
# needs-native-review
guide-intro = لكل طفل في مقاطعة كرونوبيري شخص مسؤول عن مصلحة الطفل الفضلى (Barnens bästa-ansvarig): هو من يحرص على أن يحصل الطفل على الدعم المناسب في الوقت المناسب، ويمكنك أن تتوجّه إليه بصفتك أحد الوالدين أو أحد والدَي أسرة الرعاية البديلة أو الوصيّ (god man). ومن يكون هذا الشخص يعتمد على عمر الطفل ومدرسته:
# needs-native-review
guide-pregnancy = قبل الولادة: رعاية الأمومة.
# needs-native-review
guide-bvc = من الولادة حتى يبدأ الطفل الروضة أو المدرسة: مركز صحة الطفل (BVC).
# needs-native-review
guide-preschool = في الروضة: مدير الروضة.
# needs-native-review
guide-school = في المدرسة، حتى يبلغ الطفل 18 عامًا: مدير مدرسة الطفل.
# needs-native-review
guide-kaa = الشباب الذين لا يدرسون في المرحلة الثانوية: مسؤولية البلدية عن متابعة نشاط الشباب (KAA).
# needs-native-review
guide-unsure = لست متأكدًا من هو الشخص المسؤول عن مصلحة الطفل الفضلى (Barnens bästa-ansvarig)؟ اسأل مركز الاتصال في البلدية (kontaktcenter) أو منسّق مصلحة الأطفال في البلدية (Barnens bästa-samordnare).

## Sharing: nothing leaves the device without this screen and a confirm

# needs-native-review
share-open = مشاركة
# needs-native-review
share-heading = هذا ما يمكنك مشاركته
# needs-native-review
share-intro = لا يخرج من الجهاز إلا ما تراه هنا، وفقط عندما تختار أنت طريقة للمشاركة. أوقف الأجزاء التي تريد أن تحتفظ بها لنفسك.
# needs-native-review
share-area-switch = مشاركة { $area }
# needs-native-review
share-area-private = لا تتم مشاركته
# needs-native-review
share-who-may-see = من يمكنه أن يرى هذا في الاجتماع؟
# needs-native-review
share-see-everyone =
    { $who ->
        [child] كل من في الاجتماع، وعائلتك أيضًا
       *[guardian] كل من في الاجتماع، والعائلة أيضًا
    }
# needs-native-review
share-see-professionals =
    { $who ->
        [child] فقط الكبار الذين يعملون مع الأطفال، وليس عائلتك
       *[guardian] فقط المختصون، وليس العائلة
    }
# needs-native-review
share-see-professionals-note = لا يُعرض على الشاشة الكبيرة ولا يدخل فيما تحصل عليه العائلة.
# needs-native-review
share-voice-switch =
    { $who ->
        [child] شارك تسجيلي
       *[guardian] شارك التسجيل
    }
# needs-native-review
share-voice-off = لا يُشارَك التسجيل إلا إذا شغّلت هذا.
# needs-native-review
share-no-answer = لا توجد إجابة
# needs-native-review
share-confirm = اطّلعت على ما ستتم مشاركته.
# needs-native-review
share-ways-heading = اختر طريقة المشاركة
# needs-native-review
share-download = حفظ كملف
# needs-native-review
share-print = طباعة أو حفظ كملف PDF
# needs-native-review
share-copy-all = نسخ الكل كنص
# needs-native-review
share-copy-area = نسخ كنص
# needs-native-review
share-system = مشاركة عبر تطبيق
# needs-native-review
share-copied = تم النسخ.
# needs-native-review
share-copy-failed = لم نتمكن من النسخ. حدّد النص وانسخه بنفسك.
# needs-native-review
share-nothing = لم تختر أي شيء للمشاركة.
# needs-native-review
share-back = العودة إلى العجلة
# needs-native-review
print-footer = طُبعت في { $date }. هذه الصفحة من تطبيق «عجلة مصلحة الطفل الفضلى».
# needs-native-review
print-draft-footer = مسودة، طُبعت في { $date }. هذه الصفحة من تطبيق «عجلة مصلحة الطفل الفضلى».

## Barnets plan: the meeting's draft

# needs-native-review
plan-heading = خطة الطفل – مسودة
# needs-native-review
plan-intro = أضيفوا الملفات التي شاركها الطفل وأولياء الأمور. لا تعرض الخطة إلا الأجزاء التي رأى فيها أحدهم حاجة، وتبقى كل إجابة كما قُدّمت.
# needs-native-review
import-button = اختيار ملفات لإضافتها
# needs-native-review
import-drop = أو اسحب الملفات وأفلتها هنا.
# needs-native-review
import-error-too-large = الملف أكبر من أن يكون ملفًا من العجلة (أكثر من 8 MB).

## التسليم بالرموز: «اعرضه على كاميرا الاجتماع» في صفحة الطفل، «اقرأ بالكاميرا» في الاجتماع.
# needs-native-review
codes-show = اعرضه على كاميرا الاجتماع
# needs-native-review
codes-heading = اعرضه على كاميرا الاجتماع
# needs-native-review
codes-explain = أمسك الشاشة أمام كاميرا الاجتماع. تعرض الرموز ما في الملف نفسه، مرة بعد مرة – لا بأس إذا فاتت الكاميرا بعضها.
# needs-native-review
codes-only-while-open = تظهر الرموز فقط ما دام هذا المربع مفتوحًا.
# needs-native-review
codes-no-media = الرسومات والتسجيلات الصوتية لا تنتقل مع الرموز. احفظ كملف لتأخذها معك.
# needs-native-review
codes-locked = الرموز مقفلة بكلمة المرور الخاصة بك. يحتاج الاجتماع إلى كلمة المرور لفتحها.
# needs-native-review
codes-picture = رمز QR لكاميرا الاجتماع
# needs-native-review
codes-close = أغلق الرموز
# needs-native-review
codes-with-drawings = أضف الرسومات إلى الرموز (ستكون الرموز أكثر)
# needs-native-review
codes-no-voice = التسجيلات الصوتية لا تنتقل مع الرموز. احفظ كملف، أو اختر «إلى الاجتماع على هذا الحاسوب»، لتأخذها معك.
# needs-native-review
codes-too-large = هذا أكثر مما تتسع له الرموز. احفظ ملفًا بدلًا من ذلك.
# needs-native-review
codes-error-not-ours = هذا ليس رمزًا من العجلة.
# needs-native-review
codes-error-version = الرموز من نسخة أخرى من التطبيق. حدّث التطبيق، أو اختر الملف بدلًا من ذلك.
# needs-native-review
codes-error-other-transfer = هذه الرموز تخص عجلة أخرى غير الرموز الأولى. اقرأ عجلة واحدة في كل مرة.
# needs-native-review
codes-error-damaged = تعذّر جمع الرموز معًا. اعرضها مرة أخرى، أو اختر الملف بدلًا من ذلك.
# needs-native-review
camera-read = اقرأ بالكاميرا
# needs-native-review
camera-heading = اقرأ بالكاميرا
# needs-native-review
camera-explain = أمسك الشاشة التي تعرض الرموز أمام الكاميرا، على مسافة قصيرة، حتى تُقرأ كل الأجزاء.
# needs-native-review
camera-waiting = جارٍ البحث عن رموز …
# needs-native-review
camera-progress = { $have } من { $need } أجزاء
# needs-native-review
camera-done = تم. أُرسلت العجلة إلى الاجتماع، وأُطفئت الكاميرا.
# needs-native-review
camera-missing = لا توجد في هذا الحاسوب كاميرا يمكن للتطبيق استخدامها. اختر الملف بدلًا من ذلك.
# needs-native-review
camera-refused = لا يُسمح باستخدام الكاميرا. اسمح بالكاميرا في المتصفح، أو اختر الملف بدلًا من ذلك.
# needs-native-review
camera-no-meeting = صفحة الاجتماع لم تعد مفتوحة. افتح الكاميرا من الاجتماع مرة أخرى.
# needs-native-review
camera-close = أغلق الكاميرا
# needs-native-review
camera-file-name = من الكاميرا
# إلى الاجتماع على هذا الحاسوب: ما تتم مشاركته يذهب مباشرة إلى صفحة الاجتماع في علامة تبويب جديدة، دون ملف.
# needs-native-review
this-computer-send = إلى الاجتماع على هذا الحاسوب
# needs-native-review
this-computer-opened = يُفتح الاجتماع في علامة تبويب جديدة. ما تشاركه يذهب إلى هناك حالما يصبح الاجتماع جاهزًا.
# needs-native-review
this-computer-sent = ما تشاركه موجود الآن في الاجتماع في علامة التبويب الجديدة. لم يُحفظ أي ملف.
# needs-native-review
this-computer-blocked = أوقف المتصفح علامة التبويب الجديدة. اسمح بالنوافذ الجديدة لهذه الصفحة، أو احفظ كملف.
# needs-native-review
camera-done-child = تم. ما قررتموه في الاجتماع موجود الآن في التطبيق، وأُطفئت الكاميرا.
# needs-native-review
camera-no-child-page = الصفحة التي فتحت الكاميرا لم تعد مفتوحة. اضغط على «استلم من الاجتماع» مرة أخرى.
# needs-native-review
camera-missing-child = لا توجد في هذا الجهاز كاميرا يمكن للتطبيق استخدامها. اطلب الملخص على ورق بدلًا من ذلك.
# needs-native-review
camera-refused-child = لا يُسمح باستخدام الكاميرا. اسمح بالكاميرا في المتصفح، أو اطلب الملخص على ورق بدلًا من ذلك.
# needs-native-review
receive-link = استلم من الاجتماع
# needs-native-review
receive-heading = استلم من الاجتماع
# needs-native-review
receive-explain = عندما يعرض الاجتماع رموزًا لك: اضغط على «افتح الكاميرا» ووجّه الكاميرا نحو الشاشة التي تعرض الرموز حتى تُقرأ كل الأجزاء.
# needs-native-review
receive-kept-here = ما تم الاتفاق عليه يُحفظ على هذا الجهاز فقط، كعجلة مستقلة. يمكنك أن تقفلها بكلمة مرور وأن تحذفها متى شئت.
# needs-native-review
receive-open-camera = افتح الكاميرا
# needs-native-review
receive-window-blocked = تعذّر فتح الكاميرا في نافذة مستقلة. اسمح بفتح النوافذ لهذه الصفحة وحاول مرة أخرى.
# needs-native-review
receive-not-summary = هذا ليس ملخصًا من الاجتماع. اطلب من الاجتماع أن يعرض الرموز من «ملخص للطفل».
# needs-native-review
receive-not-kept = تعذّر الحفظ على هذا الجهاز. لم يتغير أي شيء آخر.
# needs-native-review
promised-heading = ما قررناه في الاجتماع
# needs-native-review
promised-made-on = الاجتماع في { $date }
# needs-native-review
promised-next = الاجتماع القادم: { $date }
# needs-native-review
promised-coordinator = إذا كان هناك شيء غير واضح، اسأل: { $contact }
# needs-native-review
promised-needs = المطلوب
# needs-native-review
promised-what = ماذا
# needs-native-review
promised-who = مَن
# needs-native-review
promised-when = متى
# needs-native-review
promised-happened-question = هل حدث ذلك؟
# needs-native-review
promised-happened-yes = نعم، حدث
# needs-native-review
promised-happened-no = لا، لم يحدث
# needs-native-review
promised-feels-question = كيف تشعر حيال ذلك الآن؟
# needs-native-review
promised-marks-leave = ما تجيب به هنا ينتقل مع العجلة عندما تشاركها للاجتماع القادم. لا ينتقل معها أي شيء آخر مما هو مكتوب هنا.
# needs-native-review
share-marks-heading = رأيك فيما قررناه
# needs-native-review
share-mark-feels = الشعور الآن: { $face }
# needs-native-review
import-error-file = { $file }: { $problem } لم يتغير أي شيء آخر.
# needs-native-review
import-done = تمت إضافة { $file }.
# needs-native-review
plan-perspectives-heading = المشمول في المسودة
# needs-native-review
plan-include = تضمين { $name }
# needs-native-review
plan-no-drafts = لم تتم إضافة أي عجلة بعد.
# needs-native-review
plan-no-areas = لم يرَ أحد أي حاجة في الأجزاء التي تمت مشاركتها.
# needs-native-review
plan-details-heading = عن الخطة
# needs-native-review
plan-child-name = اسم الطفل
# needs-native-review
plan-made-on = التاريخ
# needs-native-review
plan-coordinator = المنسّق المسؤول عن التعاون
# needs-native-review
plan-contact-name = الاسم
# needs-native-review
plan-contact-organisation = الجهة
# needs-native-review
plan-contact-reach = الهاتف أو البريد الإلكتروني
# needs-native-review
plan-next-evaluation = التقييم القادم
# needs-native-review
plan-participants = المشاركون في الاجتماع
# needs-native-review
plan-made-drawing = رسم رسمة
# needs-native-review
plan-made-voice-note = سجّل رسالة صوتية
# needs-native-review
plan-child-mark = عمّا اتُّفق عليه في المرة السابقة
# needs-native-review
plan-mark-feels-now = الشعور الآن
# needs-native-review
plan-needs = الاحتياجات
# needs-native-review
plan-actions = تدابير الدعم
# needs-native-review
plan-action-legend = التدبير { $number }
# needs-native-review
plan-action-what = ما الذي سيُفعل
# needs-native-review
plan-action-who = مَن
# needs-native-review
plan-action-when = متى
# needs-native-review
plan-action-when-hint = تاريخ أو كم مرة، مثلًا كل أسبوع
# needs-native-review
plan-action-missing = غير مذكور
# needs-native-review
plan-action-incomplete = غير مكتمل: اكتبوا مَن سيقوم به ومتى.
# needs-native-review
plan-action-add = إضافة تدبير
# needs-native-review
plan-action-remove = حذف التدبير { $number }
# needs-native-review
plan-action-removed = تم حذف التدبير { $number }. اضغط على تراجع لإعادته.
# needs-native-review
plan-action-undo = تراجع
# needs-native-review
plan-include-child-words = تضمين كلمات الطفل نفسه عند نسخ الخطة وطباعتها
# needs-native-review
plan-include-child-words-hint = بدونها تحمل النسخة والطباعة الإجابات والاحتياجات والتدابير فقط، لتبقى الخطة قصيرة.
# needs-native-review
plan-coordinator-task = يُختار مسؤول التعاون مع الطفل وأولياء الأمر في الاجتماع. هو يحافظ على الخطة حيّة ويدعو إلى التقييم.
# needs-native-review
plan-consent-given = الموافقة
# needs-native-review
plan-consent-gathered-by = جمع الموافقة
# needs-native-review
plan-contact = الشخص المسؤول عن التواصل
# needs-native-review
plan-copy = نسخ الخطة كنص
# needs-native-review
plan-print = طباعة الخطة
# needs-native-review
prepare-text-heading = قبل القرار – تقييم المسؤول عن مصلحة الطفل الفضلى (الخطوة 2 في Praxismodellen)
# needs-native-review
prepare-responsible = المسؤول عن مصلحة الطفل الفضلى
# needs-native-review
prepare-assessment = تقييمي
# needs-native-review
prepare-decision = القرار
# needs-native-review
prepare-decision-own = جهتنا نفسها تقدّم الدعم
# needs-native-review
prepare-decision-other = تُسأل جهة أخرى واحدة
# needs-native-review
prepare-decision-meeting = يُدعى إلى اجتماع تعاون
# needs-native-review
prepare-decision-note = ماذا، ومَن، ومتى
# needs-native-review
consent-heading = الموافقة
# needs-native-review
consent-reminder = قبل تبادل المعلومات بين الجهات، يجب أن يكون المسؤول عن مصلحة الطفل الفضلى قد حصل على موافقة أولياء الأمور وموافقة الطفل، بطريقة تناسب عمر الطفل. يتم ذلك قبل الاجتماع. يمكن سحب الموافقة في أي وقت.
# needs-native-review
consent-print = طباعة استمارة موافقة
# needs-native-review
consent-text = أوافق/نوافق على تبادل المعلومات اللازمة لخطة الطفل الخاصة بـ { $name } بين الجهات المذكورة أدناه، حتى يحصل الطفل على الدعم المناسب:
# needs-native-review
consent-withdraw = تسري الموافقة حتى إشعار آخر. ويمكن سحبها في أي وقت، شفهيًا أو كتابيًا، لدى المسؤول عن مصلحة الطفل الفضلى.
# needs-native-review
consent-child = عرف الطفل ماذا تعني الموافقة، بطريقة تناسب عمره، واستطاع أن يقول رأيه.
# needs-native-review
consent-child-signature = اسم الطفل، وتوقيعه إن أراد، والتاريخ
# needs-native-review
consent-gathered-signature = حصل على الموافقة المسؤول عن مصلحة الطفل الفضلى: الاسم والجهة والتاريخ
# needs-native-review
plan-consent-date = تاريخ إعطاء الموافقة
# needs-native-review
plan-consent-given-by-field = مَن أعطى الموافقة (أولياء الأمور والطفل)
# needs-native-review
plan-consent-gathered-by-field = مَن حصل على الموافقة (المسؤول عن مصلحة الطفل الفضلى)
# needs-native-review
consent-signature = توقيع وليّ الأمر، والاسم بخط واضح، والتاريخ

## Saving and loading

# needs-native-review
save-saved = تم الحفظ على هذا الجهاز.
# needs-native-review
save-other-tab = تغيّرت هذه العجلة في الوقت نفسه في علامة تبويب أخرى. حيث تغيّر الشيء نفسه في المكانين، يُعتمد ما حُفظ أخيرًا.
# needs-native-review
save-failed = لم نتمكن من الحفظ على هذا الجهاز. ما كتبته ما زال على الشاشة – لا تغلق الصفحة.
# needs-native-review
load-error-not-ours = هذه ليست عجلة من تطبيق «عجلة مصلحة الطفل الفضلى».
# needs-native-review
load-error-future = صُنعت هذه العجلة بنسخة أحدث من التطبيق. يرجى تحديث التطبيق والمحاولة مرة أخرى.
# needs-native-review
load-error-damaged = هذه العجلة تالفة، ولم نتمكن من قراءتها.
# needs-native-review
draft-not-found = لا توجد عجلة كهذه على هذا الجهاز. ربما تم حذفها.
# needs-native-review
area-not-found = هذا الجزء غير موجود في العجلة.
# needs-native-review
stored-damaged = { $count ->
    [zero] لم نتمكن من قراءة { $count } من العجلات المحفوظة. بقيت كما هي دون أي تغيير.
    [one] لم نتمكن من قراءة عجلة محفوظة واحدة. بقيت كما هي دون أي تغيير.
    [two] لم نتمكن من قراءة عجلتين محفوظتين. بقيتا كما هما دون أي تغيير.
    [few] لم نتمكن من قراءة { $count } عجلات محفوظة. بقيت كما هي دون أي تغيير.
    [many] لم نتمكن من قراءة { $count } عجلةً محفوظة. بقيت كما هي دون أي تغيير.
   *[other] لم نتمكن من قراءة { $count } من العجلات المحفوظة. بقيت كما هي دون أي تغيير.
}

# needs-native-review
# Passphrase lock: a draft on this device, or a shared file.
lock-summary = القفل بكلمة مرور
# needs-native-review
lock-explain = { $who ->
    [guardian] مع كلمة المرور، لا يستطيع قراءة ما هو مكتوب هنا إلا من يعرف كلمة المرور، حتى لو استخدم شخص آخر الجهاز. إذا نسيت كلمة المرور، فلا توجد طريقة لاسترجاعها.
   *[other] { $age ->
        [young] مع كلمة المرور، لا يستطيع أحد غيرك قراءة عجلتك. اطلب من شخص كبير أن يساعدك على تذكّر كلمة المرور.
       *[other] مع كلمة المرور، لا يستطيع قراءة عجلتك إلا من يعرف كلمة المرور، حتى لو استخدم شخص آخر الجهاز. إذا نسيت كلمة المرور، فلا توجد طريقة لاسترجاعها.
    }
}
# needs-native-review
lock-passphrase-label = اختر كلمة مرور (8 أحرف على الأقل)
# needs-native-review
lock-repeat-label = اكتب كلمة المرور نفسها مرة أخرى
# needs-native-review
lock-button = اقفل العجلة
# needs-native-review
lock-working = جارٍ القفل …
# needs-native-review
lock-error-too-short = يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.
# needs-native-review
lock-error-repeat = كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها مرتين.
# needs-native-review
lock-error-unavailable = هذا المتصفح لا يستطيع القفل بكلمة مرور. لم يتغير أي شيء.
# needs-native-review
lock-error-full = العجلة غير مقفلة: لا توجد مساحة على الجهاز لقفل التسجيلات والرسومات. لم يتغير أي شيء. وفّر مساحة وحاول مرة أخرى.
# needs-native-review
lock-error-media = العجلة غير مقفلة: لم يمكن قفل التسجيلات والرسومات. لم يتغير أي شيء. حاول مرة أخرى.
# needs-native-review
lock-remove-error = القفل ما زال قائمًا: لم يمكن فتح التسجيلات والرسومات. لم يتغير أي شيء. حاول مرة أخرى.
# needs-native-review
# The noun follows $minutes: 3–10 take the plural, every other number the singular.
lock-is-on = { $minutes ->
    [few] العجلة مقفلة بكلمة مرور. ستُقفل من جديد إذا لم يستخدمها أحد لمدة { $minutes } دقائق.
   *[other] العجلة مقفلة بكلمة مرور. ستُقفل من جديد إذا لم يستخدمها أحد لمدة { $minutes } دقيقة.
}
# needs-native-review
lock-now = اقفل الآن
# needs-native-review
lock-remove = إزالة كلمة المرور
# needs-native-review
unlock-heading = العجلة مقفلة
# needs-native-review
unlock-explain = اكتب كلمة المرور لفتح العجلة.
# needs-native-review
unlock-label = كلمة المرور
# needs-native-review
unlock-button = فتح
# needs-native-review
unlock-working = جارٍ الفتح …
# needs-native-review
unlock-error-wrong = كلمة المرور غير صحيحة. لم يتغير أي شيء – حاول مرة أخرى.
# needs-native-review
unlock-forgot = هل نسيت كلمة المرور؟ عندها لا يمكن قراءة ما هو مكتوب. يمكنك حذف العجلة من صفحة البداية والبدء من جديد.
# needs-native-review
draft-locked = عجلة مقفلة
# needs-native-review
share-lock-file = قفل الملف بكلمة مرور
# needs-native-review
share-lock-file-explain = من سيقرأ الملف يحتاج إلى كلمة المرور. أخبره بها بطريقة غير الطريقة التي ترسل بها الملف، مثلًا عبر الهاتف.
# needs-native-review
import-locked = الملف { $file } مقفل. اكتب كلمة المرور لإضافته.
# needs-native-review
lock-error-common = كلمة المرور هذه من أكثر كلمات المرور شيوعًا ويسهل تخمينها. اختر كلمة أخرى، مثلًا بضع كلمات متتالية.
# needs-native-review
lock-delete-note = يمكن لأي شخص يستخدم هذا الجهاز أن يحذف عجلة مقفلة، لكنه لا يستطيع قراءتها.
# needs-native-review
save-newer-version = حفظت نسخة أحدث من التطبيق هذه العجلة في علامة تبويب أخرى. لن تحفظ علامة التبويب هذه فوقها. ما كتبته ما زال على الشاشة – أعد تحميل الصفحة لتتابع.
# needs-native-review
load-error-no-version = لا يذكر الملف أي نسخة من التطبيق صنعته. ربما تم تغييره أو أنه تالف، ولم نتمكن من قراءته.
# needs-native-review
load-error-too-long = في الملف نصوص أطول مما يسمح به التطبيق، ولم نتمكن من قراءته.
# needs-native-review
update-ready = توجد نسخة جديدة من التطبيق. كل ما هو محفوظ يبقى عندما تنتقل إليها.
# needs-native-review
update-now = الانتقال إلى النسخة الجديدة

## About the app, closed at the foot of every page: the version, the source code's date,
## the licences and where the source code is (the address the county gave when it built the app).

# needs-native-review
about-heading = عن التطبيق
# needs-native-review
about-version = الإصدار { $version }
# needs-native-review
about-version-commit = الإصدار { $version } ({ $commit })
# needs-native-review
about-date = تاريخ الشيفرة المصدرية: { $date }
# needs-native-review
about-date-unknown = تاريخ الشيفرة المصدرية غير معروف: بُني التطبيق بدون git.
# needs-native-review
about-licences = التراخيص
# needs-native-review
about-licence-app = التطبيق برنامج حر: يجوز استخدامه بموجب ترخيص MIT أو Apache-2.0، أيهما تختار.
# needs-native-review
about-licence-pictograms = الصور رُسمت لهذا التطبيق، ويحق لأي شخص استخدامها بحرية (CC0-1.0).
# needs-native-review
about-licence-parts = الأجزاء التي بُني منها التطبيق، مع إصدار كل منها وترخيصه:
# needs-native-review
about-source = الشيفرة المصدرية موجودة على العنوان { $address }
# needs-native-review
about-source-not-set = لم يُحدَّد عنوان الشيفرة المصدرية عند بناء التطبيق.

## Draw: a drawing per area (src/child/drawing_pad.rs, src/ui/drawing_picture.rs)
# needs-native-review
drawing-heading = ارسم إن أردت
# needs-native-review
drawing-hint = ارسم بإصبعك أو بالفأرة أو بقلم.
# needs-native-review
drawing-surface-empty = مساحة الرسم. إنها فارغة.
# needs-native-review
drawing-surface-strokes = مساحة الرسم مع رسمتك: { $count ->
    [one] خط واحد
    [two] خطان
    [few] { $count } خطوط
   *[other] { $count } خطًا
}.
# needs-native-review
drawing-surface-text = مساحة الرسم مع رسمتك: { $text }
# needs-native-review
drawing-colours = اللون
# needs-native-review
drawing-colour-black = أسود
# needs-native-review
drawing-colour-red = أحمر
# needs-native-review
drawing-colour-blue = أزرق
# needs-native-review
drawing-colour-green = أخضر
# needs-native-review
drawing-colour-yellow = أصفر
# needs-native-review
drawing-colour-brown = بني
# needs-native-review
drawing-undo = تراجع
# needs-native-review
drawing-clear = امسح كل شيء
# needs-native-review
drawing-undone = اختفى آخر شيء رسمته.
# needs-native-review
drawing-cleared = اختفت الرسمة. اضغط على تراجع إن أردت استعادتها.
# needs-native-review
drawing-text-label = ماذا تُظهر الرسمة؟
# needs-native-review
drawing-text-hint = إن أردت. يُقرأ هذا بصوت عالٍ لمن لا يستطيع رؤية الرسمة.
# needs-native-review
drawing-not-opened = تعذّر فتح الرسمة.
# needs-native-review
drawing-picture = رسمة: { $text }
# needs-native-review
drawing-picture-untitled = رسمة
## Drawings and voice notes kept on the device (IndexedDB)

# needs-native-review
media-error-unavailable = لا يستطيع هذا المتصفح حفظ الصوت أو الرسومات. كل ما عدا ذلك يُحفَظ كالمعتاد.
# needs-native-review
media-error-full = لم يعد في الجهاز مكان، لذلك لم يُحفَظ هذا. كل ما حُفظ من قبل ما زال موجودًا.
# needs-native-review
media-error-wrong-key = هذا مقفل بكلمة مرور أخرى ولا يمكن فتحه هنا.
# needs-native-review
media-error-damaged = لا يمكن قراءة ما حُفظ. سيبقى كما هو.

## Voice note on an area ("Säg det")

# needs-native-review
voice-heading = قُلها
# needs-native-review
voice-explain = { $who ->
    [guardian] يمكنك أن تسجّل ما تريد قوله، دقيقة واحدة على الأكثر. يُحفَظ التسجيل على هذا الجهاز فقط.
   *[other] { $age ->
        [young] يمكنك أن تقول بصوتك ما تريد. يمكن لشخص كبير أن يساعدك.
       *[other] يمكنك أن تقول بصوتك ما تريد بدلًا من الكتابة، دقيقة واحدة على الأكثر. يُحفَظ هنا فقط.
    }
}
# needs-native-review
voice-record = سجّل
# needs-native-review
voice-stop = أوقف
# needs-native-review
voice-recording-started = التسجيل جارٍ الآن.
# needs-native-review
voice-elapsed = { $seconds } من { $limit } ثانية
# needs-native-review
voice-stopped-at-limit = مرّت دقيقة، لذلك توقف التسجيل.
# needs-native-review
voice-listen = { $who ->
    [guardian] استمع إلى التسجيل قبل أن تحفظه.
   *[other] استمع إلى ما قلته. هل تريد أن تحفظه؟
}
# needs-native-review
voice-your-recording = تسجيلك
# needs-native-review
voice-keep = احفظ التسجيل
# needs-native-review
voice-discard = احذفه وابدأ من جديد
# needs-native-review
voice-kept = { $who ->
    [guardian] حُفظ التسجيل.
   *[other] ما قلته محفوظ.
}
# needs-native-review
voice-delete = احذف التسجيل
# needs-native-review
voice-deleted = حُذف التسجيل.
# needs-native-review
voice-no-microphone = { $who ->
    [guardian] لا يمكن التسجيل هنا لأنه لا يوجد ميكروفون. يمكنك أن تكتب بدلًا من ذلك.
   *[other] { $age ->
        [young] لا يمكن التسجيل هنا لأنه لا يوجد ميكروفون. يمكنك أن ترسم بدلًا من ذلك، أو أن تطلب من شخص كبير أن يكتب.
       *[other] لا يمكن التسجيل هنا لأنه لا يوجد ميكروفون. يمكنك أن ترسم أو تكتب بدلًا من ذلك.
    }
}
# needs-native-review
voice-permission-refused = { $who ->
    [guardian] لا يمكن التسجيل هنا لأن استخدام الميكروفون غير مسموح. يمكنك أن تكتب بدلًا من ذلك.
   *[other] { $age ->
        [young] لا يمكن التسجيل هنا، ولا بأس بذلك. يمكنك أن ترسم بدلًا من ذلك، أو أن تطلب من شخص كبير أن يكتب.
       *[other] لا يمكن التسجيل هنا لأن استخدام الميكروفون غير مسموح. لا بأس – يمكنك أن ترسم أو تكتب بدلًا من ذلك.
    }
}
# needs-native-review
voice-not-supported = { $who ->
    [guardian] لا يستطيع هذا المتصفح التسجيل. يمكنك أن تكتب بدلًا من ذلك.
   *[other] { $age ->
        [young] لا يمكن التسجيل هنا. يمكنك أن ترسم بدلًا من ذلك، أو أن تطلب من شخص كبير أن يكتب.
       *[other] لا يمكن التسجيل هنا. يمكنك أن ترسم أو تكتب بدلًا من ذلك.
    }
}
# needs-native-review
voice-failed = لم ينجح التسجيل. يمكنك أن تحاول مرة أخرى.
# needs-native-review
voice-too-large = أصبح التسجيل كبيرًا جدًا ولا يمكن حفظه. جرّب تسجيلًا أقصر.

## The journey over time: per area, how each person's answer moved from meeting to meeting (a small chart)
# needs-native-review
journey-heading = كيف تغيّرت الإجابات من اجتماع إلى اجتماع
# needs-native-review
journey-meetings = الاجتماعات: { $dates }
# needs-native-review
journey-tag-child = الطفل
# needs-native-review
journey-tag-guardian = وليّ الأمر { $letter }
# needs-native-review
journey-tag-professional = مختص { $letter }
