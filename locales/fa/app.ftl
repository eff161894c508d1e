# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the wheel of what is best for the child): the app's own texts, in Persian/Dari.
# Translated from Swedish, the source language and the fallback. Written with simple common words
# that both Iranian Persian and Afghan Dari readers understand; the child is addressed as "تو".
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child and is addressed politely as "شما";
# the plan and meeting texts, written for professionals and parents, use "شما" too.
# Phone numbers follow "BRIS" directly so that "116 111" keeps its digit order in right-to-left text.

# needs-native-review
app-name = چرخ منافع عالیه کودک
# needs-native-review
skip-to-content = رفتن به متن اصلی

## Language and read-aloud, in the header

# needs-native-review
language-label = زبان
# needs-native-review
header-menu = منو
# needs-native-review
# The language's own name for itself, shown in the picker.
language-name = فارسی / دری
# needs-native-review
language-load-failed = این زبان باز نشد. وقتی اینترنت داشتی، دوباره امتحان کن.
# needs-native-review
read-aloud = خواندن با صدای بلند
# needs-native-review
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = خواندن با صدای بلند: { $text }
# needs-native-review
read-aloud-stop = توقف خواندن
# needs-native-review
read-aloud-no-voice = این دستگاه صدایی ندارد که بتواند فارسی بخواند.
# needs-native-review
read-aloud-unsupported = این مرورگر نمی‌تواند متن را با صدای بلند بخواند.
# needs-native-review
auto-read-label = خواندن هر صفحه تازه با صدای بلند
# needs-native-review
auto-read-on = روشن
# needs-native-review
auto-read-off = خاموش

## Privacy and help, always on screen

# needs-native-review
privacy-note = { $age ->
    [young] جواب‌ها برای هیچ‌کس فرستاده نمی‌شوند. کسی که از همین تبلت استفاده می‌کند می‌تواند آن‌ها را ببیند – با رمز قفلش کن.
   *[other] جواب‌ها فقط روی همین دستگاه ذخیره می‌شوند و تا خودت تصمیم نگیری آن‌ها را به اشتراک بگذاری، برای کسی فرستاده نمی‌شوند. کسی که از همین دستگاه استفاده می‌کند می‌تواند آن‌ها را ببیند – چرخ را با رمز قفل کن.
}
# needs-native-review
help-open = همین حالا کمک لازم داری؟
# needs-native-review
help-open-short = کمک
# needs-native-review
help-heading = کمک فوری
# needs-native-review
help-emergency = اگر کسی همین حالا در خطر است، به 112 زنگ بزن.
# needs-native-review
help-bris = به BRIS 116 111 زنگ بزن – رایگان و شبانه‌روزی است و لازم نیست بگویی چه کسی هستی. می‌توانی در bris.se هم چت کنی.
# needs-native-review
help-adult = { $age ->
    [young] به یک بزرگ‌تر که به او اعتماد داری بگو – کسی در پیش‌دبستانی یا در خانه.
   *[other] به یک بزرگ‌تر که به او اعتماد داری بگو، مثلاً یک معلم، پرستار مدرسه یا کسی از خانواده‌ات.
}
# needs-native-review
help-call-112 = تماس با { $number }
# needs-native-review
help-call-bris = تماس با BRIS { $number }
# needs-native-review
help-mind = آیا آن‌قدر حالت بد است که به گرفتن جان خودت فکر می‌کنی؟ با خط پیشگیری از خودکشی Mind حرف بزن. می‌توانی در mind.se هم چت کنی. لازم نیست بگویی چه کسی هستی.
# needs-native-review
help-call-mind = تماس با Mind { $number }
# needs-native-review
help-bris-adults = تلفن بزرگسالان BRIS – درباره کودکان: برای تو که بزرگسال هستی و نگران یک کودک.
# needs-native-review
help-call-bris-adults = تماس با تلفن بزرگسالان BRIS { $number }
# needs-native-review
help-kvinnofrid = خط Kvinnofridslinjen: برای کسی که تهدید می‌شود یا مورد خشونت قرار می‌گیرد. رایگان و شبانه‌روزی.
# needs-native-review
help-call-kvinnofrid = تماس با Kvinnofridslinjen { $number }
# needs-native-review
help-1177 = خدمت 1177: مشاوره درمانی شبانه‌روزی، همچنین درباره حال کودک.
# needs-native-review
help-call-1177 = تماس با { $number }
# needs-native-review
help-socialjour = عصرها، شب‌ها و آخر هفته‌ها اگر کودکی به محافظت نیاز دارد، از طریق 112 به کشیک خدمات اجتماعی می‌رسی.
# needs-native-review
help-kommun = نگرانی که کودکی آسیب می‌بیند؟ به خدمات اجتماعی گزارش نگرانی بده: با تلفن مرکزی شهرداری‌ات تماس بگیر و بخواه با خدمات اجتماعی صحبت کنی.
# needs-native-review
help-call-kommun = { $kommun }: تماس با { $number }
# needs-native-review
help-for-children = برای کودکان و نوجوانان
# needs-native-review
help-for-adults = برای بزرگسالانی که نگران یک کودک هستند
# needs-native-review
help-close = بستن
# needs-native-review
safety-alert-heading = چیزی که جواب دادی مهم است.
# needs-native-review
safety-alert-text = { $who ->
    [guardian] اگر کودک در امان نیست: در صورت خطر به 112 زنگ بزنید. هر کسی که گمان کند به کودکی آسیب می‌رسد یا از او به‌درستی مراقبت نمی‌شود، می‌تواند به خدمات اجتماعی کمون (شهرداری) گزارش نگرانی بدهد – با تلفن مرکزی کمون تماس بگیرید، یا اگر فوری است با 112.
   *[other] { $age ->
        [young] هیچ‌کس حق ندارد به تو آسیب بزند و این هرگز تقصیر تو نیست. به یک بزرگسال که به او اعتماد داری بگو. اگر در خطر هستی، به 112 زنگ بزن.
       *[other] هیچ‌کس حق ندارد به تو آسیب بزند و این هرگز تقصیر تو نیست. اگر در خطر هستی، به 112 زنگ بزن. BRIS 116 111 شبانه‌روز جواب می‌دهد.
    }
}
# needs-native-review
safety-alert-private = برنامه پاسخ‌های شما را برای هیچ‌کس نمی‌فرستد.
# needs-native-review
safety-gentle-heading = لازم نیست جواب بدهی.
# needs-native-review
safety-gentle-text = { $who ->
    [guardian] لازم نیست اینجا جواب بدهید. اگر کودک در امان نیست: در صورت خطر با 112 تماس بگیرید.
   *[other] اشکالی ندارد اگر نخواهی جواب بدهی. اگر چیزی حس خوبی ندارد، می‌توانی با یک بزرگسال که به او اعتماد داری صحبت کنی، یا به BRIS 116 111 زنگ بزنی. این هرگز تقصیر تو نیست.
}

