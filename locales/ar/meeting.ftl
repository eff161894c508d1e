# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# The collaboration meeting (samverkansmöte) on the big screen, and its draft of «خطة الطفل»
# (Barnets plan), in Arabic. Read by professionals, addressed in the plural; the child and the
# guardians may be in the room.

# needs-native-review
meeting-session-note = الاجتماع موجود في علامة التبويب هذه فقط. «إنهاء الاجتماع» يحذف كل شيء من الحاسوب. إذا أغلقتم علامة التبويب دون إنهاء الاجتماع، يمكن للمتصفح أن يعيد الاجتماع إذا أعاد أحدٌ فتح علامة التبويب.
# needs-native-review
meeting-step-legend = أين أنتم في Praxismodellen؟
# needs-native-review
meeting-step-preparation = قبل الاجتماع – الخطوة 2
# needs-native-review
meeting-step-meeting = اجتماع التعاون – الخطوة 3
# needs-native-review
prepare-heading = قبل الاجتماع: تقييمك وقرارك
# needs-native-review
prepare-intro = بصفتك المسؤول عن مصلحة الطفل الفضلى، تُحضر عجلة الطفل وعجلات أولياء الأمور، وتكتب تقييمك لكل مجال، وتقرر ماذا سيحدث. كل شيء يبقى في هذا التبويب فقط حتى تُنهي.
# needs-native-review
prepare-decision-legend = ماذا سيحدث؟
# needs-native-review
prepare-copy = نسخ التقييم كنص
# needs-native-review
prepare-print = طباعة التقييم
# needs-native-review
prepare-nothing = لم تُحضَر أي عجلات بعد. أحضِرها في الأعلى.
# needs-native-review
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = اجتماع التعاون هو الخطوة الثالثة في نموذج الممارسة (Praxismodellen) ضمن Kronobarnsmodellen: طريقة العمل التي طوّرها معًا كل من يلتقي بالأطفال في مقاطعة كرونوبيري، ضمن «Barnens bästa gäller! i Kronoberg» (مصلحة الطفل أولًا في كرونوبيري). الطفل وأولياء الأمور هم الأشخاص الأساسيون، وللطفل دور محوري حتى عندما لا يكون حاضرًا.
# needs-native-review
meeting-wheel-label = العجلة وعليها إجابات الجميع
# needs-native-review
meeting-legend = لمن الإجابات
# needs-native-review
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = الطفل
# needs-native-review
meeting-tag-guardian = وليّ الأمر { $letter }
# needs-native-review
meeting-no-answers = لا توجد إجابات
# needs-native-review
meeting-no-answer = لا توجد إجابة
# needs-native-review
meeting-choose-area = اختاروا جزءًا من العجلة لتروا كلمات الجميع جنبًا إلى جنب.
# needs-native-review
meeting-projector-open = افتحوا العرض على شاشة العرض
# needs-native-review
meeting-projector-is-open = العرض على شاشة العرض مفتوح. لا يظهر فيه إلا ما يُسمح لكل من في الغرفة برؤيته.
# needs-native-review
meeting-projector-close = أغلقوا العرض على شاشة العرض
# needs-native-review
meeting-projector-heading = العرض على شاشة العرض
# needs-native-review
meeting-projector-waiting = تظهر العجلة هنا عندما يكون الاجتماع مفتوحًا في النافذة الأخرى.
# needs-native-review
meeting-projector-ended = انتهى الاجتماع. يمكنكم إغلاق هذه النافذة.
# needs-native-review
meeting-professionals-only = للمختصين فقط
# needs-native-review
meeting-show-professionals-only = أظهروا ما هو للمختصين فقط
# needs-native-review
meeting-follow-up = تقييم الخطة المُعدّة في { $date }
# needs-native-review
meeting-earlier = المرة السابقة
# needs-native-review
meeting-now = الآن
# needs-native-review
meeting-agreed-then = ما تم الاتفاق عليه في المرة السابقة
# needs-native-review
meeting-save-file = حفظ الخطة كملف
# needs-native-review
meeting-end-heading = إنهاء الاجتماع
# needs-native-review
meeting-end = إنهاء الاجتماع
# needs-native-review
meeting-end-question = احفظوا الخطة أو اطبعوها أولًا إن كنتم تحتاجون إليها. بعد ذلك يُحذف من هذا الحاسوب كل ما أضافه الاجتماع وكل ما كُتب فيه.
# needs-native-review
meeting-end-yes = إنهاء وحذف
# needs-native-review
meeting-end-no = العودة إلى الاجتماع
# needs-native-review
import-earlier-plan = الملف { $file } هو الخطة السابقة، وتُعرض للتقييم.
# needs-native-review
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# The professional is addressed in the singular with gender-neutral forms ("يمكنك", verbal nouns).
meeting-tag-professional = مختص { $letter }
# needs-native-review
meeting-professional-heading = رؤيتك المهنية
# needs-native-review
meeting-professional-explain = يمكنك إضافة رؤيتك الخاصة. تُعرض على أنها رؤيتك، بجانب رؤية الطفل ورؤى أولياء الأمور، ولا تُدمج معها أبدًا.
# needs-native-review
meeting-professional-name = اسمك ووظيفتك
# needs-native-review
meeting-professional-add = إضافة رؤيتي
# needs-native-review
meeting-professional-answer = { $who }: رؤيتك حول { $area }
# needs-native-review
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals;
# the other summary texts are read by the child and speak to the child directly.
summary-heading = هذا ما قررناه
# needs-native-review
summary-open = ملخص للطفل
# needs-native-review
summary-language = لغة الملخص
# needs-native-review
summary-print = طباعة الملخص
# needs-native-review
summary-needs = ما سنساعدك فيه
# needs-native-review
summary-actions = ما سيحدث
# needs-native-review
summary-contact = هذا الشخص سيساعدك
# needs-native-review
summary-nothing = لم يتم الاتفاق على شيء بعد. اكتبوا الاحتياجات وتدابير الدعم في الخطة أولًا.
# needs-native-review
summary-codes-show = اعرضه على هاتف الطفل
# needs-native-review
summary-codes-heading = اعرضه على هاتف الطفل
# needs-native-review
summary-codes-explain = في التطبيق على هاتف الطفل أو هاتف العائلة: اضغطوا على «استلم من الاجتماع» ووجّهوا الكاميرا نحو الرموز. تعرض الرموز ما هو مكتوب في الملخص – لا إجابات أحد ولا كلماته.
# needs-native-review
summary-codes-picture = رمز QR فيه الملخص لهاتف الطفل
# needs-native-review
meeting-child-marks = { $name } عمّا تم الاتفاق عليه في المرة السابقة
# needs-native-review
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = تبقى الملفات التي حفظتموها في المكان الذي حفظتموها فيه. احذفوها هي أيضًا إذا كان الحاسوب مشتركًا مع أشخاص آخرين.
# needs-native-review
plan-remove = إزالة { $name } من الاجتماع
# needs-native-review
meeting-save-failed = لم تتمكن علامة التبويب من حفظ آخر تغيير. إنه على الشاشة فقط – احفظوا الخطة كملف قبل الإغلاق.
# needs-native-review
meeting-file-offered = سُلّمت الخطة إلى المتصفح كملف. تأكدوا أنها حُفظت حيث أردتم.
# needs-native-review
meeting-file-failed = لم يقبل المتصفح الملف. لم يُحفظ أي شيء – حاولوا مرة أخرى أو اطبعوا الخطة.
# needs-native-review
import-error-too-many = في الاجتماع بالفعل أكبر عدد من العجلات يمكنه استقباله. أزيلوا واحدة أولًا.
# needs-native-review
import-error-same-id = للملف نفس المعرّف الذي لعجلة أخرى في الاجتماع، لكنه يخص شخصًا آخر. لم يُستورد.
# needs-native-review
import-error-second-child = في الاجتماع بالفعل عجلة من الطفل. لا تُخلط إجابات طفلين أبدًا. أزيلوا الأولى إذا أردتم استخدام هذا الملف.
# needs-native-review
import-error-older = في الاجتماع بالفعل نسخة أحدث من هذه العجلة. لم يُستورد الملف الأقدم.
# needs-native-review
import-replaced = تم استيراد { $file } وهو يحل محل نسخة أقدم من العجلة نفسها.
# needs-native-review
import-from-this-computer = من هذا الحاسوب
# needs-native-review
plan-include-earlier = تضمين { $name } من الخطة السابقة
# needs-native-review
meeting-unreadable = تعذرت قراءة الاجتماع الذي كان في علامة التبويب هذه. يبقى كما هو حتى تُنهوا الاجتماع، ويبدأ هنا اجتماع جديد.
# needs-native-review
meeting-duty-to-report = هل تشك في أن طفلًا يتعرض للأذى؟ عندها يجب عليك بصفتك مختصًا أن تقدم بلاغ قلق (orosanmälan) إلى الخدمات الاجتماعية فورًا. نموذج Kronobarnsmodellen لا يحل محل البلاغ، ولا تلزم أي موافقة لتقديمه.
# needs-native-review
meeting-voice-note = تسجيل صوتي
# needs-native-review
meeting-voice-bring-again = كان هنا تسجيل صوتي. أدخل الملف مرة أخرى لتسمعه: الاجتماع لا يحتفظ بالصوت عند إعادة تحميل الصفحة.
# The journey over time: an older plan brought in beside the one followed up.
# needs-native-review
import-earlier-journey = الملف { $file } خطة أقدم. تظهر الآن إجابات ذلك الاجتماع في المسار عبر الزمن.
# needs-native-review
import-earlier-again = الملف { $file } مُدخل من قبل. الخطة نفسها تُحسب مرة واحدة فقط.
# needs-native-review
import-error-too-many-meetings = يمكن أن يعرض المسار عبر الزمن 12 اجتماعًا على الأكثر. لم تُضف الخطة.
# needs-native-review
import-error-plan-without-date = الخطة بلا تاريخ وهي أقدم من الخطة التي تجري متابعتها. لا يمكن عرضها في المسار عبر الزمن.
