# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (the wheel of what is best for the child): the seven areas, in Persian/Dari.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.
# Area names are short labels on the wheel picture; the titles are the child's own sentences
# (or, for a guardian, sentences about the child).

# needs-native-review
area-safe-name = امنیت
# needs-native-review
area-safe-title = { $who ->
    [guardian] کودک در امان است
   *[other] من در امان هستم
}
# needs-native-review
area-safe-text = { $who ->
    [guardian] در امان بودن کودک: هیچ‌کس با کودک خشونت نکند، او را تهدید نکند یا از او سوءاستفاده نکند – در خانه، در مدرسه، بیرون یا در اینترنت.
   *[other] { $age ->
        [young] در امان بودن یعنی هیچ‌کس به تو آسیب نزند. در خانه، در کودکستان و در مدرسه احساس امنیت می‌کنی؟
       *[other] در امان بودن یعنی هیچ‌کس تو را نزند، تهدید نکند یا به تو آسیب نرساند – در خانه، در مدرسه، بیرون یا در اینترنت.
        [teen] در امان بودن یعنی هیچ‌کس با تو خشونت نکند، تهدیدت نکند یا از تو سوءاستفاده نکند – در خانه، در مدرسه، بیرون یا در اینترنت.
    }
}

# needs-native-review
area-health-name = سلامتی
# needs-native-review
area-health-title = { $who ->
    [guardian] حال کودک خوب است
   *[other] حالم خوب است
}
# needs-native-review
area-health-text = { $who ->
    [guardian] سلامت جسم و روان کودک: خواب، غذا، حرکت و ورزش، و درمان وقتی کودک به آن نیاز دارد.
   *[other] { $age ->
        [young] بدنت و فکرت چه حالی دارند؟ خوب می‌خوابی و غذا می‌خوری؟
       *[other] حال بدنت و فکرت چطور است. اینکه خوب بخوابی، غذا بخوری و وقتی مریض هستی کمک بگیری.
        [teen] حال جسمی و روانی تو: خواب، غذا، حرکت و ورزش، و اینکه وقتی لازم است درمان بگیری.
    }
}

# needs-native-review
area-learning-name = یادگیری
# needs-native-review
area-learning-title = { $who ->
    [guardian] کودک یاد می‌گیرد و رشد می‌کند
   *[other] یاد می‌گیرم و رشد می‌کنم
}
# needs-native-review
area-learning-text = { $who ->
    [guardian] کودکستان یا مدرسه، یاد گرفتن در خانه، زبان و حمایت وقتی چیزی سخت است.
   *[other] { $age ->
        [young] در کودکستان، در مدرسه و در خانه چیزهای تازه یاد می‌گیری؟
       *[other] درس و مدرسه‌ات چطور پیش می‌رود، یاد گرفتن در خانه و کمک گرفتن برای زبان.
        [teen] مدرسه، یاد گرفتن و رشد کردن، برنامه‌هایت برای آینده و کمک گرفتن وقتی چیزی سخت است.
    }
}

# needs-native-review
area-care-name = مراقبت
# needs-native-review
area-care-title = { $who ->
    [guardian] کسی از کودک مراقبت می‌کند
   *[other] کسی از من مراقبت می‌کند
}
# needs-native-review
area-care-text = { $who ->
    [guardian] خانه، بزرگ‌ترهایی که به کودک اهمیت می‌دهند، و اینکه نیازهای روزمره کودک برآورده شود.
   *[other] { $age ->
        [young] این درباره خانه‌ات و بزرگ‌ترهایی است که از تو مراقبت می‌کنند. چیزهایی را که لازم داری، داری؟
       *[other] اینکه خانه داشته باشی، بزرگ‌ترهایی که به تو اهمیت می‌دهند و چیزهایی که هر روز لازم داری، مثل غذا و لباس.
        [teen] خانه، بزرگ‌ترهایی که به تو اهمیت می‌دهند، و اینکه چیزهایی که در زندگی روزمره لازم داری، مثل غذا، لباس و پول، فراهم باشد.
    }
}

# needs-native-review
area-play-name = بازی و تفریح
# needs-native-review
area-play-title = { $who ->
    [guardian] کودک برای بازی، استراحت و وقت آزاد فرصت دارد
   *[other] { $age ->
        [teen] برای کارهایی که دوست دارم وقت دارم
       *[other] وقت دارم بازی کنم و استراحت کنم
    }
}
# needs-native-review
area-play-text = { $who ->
    [guardian] بازی، استراحت، ورزش، فرهنگ و هنر و دوستان – وقت برای کارهایی که کودک دوست دارد.
   *[other] { $age ->
        [young] می‌توانی بازی کنی، استراحت کنی و شاد باشی؟
       *[other] بازی، استراحت، ورزش، کارهایی که دوست داری و دیدن دوستانت بعد از مدرسه.
        [teen] وقت آزاد، استراحت، ورزش، فرهنگ و هنر، و دیدن دوستان – کارهایی که خودت دوست داری انجام بدهی.
    }
}

# needs-native-review
area-voice-name = مشارکت
# needs-native-review
area-voice-title = { $who ->
    [guardian] به حرف کودک گوش می‌دهند
   *[other] به حرفم گوش می‌دهند
}
# needs-native-review
area-voice-text = { $who ->
    [guardian] اینکه کودک بتواند نظرش را بگوید و در آنچه به او مربوط است، به حرفش گوش بدهند.
   *[other] { $age ->
        [young] وقتی چیزی می‌گویی، بزرگ‌ترها به حرفت گوش می‌دهند؟
       *[other] اینکه بزرگ‌ترها به نظر تو گوش بدهند، وقتی موضوع درباره توست.
        [teen] اینکه بتوانی نظرت را بگویی و در همه چیزهایی که به تو مربوط است، به حرفت گوش بدهند.
    }
}

# needs-native-review
area-belonging-name = روابط
# needs-native-review
area-belonging-title = { $who ->
    [guardian] کودک جزئی از جمع است
   *[other] من جزئی از جمع هستم
}
# needs-native-review
area-belonging-text = { $who ->
    [guardian] خانواده، دوستان، هویت و اینکه کودک در جمع جا داشته باشد و احساس کند بخشی از آن است.
   *[other] { $age ->
        [young] این درباره خانواده و دوستانت است. تو هم با آن‌ها بازی می‌کنی و همراهشان هستی؟
       *[other] خانواده‌ات، دوستانت، اینکه چه کسی هستی و اینکه تو هم در جمع جا داری.
        [teen] خانواده، دوستان، هویت تو و اینکه احساس کنی به جمع تعلق داری و در آن جا داری.
    }
}

# needs-native-review
feeling-happy = شاد
# needs-native-review
feeling-calm = آرام
# needs-native-review
feeling-proud = سربلند
# needs-native-review
feeling-sad = غمگین
# needs-native-review
feeling-angry = عصبانی
# needs-native-review
feeling-scared = ترسیده
# needs-native-review
feeling-worried = نگران
# needs-native-review
feeling-lonely = تنها
# needs-native-review
feeling-tired = خسته