## Shared devices: leave at once, or delete everything

# needs-native-review
quick-exit = خروج سریع
# needs-native-review
delete-all-heading = پاک کردن همه‌چیز
# needs-native-review
delete-all-text = چند نفر از این دستگاه استفاده می‌کنند؟ اینجا می‌توانی همه چیزهایی را که این برنامه روی این دستگاه ذخیره کرده پاک کنی: همه چرخ‌ها با نقاشی‌ها و ضبط‌های صدایشان، «برنامه کودک» و تنظیمات.
# needs-native-review
delete-all = پاک کردن همه‌چیز روی این دستگاه
# needs-native-review
delete-all-question = همه چیزهایی که این برنامه روی این دستگاه ذخیره کرده پاک می‌شوند و دیگر برنمی‌گردند. می‌خواهی این کار را بکنی؟
# needs-native-review
delete-all-yes = بله، همه‌چیز را پاک کن
# needs-native-review
delete-all-no = نه، نگه دار
# needs-native-review
delete-all-done = همه‌چیز از این دستگاه پاک شد.

## Start page

# needs-native-review
start-heading = چرخ منافع عالیه کودک
# needs-native-review
start-intro = { $age ->
    [young] اینجا می‌توانی نشان بدهی حالت چطور است. به عکس‌ها دست بزن.
   *[other] اینجا می‌توانی بگویی در خانه، در مدرسه و در وقت آزاد حالت چطور است – بخش به بخش.
}
# needs-native-review
start-new-heading = یک چرخ تازه
# needs-native-review
start-nickname-label = دوست داری با چه نامی صدایت کنیم؟ لازم نیست چیزی بنویسی.
# needs-native-review
age-young = 4 تا 7 سال
# needs-native-review
age-middle = 8 تا 12 سال
# needs-native-review
age-teen = 13 تا 17 سال
# needs-native-review
start-button = شروع چرخ من
# needs-native-review
who-choice-child = من کودک هستم
# needs-native-review
who-choice-guardian = من پدر یا مادر یا بزرگسال دیگری هستم که از کودک مراقبت می‌کند
# needs-native-review
start-child-name-label = نام کودک (نام کوچک کافی است)
# needs-native-review
# Shown to a guardian before "Vem är du?": who may fill in, and what vårdnadshavare means.
start-guardian-explain = سرپرست قانونی (vårdnadshavare) کسی است که طبق قانون مسئول کودک است، معمولاً پدر و مادر. والدین خانواده میزبان (familjehem)، قیم (god man) یا بزرگسال دیگری که از کودک مراقبت می‌کند هم می‌تواند اینجا را پر کند. بنویسید چه کسی هستید تا در جلسه دیده شود.
# needs-native-review
start-author-label = شما چه کسی هستید؟ مثلاً مادر، پدر، والد خانواده میزبان، قیم (god man) یا نام خودتان.
# needs-native-review
start-guardian-button = شروع جواب دادن درباره کودک
# The start page's links: who answers and the child's age ($years is age-young, age-middle or age-teen).
# needs-native-review
start-child-age-link = سن من { $years } است
# needs-native-review
start-guardian-age-link = سن کودک { $years } است
# On the page that asks for the name: back to the start page's choices.
# needs-native-review
new-draft-choose-again = چیز دیگری انتخاب کنید
# needs-native-review
start-plan-heading = برای جلسه
# needs-native-review
start-plan-text = قرار است جلسه همکاری داشته باشید؟ چرخ‌هایی را که به اشتراک گذاشته شده‌اند وارد کنید و پیش‌نویس «برنامه کودک» را آماده کنید.
# needs-native-review
start-plan-button = آماده کردن پیش‌نویس «برنامه کودک»
# needs-native-review
nav-classroom = چرخ در کلاس (برای معلم‌ها)
# needs-native-review
start-continue-heading = از همان‌جا که بودی ادامه بده
# needs-native-review
draft-unnamed = چرخ من
# needs-native-review
draft-changed = آخرین تغییر: { $days ->
        [0] امروز
        [1] دیروز
       *[other] { $days } روز پیش
    }
# needs-native-review
draft-progress = { $count ->
    [one] { $count } از { $total } بخش تمام شده
   *[other] { $count } از { $total } بخش تمام شده
}
# needs-native-review
draft-continue = ادامه دادن { $name }
# needs-native-review
draft-delete = پاک کردن { $name }
# needs-native-review
draft-delete-question = می‌خواهی { $name } را پاک کنی؟ جواب‌ها از این دستگاه پاک می‌شوند و دیگر برنمی‌گردند.
# needs-native-review
draft-delete-yes = بله، پاک کن
# needs-native-review
draft-delete-no = نه، نگه دار
# needs-native-review
draft-deleted = چرخ پاک شد.

## The wheel

# needs-native-review
wheel-heading = چرخ من
# needs-native-review
wheel-heading-named = چرخ من – { $name }
# needs-native-review
wheel-instructions = { $who ->
    [guardian] یک بخش از چرخ را انتخاب کنید و بگویید وضعیت کودک را چطور می‌بینید. جواب‌های شما جدا ذخیره می‌شوند و هرگز با جواب‌های کودک یا هیچ بزرگسال دیگری قاطی نمی‌شوند.
   *[other] { $age ->
        [young] به یک عکس دست بزن.
       *[other] یک بخش از چرخ را انتخاب کن. می‌توانی بخش‌ها را به هر ترتیبی که دوست داری جواب بدهی.
    }
}
# needs-native-review
wheel-label = چرخ منافع عالیه کودک با هفت بخش
# needs-native-review
wheel-progress = { $count ->
    [0] هنوز به هیچ بخشی جواب نداده‌ای.
    [one] به { $count } از { $total } بخش جواب داده‌ای.
   *[other] به { $count } از { $total } بخش جواب داده‌ای.
}
# needs-native-review
segment-label = { $area }: { $answer }
# needs-native-review
segment-not-answered = هنوز جواب نداده‌ای
# needs-native-review
wheel-about-me = درباره من
# needs-native-review
wheel-nickname-label = نام یا لقب
# needs-native-review
wheel-age-legend = سن (شیوه نوشتن متن‌ها را تغییر می‌دهد)

