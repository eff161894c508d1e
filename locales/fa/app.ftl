# Barnets bästa-hjulet (the wheel of what is best for the child): the app's own texts, in Persian/Dari.
# Translated from Swedish, the source language and the fallback. Written with simple common words
# that both Iranian Persian and Afghan Dari readers understand; the child is addressed as "تو".
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child and is addressed politely as "شما";
# the plan and meeting texts, written for professionals and parents, use "شما" too.
# Phone numbers follow "BRIS" directly so that "116 111" keeps its digit order in right-to-left text.

app-name = چرخ بهترین‌ها برای کودک
skip-to-content = رفتن به متن اصلی

## Language and read-aloud, in the header

language-label = زبان
# The language's own name for itself, shown in the picker.
language-name = فارسی / دری
language-load-failed = این زبان باز نشد. وقتی اینترنت داشتی، دوباره امتحان کن.
read-aloud = خواندن با صدای بلند
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = خواندن با صدای بلند: { $text }
read-aloud-stop = توقف خواندن
read-aloud-no-voice = این دستگاه صدایی ندارد که بتواند فارسی بخواند.
read-aloud-unsupported = این مرورگر نمی‌تواند متن را با صدای بلند بخواند.
auto-read-label = خواندن هر صفحه تازه با صدای بلند

## Privacy and help, always on screen

privacy-note = { $age ->
    [young] هیچ‌کس جواب‌هایت را نمی‌بیند، مگر اینکه خودت بخواهی.
   *[other] هیچ‌کس جواب‌هایت را نمی‌بیند، مگر اینکه خودت بخواهی آن‌ها را به کسی نشان بدهی. جواب‌ها فقط روی همین دستگاه ذخیره می‌شوند.
}
help-open = همین حالا کمک لازم داری؟
help-heading = کمک فوری
help-emergency = اگر کسی همین حالا در خطر است، به 112 زنگ بزن.
help-bris = به BRIS 116 111 زنگ بزن – رایگان و شبانه‌روزی است و لازم نیست بگویی چه کسی هستی. می‌توانی در bris.se هم چت کنی.
help-adult = به یک بزرگ‌تر که به او اعتماد داری بگو، مثلاً یک معلم، پرستار مدرسه یا کسی از خانواده‌ات.
help-call-112 = تماس با { $number }
help-call-bris = تماس با BRIS { $number }
help-close = بستن
safety-alert-heading = چیزی که جواب دادی مهم است.
safety-alert-text = { $who ->
    [guardian] اگر کودک در امان نیست: در صورت خطر به 112 زنگ بزنید. هر کسی که گمان کند به کودکی آسیب می‌رسد یا از او به‌درستی مراقبت نمی‌شود، می‌تواند به خدمات اجتماعی کمون (شهرداری) گزارش نگرانی بدهد – با تلفن مرکزی کمون تماس بگیرید، یا اگر فوری است با 112.
   *[other] { $age ->
        [young] هیچ‌کس حق ندارد به تو آسیب بزند و این هرگز تقصیر تو نیست. به یک بزرگسال که به او اعتماد داری بگو. اگر در خطر هستی، به 112 زنگ بزن.
       *[other] هیچ‌کس حق ندارد به تو آسیب بزند و این هرگز تقصیر تو نیست. اگر در خطر هستی، به 112 زنگ بزن. BRIS 116 111 شبانه‌روز جواب می‌دهد.
    }
}
safety-alert-private = برنامه پاسخ‌های شما را برای هیچ‌کس نمی‌فرستد.
safety-gentle-heading = لازم نیست جواب بدهی.
safety-gentle-text = { $who ->
    [guardian] لازم نیست اینجا جواب بدهید. اگر کودک در امان نیست: در صورت خطر با 112 تماس بگیرید.
   *[other] اشکالی ندارد اگر نخواهی جواب بدهی. اگر چیزی حس خوبی ندارد، می‌توانی با یک بزرگسال که به او اعتماد داری صحبت کنی، یا به BRIS 116 111 زنگ بزنی. این هرگز تقصیر تو نیست.
}

## Shared devices: leave at once, or delete everything

