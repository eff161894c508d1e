# Barnets bästa-hjulet (the wheel of the child's best interests): the app's own texts, in Arabic.
# Translated from Swedish, the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child, addressed politely as an adult.
# Register: simple Modern Standard Arabic. Where it reads naturally, gender-neutral forms are used
# (past tense, verbal nouns, "يمكنك ..."); otherwise the usual generic masculine.
# Phone numbers follow "BRIS" directly so that "116 111" keeps its digit order in right-to-left text.

app-name = عجلة مصلحة الطفل الفضلى
skip-to-content = الانتقال إلى المحتوى

## Language and read-aloud, in the header

language-label = اللغة
# The language's own name for itself, shown in the picker.
language-name = العربية
language-load-failed = لم نتمكن من تحميل اللغة. يمكنك المحاولة مرة أخرى عندما يتوفر الإنترنت.
read-aloud = قراءة بصوت عالٍ
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = قراءة بصوت عالٍ: { $text }
read-aloud-stop = إيقاف القراءة
read-aloud-no-voice = لا يوجد في هذا الجهاز صوت يستطيع قراءة العربية.
read-aloud-unsupported = هذا المتصفح لا يستطيع قراءة النص بصوت عالٍ.
auto-read-label = قراءة كل صفحة جديدة بصوت عالٍ

## Privacy and help, always on screen

privacy-note = { $age ->
    [young] لا أحد يرى إجاباتك إلا إذا أردت.
   *[other] لا أحد يرى إجاباتك إلا إذا قررت أنت مشاركتها. إنها محفوظة على هذا الجهاز فقط.
}
help-open = هل أنت بحاجة إلى مساعدة الآن؟
help-heading = مساعدة الآن
help-emergency = إذا كان أحد في خطر الآن، اتصل فورًا بالرقم 112.
help-bris = اتصل بـ BRIS 116 111 – مجانًا، ليلًا ونهارًا، ولا داعي لذكر اسمك. يمكنك أيضًا الدردشة على bris.se.
help-adult = يمكنك إخبار شخص كبير تثق به، مثل معلّم أو ممرضة المدرسة أو أحد أفراد عائلتك.
help-call-112 = اتصال بالرقم { $number }
help-call-bris = اتصال بـ BRIS { $number }
help-close = إغلاق
safety-alert-heading = ما أجبت به مهم.
safety-alert-text = { $who ->
    [guardian] إذا لم يكن الطفل في أمان: اتصل بالرقم 112 عند وجود خطر. ويمكن لكل من يشتبه في أن طفلًا يتعرض للأذى أن يقدّم بلاغ قلق إلى الخدمات الاجتماعية في البلدية – اتصل بمقسم البلدية، أو بالرقم 112 إذا كان الأمر عاجلًا.
   *[other] { $age ->
        [young] لا يحق لأحد أن يؤذيك، والأمر ليس خطأك أبدًا. أخبر شخصًا بالغًا تثق به. إذا كنت في خطر، اتصل بالرقم 112.
       *[other] لا يحق لأحد أن يؤذيك، والأمر ليس خطأك أبدًا. إذا كنت في خطر، اتصل بالرقم 112. يجيب BRIS 116 111 ليلًا ونهارًا.
    }
}
safety-alert-private = لا يرسل التطبيق إجاباتك إلى أي أحد.
safety-gentle-heading = لا يجب عليك أن تجيب.
safety-gentle-text = { $who ->
    [guardian] لا يجب عليك أن تجيب هنا. إذا لم يكن الطفل في أمان: اتصل بالرقم 112 في حالة الخطر.
   *[other] لا بأس إذا لم ترغب في الإجابة. إذا كان هناك شيء لا تشعر بالراحة تجاهه، يمكنك التحدث مع شخص بالغ تثق به، أو الاتصال بـ BRIS 116 111. الأمر ليس خطأك أبدًا.
}

## Shared devices: leave at once, or delete everything

quick-exit = خروج سريع
delete-all-heading = حذف كل شيء
delete-all-text = هل يستخدم هذا الجهاز أكثر من شخص؟ هنا يمكنك حذف كل ما حفظه التطبيق على هذا الجهاز: كل العجلات والخطة والإعدادات.
delete-all = حذف كل شيء على هذا الجهاز
delete-all-question = سيُحذف كل ما حفظه التطبيق على هذا الجهاز. لا يمكن التراجع عن ذلك. هل تريد ذلك؟
delete-all-yes = نعم، احذف كل شيء
delete-all-no = لا، احتفظ بكل شيء
delete-all-done = تم حذف كل شيء من هذا الجهاز.