## An area

# needs-native-review
area-scale-question = { $who ->
    [guardian] به نظر شما، حال کودک در این بخش چطور است؟
   *[other] { $age ->
        [young] درباره این چه حسی داری؟
       *[other] در این بخش حالت چطور است؟
    }
}
# needs-native-review
scale-very-bad = خیلی بد
# needs-native-review
scale-bad = بد
# needs-native-review
scale-between = نه خوب، نه بد
# needs-native-review
scale-good = خوب
# needs-native-review
scale-very-good = خیلی خوب
# needs-native-review
scale-dont-know = نمی‌دانم
# needs-native-review
scale-rather-not-say = نمی‌خواهم جواب بدهم
# needs-native-review
scale-clear = جوابم را پاک کن
# needs-native-review
scale-three-bad = بد
# needs-native-review
scale-three-between = نه خوب، نه بد
# needs-native-review
scale-three-good = خوب
# needs-native-review
scale-three-bad-compared = بد (از سه چهره)
# needs-native-review
scale-three-between-compared = نه خوب، نه بد (از سه چهره)
# needs-native-review
scale-three-good-compared = خوب (از سه چهره)
# needs-native-review
feelings-question = { $who ->
    [guardian] به نظر شما کودک اینجا چه حسی دارد؟ می‌توانید چند حس را انتخاب کنید، یا هیچ‌کدام را.
   *[other] { $age ->
        [young] چه حسی داری؟ می‌توانی چندتا را انتخاب کنی.
       *[other] چه حسی داری؟ می‌توانی چند حس را انتخاب کنی، یا هیچ‌کدام را.
    }
}
# needs-native-review
feelings-label = احساس‌ها
# needs-native-review
words-heading = { $who ->
    [guardian] با کلمات خودتان (اختیاری)
   *[other] { $age ->
        [young] می‌خواهی بیشتر بگویی؟ یک بزرگ‌تر می‌تواند در نوشتن کمکت کند.
       *[other] می‌خواهی چیزی بنویسی؟ لازم نیست.
    }
}
# needs-native-review
words-good = { $who ->
    [guardian] آنچه برای کودک خوب پیش می‌رود
   *[other] { $age ->
        [young] این خوب است
       *[other] این خوب است
        [teen] آنچه خوب پیش می‌رود
    }
}
# needs-native-review
words-hard = { $who ->
    [guardian] آنچه برای کودک سخت است
   *[other] { $age ->
        [young] این سخت است
       *[other] این سخت است
        [teen] آنچه سخت است
    }
}
# needs-native-review
words-would-help = { $who ->
    [guardian] آنچه فکر می‌کنم به کودک کمک می‌کند
   *[other] { $age ->
        [young] این کمک می‌کند
       *[other] این به من کمک می‌کند
        [teen] آنچه می‌تواند کمک کند
    }
}
# needs-native-review
area-articles = { $count ->
    [one] پیمان‌نامه حقوق کودک، ماده { $articles }
   *[other] پیمان‌نامه حقوق کودک، مواد { $articles }
}
# needs-native-review
nav-previous = بخش قبلی: { $area }
# needs-native-review
nav-next = بخش بعدی: { $area }
# needs-native-review
nav-wheel = برگشت به چرخ
# needs-native-review
nav-done = تمام شد – برگشت به چرخ
# needs-native-review
nav-start = رفتن به صفحه اول

## Whose view

# needs-native-review
who-child = کودک
# needs-native-review
who-guardian = سرپرست ({ $name })
# needs-native-review
who-guardian-unnamed = سرپرست
# needs-native-review
who-professional = متخصص ({ $name })
# needs-native-review
who-professional-unnamed = متخصص

## Guide for guardians: who is the child's Barnens bästa-ansvarig?
# Explained as "the person responsible for the child's wellbeing"; the Swedish title is kept in
# brackets so that guardians recognise it in letters and meetings.

# needs-native-review
guide-heading = چه کسی مسئول است که کودک حمایت لازم را بگیرد؟
# needs-native-review
guide-model = این بخشی از Kronobarnsmodellen (مدل کودکان کرونوبری) است: روش کاری که کمون‌های استان کرونوبری، Region Kronoberg، پلیس و سازمان‌های مردمی با هم در چارچوب «Barnens bästa gäller! i Kronoberg» (منافع عالیه کودک در کرونوبری مقدم است) ساخته‌اند، تا کودکان حمایت درست را در زمان درست بگیرند.
# needs-native-review
guide-intro = هر کودک در کرونوبری یک فرد مسئول منافع عالیه کودک (Barnens bästa-ansvarig) دارد: کسی که مراقبت می‌کند کودک حمایت درست را در زمان درست بگیرد، و شما به‌عنوان پدر یا مادر، والد خانواده میزبان یا قیم (god man) می‌توانید به او مراجعه کنید. اینکه این فرد چه کسی است، به سن کودک و مدرسه‌اش بستگی دارد:
# needs-native-review
guide-pregnancy = پیش از تولد: مراقبت‌های بهداشتی مادران باردار.
# needs-native-review
guide-bvc = از تولد تا وقتی کودک به کودکستان یا مدرسه می‌رود: مرکز بهداشت کودک (BVC).
# needs-native-review
guide-preschool = در کودکستان: مدیر کودکستان.
# needs-native-review
guide-school = در مدرسه، تا وقتی کودک 18 ساله شود: مدیر مدرسه کودک.
# needs-native-review
guide-kaa = جوانانی که به دبیرستان نمی‌روند: مسئولیت کمون برای پیگیری فعالیت جوانان (KAA).
# needs-native-review
guide-unsure = مطمئن نیستید فرد مسئول منافع عالیه کودک (Barnens bästa-ansvarig) چه کسی است؟ از مرکز تماس کمون (kontaktcenter) یا هماهنگ‌کننده منافع عالیه کودکان در کمون (Barnens bästa-samordnare) بپرسید.

