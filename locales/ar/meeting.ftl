# The collaboration meeting (samverkansmöte) on the big screen, and its draft of «خطة الطفل»
# (Barnets plan), in Arabic. Read by professionals, addressed in the plural; the child and the
# guardians may be in the room.

meeting-session-note = الاجتماع موجود في علامة التبويب هذه فقط. «إنهاء الاجتماع» يحذف كل شيء من الحاسوب. إذا أغلقتم علامة التبويب دون إنهاء الاجتماع، يمكن للمتصفح أن يعيد الاجتماع إذا أعاد أحدٌ فتح علامة التبويب.
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = اجتماع التعاون هو الخطوة الثالثة في نموذج الممارسة (Praxismodellen) ضمن Kronobarnsmodellen: طريقة العمل التي طوّرها معًا كل من يلتقي بالأطفال في مقاطعة كرونوبيري، ضمن «Barnens bästa gäller! i Kronoberg» (مصلحة الطفل أولًا في كرونوبيري). الطفل وأولياء الأمور هم الأشخاص الأساسيون، وللطفل دور محوري حتى عندما لا يكون حاضرًا.
meeting-wheel-label = العجلة وعليها إجابات الجميع
meeting-legend = لمن الإجابات
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = الطفل
meeting-tag-guardian = وليّ الأمر { $letter }
meeting-no-answers = لا توجد إجابات
meeting-no-answer = لا توجد إجابة
meeting-choose-area = اختاروا جزءًا من العجلة لتروا كلمات الجميع جنبًا إلى جنب.
meeting-follow-up = تقييم الخطة المُعدّة في { $date }
meeting-earlier = المرة السابقة
meeting-now = الآن
meeting-agreed-then = ما تم الاتفاق عليه في المرة السابقة
meeting-save-file = حفظ الخطة كملف
meeting-end-heading = إنهاء الاجتماع
meeting-end = إنهاء الاجتماع
meeting-end-question = احفظوا الخطة أو اطبعوها أولًا إن كنتم تحتاجون إليها. بعد ذلك يُحذف من هذا الحاسوب كل ما أضافه الاجتماع وكل ما كُتب فيه.
meeting-end-yes = إنهاء وحذف
meeting-end-no = العودة إلى الاجتماع
import-earlier-plan = الملف { $file } هو الخطة السابقة، وتُعرض للتقييم.
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# The professional is addressed in the singular with gender-neutral forms ("يمكنك", verbal nouns).
meeting-tag-professional = مختص { $letter }
meeting-professional-heading = رؤيتك المهنية
meeting-professional-explain = يمكنك إضافة رؤيتك الخاصة. تُعرض على أنها رؤيتك، بجانب رؤية الطفل ورؤى أولياء الأمور، ولا تُدمج معها أبدًا.
meeting-professional-name = اسمك ووظيفتك
meeting-professional-add = إضافة رؤيتي
meeting-professional-answer = { $who }: رؤيتك حول { $area }
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child and speak to the child directly.
summary-heading = هذا ما قررناه
summary-open = ملخص للطفل
summary-language = لغة الملخص
summary-print = طباعة الملخص
summary-needs = ما سنساعدك فيه
summary-actions = ما سيحدث
summary-contact = هذا الشخص سيساعدك
summary-nothing = لم يتم الاتفاق على شيء بعد. اكتبوا الاحتياجات وتدابير الدعم في الخطة أولًا.
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = تبقى الملفات التي حفظتموها في المكان الذي حفظتموها فيه. احذفوها هي أيضًا إذا كان الحاسوب مشتركًا مع أشخاص آخرين.
plan-remove = إزالة { $name } من الاجتماع
meeting-save-failed = لم تتمكن علامة التبويب من حفظ آخر تغيير. إنه على الشاشة فقط – احفظوا الخطة كملف قبل الإغلاق.
meeting-file-offered = سُلّمت الخطة إلى المتصفح كملف. تأكدوا أنها حُفظت حيث أردتم.
meeting-file-failed = لم يقبل المتصفح الملف. لم يُحفظ أي شيء – حاولوا مرة أخرى أو اطبعوا الخطة.
import-error-too-many = في الاجتماع بالفعل أكبر عدد من العجلات يمكنه استقباله. أزيلوا واحدة أولًا.
import-error-same-id = للملف نفس المعرّف الذي لعجلة أخرى في الاجتماع، لكنه يخص شخصًا آخر. لم يُستورد.
import-error-second-child = في الاجتماع بالفعل عجلة من الطفل. لا تُخلط إجابات طفلين أبدًا. أزيلوا الأولى إذا أردتم استخدام هذا الملف.
import-error-older = في الاجتماع بالفعل نسخة أحدث من هذه العجلة. لم يُستورد الملف الأقدم.
import-replaced = تم استيراد { $file } وهو يحل محل نسخة أقدم من العجلة نفسها.
plan-include-earlier = تضمين { $name } من الخطة السابقة
meeting-unreadable = تعذرت قراءة الاجتماع الذي كان في علامة التبويب هذه. يبقى كما هو حتى تُنهوا الاجتماع، ويبدأ هنا اجتماع جديد.
meeting-duty-to-report = هل تشك في أن طفلًا يتعرض للأذى؟ عندها يجب عليك بصفتك مختصًا أن تقدم بلاغ قلق (orosanmälan) إلى الخدمات الاجتماعية فورًا. نموذج Kronobarnsmodellen لا يحل محل البلاغ، ولا تلزم أي موافقة لتقديمه.