## Start page

start-heading = عجلة مصلحة الطفل الفضلى
start-intro = { $age ->
    [young] هنا يمكنك أن تقول كيف حالك. اضغط على الصور.
   *[other] هنا يمكنك أن تحكي كيف حالك في البيت وفي المدرسة وفي وقت فراغك – جزءًا بعد جزء.
}
start-new-heading = عجلة جديدة
start-nickname-label = بأي اسم نناديك؟ ليس عليك كتابة أي شيء.
start-age-legend = كم عمرك؟
age-young = من 4 إلى 7 سنوات
age-middle = من 8 إلى 12 سنة
age-teen = من 13 إلى 17 سنة
start-button = ابدأ عجلتي
start-who-legend = من يملأ العجلة؟
who-choice-child = أنا الطفل
who-choice-guardian = أنا وليّ الأمر
start-child-name-label = اسم الطفل (يكفي الاسم الأول)
start-author-label = من أنت؟ مثلًا: الأم أو الأب أو اسمك.
start-child-age-legend = كم عمر الطفل؟
start-guardian-button = ابدأ رؤيتي لوضع الطفل
start-plan-heading = للاجتماع
start-plan-text = هل لديكم اجتماع تعاون بين الجهات المعنية؟ اجمعوا العجلات التي تمت مشاركتها، وأعدّوا مسودة «خطة الطفل».
start-plan-button = إعداد مسودة «خطة الطفل»
nav-classroom = العجلة في الصف (للمعلّمين)
start-continue-heading = المتابعة من حيث توقفت
draft-unnamed = عجلتي
draft-changed = آخر تعديل: { $days ->
        [0] اليوم
        [1] أمس
        [2] قبل يومين
        [few] قبل { $days } أيام
        [many] قبل { $days } يومًا
       *[other] قبل { $days } يوم
    }
# The noun follows $total (always 7 parts), so the wording is the same for every count.
draft-progress = { $count ->
    [zero] اكتمل { $count } من { $total } أجزاء
    [one] اكتمل { $count } من { $total } أجزاء
    [two] اكتمل { $count } من { $total } أجزاء
    [few] اكتمل { $count } من { $total } أجزاء
    [many] اكتمل { $count } من { $total } أجزاء
   *[other] اكتمل { $count } من { $total } أجزاء
}
draft-continue = متابعة { $name }
draft-delete = حذف { $name }
draft-delete-question = هل نحذف { $name }؟ ستختفي الإجابات من هذا الجهاز، ولا يمكن استرجاعها.
draft-delete-yes = نعم، احذف
draft-delete-no = لا، احتفظ بها
draft-deleted = تم حذف العجلة.

## The wheel

wheel-heading = عجلتي
wheel-heading-named = عجلتي – { $name }
wheel-instructions = { $who ->
    [guardian] اختر جزءًا من العجلة، وأخبرنا كيف ترى وضع الطفل. تُحفظ رؤيتك منفصلة عن رؤية الطفل وعن رؤى أولياء الأمور الآخرين.
   *[other] { $age ->
        [young] اضغط على صورة.
       *[other] اختر جزءًا من العجلة. يمكنك اختيار الأجزاء بالترتيب الذي يعجبك.
    }
}
wheel-label = عجلة مصلحة الطفل الفضلى، وفيها سبعة أجزاء
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
segment-label = { $area }: { $answer }
segment-not-answered = لا توجد إجابة بعد
wheel-about-me = عنّي
wheel-nickname-label = الاسم أو اسم الدلع
wheel-age-legend = العمر (يغيّر طريقة كتابة النصوص)

## An area