## Sharing: nothing leaves the device without this screen and a confirm

# needs-native-review
share-open = اشتراک‌گذاری
# needs-native-review
share-heading = این‌ها را می‌توانی به اشتراک بگذاری
# needs-native-review
share-intro = فقط چیزهایی که اینجا می‌بینی از این دستگاه بیرون می‌روند، آن هم فقط وقتی که خودت راهی برای اشتراک‌گذاری انتخاب کنی. بخش‌هایی را که می‌خواهی پیش خودت بماند، خاموش کن.
# needs-native-review
share-area-switch = اشتراک‌گذاری { $area }
# needs-native-review
share-area-private = به اشتراک گذاشته نمی‌شود
# needs-native-review
share-who-may-see = چه کسی می‌تواند این را در جلسه ببیند؟
# needs-native-review
share-see-everyone =
    { $who ->
        [child] همه در جلسه، خانواده‌ات هم
       *[guardian] همه در جلسه، خانواده هم
    }
# needs-native-review
share-see-professionals =
    { $who ->
        [child] فقط بزرگ‌ترهایی که با کودکان کار می‌کنند، نه خانواده‌ات
       *[guardian] فقط متخصصان، نه خانواده
    }
# needs-native-review
share-see-professionals-note = روی صفحهٔ بزرگ نشان داده نمی‌شود و در آنچه خانواده می‌گیرد نمی‌آید.
# needs-native-review
share-voice-switch =
    { $who ->
        [child] ضبط صدای من را به اشتراک بگذار
       *[guardian] ضبط صدا را به اشتراک بگذار
    }
# needs-native-review
share-voice-off = ضبط صدا فقط وقتی به اشتراک گذاشته می‌شود که این را روشن کنی.
# needs-native-review
share-no-answer = بدون جواب
# needs-native-review
share-confirm = دیدم چه چیزهایی به اشتراک گذاشته می‌شود.
# needs-native-review
share-ways-heading = انتخاب کن چطور به اشتراک بگذاری
# needs-native-review
share-download = ذخیره به صورت فایل
# needs-native-review
share-print = چاپ یا ذخیره به صورت PDF
# needs-native-review
share-copy-all = کپی همه به صورت متن
# needs-native-review
share-copy-area = کپی به صورت متن
# needs-native-review
share-system = اشتراک‌گذاری با یک برنامه
# needs-native-review
share-copied = کپی شد.
# needs-native-review
share-copy-failed = کپی نشد. متن را انتخاب کن و خودت کپی کن.
# needs-native-review
share-nothing = چیزی برای اشتراک‌گذاری انتخاب نکرده‌ای.
# needs-native-review
share-back = برگشت به چرخ
# needs-native-review
print-footer = چاپ شده در { $date }. این صفحه از برنامه «چرخ منافع عالیه کودک» است.
# needs-native-review
print-draft-footer = پیش‌نویس، چاپ شده در { $date }. این صفحه از برنامه «چرخ منافع عالیه کودک» است.

## Barnets plan: the meeting's draft

# needs-native-review
plan-heading = برنامه کودک – پیش‌نویس
# needs-native-review
plan-intro = فایل‌هایی را که کودک و سرپرستان به اشتراک گذاشته‌اند وارد کنید. برنامه فقط بخش‌هایی را نشان می‌دهد که کسی در آن‌ها نیازی دیده است، و هر جواب همان‌طور که داده شده باقی می‌ماند.
# needs-native-review
import-button = انتخاب فایل‌ها برای وارد کردن
# needs-native-review
import-drop = یا فایل‌ها را اینجا رها کنید.
# needs-native-review
import-error-too-large = این فایل برای یک فایل چرخ بیش از حد بزرگ است (بیشتر از 8 MB).

