# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (Колесо добробуту дитини): the seven areas, Ukrainian translation.
# A county replaces these texts (and content/wheel.json).
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
area-safe-name = Безпека
# needs-native-review
area-safe-title = { $who ->
    [guardian] Дитина в безпеці
   *[other] Я в безпеці
}
# needs-native-review
area-safe-text = { $who ->
    [guardian] Безпека дитини: ніхто не піддає дитину насильству, погрозам чи жорстокому поводженню – вдома, у школі, на вулиці чи в інтернеті.
   *[other] { $age ->
        [young] Бути в безпеці – це коли ніхто тебе не кривдить. Чи почуваєшся ти в безпеці вдома, у садочку і в школі?
       *[other] Бути в безпеці означає, що ніхто тебе не б’є, не погрожує тобі і не робить тобі боляче – вдома, у школі, на вулиці чи в інтернеті.
        [teen] Бути в безпеці означає, що ти не зазнаєш насильства, погроз чи жорстокого поводження – вдома, у школі, на вулиці чи в інтернеті.
    }
}

# needs-native-review
area-health-name = Здоров’я
# needs-native-review
area-health-title = { $who ->
    [guardian] Дитина почувається добре
   *[other] Я почуваюся добре
}
# needs-native-review
area-health-text = { $who ->
    [guardian] Фізичне і психічне здоров’я дитини: сон, їжа, рух і медична допомога, коли дитина її потребує.
   *[other] { $age ->
        [young] Як почувається твоє тіло і як тобі на душі? Чи добре ти спиш і їси?
       *[other] Як почувається твоє тіло і як тобі на душі. Чи ти спиш, їси і чи отримуєш допомогу, коли хворієш.
        [teen] Як ти почуваєшся фізично і психічно: сон, їжа, рух і медична допомога, коли вона потрібна.
    }
}

# needs-native-review
area-learning-name = Навчання
# needs-native-review
area-learning-title = { $who ->
    [guardian] Дитина вчиться і розвивається
   *[other] Я вчуся і розвиваюся
}
# needs-native-review
area-learning-text = { $who ->
    [guardian] Дитсадок чи школа, навчання вдома, мова і підтримка, коли щось складно.
   *[other] { $age ->
        [young] Чи вчишся ти новому в садочку, у школі та вдома?
       *[other] Як у тебе справи в школі, чого ти вчишся вдома і чи тобі допомагають з мовою.
        [teen] Школа, навчання і розвиток, плани на майбутнє і підтримка, коли щось складно.
    }
}

# needs-native-review
area-care-name = Турбота
# needs-native-review
area-care-title = { $who ->
    [guardian] Про дитину піклуються
   *[other] Про мене піклуються
}
# needs-native-review
area-care-text = { $who ->
    [guardian] Дім, дорослі, яким не байдуже, і те, що повсякденні потреби дитини задоволені.
   *[other] { $age ->
        [young] Це про твій дім і дорослих, які про тебе піклуються. Чи є в тебе все, що потрібно?
       *[other] Чи є в тебе дім, дорослі, які про тебе піклуються, і все, що тобі треба щодня, наприклад їжа та одяг.
        [teen] Дім, дорослі, яким не байдуже, і все потрібне в повсякденному житті, наприклад їжа, одяг і гроші.
    }
}

# needs-native-review
area-play-name = Дозвілля
# needs-native-review
area-play-title = { $who ->
    [guardian] Дитина має час для гри, відпочинку і дозвілля
   *[other] { $age ->
        [teen] Я маю час на те, що мені подобається
       *[other] Я маю час гратися і відпочивати
    }
}
# needs-native-review
area-play-text = { $who ->
    [guardian] Гра, відпочинок, спорт, культура і друзі – час для того, що дитині подобається.
   *[other] { $age ->
        [young] Чи можеш ти гратися, відпочивати і веселитися?
       *[other] Гратися, відпочивати, займатися спортом і тим, що тобі подобається, і бачитися з друзями після школи.
        [teen] Вільний час, відпочинок, спорт, культура і зустрічі з друзями – те, чим тобі хочеться займатися.
    }
}

# needs-native-review
area-voice-name = Участь
# needs-native-review
area-voice-title = { $who ->
    [guardian] Дитину слухають
   *[other] Мене слухають
}
# needs-native-review
area-voice-text = { $who ->
    [guardian] Дитина може висловлювати свою думку, і її чують у всьому, що її стосується.
   *[other] { $age ->
        [young] Чи слухають тебе дорослі, коли ти щось кажеш?
       *[other] Дорослі слухають, що ти думаєш, коли йдеться про тебе.
        [teen] Ти можеш казати, що думаєш, і тебе чують у всьому, що тебе стосується.
    }
}

# needs-native-review
area-belonging-name = Стосунки
# needs-native-review
area-belonging-title = { $who ->
    [guardian] Дитина має своє місце
   *[other] Я маю своє місце
}
# needs-native-review
area-belonging-text = { $who ->
    [guardian] Родина, друзі, ідентичність і те, що дитину приймають і вона відчуває, що має своє місце.
   *[other] { $age ->
        [young] Це про твою родину і твоїх друзів. Чи можеш ти бути разом з усіма?
       *[other] Твоя родина, твої друзі, хто ти є і те, що ти можеш бути разом з усіма.
        [teen] Родина, друзі, твоя ідентичність і відчуття, що ти маєш своє місце і тебе приймають.
    }
}

# needs-native-review
feeling-happy = Радість
# needs-native-review
feeling-calm = Спокій
# needs-native-review
feeling-proud = Гордість
# needs-native-review
feeling-sad = Смуток
# needs-native-review
feeling-angry = Злість
# needs-native-review
feeling-scared = Страх
# needs-native-review
feeling-worried = Тривога
# needs-native-review
feeling-lonely = Самотність
# needs-native-review
feeling-tired = Втома