area-scale-question = { $who ->
    [guardian] كيف حال الطفل في هذا الجزء، من وجهة نظرك؟
   *[other] { $age ->
        [young] كيف حالك؟
       *[other] كيف حالك في هذا الجزء؟
    }
}
scale-very-bad = سيئ جدًا
scale-bad = سيئ
scale-between = بين بين
scale-good = جيد
scale-very-good = جيد جدًا
scale-dont-know = لا أعرف
scale-rather-not-say = لا أريد أن أجيب
scale-clear = امسح إجابتي
words-heading = { $who ->
    [guardian] بكلماتك الخاصة (اختياري)
   *[other] { $age ->
        [young] هل عندك كلام آخر؟ يمكن لشخص كبير أن يساعدك في الكتابة.
       *[other] يمكنك أن تكتب شيئًا إذا أردت. ليس عليك ذلك.
    }
}
words-good = { $who ->
    [guardian] ما يسير على ما يرام بالنسبة للطفل
   *[other] { $age ->
        [young] هذا جيد
       *[other] هذا جيد
        [teen] ما يسير على ما يرام
    }
}
words-hard = { $who ->
    [guardian] ما هو صعب بالنسبة للطفل
   *[other] { $age ->
        [young] هذا صعب
       *[other] هذا صعب
        [teen] ما هو صعب
    }
}
words-would-help = { $who ->
    [guardian] ما أعتقد أنه سيساعد الطفل
   *[other] { $age ->
        [young] هذا سيساعد
       *[other] هذا سيساعدني
        [teen] ما قد يساعد
    }
}
area-articles = { $count ->
    [zero] اتفاقية الأمم المتحدة لحقوق الطفل، المواد { $articles }
    [one] اتفاقية الأمم المتحدة لحقوق الطفل، المادة { $articles }
    [two] اتفاقية الأمم المتحدة لحقوق الطفل، المادتان { $articles }
    [few] اتفاقية الأمم المتحدة لحقوق الطفل، المواد { $articles }
    [many] اتفاقية الأمم المتحدة لحقوق الطفل، المواد { $articles }
   *[other] اتفاقية الأمم المتحدة لحقوق الطفل، المواد { $articles }
}
nav-previous = الجزء السابق: { $area }
nav-next = الجزء التالي: { $area }
nav-wheel = العودة إلى العجلة
nav-done = انتهيت – العودة إلى العجلة
nav-start = إلى صفحة البداية

## Whose view

who-child = الطفل
who-guardian = وليّ الأمر ({ $name })
who-guardian-unnamed = وليّ الأمر
who-professional = المختص ({ $name })
who-professional-unnamed = المختص

## Guide for guardians: who is the child's Barnens bästa-ansvarig?
# Explained as "the person responsible for the child's wellbeing"; the Swedish title is kept in
# brackets so that guardians recognise it in letters and meetings.

guide-heading = من المسؤول عن حصول طفلي على الدعم؟
guide-intro = لكل طفل في مقاطعة كرونوبيري شخص مسؤول عن رفاه الطفل (Barnens bästa-ansvarig): هو من يحرص على أن يحصل الطفل على الدعم المناسب في الوقت المناسب. ومن يكون هذا الشخص يعتمد على عمر الطفل ومدرسته:
guide-pregnancy = قبل الولادة: رعاية الأمومة.
guide-bvc = من الولادة حتى يبدأ الطفل الروضة أو المدرسة: مركز صحة الطفل (BVC).
guide-preschool = في الروضة: مدير الروضة.
guide-school = في المدرسة، حتى يبلغ الطفل 18 عامًا: مدير مدرسة الطفل.
guide-kaa = الشباب الذين لا يدرسون في المرحلة الثانوية: مسؤولية البلدية عن متابعة نشاط الشباب (KAA).

## Sharing: nothing leaves the device without this screen and a confirm

share-open = مشاركة
share-heading = هذا ما يمكنك مشاركته
share-intro = لا يخرج من الجهاز إلا ما تراه هنا، وفقط عندما تختار أنت طريقة للمشاركة. أوقف الأجزاء التي تريد أن تحتفظ بها لنفسك.
share-area-switch = مشاركة { $area }
share-area-private = لا تتم مشاركته
share-no-answer = لا توجد إجابة
share-confirm = اطّلعت على ما ستتم مشاركته.
share-ways-heading = اختر طريقة المشاركة
share-download = حفظ كملف
share-print = طباعة أو حفظ كملف PDF
share-copy-all = نسخ الكل كنص
share-copy-area = نسخ كنص
share-system = مشاركة عبر تطبيق
share-copied = تم النسخ.
share-copy-failed = لم نتمكن من النسخ. حدّد النص وانسخه بنفسك.
share-nothing = لم تختر أي شيء للمشاركة.
share-back = العودة إلى العجلة
print-footer = طُبعت في { $date }. هذه الصفحة من تطبيق «عجلة مصلحة الطفل الفضلى».
print-draft-footer = مسودة، طُبعت في { $date }. هذه الصفحة من تطبيق «عجلة مصلحة الطفل الفضلى».