## تحویل با کدها: «نشان دادن به دوربین جلسه» در صفحهٔ کودک، «خواندن با دوربین» در جلسه.
# needs-native-review
codes-show = نشان دادن به دوربین جلسه
# needs-native-review
codes-heading = نشان دادن به دوربین جلسه
# needs-native-review
codes-explain = صفحه را جلوی دوربین جلسه نگه دارید. کدها همان چیزی را که در فایل است، بارها و بارها نشان می‌دهند – اگر دوربین چند تا را نبیند اشکالی ندارد.
# needs-native-review
codes-only-while-open = کدها فقط تا وقتی این پنجره باز است دیده می‌شوند.
# needs-native-review
codes-no-media = نقاشی‌ها و پیام‌های صوتی با کدها نمی‌روند. برای همراه بردنشان آن را به صورت فایل ذخیره کن.
# needs-native-review
codes-locked = کدها با رمز عبور شما قفل شده‌اند. جلسه برای باز کردن آن‌ها به رمز عبور نیاز دارد.
# needs-native-review
codes-picture = کد QR برای دوربین جلسه
# needs-native-review
codes-close = بستن کدها
# needs-native-review
codes-with-drawings = نقاشی‌ها را هم در کدها بگذار (کدها بیشتر می‌شوند)
# needs-native-review
codes-no-voice = پیام‌های صوتی با کدها نمی‌روند. برای همراه بردنشان آن را به صورت فایل ذخیره کن یا «به جلسه روی همین کامپیوتر» را انتخاب کن.
# needs-native-review
codes-too-large = این برای کدها زیاد است. به جای آن یک فایل ذخیره کنید.
# needs-native-review
codes-error-not-ours = این کدی از چرخ نیست.
# needs-native-review
codes-error-version = کدها از نسخهٔ دیگری از برنامه هستند. برنامه را به‌روز کنید، یا به جای آن فایل را انتخاب کنید.
# needs-native-review
codes-error-other-transfer = این کدها مال چرخ دیگری غیر از کدهای اول هستند. هر بار یک چرخ را بخوانید.
# needs-native-review
codes-error-damaged = کدها با هم خوانده نشدند. دوباره نشانشان دهید، یا به جای آن فایل را انتخاب کنید.
# needs-native-review
camera-read = خواندن با دوربین
# needs-native-review
camera-heading = خواندن با دوربین
# needs-native-review
camera-explain = صفحه‌ای را که کدها را نشان می‌دهد کمی دورتر جلوی دوربین نگه دارید تا همهٔ بخش‌ها خوانده شوند.
# needs-native-review
camera-waiting = در جست‌وجوی کدها …
# needs-native-review
camera-progress = { $have } از { $need } بخش
# needs-native-review
camera-done = تمام شد. چرخ به جلسه فرستاده شد و دوربین خاموش است.
# needs-native-review
camera-missing = این رایانه دوربینی ندارد که برنامه بتواند از آن استفاده کند. به جای آن فایل را انتخاب کنید.
# needs-native-review
camera-refused = اجازهٔ استفاده از دوربین داده نشده است. دوربین را در مرورگر مجاز کنید، یا به جای آن فایل را انتخاب کنید.
# needs-native-review
camera-no-meeting = صفحهٔ جلسه دیگر باز نیست. دوربین را دوباره از جلسه باز کنید.
# needs-native-review
camera-close = بستن دوربین
# needs-native-review
camera-file-name = از دوربین
# به جلسه روی همین کامپیوتر: آنچه به اشتراک گذاشته می‌شود مستقیم و بدون فایل به صفحهٔ جلسه در یک تب تازه می‌رود.
# needs-native-review
this-computer-send = به جلسه روی همین کامپیوتر
# needs-native-review
this-computer-opened = جلسه در یک تب تازه باز می‌شود. آنچه به اشتراک می‌گذاری همین که جلسه آماده شد به آنجا می‌رود.
# needs-native-review
this-computer-sent = آنچه به اشتراک می‌گذاری حالا در جلسه، در تب تازه است. هیچ فایلی ذخیره نشد.
# needs-native-review
this-computer-blocked = مرورگر جلوی تب تازه را گرفت. پنجره‌های تازه را برای این صفحه مجاز کن، یا به صورت فایل ذخیره کن.
# needs-native-review
camera-done-child = تمام شد. چیزهایی که در جلسه تصمیم گرفتید حالا در برنامه است، و دوربین خاموش است.
# needs-native-review
camera-no-child-page = صفحه‌ای که دوربین را باز کرد دیگر باز نیست. دوباره روی «دریافت از جلسه» بزن.
# needs-native-review
camera-missing-child = این دستگاه دوربینی ندارد که برنامه بتواند از آن استفاده کند. به جای آن، خلاصه را روی کاغذ بخواه.
# needs-native-review
camera-refused-child = اجازهٔ استفاده از دوربین داده نشده است. دوربین را در مرورگر مجاز کن، یا به جای آن، خلاصه را روی کاغذ بخواه.
# needs-native-review
receive-link = دریافت از جلسه
# needs-native-review
receive-heading = دریافت از جلسه
# needs-native-review
receive-explain = وقتی جلسه برایت کدها را نشان می‌دهد: روی «باز کردن دوربین» بزن و دوربین را رو به صفحه‌ای که کدها را نشان می‌دهد نگه دار تا همهٔ بخش‌ها خوانده شوند.
# needs-native-review
receive-kept-here = چیزهایی که تصمیم گرفته شد فقط روی همین دستگاه ذخیره می‌شوند، به صورت یک چرخ جداگانه. می‌توانی آن را با رمز قفل کنی و هر وقت خواستی پاکش کنی.
# needs-native-review
receive-open-camera = باز کردن دوربین
# needs-native-review
receive-window-blocked = دوربین در یک پنجرهٔ جداگانه باز نشد. باز شدن پنجره‌ها را برای این صفحه مجاز کن و دوباره امتحان کن.
# needs-native-review
receive-not-summary = این خلاصه‌ای از جلسه نبود. از جلسه بخواه کدهای «خلاصه برای کودک» را نشان بدهند.
# needs-native-review
receive-not-kept = ذخیره کردن روی این دستگاه ممکن نشد. چیز دیگری تغییر نکرده است.
# needs-native-review
promised-heading = چیزهایی که در جلسه تصمیم گرفتیم
# needs-native-review
promised-made-on = جلسهٔ { $date }
# needs-native-review
promised-next = جلسهٔ بعدی: { $date }
# needs-native-review
promised-coordinator = اگر چیزی روشن نیست، بپرس: { $contact }
# needs-native-review
promised-needs = چیزی که لازم است
# needs-native-review
promised-what = چه کاری
# needs-native-review
promised-who = چه کسی
# needs-native-review
promised-when = چه زمانی
# needs-native-review
promised-happened-question = انجام شد؟
# needs-native-review
promised-happened-yes = بله، انجام شد
# needs-native-review
promised-happened-no = نه، انجام نشد
# needs-native-review
promised-feels-question = حالا چه حسی درباره‌اش داری؟
# needs-native-review
promised-marks-leave = جواب‌هایی که اینجا می‌دهی، وقتی چرخ را برای جلسهٔ بعدی به اشتراک می‌گذاری، همراهش می‌روند. هیچ چیز دیگری از آنچه اینجا نوشته شده همراهش نمی‌رود.
# needs-native-review
share-marks-heading = نظرت دربارهٔ چیزهایی که تصمیم گرفتیم
# needs-native-review
share-mark-feels = حس الان: { $face }
# needs-native-review
import-error-file = { $file }: { $problem } چیز دیگری تغییر نکرده است.
# needs-native-review
import-done = { $file } وارد شد.
# needs-native-review
plan-perspectives-heading = در این پیش‌نویس
# needs-native-review
plan-include = گنجاندن { $name }
# needs-native-review
plan-no-drafts = هنوز هیچ چرخی وارد نشده است.
# needs-native-review
plan-no-areas = در بخش‌هایی که به اشتراک گذاشته شده‌اند، کسی نیازی ندیده است.
# needs-native-review
plan-details-heading = درباره برنامه
# needs-native-review
plan-child-name = نام کودک
# needs-native-review
plan-made-on = تاریخ
# needs-native-review
plan-coordinator = هماهنگ‌کننده مسئول همکاری
# needs-native-review
plan-contact-name = نام
# needs-native-review
plan-contact-organisation = نهاد
# needs-native-review
plan-contact-reach = تلفن یا ایمیل
# needs-native-review
plan-next-evaluation = ارزیابی بعدی
# needs-native-review
plan-participants = شرکت‌کنندگان در جلسه
# needs-native-review
plan-made-drawing = یک نقاشی کشید
# needs-native-review
plan-made-voice-note = یک پیام صوتی ضبط کرد
# needs-native-review
plan-child-mark = دربارهٔ آنچه دفعهٔ قبل توافق شد
# needs-native-review
plan-mark-feels-now = حس الان
# needs-native-review
plan-needs = نیازها
# needs-native-review
plan-actions = اقدامات حمایتی
# needs-native-review
plan-action-legend = اقدام { $number }
# needs-native-review
plan-action-what = چه کاری انجام می‌شود
# needs-native-review
plan-action-who = چه کسی
# needs-native-review
plan-action-when = چه زمانی
# needs-native-review
plan-action-when-hint = یک تاریخ یا هر چند وقت یک بار، مثلاً هر هفته
# needs-native-review
plan-action-missing = نوشته نشده
# needs-native-review
plan-action-incomplete = کامل نیست: بنویسید چه کسی و چه زمانی آن را انجام می‌دهد.
# needs-native-review
plan-action-add = افزودن یک اقدام
# needs-native-review
plan-action-remove = حذف اقدام { $number }
# needs-native-review
plan-action-removed = اقدام { $number } حذف شد. برای برگرداندنش «برگرداندن» را بزنید.
# needs-native-review
plan-action-undo = برگرداندن
# needs-native-review
plan-include-child-words = سخنان خود کودک هنگام کپی و چاپ برنامه آورده شود
# needs-native-review
plan-include-child-words-hint = بدون آن، کپی و چاپ فقط پاسخ‌ها، نیازها و اقدامات را دارد تا برنامه کوتاه بماند.
# needs-native-review
plan-coordinator-task = مسئول هماهنگی در جلسه همراه با کودک و سرپرستان انتخاب می‌شود. او برنامه را به‌روز نگه می‌دارد و برای ارزیابی دعوت می‌کند.
# needs-native-review
plan-consent-given = رضایت
# needs-native-review
plan-consent-gathered-by = رضایت را گرفت
# needs-native-review
plan-contact = فرد رابط
# needs-native-review
plan-copy = کپی برنامه به صورت متن
# needs-native-review
plan-print = چاپ برنامه
# needs-native-review
prepare-text-heading = پیش از تصمیم – ارزیابی مسئول منافع عالیه کودک (گام 2 در Praxismodellen)
# needs-native-review
prepare-responsible = مسئول منافع عالیه کودک
# needs-native-review
prepare-assessment = ارزیابی من
# needs-native-review
prepare-decision = تصمیم
# needs-native-review
prepare-decision-own = نهاد خود ما حمایت می‌کند
# needs-native-review
prepare-decision-other = از یک نهاد دیگر درخواست می‌شود
# needs-native-review
prepare-decision-meeting = جلسه همکاری فراخوانده می‌شود
# needs-native-review
prepare-decision-note = چه، چه کسی و چه زمانی
# needs-native-review
consent-heading = رضایت
# needs-native-review
consent-reminder = پیش از آنکه اطلاعاتی بین نهادها رد و بدل شود، مسئول منافع عالیه کودک باید رضایت سرپرستان و رضایت خود کودک را، به شیوه‌ای که با سن کودک جور باشد، گرفته باشد. این کار پیش از جلسه انجام می‌شود. رضایت را هر زمان می‌توان پس گرفت.
# needs-native-review
consent-print = چاپ فرم رضایت
# needs-native-review
consent-text = من/ما رضایت می‌دهیم که اطلاعات لازم برای برنامه کودک برای { $name } بین نهادهای زیر رد و بدل شود تا کودک حمایت درست را بگیرد:
# needs-native-review
consent-withdraw = این رضایت تا اطلاع بعدی معتبر است. هر زمان می‌توان آن را، شفاهی یا کتبی، نزد مسئول منافع عالیه کودک پس گرفت.
# needs-native-review
consent-child = به کودک، به شیوه‌ای که با سنش جور باشد، گفته شده که این رضایت چه معنایی دارد و او توانسته نظرش را بگوید.
# needs-native-review
consent-child-signature = نام کودک، و امضای او اگر بخواهد، و تاریخ
# needs-native-review
consent-gathered-signature = رضایت را مسئول منافع عالیه کودک گرفت: نام، نهاد و تاریخ
# needs-native-review
plan-consent-date = تاریخ دادن رضایت
# needs-native-review
plan-consent-given-by-field = چه کسانی رضایت دادند (سرپرستان و کودک)
# needs-native-review
plan-consent-gathered-by-field = چه کسی رضایت را گرفت (مسئول منافع عالیه کودک)
# needs-native-review
consent-signature = امضای سرپرست، نام به خط خوانا و تاریخ