quick-exit = خروج سریع
delete-all-heading = پاک کردن همه‌چیز
delete-all-text = چند نفر از این دستگاه استفاده می‌کنند؟ اینجا می‌توانی همه چیزهایی را که این برنامه روی این دستگاه ذخیره کرده پاک کنی: همه چرخ‌ها، «برنامه کودک» و تنظیمات.
delete-all = پاک کردن همه‌چیز روی این دستگاه
delete-all-question = همه چیزهایی که این برنامه روی این دستگاه ذخیره کرده پاک می‌شوند و دیگر برنمی‌گردند. می‌خواهی این کار را بکنی؟
delete-all-yes = بله، همه‌چیز را پاک کن
delete-all-no = نه، نگه دار
delete-all-done = همه‌چیز از این دستگاه پاک شد.

## Start page

start-heading = چرخ بهترین‌ها برای کودک
start-intro = { $age ->
    [young] اینجا می‌توانی نشان بدهی حالت چطور است. به عکس‌ها دست بزن.
   *[other] اینجا می‌توانی بگویی در خانه، در مدرسه و در وقت آزاد حالت چطور است – بخش به بخش.
}
start-new-heading = یک چرخ تازه
start-nickname-label = دوست داری با چه نامی صدایت کنیم؟ لازم نیست چیزی بنویسی.
start-age-legend = چند سال داری؟
age-young = 4 تا 7 سال
age-middle = 8 تا 12 سال
age-teen = 13 تا 17 سال
start-button = شروع چرخ من
start-who-legend = چه کسی چرخ را پر می‌کند؟
who-choice-child = من کودک هستم
who-choice-guardian = من سرپرست کودک هستم
start-child-name-label = نام کودک (نام کوچک کافی است)
start-author-label = شما چه کسی هستید؟ مثلاً مادر، پدر یا نام خودتان.
start-child-age-legend = کودک چند سال دارد؟
start-guardian-button = شروع دیدگاه من درباره کودک
start-plan-heading = برای جلسه
start-plan-text = قرار است جلسه همکاری داشته باشید؟ چرخ‌هایی را که به اشتراک گذاشته شده‌اند وارد کنید و پیش‌نویس «برنامه کودک» را آماده کنید.
start-plan-button = آماده کردن پیش‌نویس «برنامه کودک»
nav-classroom = چرخ در کلاس (برای معلم‌ها)
start-continue-heading = از همان‌جا که بودی ادامه بده
draft-unnamed = چرخ من
draft-changed = آخرین تغییر: { $days ->
        [0] امروز
        [1] دیروز
       *[other] { $days } روز پیش
    }
draft-progress = { $count ->
    [one] { $count } از { $total } بخش تمام شده
   *[other] { $count } از { $total } بخش تمام شده
}
draft-continue = ادامه دادن { $name }
draft-delete = پاک کردن { $name }
draft-delete-question = می‌خواهی { $name } را پاک کنی؟ جواب‌ها از این دستگاه پاک می‌شوند و دیگر برنمی‌گردند.
draft-delete-yes = بله، پاک کن
draft-delete-no = نه، نگه دار
draft-deleted = چرخ پاک شد.

## The wheel

wheel-heading = چرخ من
wheel-heading-named = چرخ من – { $name }
wheel-instructions = { $who ->
    [guardian] یک بخش از چرخ را انتخاب کنید و بگویید وضعیت کودک را چطور می‌بینید. دیدگاه شما جدا از دیدگاه کودک و دیدگاه سرپرستان دیگر ذخیره می‌شود.
   *[other] { $age ->
        [young] به یک عکس دست بزن.
       *[other] یک بخش از چرخ را انتخاب کن. می‌توانی بخش‌ها را به هر ترتیبی که دوست داری جواب بدهی.
    }
}
wheel-label = چرخ بهترین‌ها برای کودک با هفت بخش
wheel-progress = { $count ->
    [0] هنوز به هیچ بخشی جواب نداده‌ای.
    [one] به { $count } از { $total } بخش جواب داده‌ای.
   *[other] به { $count } از { $total } بخش جواب داده‌ای.
}
segment-label = { $area }: { $answer }
segment-not-answered = هنوز جواب نداده‌ای
wheel-about-me = درباره من
wheel-nickname-label = نام یا لقب
wheel-age-legend = سن (شیوه نوشتن متن‌ها را تغییر می‌دهد)

## An area