## Barnets plan: the meeting's draft

plan-heading = خطة الطفل – مسودة
plan-intro = أضيفوا الملفات التي شاركها الطفل وأولياء الأمور. لا تعرض الخطة إلا الأجزاء التي رأى فيها أحدهم حاجة، وتبقى كل إجابة كما قُدّمت.
import-button = اختيار ملفات لإضافتها
import-drop = أو اسحب الملفات وأفلتها هنا.
import-error-too-large = الملف أكبر من أن يكون ملفًا من العجلة (أكثر من 8 MB).
import-error-file = { $file }: { $problem } لم يتغير أي شيء آخر.
import-done = تمت إضافة { $file }.
plan-perspectives-heading = المشمول في المسودة
plan-include = تضمين { $name }
plan-no-drafts = لم تتم إضافة أي عجلة بعد.
plan-no-areas = لم يرَ أحد أي حاجة في الأجزاء التي تمت مشاركتها.
plan-details-heading = عن الخطة
plan-child-name = اسم الطفل
plan-made-on = التاريخ
plan-coordinator = المنسّق المسؤول عن التعاون
plan-contact-name = الاسم
plan-contact-organisation = الجهة
plan-contact-reach = الهاتف أو البريد الإلكتروني
plan-next-evaluation = المتابعة القادمة
plan-participants = المشاركون في الاجتماع
plan-needs = الاحتياجات
plan-actions = تدابير الدعم
plan-action-legend = التدبير { $number }
plan-action-what = ما الذي سيُفعل
plan-action-who = مَن
plan-action-when = متى
plan-action-when-hint = تاريخ أو كم مرة، مثلًا كل أسبوع
plan-action-missing = غير مذكور
plan-action-incomplete = غير مكتمل: اكتبوا مَن سيقوم به ومتى.
plan-action-add = إضافة تدبير
plan-action-remove = حذف التدبير { $number }
plan-include-child-words = تضمين كلمات الطفل نفسه عند نسخ الخطة وطباعتها
plan-include-child-words-hint = بدونها تحمل النسخة والطباعة الإجابات والاحتياجات والتدابير فقط، لتبقى الخطة قصيرة.
plan-coordinator-task = يُختار مسؤول التعاون مع الطفل وأولياء الأمر في الاجتماع. هو يحافظ على الخطة حيّة ويدعو إلى التقييم.
plan-consent-given = الموافقة
plan-consent-gathered-by = جمع الموافقة
plan-contact = الشخص المسؤول عن التواصل
plan-copy = نسخ الخطة كنص
plan-print = طباعة الخطة
consent-heading = الموافقة مطلوبة
consent-reminder = عند مشاركة رؤية الطفل ورؤى أولياء الأمور بين الجهات المختلفة، يجب أن يعطي أولياء الأمور موافقتهم أولًا.
consent-print = طباعة استمارة موافقة
consent-text = أوافق/نوافق على مشاركة المعلومات المتعلقة بالطفل { $name } بين هذه الجهات، حتى يحصل الطفل على الدعم المناسب:
consent-signature = توقيع وليّ الأمر، والاسم بخط واضح، والتاريخ

## Saving and loading

save-saved = تم الحفظ على هذا الجهاز.
save-other-tab = تغيّرت هذه العجلة في الوقت نفسه في علامة تبويب أخرى. حيث تغيّر الشيء نفسه في المكانين، يُعتمد ما حُفظ أخيرًا.
save-failed = لم نتمكن من الحفظ على هذا الجهاز. ما كتبته ما زال على الشاشة – لا تغلق الصفحة.
load-error-not-ours = هذه ليست عجلة من تطبيق «عجلة مصلحة الطفل الفضلى».
load-error-future = صُنعت هذه العجلة بنسخة أحدث من التطبيق. يرجى تحديث التطبيق والمحاولة مرة أخرى.
load-error-damaged = هذه العجلة تالفة، ولم نتمكن من قراءتها.
draft-not-found = لا توجد عجلة كهذه على هذا الجهاز. ربما تم حذفها.
area-not-found = هذا الجزء غير موجود في العجلة.
stored-damaged = { $count ->
    [zero] لم نتمكن من قراءة { $count } من العجلات المحفوظة. بقيت كما هي دون أي تغيير.
    [one] لم نتمكن من قراءة عجلة محفوظة واحدة. بقيت كما هي دون أي تغيير.
    [two] لم نتمكن من قراءة عجلتين محفوظتين. بقيتا كما هما دون أي تغيير.
    [few] لم نتمكن من قراءة { $count } عجلات محفوظة. بقيت كما هي دون أي تغيير.
    [many] لم نتمكن من قراءة { $count } عجلةً محفوظة. بقيت كما هي دون أي تغيير.
   *[other] لم نتمكن من قراءة { $count } من العجلات المحفوظة. بقيت كما هي دون أي تغيير.
}