## Saving and loading

# needs-native-review
save-saved = روی این دستگاه ذخیره شد.
# needs-native-review
save-other-tab = این چرخ هم‌زمان در زبانه‌ای دیگر هم تغییر کرد. هرجا هر دو یک چیز را تغییر داده‌اند، آنچه آخر از همه ذخیره شده حساب می‌شود.
# needs-native-review
save-failed = نتوانستیم روی این دستگاه ذخیره کنیم. آنچه نوشتی هنوز روی صفحه است – صفحه را نبند.
# needs-native-review
load-error-not-ours = این چرخ از برنامه «چرخ منافع عالیه کودک» نیست.
# needs-native-review
load-error-future = این چرخ با نسخه جدیدتر برنامه ساخته شده است. برنامه را به‌روز کن و دوباره امتحان کن.
# needs-native-review
load-error-damaged = این چرخ خراب شده و خوانده نشد.
# needs-native-review
draft-not-found = چنین چرخی روی این دستگاه نیست. شاید پاک شده باشد.
# needs-native-review
area-not-found = این بخش در چرخ نیست.
# needs-native-review
stored-damaged = { $count ->
    [one] یک چرخ ذخیره‌شده خوانده نشد. دست‌نخورده مانده است.
   *[other] { $count } چرخ ذخیره‌شده خوانده نشد. دست‌نخورده مانده‌اند.
}