area-scale-question = { $who ->
    [guardian] به نظر شما، حال کودک در این بخش چطور است؟
   *[other] { $age ->
        [young] چطور است؟
       *[other] در این بخش حالت چطور است؟
    }
}
scale-very-bad = خیلی بد
scale-bad = بد
scale-between = نه خوب، نه بد
scale-good = خوب
scale-very-good = خیلی خوب
scale-dont-know = نمی‌دانم
scale-rather-not-say = نمی‌خواهم جواب بدهم
scale-clear = جوابم را پاک کن
words-heading = { $who ->
    [guardian] با کلمات خودتان (اختیاری)
   *[other] { $age ->
        [young] می‌خواهی بیشتر بگویی؟ یک بزرگ‌تر می‌تواند در نوشتن کمکت کند.
       *[other] می‌خواهی چیزی بنویسی؟ لازم نیست.
    }
}
words-good = { $who ->
    [guardian] آنچه برای کودک خوب پیش می‌رود
   *[other] { $age ->
        [young] این خوب است
       *[other] این خوب است
        [teen] آنچه خوب پیش می‌رود
    }
}
words-hard = { $who ->
    [guardian] آنچه برای کودک سخت است
   *[other] { $age ->
        [young] این سخت است
       *[other] این سخت است
        [teen] آنچه سخت است
    }
}
words-would-help = { $who ->
    [guardian] آنچه فکر می‌کنم به کودک کمک می‌کند
   *[other] { $age ->
        [young] این کمک می‌کند
       *[other] این به من کمک می‌کند
        [teen] آنچه می‌تواند کمک کند
    }
}
area-articles = { $count ->
    [one] پیمان‌نامه حقوق کودک، ماده { $articles }
   *[other] پیمان‌نامه حقوق کودک، مواد { $articles }
}
nav-previous = بخش قبلی: { $area }
nav-next = بخش بعدی: { $area }
nav-wheel = برگشت به چرخ
nav-done = تمام شد – برگشت به چرخ
nav-start = رفتن به صفحه اول

## Whose view

who-child = کودک
who-guardian = سرپرست ({ $name })
who-guardian-unnamed = سرپرست
who-professional = متخصص ({ $name })
who-professional-unnamed = متخصص

## Guide for guardians: who is the child's Barnens bästa-ansvarig?
# Explained as "the person responsible for the child's wellbeing"; the Swedish title is kept in
# brackets so that guardians recognise it in letters and meetings.

guide-heading = چه کسی مسئول است که فرزند من حمایت لازم را بگیرد؟
guide-intro = هر کودک در کرونوبری یک فرد مسئول رفاه کودک (Barnens bästa-ansvarig) دارد: کسی که مراقبت می‌کند کودک حمایت درست را در زمان درست بگیرد. اینکه این فرد چه کسی است، به سن کودک و مدرسه‌اش بستگی دارد:
guide-pregnancy = پیش از تولد: مراقبت‌های بهداشتی مادران باردار.
guide-bvc = از تولد تا وقتی کودک به کودکستان یا مدرسه می‌رود: مرکز بهداشت کودک (BVC).
guide-preschool = در کودکستان: مدیر کودکستان.
guide-school = در مدرسه، تا وقتی کودک 18 ساله شود: مدیر مدرسه کودک.
guide-kaa = جوانانی که به دبیرستان نمی‌روند: مسئولیت کمون برای پیگیری فعالیت جوانان (KAA).

## Sharing: nothing leaves the device without this screen and a confirm

share-open = اشتراک‌گذاری
share-heading = این‌ها را می‌توانی به اشتراک بگذاری
share-intro = فقط چیزهایی که اینجا می‌بینی از این دستگاه بیرون می‌روند، آن هم فقط وقتی که خودت راهی برای اشتراک‌گذاری انتخاب کنی. بخش‌هایی را که می‌خواهی پیش خودت بماند، خاموش کن.
share-area-switch = اشتراک‌گذاری { $area }
share-area-private = به اشتراک گذاشته نمی‌شود
share-no-answer = بدون جواب
share-confirm = دیدم چه چیزهایی به اشتراک گذاشته می‌شود.
share-ways-heading = انتخاب کن چطور به اشتراک بگذاری
share-download = ذخیره به صورت فایل
share-print = چاپ یا ذخیره به صورت PDF
share-copy-all = کپی همه به صورت متن
share-copy-area = کپی به صورت متن
share-system = اشتراک‌گذاری با یک برنامه
share-copied = کپی شد.
share-copy-failed = کپی نشد. متن را انتخاب کن و خودت کپی کن.
share-nothing = چیزی برای اشتراک‌گذاری انتخاب نکرده‌ای.
share-back = برگشت به چرخ
print-footer = چاپ شده در { $date }. این صفحه از برنامه «چرخ بهترین‌ها برای کودک» است.
print-draft-footer = پیش‌نویس، چاپ شده در { $date }. این صفحه از برنامه «چرخ بهترین‌ها برای کودک» است.