# Passphrase lock: a draft on this device, or a shared file.
lock-summary = القفل بكلمة مرور
lock-explain = { $who ->
    [guardian] مع كلمة المرور، لا يستطيع قراءة ما هو مكتوب هنا إلا من يعرف كلمة المرور، حتى لو استخدم شخص آخر الجهاز. إذا نسيت كلمة المرور، فلا توجد طريقة لاسترجاعها.
   *[other] { $age ->
        [young] مع كلمة المرور، لا يستطيع أحد غيرك قراءة عجلتك. اطلب من شخص كبير أن يساعدك على تذكّر كلمة المرور.
       *[other] مع كلمة المرور، لا يستطيع قراءة عجلتك إلا من يعرف كلمة المرور، حتى لو استخدم شخص آخر الجهاز. إذا نسيت كلمة المرور، فلا توجد طريقة لاسترجاعها.
    }
}
lock-passphrase-label = اختر كلمة مرور (8 أحرف على الأقل)
lock-repeat-label = اكتب كلمة المرور نفسها مرة أخرى
lock-button = اقفل العجلة
lock-working = جارٍ القفل …
lock-error-too-short = يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.
lock-error-repeat = كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها مرتين.
lock-error-unavailable = هذا المتصفح لا يستطيع القفل بكلمة مرور. لم يتغير أي شيء.
# The noun follows $minutes: 3–10 take the plural, every other number the singular.
lock-is-on = { $minutes ->
    [few] العجلة مقفلة بكلمة مرور. ستُقفل من جديد إذا لم يستخدمها أحد لمدة { $minutes } دقائق.
   *[other] العجلة مقفلة بكلمة مرور. ستُقفل من جديد إذا لم يستخدمها أحد لمدة { $minutes } دقيقة.
}
lock-now = اقفل الآن
lock-remove = إزالة كلمة المرور
unlock-heading = العجلة مقفلة
unlock-explain = اكتب كلمة المرور لفتح العجلة.
unlock-label = كلمة المرور
unlock-button = فتح
unlock-working = جارٍ الفتح …
unlock-error-wrong = كلمة المرور غير صحيحة. لم يتغير أي شيء – حاول مرة أخرى.
unlock-forgot = هل نسيت كلمة المرور؟ عندها لا يمكن قراءة ما هو مكتوب. يمكنك حذف العجلة من صفحة البداية والبدء من جديد.
draft-locked = عجلة مقفلة
share-lock-file = قفل الملف بكلمة مرور
share-lock-file-explain = من سيقرأ الملف يحتاج إلى كلمة المرور. أخبره بها بطريقة غير الطريقة التي ترسل بها الملف، مثلًا عبر الهاتف.
import-locked = الملف { $file } مقفل. اكتب كلمة المرور لإضافته.
lock-error-common = كلمة المرور هذه من أكثر كلمات المرور شيوعًا ويسهل تخمينها. اختر كلمة أخرى، مثلًا بضع كلمات متتالية.
lock-delete-note = يمكن لأي شخص يستخدم هذا الجهاز أن يحذف عجلة مقفلة، لكنه لا يستطيع قراءتها.
save-newer-version = حفظت نسخة أحدث من التطبيق هذه العجلة في علامة تبويب أخرى. لن تحفظ علامة التبويب هذه فوقها. ما كتبته ما زال على الشاشة – أعد تحميل الصفحة لتتابع.
load-error-no-version = لا يذكر الملف أي نسخة من التطبيق صنعته. ربما تم تغييره أو أنه تالف، ولم نتمكن من قراءته.
load-error-too-long = في الملف نصوص أطول مما يسمح به التطبيق، ولم نتمكن من قراءته.
update-ready = توجد نسخة جديدة من التطبيق. كل ما هو محفوظ يبقى عندما تنتقل إليها.
update-now = الانتقال إلى النسخة الجديدة