# needs-native-review
# Passphrase lock: a draft on this device, or a shared file.
lock-summary = قفل کردن با رمز
# needs-native-review
lock-explain = { $who ->
    [guardian] با رمز، فقط کسی که رمز را می‌داند می‌تواند آنچه را اینجا نوشته شده بخواند، حتی اگر کس دیگری از این دستگاه استفاده کند. اگر رمز را فراموش کنید، دیگر راهی برای برگرداندنش نیست.
   *[other] { $age ->
        [young] با رمز، هیچ‌کس دیگری نمی‌تواند چرخت را بخواند. از یک بزرگ‌تر بخواه کمکت کند رمز یادت بماند.
       *[other] با رمز، فقط کسی که رمز را می‌داند می‌تواند چرخت را بخواند، حتی اگر کس دیگری از این دستگاه استفاده کند. اگر رمز را فراموش کنی، دیگر راهی برای برگرداندنش نیست.
    }
}
# needs-native-review
lock-passphrase-label = یک رمز انتخاب کن (حداقل 8 حرف)
# needs-native-review
lock-repeat-label = همان رمز را یک بار دیگر بنویس
# needs-native-review
lock-button = قفل کردن چرخ
# needs-native-review
lock-working = در حال قفل کردن …
# needs-native-review
lock-error-too-short = رمز باید حداقل 8 حرف باشد.
# needs-native-review
lock-error-repeat = دو رمز مثل هم نیستند. همان رمز را دو بار بنویس.
# needs-native-review
lock-error-unavailable = این مرورگر نمی‌تواند با رمز قفل کند. چیزی تغییر نکرده است.
# needs-native-review
lock-error-full = چرخ قفل نشد: روی دستگاه جا برای قفل کردن ضبط‌ها و نقاشی‌ها نیست. چیزی تغییر نکرده است. جا باز کنید و دوباره امتحان کنید.
# needs-native-review
lock-error-media = چرخ قفل نشد: ضبط‌ها و نقاشی‌ها قفل نشدند. چیزی تغییر نکرده است. دوباره امتحان کنید.
# needs-native-review
lock-remove-error = قفل هنوز هست: ضبط‌ها و نقاشی‌ها باز نشدند. چیزی تغییر نکرده است. دوباره امتحان کنید.
# needs-native-review
lock-is-on = چرخ با رمز قفل است. اگر { $minutes } دقیقه کسی از آن استفاده نکند، دوباره قفل می‌شود.
# needs-native-review
lock-now = همین حالا قفل کن
# needs-native-review
lock-remove = برداشتن رمز
# needs-native-review
unlock-heading = چرخ قفل است
# needs-native-review
unlock-explain = رمز را بنویس تا چرخ باز شود.
# needs-native-review
unlock-label = رمز
# needs-native-review
unlock-button = باز کردن
# needs-native-review
unlock-working = در حال باز کردن …
# needs-native-review
unlock-error-wrong = رمز اشتباه است. چیزی تغییر نکرده است – دوباره امتحان کن.
# needs-native-review
unlock-forgot = رمز را فراموش کرده‌ای؟ در این صورت نمی‌شود آنچه را نوشته شده خواند. می‌توانی چرخ را در صفحه اول پاک کنی و از نو شروع کنی.
# needs-native-review
draft-locked = چرخ قفل‌شده
# needs-native-review
share-lock-file = قفل کردن فایل با رمز
# needs-native-review
share-lock-file-explain = کسی که فایل را می‌خواند به رمز نیاز دارد. رمز را از راهی غیر از راه فرستادن فایل به او بگو، مثلاً تلفنی.
# needs-native-review
import-locked = { $file } قفل است. رمز را بنویسید تا وارد شود.
# needs-native-review
lock-error-common = این رمز یکی از رایج‌ترین رمزهاست و حدس زدنش آسان است. رمز دیگری انتخاب کن، مثلاً چند کلمه پشت سر هم.
# needs-native-review
lock-delete-note = هر کسی که از این دستگاه استفاده می‌کند می‌تواند چرخ قفل‌شده را پاک کند، اما نمی‌تواند آن را بخواند.
# needs-native-review
save-newer-version = نسخه جدیدتر برنامه این چرخ را در تب دیگری ذخیره کرده است. این تب روی آن ذخیره نمی‌کند. آنچه نوشتی هنوز روی صفحه است – صفحه را دوباره بارگیری کن تا ادامه دهی.
# needs-native-review
load-error-no-version = در این فایل نوشته نشده که کدام نسخه برنامه آن را ساخته است. شاید تغییر کرده یا خراب شده باشد و خوانده نشد.
# needs-native-review
load-error-too-long = متن‌های این فایل از آنچه برنامه اجازه می‌دهد طولانی‌ترند و فایل خوانده نشد.
# needs-native-review
update-ready = نسخهٔ تازه‌ای از برنامه آماده است. هر چیزی که ذخیره شده، وقتی به نسخهٔ تازه بروی باقی می‌ماند.
# needs-native-review
update-now = رفتن به نسخهٔ تازه

## About the app, closed at the foot of every page: the version, the source code's date,
## the licences and where the source code is (the address the county gave when it built the app).

# needs-native-review
about-heading = دربارهٔ برنامه
# needs-native-review
about-version = نسخهٔ { $version }
# needs-native-review
about-version-commit = نسخهٔ { $version } ({ $commit })
# needs-native-review
about-date = تاریخ کد منبع: { $date }
# needs-native-review
about-date-unknown = تاریخ کد منبع معلوم نیست: برنامه بدون git ساخته شده است.
# needs-native-review
about-licences = مجوزها
# needs-native-review
about-licence-app = این برنامه نرم‌افزار آزاد است: می‌شود آن را با مجوز MIT یا Apache-2.0 به کار برد، هر کدام را که انتخاب کنید.
# needs-native-review
about-licence-pictograms = تصویرها برای همین برنامه کشیده شده‌اند و همه می‌توانند آزادانه از آن‌ها استفاده کنند (CC0-1.0).
# needs-native-review
about-licence-parts = بخش‌هایی که برنامه از آن‌ها ساخته شده، با نسخه و مجوز هر کدام:
# needs-native-review
about-source = کد منبع در این نشانی است: { $address }
# needs-native-review
about-source-not-set = نشانی کد منبع هنگام ساختن برنامه داده نشد.