## Barnets plan: the meeting's draft

plan-heading = برنامه کودک – پیش‌نویس
plan-intro = فایل‌هایی را که کودک و سرپرستان به اشتراک گذاشته‌اند وارد کنید. برنامه فقط بخش‌هایی را نشان می‌دهد که کسی در آن‌ها نیازی دیده است، و هر جواب همان‌طور که داده شده باقی می‌ماند.
import-button = انتخاب فایل‌ها برای وارد کردن
import-drop = یا فایل‌ها را اینجا رها کنید.
import-error-too-large = این فایل برای یک فایل چرخ بیش از حد بزرگ است (بیشتر از 8 MB).
import-error-file = { $file }: { $problem } چیز دیگری تغییر نکرده است.
import-done = { $file } وارد شد.
plan-perspectives-heading = در این پیش‌نویس
plan-include = گنجاندن { $name }
plan-no-drafts = هنوز هیچ چرخی وارد نشده است.
plan-no-areas = در بخش‌هایی که به اشتراک گذاشته شده‌اند، کسی نیازی ندیده است.
plan-details-heading = درباره برنامه
plan-child-name = نام کودک
plan-made-on = تاریخ
plan-coordinator = هماهنگ‌کننده مسئول همکاری
plan-contact-name = نام
plan-contact-organisation = نهاد
plan-contact-reach = تلفن یا ایمیل
plan-next-evaluation = پیگیری بعدی
plan-participants = شرکت‌کنندگان در جلسه
plan-needs = نیازها
plan-actions = اقدامات حمایتی
plan-action-legend = اقدام { $number }
plan-action-what = چه کاری انجام می‌شود
plan-action-who = چه کسی
plan-action-when = چه زمانی
plan-action-when-hint = یک تاریخ یا هر چند وقت یک بار، مثلاً هر هفته
plan-action-missing = نوشته نشده
plan-action-incomplete = کامل نیست: بنویسید چه کسی و چه زمانی آن را انجام می‌دهد.
plan-action-add = افزودن یک اقدام
plan-action-remove = حذف اقدام { $number }
plan-include-child-words = سخنان خود کودک هنگام کپی و چاپ برنامه آورده شود
plan-include-child-words-hint = بدون آن، کپی و چاپ فقط پاسخ‌ها، نیازها و اقدامات را دارد تا برنامه کوتاه بماند.
plan-coordinator-task = مسئول هماهنگی در جلسه همراه با کودک و سرپرستان انتخاب می‌شود. او برنامه را به‌روز نگه می‌دارد و برای ارزیابی دعوت می‌کند.
plan-consent-given = رضایت
plan-consent-gathered-by = رضایت را گرفت
plan-contact = فرد رابط
plan-copy = کپی برنامه به صورت متن
plan-print = چاپ برنامه
consent-heading = رضایت لازم است
consent-reminder = وقتی دیدگاه کودک و سرپرستان بین نهادهای مختلف به اشتراک گذاشته می‌شود، سرپرستان باید اول رضایت خود را بدهند.
consent-print = چاپ فرم رضایت
consent-text = من/ما رضایت می‌دهیم که اطلاعات مربوط به { $name } بین این نهادها به اشتراک گذاشته شود تا کودک حمایت درست را بگیرد:
consent-signature = امضای سرپرست، نام به خط خوانا و تاریخ

## Saving and loading

save-saved = روی این دستگاه ذخیره شد.
save-other-tab = این چرخ هم‌زمان در زبانه‌ای دیگر هم تغییر کرد. هرجا هر دو یک چیز را تغییر داده‌اند، آنچه آخر از همه ذخیره شده حساب می‌شود.
save-failed = نتوانستیم روی این دستگاه ذخیره کنیم. آنچه نوشتی هنوز روی صفحه است – صفحه را نبند.
load-error-not-ours = این چرخ از برنامه «چرخ بهترین‌ها برای کودک» نیست.
load-error-future = این چرخ با نسخه جدیدتر برنامه ساخته شده است. برنامه را به‌روز کن و دوباره امتحان کن.
load-error-damaged = این چرخ خراب شده و خوانده نشد.
draft-not-found = چنین چرخی روی این دستگاه نیست. شاید پاک شده باشد.
area-not-found = این بخش در چرخ نیست.
stored-damaged = { $count ->
    [one] یک چرخ ذخیره‌شده خوانده نشد. دست‌نخورده مانده است.
   *[other] { $count } چرخ ذخیره‌شده خوانده نشد. دست‌نخورده مانده‌اند.
}

