# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# The collaboration meeting (samverkansmöte) on the big screen, and its draft of «برنامه کودک»
# (Barnets plan), in Persian/Dari. Read by professionals, addressed as "شما"; the child and the
# guardians may be in the room.

# needs-native-review
meeting-session-note = جلسه فقط در همین تب مرورگر است. «پایان جلسه» همه‌چیز را از کامپیوتر پاک می‌کند. اگر تب را بدون پایان دادن جلسه ببندید، مرورگر می‌تواند جلسه را برگرداند اگر کسی تب را دوباره باز کند.
# needs-native-review
meeting-step-legend = در کجای Praxismodellen هستید؟
# needs-native-review
meeting-step-preparation = پیش از جلسه – گام 2
# needs-native-review
meeting-step-meeting = جلسه همکاری – گام 3
# needs-native-review
prepare-heading = پیش از جلسه: ارزیابی و تصمیم شما
# needs-native-review
prepare-intro = به‌عنوان مسئول منافع عالیه کودک، چرخ کودک و سرپرستان را وارد می‌کنید، ارزیابی خودتان را برای هر حوزه می‌نویسید و تصمیم می‌گیرید چه اتفاقی بیفتد. همه‌چیز فقط در همین زبانه می‌ماند تا پایان دهید.
# needs-native-review
prepare-decision-legend = چه اتفاقی می‌افتد؟
# needs-native-review
prepare-copy = کپی ارزیابی به‌صورت متن
# needs-native-review
prepare-print = چاپ ارزیابی
# needs-native-review
prepare-nothing = هنوز هیچ چرخی وارد نشده است. آن‌ها را در بالا وارد کنید.
# needs-native-review
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = جلسه همکاری گام سوم Praxismodellen (مدل کار عملی) در Kronobarnsmodellen است: روش کاری که همه کسانی که در استان کرونوبری با کودکان سروکار دارند، با هم در چارچوب «Barnens bästa gäller! i Kronoberg» (منافع عالیه کودک در کرونوبری مقدم است) ساخته‌اند. کودک و سرپرستان افراد اصلی جلسه هستند و کودک حتی وقتی حاضر نیست، نقش محوری دارد.
# needs-native-review
meeting-wheel-label = چرخ با جواب‌های همه
# needs-native-review
meeting-legend = جواب چه کسی
# needs-native-review
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = کودک
# needs-native-review
meeting-tag-guardian = سرپرست { $letter }
# needs-native-review
meeting-no-answers = هیچ جوابی نیست
# needs-native-review
meeting-no-answer = بدون جواب
# needs-native-review
meeting-choose-area = یک بخش از چرخ را انتخاب کنید تا حرف‌های همه را کنار هم ببینید.
# needs-native-review
meeting-projector-open = نمایش روی پرده را باز کنید
# needs-native-review
meeting-projector-is-open = نمایش روی پرده باز است. در آن فقط چیزی دیده می‌شود که همهٔ کسانی که در اتاق هستند اجازهٔ دیدنش را دارند.
# needs-native-review
meeting-projector-close = نمایش روی پرده را ببندید
# needs-native-review
meeting-projector-heading = نمایش روی پرده
# needs-native-review
meeting-projector-waiting = وقتی جلسه در پنجرهٔ دیگر باز باشد، چرخ اینجا نشان داده می‌شود.
# needs-native-review
meeting-projector-ended = جلسه تمام شد. می‌توانید این پنجره را ببندید.
# needs-native-review
meeting-professionals-only = فقط برای متخصصان
# needs-native-review
meeting-show-professionals-only = آنچه را فقط برای متخصصان است نشان بدهید
# needs-native-review
meeting-follow-up = ارزیابی برنامه‌ای که در { $date } آماده شد
# needs-native-review
meeting-earlier = دفعه قبل
# needs-native-review
meeting-now = حالا
# needs-native-review
meeting-agreed-then = آنچه دفعه قبل تصمیم گرفته شد
# needs-native-review
meeting-save-file = ذخیره برنامه به صورت فایل
# needs-native-review
meeting-end-heading = پایان جلسه
# needs-native-review
meeting-end = پایان جلسه
# needs-native-review
meeting-end-question = اگر به برنامه نیاز دارید، اول آن را ذخیره یا چاپ کنید. بعد همه چیزهایی که در این جلسه وارد یا نوشته شده از این کامپیوتر پاک می‌شود.
# needs-native-review
meeting-end-yes = پایان و پاک کردن
# needs-native-review
meeting-end-no = برگشت به جلسه
# needs-native-review
import-earlier-plan = { $file } برنامه قبلی است. برای ارزیابی نشان داده می‌شود.
# needs-native-review
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
meeting-tag-professional = متخصص { $letter }
# needs-native-review
meeting-professional-heading = دیدگاه شما به عنوان متخصص
# needs-native-review
meeting-professional-explain = می‌توانید دیدگاه خودتان را اضافه کنید. این دیدگاه به عنوان دیدگاه شما، کنار دیدگاه کودک و سرپرستان نشان داده می‌شود و هرگز با دیدگاه آن‌ها ترکیب نمی‌شود.
# needs-native-review
meeting-professional-name = نام و نقش شما
# needs-native-review
meeting-professional-add = افزودن دیدگاه من
# needs-native-review
meeting-professional-answer = { $who }: دیدگاه شما درباره { $area }
# needs-native-review
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals ("شما");
# the other summary texts are read by the child, addressed as "تو".
summary-heading = این‌ها را تصمیم گرفتیم
# needs-native-review
summary-open = خلاصه برای کودک
# needs-native-review
summary-language = زبان خلاصه
# needs-native-review
summary-print = چاپ خلاصه
# needs-native-review
summary-needs = چیزهایی که در آن‌ها به تو کمک می‌کنیم
# needs-native-review
summary-actions = کارهایی که انجام می‌شود
# needs-native-review
summary-contact = این شخص به تو کمک می‌کند
# needs-native-review
summary-nothing = هنوز چیزی تصمیم گرفته نشده است. اول نیازها و اقدامات حمایتی را در برنامه بنویسید.
# needs-native-review
summary-codes-show = نشان دادن به گوشی کودک
# needs-native-review
summary-codes-heading = نشان دادن به گوشی کودک
# needs-native-review
summary-codes-explain = در برنامه روی گوشی کودک یا خانواده: روی «دریافت از جلسه» بزنید و دوربین را رو به کدها نگه دارید. کدها همان چیزی را نشان می‌دهند که در خلاصه نوشته شده است – نه جواب‌ها یا حرف‌های کسی را.
# needs-native-review
summary-codes-picture = کد QR با خلاصه برای گوشی کودک
# needs-native-review
meeting-child-marks = نظر { $name } دربارهٔ چیزهایی که دفعه قبل تصمیم گرفته شد
# needs-native-review
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = فایل‌هایی که ذخیره کرده‌اید همان جایی می‌مانند که ذخیره‌شان کرده‌اید. اگر دیگران هم از کامپیوتر استفاده می‌کنند، آن فایل‌ها را هم پاک کنید.
# needs-native-review
plan-remove = حذف { $name } از جلسه
# needs-native-review
meeting-save-failed = تب نتوانست آخرین تغییر را نگه دارد. این تغییر فقط روی صفحه است – پیش از بستن، برنامه را به صورت فایل ذخیره کنید.
# needs-native-review
meeting-file-offered = برنامه به صورت فایل به مرورگر داده شد. بررسی کنید که همان جایی که می‌خواستید ذخیره شده باشد.
# needs-native-review
meeting-file-failed = مرورگر فایل را نپذیرفت. چیزی ذخیره نشد – دوباره امتحان کنید یا برنامه را چاپ کنید.
# needs-native-review
import-error-too-many = جلسه همین حالا بیشترین تعداد چرخی را که می‌تواند بپذیرد دارد. اول یکی را حذف کنید.
# needs-native-review
import-error-same-id = این فایل همان شناسه چرخ دیگری در جلسه را دارد، اما مال کس دیگری است. وارد نشد.
# needs-native-review
import-error-second-child = جلسه همین حالا یک چرخ از کودک دارد. پاسخ‌های دو کودک هرگز با هم مخلوط نمی‌شوند. اگر می‌خواهید از این فایل استفاده کنید، اولی را حذف کنید.
# needs-native-review
import-error-older = جلسه همین حالا نسخه جدیدتری از این چرخ دارد. فایل قدیمی‌تر وارد نشد.
# needs-native-review
import-replaced = { $file } وارد شد و جای نسخه قدیمی‌تر همان چرخ را می‌گیرد.
# needs-native-review
import-from-this-computer = از همین کامپیوتر
# needs-native-review
plan-include-earlier = گنجاندن { $name } از برنامه قبلی
# needs-native-review
meeting-unreadable = جلسه‌ای که در این تب بود خوانده نشد. تا پایان جلسه دست‌نخورده باقی می‌ماند و یک جلسه تازه اینجا شروع می‌شود.
# needs-native-review
meeting-duty-to-report = آیا گمان می‌کنید کودکی آسیب می‌بیند؟ در این صورت شما به‌عنوان متخصص باید فوراً گزارش نگرانی (orosanmälan) به خدمات اجتماعی بدهید. Kronobarnsmodellen جای این گزارش را نمی‌گیرد و برای آن هیچ رضایتی لازم نیست.
# needs-native-review
meeting-voice-note = پیام صوتی
# needs-native-review
meeting-voice-bring-again = اینجا یک پیام صوتی بود. برای شنیدنش فایل را دوباره وارد کن: جلسه وقتی صفحه دوباره بارگذاری شود صدا را نگه نمی‌دارد.
# The journey over time: an older plan brought in beside the one followed up.
# needs-native-review
import-earlier-journey = { $file } برنامه‌ای قدیمی‌تر است. پاسخ‌های آن جلسه اکنون در مسیر در طول زمان نشان داده می‌شوند.
# needs-native-review
import-earlier-again = { $file } قبلاً وارد شده است. یک برنامه فقط یک بار حساب می‌شود.
# needs-native-review
import-error-too-many-meetings = مسیر در طول زمان حداکثر ۱۲ جلسه را نشان می‌دهد. برنامه اضافه نشد.
# needs-native-review
import-error-plan-without-date = برنامه تاریخ ندارد و قدیمی‌تر از برنامه‌ای است که پیگیری می‌شود. نمی‌توان آن را در مسیر در طول زمان نشان داد.
