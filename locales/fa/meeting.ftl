# The collaboration meeting (samverkansmöte) on the big screen, and its draft of «برنامه کودک»
# (Barnets plan), in Persian/Dari. Read by professionals, addressed as "شما"; the child and the
# guardians may be in the room.

meeting-session-note = جلسه فقط در همین تب مرورگر است. «پایان جلسه» همه‌چیز را از کامپیوتر پاک می‌کند. اگر تب را بدون پایان دادن جلسه ببندید، مرورگر می‌تواند جلسه را برگرداند اگر کسی تب را دوباره باز کند.
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = جلسه همکاری گام سوم Praxismodellen (مدل کار عملی) در Kronobarnsmodellen است: روش کاری که همه کسانی که در استان کرونوبری با کودکان سروکار دارند، با هم در چارچوب «Barnens bästa gäller! i Kronoberg» (منافع عالیه کودک در کرونوبری مقدم است) ساخته‌اند. کودک و سرپرستان افراد اصلی جلسه هستند و کودک حتی وقتی حاضر نیست، نقش محوری دارد.
meeting-wheel-label = چرخ با جواب‌های همه
meeting-legend = جواب چه کسی
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = کودک
meeting-tag-guardian = سرپرست { $letter }
meeting-no-answers = هیچ جوابی نیست
meeting-no-answer = بدون جواب
meeting-choose-area = یک بخش از چرخ را انتخاب کنید تا حرف‌های همه را کنار هم ببینید.
meeting-follow-up = ارزیابی برنامه‌ای که در { $date } آماده شد
meeting-earlier = دفعه قبل
meeting-now = حالا
meeting-agreed-then = آنچه دفعه قبل تصمیم گرفته شد
meeting-save-file = ذخیره برنامه به صورت فایل
meeting-end-heading = پایان جلسه
meeting-end = پایان جلسه
meeting-end-question = اگر به برنامه نیاز دارید، اول آن را ذخیره یا چاپ کنید. بعد همه چیزهایی که در این جلسه وارد یا نوشته شده از این کامپیوتر پاک می‌شود.
meeting-end-yes = پایان و پاک کردن
meeting-end-no = برگشت به جلسه
import-earlier-plan = { $file } برنامه قبلی است. برای ارزیابی نشان داده می‌شود.
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
meeting-tag-professional = متخصص { $letter }
meeting-professional-heading = دیدگاه شما به عنوان متخصص
meeting-professional-explain = می‌توانید دیدگاه خودتان را اضافه کنید. این دیدگاه به عنوان دیدگاه شما، کنار دیدگاه کودک و سرپرستان نشان داده می‌شود و هرگز با دیدگاه آن‌ها ترکیب نمی‌شود.
meeting-professional-name = نام و نقش شما
meeting-professional-add = افزودن دیدگاه من
meeting-professional-answer = { $who }: دیدگاه شما درباره { $area }
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals ("شما");
# the other summary texts are read by the child, addressed as "تو".
summary-heading = این‌ها را تصمیم گرفتیم
summary-open = خلاصه برای کودک
summary-language = زبان خلاصه
summary-print = چاپ خلاصه
summary-needs = چیزهایی که در آن‌ها به تو کمک می‌کنیم
summary-actions = کارهایی که انجام می‌شود
summary-contact = این شخص به تو کمک می‌کند
summary-nothing = هنوز چیزی تصمیم گرفته نشده است. اول نیازها و اقدامات حمایتی را در برنامه بنویسید.
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = فایل‌هایی که ذخیره کرده‌اید همان جایی می‌مانند که ذخیره‌شان کرده‌اید. اگر دیگران هم از کامپیوتر استفاده می‌کنند، آن فایل‌ها را هم پاک کنید.
plan-remove = حذف { $name } از جلسه
meeting-save-failed = تب نتوانست آخرین تغییر را نگه دارد. این تغییر فقط روی صفحه است – پیش از بستن، برنامه را به صورت فایل ذخیره کنید.
meeting-file-offered = برنامه به صورت فایل به مرورگر داده شد. بررسی کنید که همان جایی که می‌خواستید ذخیره شده باشد.
meeting-file-failed = مرورگر فایل را نپذیرفت. چیزی ذخیره نشد – دوباره امتحان کنید یا برنامه را چاپ کنید.
import-error-too-many = جلسه همین حالا بیشترین تعداد چرخی را که می‌تواند بپذیرد دارد. اول یکی را حذف کنید.
import-error-same-id = این فایل همان شناسه چرخ دیگری در جلسه را دارد، اما مال کس دیگری است. وارد نشد.
import-error-second-child = جلسه همین حالا یک چرخ از کودک دارد. پاسخ‌های دو کودک هرگز با هم مخلوط نمی‌شوند. اگر می‌خواهید از این فایل استفاده کنید، اولی را حذف کنید.
import-error-older = جلسه همین حالا نسخه جدیدتری از این چرخ دارد. فایل قدیمی‌تر وارد نشد.
import-replaced = { $file } وارد شد و جای نسخه قدیمی‌تر همان چرخ را می‌گیرد.
plan-include-earlier = گنجاندن { $name } از برنامه قبلی
meeting-unreadable = جلسه‌ای که در این تب بود خوانده نشد. تا پایان جلسه دست‌نخورده باقی می‌ماند و یک جلسه تازه اینجا شروع می‌شود.
meeting-duty-to-report = آیا گمان می‌کنید کودکی آسیب می‌بیند؟ در این صورت شما به‌عنوان متخصص باید فوراً گزارش نگرانی (orosanmälan) به خدمات اجتماعی بدهید. Kronobarnsmodellen جای این گزارش را نمی‌گیرد و برای آن هیچ رضایتی لازم نیست.
