# Barnets bästa-hjulet (the wheel of what is best for the child): the app's own texts, in Persian/Dari.
# Translated from Swedish, the source language and the fallback. Written with simple common words
# that both Iranian Persian and Afghan Dari readers understand; the child is addressed as "تو".
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).
# Phone numbers follow "BRIS" directly so that "116 111" keeps its digit order in right-to-left text.

app-name = چرخ بهترین‌ها برای کودک
skip-to-content = رفتن به متن اصلی

## Language and read-aloud, in the header

language-label = زبان
# The language's own name for itself, shown in the picker.
language-name = فارسی / دری
language-load-failed = این زبان باز نشد. وقتی اینترنت داشتی، دوباره امتحان کن.
read-aloud = خواندن با صدای بلند
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
help-bris = به BRIS زنگ بزن یا با آن‌ها چت کن. شماره BRIS: 116 111. رایگان است و لازم نیست بگویی چه کسی هستی.
help-adult = به یک بزرگ‌تر که به او اعتماد داری بگو، مثلاً یک معلم، پرستار مدرسه یا کسی از خانواده‌ات.
help-call-112 = تماس با 112
help-call-bris = تماس با BRIS 116 111
help-close = بستن
safety-alert-heading = ممنون که به ما می‌گویی.
safety-alert-text = { $age ->
    [young] هیچ‌کس حق ندارد به تو آسیب بزند. به یک بزرگ‌تر که به او اعتماد داری بگو. می‌توانی به BRIS 116 111 زنگ بزنی.
   *[other] هیچ‌کس حق ندارد به تو آسیب بزند. اگر در امان نیستی، می‌توانی همین حالا کمک بگیری – لازم نیست تا جلسه صبر کنی.
}

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
start-continue-heading = از همان‌جا که بودی ادامه بده
draft-unnamed = چرخ من
draft-changed = آخرین تغییر: { $date }
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
wheel-instructions = { $age ->
    [young] به یک عکس دست بزن.
   *[other] یک بخش از چرخ را انتخاب کن. می‌توانی بخش‌ها را به هر ترتیبی که دوست داری جواب بدهی.
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

area-scale-question = { $age ->
    [young] چطور است؟
   *[other] در این بخش حالت چطور است؟
}
scale-very-bad = خیلی بد
scale-bad = بد
scale-between = نه خوب، نه بد
scale-good = خوب
scale-very-good = خیلی خوب
scale-dont-know = نمی‌دانم
scale-rather-not-say = نمی‌خواهم جواب بدهم
scale-clear = جوابم را پاک کن
words-heading = { $age ->
    [young] می‌خواهی بیشتر بگویی؟ یک بزرگ‌تر می‌تواند در نوشتن کمکت کند.
   *[other] می‌خواهی چیزی بنویسی؟ لازم نیست.
}
words-good = { $age ->
    [young] این خوب است
   *[other] این خوب است
    [teen] آنچه خوب پیش می‌رود
}
words-hard = { $age ->
    [young] این سخت است
   *[other] این سخت است
    [teen] آنچه سخت است
}
words-would-help = { $age ->
    [young] این کمک می‌کند
   *[other] این به من کمک می‌کند
    [teen] آنچه می‌تواند کمک کند
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

## Saving and loading

save-saved = روی این دستگاه ذخیره شد.
save-failed = نتوانستیم روی این دستگاه ذخیره کنیم. آنچه نوشتی هنوز روی صفحه است – صفحه را نبند.
load-error-not-ours = این چرخ از برنامه «چرخ بهترین‌ها برای کودک» نیست.
load-error-future = این چرخ با نسخه جدیدتر برنامه ساخته شده است. برنامه را به‌روز کن و دوباره امتحان کن.
load-error-damaged = این چرخ خراب شده و خوانده نشد. چیز دیگری تغییر نکرده است.
draft-not-found = چنین چرخی روی این دستگاه نیست. شاید پاک شده باشد.
area-not-found = این بخش در چرخ نیست.
stored-damaged = { $count ->
    [one] یک چرخ ذخیره‌شده خوانده نشد. دست‌نخورده مانده است.
   *[other] { $count } چرخ ذخیره‌شده خوانده نشد. دست‌نخورده مانده‌اند.
}
