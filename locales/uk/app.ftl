# Barnets bästa-hjulet (Колесо добробуту дитини): the app's own texts, Ukrainian translation.
# Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child).

app-name = Колесо добробуту дитини
skip-to-content = Перейти до вмісту

## Language and read-aloud, in the header

language-label = Мова
# The language's own name for itself, shown in the picker.
language-name = Українська
language-load-failed = Не вдалося завантажити мову. Спробуй ще раз, коли буде інтернет.
read-aloud = Читати вголос
read-aloud-stop = Зупинити читання
read-aloud-no-voice = На цьому пристрої немає голосу, який може читати українською.
read-aloud-unsupported = Цей браузер не вміє читати текст уголос.
auto-read-label = Читати вголос кожну нову сторінку

## Privacy and help, always on screen

privacy-note = { $age ->
    [young] Ніхто не бачить твоїх відповідей, якщо ти не хочеш.
   *[other] Ніхто не бачить твоїх відповідей, поки ти не вирішиш ними поділитися. Вони зберігаються лише на цьому пристрої.
}
help-open = Потрібна допомога зараз?
help-heading = Допомога зараз
help-emergency = Дзвони 112, якщо хтось у небезпеці просто зараз.
help-bris = Подзвони або напиши в чат BRIS: 116 111. Це безкоштовно, і не треба казати, хто ти.
help-adult = Розкажи дорослому, якому довіряєш, наприклад учителеві, шкільній медсестрі або комусь із родини.
help-call-112 = Подзвонити 112
help-call-bris = Подзвонити в BRIS 116 111
help-close = Закрити
safety-alert-heading = Дякуємо, що розповідаєш.
safety-alert-text = { $age ->
    [young] Ніхто не має права тебе кривдити. Скажи дорослому, якому довіряєш. Можна подзвонити в BRIS: 116 111.
   *[other] Ніхто не має права тебе кривдити. Якщо ти не в безпеці, ти можеш отримати допомогу зараз – не треба чекати до зустрічі.
}

## Start page

start-heading = Колесо добробуту дитини
start-intro = { $age ->
    [young] Тут можна показати, як у тебе справи. Натискай на малюнки.
   *[other] Тут ти можеш розповісти, як у тебе справи вдома, у школі та у вільний час – по одній частині.
}
start-new-heading = Нове колесо
start-nickname-label = Як тебе називати? Можна нічого не писати.
start-age-legend = Скільки тобі років?
age-young = 4–7 років
age-middle = 8–12 років
age-teen = 13–17 років
start-button = Почати моє колесо
start-continue-heading = Продовжити розпочате
draft-unnamed = Моє колесо
draft-changed = Змінено { $date }
draft-progress = { $count ->
    [one] Готово { $count } з { $total } частин
    [few] Готово { $count } з { $total } частин
    [many] Готово { $count } з { $total } частин
   *[other] Готово { $count } з { $total } частин
}
draft-continue = Продовжити: { $name }
draft-delete = Видалити: { $name }
draft-delete-question = Хочеш видалити колесо { $name }? Відповіді зникнуть із цього пристрою, і їх не можна буде повернути.
draft-delete-yes = Так, видалити
draft-delete-no = Ні, залишити
draft-deleted = Колесо видалено.

## The wheel

wheel-heading = Моє колесо
wheel-heading-named = Моє колесо – { $name }
wheel-instructions = { $age ->
    [young] Натисни на малюнок.
   *[other] Вибери частину колеса. Частини можна проходити в будь-якому порядку.
}
wheel-label = Колесо добробуту дитини із сімома частинами
wheel-progress = { $count ->
    [0] Ще немає жодної відповіді.
    [one] Відповідь є в { $count } з { $total } частин.
    [few] Відповіді є в { $count } з { $total } частин.
    [many] Відповіді є в { $count } з { $total } частин.
   *[other] Відповіді є в { $count } з { $total } частин.
}
segment-label = { $area }: { $answer }
segment-not-answered = ще без відповіді
wheel-about-me = Про мене
wheel-nickname-label = Ім’я або прізвисько
wheel-age-legend = Вік (від нього залежить, як написані тексти)

## An area

area-scale-question = { $age ->
    [young] Як тобі?
   *[other] Як у тебе з цим?
}
scale-very-bad = Дуже погано
scale-bad = Погано
scale-between = Середньо
scale-good = Добре
scale-very-good = Дуже добре
scale-dont-know = Не знаю
scale-rather-not-say = Не хочу відповідати
scale-clear = Видалити мою відповідь
words-heading = { $age ->
    [young] Хочеш розповісти більше? Дорослий може допомогти тобі написати.
   *[other] Хочеш щось написати? Це не обов’язково.
}
words-good = { $age ->
    [young] Це добре
   *[other] Це добре
    [teen] Що йде добре
}
words-hard = { $age ->
    [young] Це важко
   *[other] Це важко
    [teen] Що складно
}
words-would-help = { $age ->
    [young] Це допомогло б
   *[other] Це допомогло б мені
    [teen] Що могло б допомогти
}
area-articles = { $count ->
    [one] Конвенція ООН про права дитини, стаття { $articles }
    [few] Конвенція ООН про права дитини, статті { $articles }
    [many] Конвенція ООН про права дитини, статті { $articles }
   *[other] Конвенція ООН про права дитини, статті { $articles }
}
nav-previous = Попередня частина: { $area }
nav-next = Наступна частина: { $area }
nav-wheel = Назад до колеса
nav-done = Готово – назад до колеса
nav-start = На початкову сторінку

## Saving and loading

save-saved = Збережено на цьому пристрої.
save-failed = Не вдалося зберегти на цьому пристрої. Твій текст досі на екрані – не закривай сторінку.
load-error-not-ours = Це не колесо із застосунку «Колесо добробуту дитини».
load-error-future = Це колесо зроблено в новішій версії застосунку. Онови застосунок і спробуй ще раз.
load-error-damaged = Це колесо пошкоджене, і його не вдалося прочитати. Більше нічого не змінилося.
draft-not-found = На цьому пристрої немає такого колеса. Можливо, його видалили.
area-not-found = Такої частини в колесі немає.
stored-damaged = { $count ->
    [one] Не вдалося прочитати { $count } збережене колесо. Його залишено без змін.
    [few] Не вдалося прочитати { $count } збережені колеса. Їх залишено без змін.
    [many] Не вдалося прочитати { $count } збережених коліс. Їх залишено без змін.
   *[other] Не вдалося прочитати збережені колеса ({ $count }). Їх залишено без змін.
}