## Draw: a drawing per area (src/child/drawing_pad.rs, src/ui/drawing_picture.rs)
# needs-native-review
drawing-heading = اگر دوست داری، نقاشی کن
# needs-native-review
drawing-hint = با انگشت، موس یا قلم نقاشی کن.
# needs-native-review
drawing-surface-empty = صفحهٔ نقاشی. خالی است.
# needs-native-review
drawing-surface-strokes = صفحهٔ نقاشی با نقاشی تو: { $count ->
    [one] یک خط
   *[other] { $count } خط
}.
# needs-native-review
drawing-surface-text = صفحهٔ نقاشی با نقاشی تو: { $text }
# needs-native-review
drawing-colours = رنگ
# needs-native-review
drawing-colour-black = سیاه
# needs-native-review
drawing-colour-red = قرمز
# needs-native-review
drawing-colour-blue = آبی
# needs-native-review
drawing-colour-green = سبز
# needs-native-review
drawing-colour-yellow = زرد
# needs-native-review
drawing-colour-brown = قهوه‌ای
# needs-native-review
drawing-undo = برگرداندن
# needs-native-review
drawing-clear = همه را پاک کن
# needs-native-review
drawing-undone = آخرین چیز پاک شد.
# needs-native-review
drawing-cleared = نقاشی پاک شد. اگر می‌خواهی برگردد، «برگرداندن» را بزن.
# needs-native-review
drawing-text-label = نقاشی چه چیزی را نشان می‌دهد؟
# needs-native-review
drawing-text-hint = اگر دوست داری. این برای کسی که نقاشی را نمی‌بیند بلند خوانده می‌شود.
# needs-native-review
drawing-not-opened = نقاشی باز نشد.
# needs-native-review
drawing-picture = نقاشی: { $text }
# needs-native-review
drawing-picture-untitled = یک نقاشی
## Drawings and voice notes kept on the device (IndexedDB)

# needs-native-review
media-error-unavailable = این مرورگر نمی‌تواند صدا یا نقاشی را نگه دارد. بقیهٔ چیزها مثل همیشه ذخیره می‌شوند.
# needs-native-review
media-error-full = دیگر جایی روی دستگاه نمانده، برای همین این ذخیره نشد. هر چه قبلاً ذخیره شده هنوز هست.
# needs-native-review
media-error-wrong-key = این با رمز دیگری قفل شده و اینجا باز نمی‌شود.
# needs-native-review
media-error-damaged = چیزی که ذخیره شده خوانده نمی‌شود. همان‌طور که هست می‌ماند.

## Voice note on an area ("Säg det")

# needs-native-review
voice-heading = بگو
# needs-native-review
voice-explain = { $who ->
    [guardian] می‌توانید آنچه می‌خواهید بگویید را ضبط کنید، حداکثر یک دقیقه. فقط روی همین دستگاه نگه داشته می‌شود.
   *[other] { $age ->
        [young] می‌توانی چیزی را که می‌خواهی بگویی با صدایت بگویی. یک بزرگ‌تر می‌تواند کمکت کند.
       *[other] می‌توانی به جای نوشتن، چیزی را که می‌خواهی بگویی با صدایت بگویی، حداکثر یک دقیقه. فقط همین‌جا نگه داشته می‌شود.
    }
}
# needs-native-review
voice-record = ضبط کن
# needs-native-review
voice-stop = بس کن
# needs-native-review
voice-recording-started = الان ضبط می‌شود.
# needs-native-review
voice-elapsed = { $seconds } از { $limit } ثانیه
# needs-native-review
voice-stopped-at-limit = یک دقیقه گذشت، برای همین ضبط تمام شد.
# needs-native-review
voice-listen = { $who ->
    [guardian] پیش از ذخیره کردن، به ضبط گوش کنید.
   *[other] به چیزی که گفتی گوش کن. می‌خواهی نگهش داری؟
}
# needs-native-review
voice-your-recording = صدای ضبط‌شدهٔ تو
# needs-native-review
voice-keep = ذخیرهٔ صدا
# needs-native-review
voice-discard = پاک کن و از نو شروع کن
# needs-native-review
voice-kept = { $who ->
    [guardian] صدای ضبط‌شده ذخیره شد.
   *[other] چیزی که گفتی ذخیره شد.
}
# needs-native-review
voice-delete = پاک کردن صدای ضبط‌شده
# needs-native-review
voice-deleted = صدای ضبط‌شده پاک شد.
# needs-native-review
voice-no-microphone = { $who ->
    [guardian] اینجا نمی‌شود ضبط کرد، چون میکروفون نیست. می‌توانید به جایش بنویسید.
   *[other] { $age ->
        [young] اینجا نمی‌شود ضبط کرد، چون میکروفون نیست. می‌توانی به جایش نقاشی بکشی یا از یک بزرگ‌تر بخواهی بنویسد.
       *[other] اینجا نمی‌شود ضبط کرد، چون میکروفون نیست. می‌توانی به جایش نقاشی بکشی یا بنویسی.
    }
}
# needs-native-review
voice-permission-refused = { $who ->
    [guardian] اینجا نمی‌شود ضبط کرد، چون اجازهٔ استفاده از میکروفون نیست. می‌توانید به جایش بنویسید.
   *[other] { $age ->
        [young] اینجا نمی‌شود ضبط کرد، و اشکالی ندارد. می‌توانی به جایش نقاشی بکشی یا از یک بزرگ‌تر بخواهی بنویسد.
       *[other] اینجا نمی‌شود ضبط کرد، چون اجازهٔ استفاده از میکروفون نیست. اشکالی ندارد – می‌توانی به جایش نقاشی بکشی یا بنویسی.
    }
}
# needs-native-review
voice-not-supported = { $who ->
    [guardian] این مرورگر نمی‌تواند ضبط کند. می‌توانید به جایش بنویسید.
   *[other] { $age ->
        [young] اینجا نمی‌شود ضبط کرد. می‌توانی به جایش نقاشی بکشی یا از یک بزرگ‌تر بخواهی بنویسد.
       *[other] اینجا نمی‌شود ضبط کرد. می‌توانی به جایش نقاشی بکشی یا بنویسی.
    }
}
# needs-native-review
voice-failed = ضبط انجام نشد. می‌توانی دوباره امتحان کنی.
# needs-native-review
voice-too-large = ضبط صدا برای نگه داشتن خیلی بزرگ شد. یک ضبط کوتاه‌تر امتحان کن.

## The journey over time: per area, how each person's answer moved from meeting to meeting (a small chart)
# needs-native-review
journey-heading = پاسخ‌ها از یک جلسه تا جلسه بعد چگونه تغییر کردند
# needs-native-review
journey-meetings = جلسه‌ها: { $dates }
# needs-native-review
journey-tag-child = کودک
# needs-native-review
journey-tag-guardian = سرپرست { $letter }
# needs-native-review
journey-tag-professional = متخصص { $letter }