# Passphrase lock: a draft on this device, or a shared file.
lock-summary = قفل کردن با رمز
lock-explain = { $who ->
    [guardian] با رمز، فقط کسی که رمز را می‌داند می‌تواند آنچه را اینجا نوشته شده بخواند، حتی اگر کس دیگری از این دستگاه استفاده کند. اگر رمز را فراموش کنید، دیگر راهی برای برگرداندنش نیست.
   *[other] { $age ->
        [young] با رمز، هیچ‌کس دیگری نمی‌تواند چرخت را بخواند. از یک بزرگ‌تر بخواه کمکت کند رمز یادت بماند.
       *[other] با رمز، فقط کسی که رمز را می‌داند می‌تواند چرخت را بخواند، حتی اگر کس دیگری از این دستگاه استفاده کند. اگر رمز را فراموش کنی، دیگر راهی برای برگرداندنش نیست.
    }
}
lock-passphrase-label = یک رمز انتخاب کن (حداقل 8 حرف)
lock-repeat-label = همان رمز را یک بار دیگر بنویس
lock-button = قفل کردن چرخ
lock-working = در حال قفل کردن …
lock-error-too-short = رمز باید حداقل 8 حرف باشد.
lock-error-repeat = دو رمز مثل هم نیستند. همان رمز را دو بار بنویس.
lock-error-unavailable = این مرورگر نمی‌تواند با رمز قفل کند. چیزی تغییر نکرده است.
lock-is-on = چرخ با رمز قفل است. اگر { $minutes } دقیقه کسی از آن استفاده نکند، دوباره قفل می‌شود.
lock-now = همین حالا قفل کن
lock-remove = برداشتن رمز
unlock-heading = چرخ قفل است
unlock-explain = رمز را بنویس تا چرخ باز شود.
unlock-label = رمز
unlock-button = باز کردن
unlock-working = در حال باز کردن …
unlock-error-wrong = رمز اشتباه است. چیزی تغییر نکرده است – دوباره امتحان کن.
unlock-forgot = رمز را فراموش کرده‌ای؟ در این صورت نمی‌شود آنچه را نوشته شده خواند. می‌توانی چرخ را در صفحه اول پاک کنی و از نو شروع کنی.
draft-locked = چرخ قفل‌شده
share-lock-file = قفل کردن فایل با رمز
share-lock-file-explain = کسی که فایل را می‌خواند به رمز نیاز دارد. رمز را از راهی غیر از راه فرستادن فایل به او بگو، مثلاً تلفنی.
import-locked = { $file } قفل است. رمز را بنویسید تا وارد شود.
lock-error-common = این رمز یکی از رایج‌ترین رمزهاست و حدس زدنش آسان است. رمز دیگری انتخاب کن، مثلاً چند کلمه پشت سر هم.
lock-delete-note = هر کسی که از این دستگاه استفاده می‌کند می‌تواند چرخ قفل‌شده را پاک کند، اما نمی‌تواند آن را بخواند.
save-newer-version = نسخه جدیدتر برنامه این چرخ را در تب دیگری ذخیره کرده است. این تب روی آن ذخیره نمی‌کند. آنچه نوشتی هنوز روی صفحه است – صفحه را دوباره بارگیری کن تا ادامه دهی.
load-error-no-version = در این فایل نوشته نشده که کدام نسخه برنامه آن را ساخته است. شاید تغییر کرده یا خراب شده باشد و خوانده نشد.
load-error-too-long = متن‌های این فایل از آنچه برنامه اجازه می‌دهد طولانی‌ترند و فایل خوانده نشد.
update-ready = نسخهٔ تازه‌ای از برنامه آماده است. هر چیزی که ذخیره شده، وقتی به نسخهٔ تازه بروی باقی می‌ماند.
update-now = رفتن به نسخهٔ تازه
