# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# Barnets bästa-hjulet (Колесо добробуту дитини): the app's own texts, Ukrainian translation.
# Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

# needs-native-review
app-name = Колесо добробуту дитини
# needs-native-review
skip-to-content = Перейти до вмісту

## Language and read-aloud, in the header

# needs-native-review
language-label = Мова
# needs-native-review
header-menu = Меню
# needs-native-review
# The language's own name for itself, shown in the picker.
language-name = Українська
# needs-native-review
language-load-failed = Не вдалося завантажити мову. Спробуй ще раз, коли буде інтернет.
# needs-native-review
read-aloud = Читати вголос
# needs-native-review
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = Читати вголос: { $text }
# needs-native-review
read-aloud-stop = Зупинити читання
# needs-native-review
read-aloud-no-voice = На цьому пристрої немає голосу, який може читати українською.
# needs-native-review
read-aloud-unsupported = Цей браузер не вміє читати текст уголос.
# needs-native-review
auto-read-label = Читати вголос кожну нову сторінку
# needs-native-review
auto-read-on = Увімкнено
# needs-native-review
auto-read-off = Вимкнено

## Privacy and help, always on screen

# needs-native-review
privacy-note = { $age ->
    [young] Відповіді нікому не надсилаються. Хто користується тим самим планшетом, може їх побачити – заблокуй паролем.
   *[other] Відповіді зберігаються лише на цьому пристрої і нікому не надсилаються, поки ти не вирішиш ними поділитися. Хто користується тим самим пристроєм, може їх побачити – заблокуй колесо паролем.
}
# needs-native-review
help-open = Потрібна допомога зараз?
# needs-native-review
help-open-short = Допомога
# needs-native-review
help-heading = Допомога зараз
# needs-native-review
help-emergency = Дзвони 112, якщо хтось у небезпеці просто зараз.
# needs-native-review
help-bris = Телефонуй до BRIS за номером 116 111 – безкоштовно, цілодобово, і не треба казати, хто ти. Також можна написати в чат на bris.se.
# needs-native-review
help-adult = { $age ->
    [young] Розкажи дорослому, якому довіряєш, – комусь у дитячому садку або вдома.
   *[other] Розкажи дорослому, якому довіряєш, наприклад учителеві, шкільній медсестрі або комусь із родини.
}
# needs-native-review
help-call-112 = Подзвонити { $number }
# needs-native-review
help-call-bris = Подзвонити в BRIS { $number }
# needs-native-review
help-mind = Тобі так погано, що ти думаєш позбавити себе життя? Поговори з лінією запобігання самогубствам Mind Självmordslinjen. Можна також написати в чат на mind.se. Не треба казати, хто ти.
# needs-native-review
help-call-mind = Подзвонити в Mind { $number }
# needs-native-review
help-bris-adults = BRIS vuxentelefon – лінія для дорослих про дітей: для тебе, якщо ти дорослий і хвилюєшся за дитину.
# needs-native-review
help-call-bris-adults = Подзвонити в BRIS vuxentelefon { $number }
# needs-native-review
help-kvinnofrid = Kvinnofridslinjen: для тих, кому погрожують або хто зазнає насильства. Безкоштовно й цілодобово.
# needs-native-review
help-call-kvinnofrid = Подзвонити в Kvinnofridslinjen { $number }
# needs-native-review
help-1177 = 1177 Vårdguiden: медичні поради цілодобово, також про те, як почувається дитина.
# needs-native-review
help-call-1177 = Подзвонити { $number }
# needs-native-review
help-socialjour = Увечері, вночі та у вихідні чергову соціальну службу (socialjouren) можна викликати через 112, якщо дитина потребує захисту.
# needs-native-review
help-kommun = Хвилюєшся, що дитині завдають шкоди? Повідом соціальну службу (orosanmälan): подзвони на комутатор своєї комуни й попроси з’єднати із соціальною службою.
# needs-native-review
help-call-kommun = { $kommun }: подзвонити { $number }
# needs-native-review
help-for-children = Для дітей і молоді
# needs-native-review
help-for-adults = Для дорослих, які хвилюються за дитину
# needs-native-review
help-close = Закрити
# needs-native-review
safety-alert-heading = Те, що ти відповів, важливо.
# needs-native-review
safety-alert-text = { $who ->
    [guardian] Якщо дитина не в безпеці: у разі небезпеки телефонуйте 112. Кожен, хто підозрює, що дитину кривдять або що їй погано, може подати повідомлення про занепокоєння (orosanmälan) до соціальної служби муніципалітету – зателефонуйте на загальний номер муніципалітету або на 112, якщо це терміново.
   *[other] { $age ->
        [young] Ніхто не має права кривдити тебе, і це ніколи не твоя провина. Розкажи дорослому, якому довіряєш. Якщо ти в небезпеці, телефонуй 112.
       *[other] Ніхто не має права кривдити тебе, і це ніколи не твоя провина. Якщо ти в небезпеці, телефонуй 112. BRIS за номером 116 111 відповідає цілодобово.
    }
}
# needs-native-review
safety-alert-private = Застосунок нікому не надсилає твої відповіді.
# needs-native-review
safety-gentle-heading = Ти не мусиш відповідати.
# needs-native-review
safety-gentle-text = { $who ->
    [guardian] Тут можна не відповідати. Якщо дитина не в безпеці: телефонуйте 112, якщо є небезпека.
   *[other] Нічого страшного, якщо ти не хочеш відповідати. Якщо щось здається не так, ти можеш поговорити з дорослим, якому довіряєш, або зателефонувати до BRIS: 116 111. Це ніколи не твоя провина.
}

## Shared devices: leave at once, or delete everything

# needs-native-review
quick-exit = Швидко вийти
# needs-native-review
delete-all-heading = Видалити все
# needs-native-review
delete-all-text = Цим пристроєм користуються кілька людей? Тут ти можеш видалити все, що застосунок зберіг на цьому пристрої: усі колеса з малюнками й записами, план і налаштування.
# needs-native-review
delete-all = Видалити все на цьому пристрої
# needs-native-review
delete-all-question = Усе, що застосунок зберіг на цьому пристрої, буде видалено. Скасувати це не можна. Хочеш це зробити?
# needs-native-review
delete-all-yes = Так, видалити все
# needs-native-review
delete-all-no = Ні, залишити
# needs-native-review
delete-all-done = Усе видалено з цього пристрою.

## Start page

# needs-native-review
start-heading = Колесо добробуту дитини
# needs-native-review
start-intro = { $age ->
    [young] Тут можна показати, як у тебе справи. Натискай на малюнки.
   *[other] Тут ти можеш розповісти, як у тебе справи вдома, у школі та у вільний час – по одній частині.
}
# needs-native-review
start-new-heading = Нове колесо
# needs-native-review
start-nickname-label = Як тебе називати? Можна нічого не писати.
# needs-native-review
age-young = 4–7 років
# needs-native-review
age-middle = 8–12 років
# needs-native-review
age-teen = 13–17 років
# needs-native-review
start-button = Почати моє колесо
# needs-native-review
who-choice-child = Я дитина
# needs-native-review
who-choice-guardian = Я один із батьків або інший дорослий, який піклується про дитину
# needs-native-review
start-child-name-label = Ім’я дитини (достатньо лише імені)
# needs-native-review
# Shown to a guardian before "Vem är du?": who may fill in, and what vårdnadshavare means.
start-guardian-explain = Законний представник дитини (vårdnadshavare) – це особа, яка за законом відповідає за дитину, зазвичай батьки. Заповнити тут можуть також прийомні батьки (familjehem), призначений опікун (god man) або інший дорослий, який піклується про дитину. Напишіть, хто ви, щоб це було видно на зустрічі.
# needs-native-review
start-author-label = Хто ви? Наприклад, мама, тато, прийомний батько чи прийомна мати, призначений опікун (god man) або ваше ім’я.
# needs-native-review
start-guardian-button = Почати відповідати про дитину
# The start page's links: who answers and the child's age ($years is age-young, age-middle or age-teen).
# needs-native-review
start-child-age-link = Мені { $years }
# needs-native-review
start-guardian-age-link = Дитині { $years }
# On the page that asks for the name: back to the start page's choices.
# needs-native-review
new-draft-choose-again = Вибрати інше
# needs-native-review
start-plan-heading = До зустрічі
# needs-native-review
start-plan-text = Плануєте зустріч щодо співпраці? Імпортуйте колеса, якими поділилися, і складіть чернетку «Плану дитини».
# needs-native-review
start-plan-button = Скласти чернетку «Плану дитини»
# needs-native-review
nav-classroom = Колесо в класі (для вчителів)
# needs-native-review
start-continue-heading = Продовжити розпочате
# needs-native-review
draft-unnamed = Моє колесо
# needs-native-review
draft-changed = Змінено { $days ->
        [0] сьогодні
        [1] учора
        [one] { $days } день тому
        [few] { $days } дні тому
       *[other] { $days } днів тому
    }
# needs-native-review
draft-progress = { $count ->
    [one] Готово { $count } з { $total } частин
    [few] Готово { $count } з { $total } частин
    [many] Готово { $count } з { $total } частин
   *[other] Готово { $count } з { $total } частин
}
# needs-native-review
draft-continue = Продовжити: { $name }
# needs-native-review
draft-delete = Видалити: { $name }
# needs-native-review
draft-delete-question = Хочеш видалити колесо { $name }? Відповіді зникнуть із цього пристрою, і їх не можна буде повернути.
# needs-native-review
draft-delete-yes = Так, видалити
# needs-native-review
draft-delete-no = Ні, залишити
# needs-native-review
draft-deleted = Колесо видалено.

## The wheel

# needs-native-review
wheel-heading = Моє колесо
# needs-native-review
wheel-heading-named = Моє колесо – { $name }
# needs-native-review
wheel-instructions = { $who ->
    [guardian] Виберіть частину колеса і розкажіть, як ви бачите ситуацію дитини. Ваші відповіді зберігаються окремо і ніколи не змішуються з відповідями дитини чи будь-якого іншого дорослого.
   *[other] { $age ->
        [young] Натисни на малюнок.
       *[other] Вибери частину колеса. Частини можна проходити в будь-якому порядку.
    }
}
# needs-native-review
wheel-label = Колесо добробуту дитини із сімома частинами
# needs-native-review
wheel-progress = { $count ->
    [0] Ще немає жодної відповіді.
    [one] Відповідь є в { $count } з { $total } частин.
    [few] Відповіді є в { $count } з { $total } частин.
    [many] Відповіді є в { $count } з { $total } частин.
   *[other] Відповіді є в { $count } з { $total } частин.
}
# needs-native-review
segment-label = { $area }: { $answer }
# needs-native-review
segment-not-answered = ще без відповіді
# needs-native-review
wheel-about-me = Про мене
# needs-native-review
wheel-nickname-label = Ім’я або прізвисько
# needs-native-review
wheel-age-legend = Вік (від нього залежить, як написані тексти)

## An area

# needs-native-review
area-scale-question = { $who ->
    [guardian] Як, на вашу думку, дитині в цій частині життя?
   *[other] { $age ->
        [young] Як тобі з цим?
       *[other] Як у тебе з цим?
    }
}
# needs-native-review
scale-very-bad = Дуже погано
# needs-native-review
scale-bad = Погано
# needs-native-review
scale-between = Середньо
# needs-native-review
scale-good = Добре
# needs-native-review
scale-very-good = Дуже добре
# needs-native-review
scale-dont-know = Не знаю
# needs-native-review
scale-rather-not-say = Не хочу відповідати
# needs-native-review
scale-clear = Видалити мою відповідь
# needs-native-review
scale-three-bad = Погано
# needs-native-review
scale-three-between = Середньо
# needs-native-review
scale-three-good = Добре
# needs-native-review
scale-three-bad-compared = Погано (з трьох облич)
# needs-native-review
scale-three-between-compared = Середньо (з трьох облич)
# needs-native-review
scale-three-good-compared = Добре (з трьох облич)
# needs-native-review
feelings-question = { $who ->
    [guardian] Що, на вашу думку, відчуває дитина тут? Можна вибрати кілька або жодного.
   *[other] { $age ->
        [young] Що ти відчуваєш? Можна вибрати кілька.
       *[other] Як ти почуваєшся? Можна вибрати кілька або жодного.
    }
}
# needs-native-review
feelings-label = Почуття
# needs-native-review
words-heading = { $who ->
    [guardian] Своїми словами (за бажанням)
   *[other] { $age ->
        [young] Хочеш розповісти більше? Дорослий може допомогти тобі написати.
       *[other] Хочеш щось написати? Це не обов’язково.
    }
}
# needs-native-review
words-good = { $who ->
    [guardian] Що в дитини йде добре
   *[other] { $age ->
        [young] Це добре
       *[other] Це добре
        [teen] Що йде добре
    }
}
# needs-native-review
words-hard = { $who ->
    [guardian] Що дитині важко
   *[other] { $age ->
        [young] Це важко
       *[other] Це важко
        [teen] Що складно
    }
}
# needs-native-review
words-would-help = { $who ->
    [guardian] Що, на мою думку, допомогло б дитині
   *[other] { $age ->
        [young] Це допомогло б
       *[other] Це допомогло б мені
        [teen] Що могло б допомогти
    }
}
# needs-native-review
area-articles = { $count ->
    [one] Конвенція ООН про права дитини, стаття { $articles }
    [few] Конвенція ООН про права дитини, статті { $articles }
    [many] Конвенція ООН про права дитини, статті { $articles }
   *[other] Конвенція ООН про права дитини, статті { $articles }
}
# needs-native-review
nav-previous = Попередня частина: { $area }
# needs-native-review
nav-next = Наступна частина: { $area }
# needs-native-review
nav-wheel = Назад до колеса
# needs-native-review
nav-done = Готово – назад до колеса
# needs-native-review
nav-start = На початкову сторінку

## Whose view

# needs-native-review
who-child = Дитина
# needs-native-review
who-guardian = Батьки чи опікун ({ $name })
# needs-native-review
who-guardian-unnamed = Батьки чи опікун
# needs-native-review
who-professional = Фахівець ({ $name })
# needs-native-review
who-professional-unnamed = Фахівець

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

# needs-native-review
guide-heading = Хто відповідає за те, щоб дитина отримала підтримку?
# needs-native-review
guide-model = Це частина Kronobarnsmodellen (моделі Крунуберга для дітей) – способу роботи, який муніципалітети лену Крунуберг, Region Kronoberg, поліція та громадські організації разом розробили в межах «Barnens bästa gäller! i Kronoberg» (Найкращі інтереси дитини – передусім у Крунубергу), щоб діти отримували потрібну підтримку в потрібний час.
# needs-native-review
guide-intro = Кожна дитина в лені Крунуберг має «Barnens bästa-ansvarig» – особу, відповідальну за добробут дитини, яка стежить, щоб дитина отримала потрібну підтримку в потрібний час, і до якої можете звернутися ви як батьки, прийомні батьки чи призначений опікун (god man). Хто це, залежить від віку дитини та її школи:
# needs-native-review
guide-pregnancy = До народження: жіноча консультація (mödrahälsovården).
# needs-native-review
guide-bvc = Від народження до початку дитсадка чи школи: центр здоров’я дитини (BVC).
# needs-native-review
guide-preschool = У дитсадку: директор дитсадка.
# needs-native-review
guide-school = У школі, доки дитині не виповниться 18: директор школи, де навчається дитина.
# needs-native-review
guide-kaa = Молодь, яка не навчається в старшій середній школі (gymnasium): відповідальність муніципалітету за активність молоді (KAA).
# needs-native-review
guide-unsure = Не впевнені, хто «Barnens bästa-ansvarig» вашої дитини? Запитайте в контактному центрі муніципалітету (kontaktcenter) або в координатора муніципалітету з питань добробуту дітей (Barnens bästa-samordnare).

## Sharing: nothing leaves the device without this screen and a confirm

# needs-native-review
share-open = Поділитися
# needs-native-review
share-heading = Ось чим можна поділитися
# needs-native-review
share-intro = Пристрій залишає лише те, що видно тут, і лише тоді, коли спосіб поділитися вибрано самостійно. Частини, які хочеться залишити при собі, можна вимкнути.
# needs-native-review
share-area-switch = Поділитися: { $area }
# needs-native-review
share-area-private = Не передається
# needs-native-review
share-who-may-see = Хто може бачити це на зустрічі?
# needs-native-review
share-see-everyone =
    { $who ->
        [child] Усі на зустрічі, і твоя родина теж
       *[guardian] Усі на зустрічі, і родина теж
    }
# needs-native-review
share-see-professionals =
    { $who ->
        [child] Лише дорослі, які працюють з дітьми, не твоя родина
       *[guardian] Лише фахівці, не родина
    }
# needs-native-review
share-see-professionals-note = Це не показують на великому екрані, і воно не входить до того, що отримує родина.
# needs-native-review
share-voice-switch =
    { $who ->
        [child] Поділитися моїм записом
       *[guardian] Поділитися записом
    }
# needs-native-review
share-voice-off = Запис передається, лише якщо ти це ввімкнеш.
# needs-native-review
share-no-answer = Без відповіді
# needs-native-review
share-confirm = Я знаю, що саме буде передано.
# needs-native-review
share-ways-heading = Спосіб поділитися
# needs-native-review
share-download = Зберегти як файл
# needs-native-review
share-print = Надрукувати або зберегти як PDF
# needs-native-review
share-copy-all = Скопіювати все як текст
# needs-native-review
share-copy-area = Скопіювати як текст
# needs-native-review
share-system = Поділитися через застосунок
# needs-native-review
share-copied = Скопійовано.
# needs-native-review
share-copy-failed = Не вдалося скопіювати. Текст можна виділити і скопіювати самостійно.
# needs-native-review
share-nothing = Нічого не вибрано, щоб поділитися.
# needs-native-review
share-back = Назад до колеса
# needs-native-review
print-footer = Надруковано { $date }. Ця сторінка з «Колеса добробуту дитини».
# needs-native-review
print-draft-footer = Чернетка, надруковано { $date }. Ця сторінка з «Колеса добробуту дитини».

## Barnets plan: the meeting's draft

# needs-native-review
plan-heading = План дитини – чернетка
# needs-native-review
plan-intro = Імпортуйте файли, якими поділилися дитина та батьки чи опікуни. План показує лише ті частини, де хтось побачив потребу, і кожна відповідь залишається такою, якою її дали.
# needs-native-review
import-button = Вибрати файли для імпорту
# needs-native-review
import-drop = Або перетягніть файли сюди.
# needs-native-review
import-error-too-large = Файл завеликий, щоб бути файлом колеса (понад 8 MB).

## Передавання кодами: «Показати камері зустрічі» на сторінці дитини, «Зчитати камерою» на зустрічі.
# needs-native-review
codes-show = Показати камері зустрічі
# needs-native-review
codes-heading = Показати камері зустрічі
# needs-native-review
codes-explain = Тримайте екран перед камерою зустрічі. Коди показують те саме, що й файл, знову і знову – нічого страшного, якщо камера деякі пропустить.
# needs-native-review
codes-only-while-open = Коди видно, лише поки це вікно відкрите.
# needs-native-review
codes-no-media = Малюнки й голосові повідомлення не передаються кодами. Збережи як файл, щоб узяти їх.
# needs-native-review
codes-locked = Коди заблоковано вашим паролем. Зустрічі потрібен пароль, щоб їх відкрити.
# needs-native-review
codes-picture = QR-код для камери зустрічі
# needs-native-review
codes-close = Закрити коди
# needs-native-review
codes-with-drawings = Додати малюнки до кодів (кодів стане більше)
# needs-native-review
codes-no-voice = Голосові повідомлення не передаються кодами. Збережи як файл або вибери «До зустрічі на цьому комп’ютері», щоб узяти їх.
# needs-native-review
codes-too-large = Це забагато для кодів. Натомість збережіть файл.
# needs-native-review
codes-error-not-ours = Це не код із колеса.
# needs-native-review
codes-error-version = Коди з іншої версії застосунку. Оновіть застосунок або натомість виберіть файл.
# needs-native-review
codes-error-other-transfer = Ці коди належать до іншого колеса, ніж перші. Зчитуйте одне колесо за раз.
# needs-native-review
codes-error-damaged = Коди не вдалося скласти разом. Покажіть їх ще раз або натомість виберіть файл.
# needs-native-review
camera-read = Зчитати камерою
# needs-native-review
camera-heading = Зчитати камерою
# needs-native-review
camera-explain = Тримайте екран із кодами перед камерою, трохи віддалік, доки не буде зчитано всі частини.
# needs-native-review
camera-waiting = Шукаємо коди …
# needs-native-review
camera-progress = { $have } з { $need } частин
# needs-native-review
camera-done = Готово. Колесо передано на зустріч, а камеру вимкнено.
# needs-native-review
camera-missing = На цьому комп’ютері немає камери, яку може використати застосунок. Натомість виберіть файл.
# needs-native-review
camera-refused = Камеру не можна використовувати. Дозвольте камеру в браузері або натомість виберіть файл.
# needs-native-review
camera-no-meeting = Сторінка зустрічі вже не відкрита. Відкрийте камеру із зустрічі ще раз.
# needs-native-review
camera-close = Закрити камеру
# needs-native-review
camera-file-name = З камери
# До зустрічі на цьому комп’ютері: те, чим діляться, іде просто на сторінку зустрічі в новій вкладці, без файлу.
# needs-native-review
this-computer-send = До зустрічі на цьому комп’ютері
# needs-native-review
this-computer-opened = Зустріч відкривається в новій вкладці. Те, чим ти ділишся, потрапить туди, щойно зустріч буде готова.
# needs-native-review
this-computer-sent = Те, чим ти ділишся, тепер на зустрічі в новій вкладці. Жодного файлу не збережено.
# needs-native-review
this-computer-blocked = Браузер зупинив нову вкладку. Дозволь нові вікна для цієї сторінки або збережи як файл.
# needs-native-review
camera-done-child = Готово. Те, що ви вирішили на зустрічі, тепер є в застосунку, а камеру вимкнено.
# needs-native-review
camera-no-child-page = Сторінка, яка відкрила камеру, вже не відкрита. Натисни «Отримати із зустрічі» ще раз.
# needs-native-review
camera-missing-child = На цьому пристрої немає камери, яку може використати застосунок. Натомість попроси підсумок на папері.
# needs-native-review
camera-refused-child = Камеру не можна використовувати. Дозволь камеру в браузері або натомість попроси підсумок на папері.
# needs-native-review
receive-link = Отримати із зустрічі
# needs-native-review
receive-heading = Отримати із зустрічі
# needs-native-review
receive-explain = Коли на зустрічі тобі показують коди: натисни «Відкрити камеру» і тримай камеру навпроти екрана з кодами, доки не буде зчитано всі частини.
# needs-native-review
receive-kept-here = Те, що вирішили, зберігається лише на цьому пристрої, як окреме колесо. Ти можеш заблокувати його паролем і видалити, коли захочеш.
# needs-native-review
receive-open-camera = Відкрити камеру
# needs-native-review
receive-window-blocked = Камеру не вдалося відкрити в окремому вікні. Дозволь вікна для цієї сторінки і спробуй ще раз.
# needs-native-review
receive-not-summary = Це був не підсумок зустрічі. Попроси на зустрічі показати коди з розділу «Підсумок для дитини».
# needs-native-review
receive-not-kept = Не вдалося зберегти на цьому пристрої. Більше нічого не змінено.
# needs-native-review
promised-heading = Що ми вирішили на зустрічі
# needs-native-review
promised-made-on = Зустріч { $date }
# needs-native-review
promised-next = Наступна зустріч: { $date }
# needs-native-review
promised-coordinator = Якщо щось незрозуміло, запитай: { $contact }
# needs-native-review
promised-needs = Що потрібно
# needs-native-review
promised-what = Що
# needs-native-review
promised-who = Хто
# needs-native-review
promised-when = Коли
# needs-native-review
promised-happened-question = Чи це відбулося?
# needs-native-review
promised-happened-yes = Так, відбулося
# needs-native-review
promised-happened-no = Ні, не відбулося
# needs-native-review
promised-feels-question = Як тобі з цим зараз?
# needs-native-review
promised-marks-leave = Те, що ти відповіси тут, піде разом із колесом, коли ти поділишся ним для наступної зустрічі. Ніщо інше з написаного тут не піде.
# needs-native-review
share-marks-heading = Що ти думаєш про те, що ми вирішили
# needs-native-review
share-mark-feels = Відчуття зараз: { $face }
# needs-native-review
import-error-file = { $file }: { $problem } Більше нічого не змінено.
# needs-native-review
import-done = { $file } імпортовано.
# needs-native-review
plan-perspectives-heading = У чернетці
# needs-native-review
plan-include = Включити: { $name }
# needs-native-review
plan-no-drafts = Ще не імпортовано жодного колеса.
# needs-native-review
plan-no-areas = У частинах, якими поділилися, ніхто не побачив потреби.
# needs-native-review
plan-details-heading = Про план
# needs-native-review
plan-child-name = Ім’я дитини
# needs-native-review
plan-made-on = Дата
# needs-native-review
plan-coordinator = Координатор співпраці
# needs-native-review
plan-contact-name = Ім’я
# needs-native-review
plan-contact-organisation = Установа
# needs-native-review
plan-contact-reach = Телефон або електронна пошта
# needs-native-review
plan-next-evaluation = Наступне оцінювання
# needs-native-review
plan-participants = Учасники зустрічі
# needs-native-review
plan-made-drawing = Намалював(-ла) малюнок
# needs-native-review
plan-made-voice-note = Записав(-ла) голосове повідомлення
# needs-native-review
plan-child-mark = Про те, що домовилися минулого разу
# needs-native-review
plan-mark-feels-now = Відчуття зараз
# needs-native-review
plan-needs = Потреби
# needs-native-review
plan-actions = Заходи підтримки
# needs-native-review
plan-action-legend = Захід { $number }
# needs-native-review
plan-action-what = Що робиться
# needs-native-review
plan-action-who = Хто
# needs-native-review
plan-action-when = Коли
# needs-native-review
plan-action-when-hint = Дата або як часто, наприклад щотижня
# needs-native-review
plan-action-missing = не вказано
# needs-native-review
plan-action-incomplete = Не завершено: напишіть, хто це робить і коли.
# needs-native-review
plan-action-add = Додати захід
# needs-native-review
plan-action-remove = Видалити захід { $number }
# needs-native-review
plan-action-removed = Захід { $number } видалено. Натисніть «Скасувати», щоб повернути його.
# needs-native-review
plan-action-undo = Скасувати
# needs-native-review
plan-include-child-words = Додати власні слова дитини, коли план копіюють і друкують
# needs-native-review
plan-include-child-words-hint = Без них копія і друк містять лише відповіді, потреби й заходи, щоб план залишався коротким.
# needs-native-review
plan-coordinator-task = Відповідального за співпрацю обирають на зустрічі разом із дитиною та батьками. Він підтримує план актуальним і скликає оцінювання.
# needs-native-review
plan-consent-given = Згода
# needs-native-review
plan-consent-gathered-by = Згоду отримав(ла)
# needs-native-review
plan-contact = Контактна особа
# needs-native-review
plan-copy = Скопіювати план як текст
# needs-native-review
plan-print = Надрукувати план
# needs-native-review
prepare-text-heading = Перед рішенням – оцінка відповідального за найкращі інтереси дитини (Praxismodellen, крок 2)
# needs-native-review
prepare-responsible = Відповідальний за найкращі інтереси дитини
# needs-native-review
prepare-assessment = Моя оцінка
# needs-native-review
prepare-decision = Рішення
# needs-native-review
prepare-decision-own = Підтримку надає наша служба
# needs-native-review
prepare-decision-other = Звертаємося до однієї іншої служби
# needs-native-review
prepare-decision-meeting = Скликаємо зустріч для співпраці
# needs-native-review
prepare-decision-note = Що, хто і коли
# needs-native-review
consent-heading = Згода
# needs-native-review
consent-reminder = Перш ніж інформацію передаватимуть між службами, відповідальний за найкращі інтереси дитини (Barnens bästa-ansvarig) має отримати згоду батьків чи опікунів і згоду самої дитини — у спосіб, що відповідає її вікові. Це робиться до зустрічі. Згоду можна відкликати будь-коли.
# needs-native-review
consent-print = Надрукувати бланк згоди
# needs-native-review
consent-text = Я/ми даю/даємо згоду на те, щоб інформацію, потрібну для плану дитини { $name }, передавали між службами, названими нижче, щоб дитина могла отримати потрібну підтримку:
# needs-native-review
consent-withdraw = Згода діє до її скасування. Її можна відкликати будь-коли, усно або письмово, у відповідального за найкращі інтереси дитини.
# needs-native-review
consent-child = Дитині пояснили, що означає згода, у спосіб, що відповідає її вікові, і вона змогла сказати, що думає.
# needs-native-review
consent-child-signature = Ім’я дитини, її підпис, якщо вона хоче, і дата
# needs-native-review
consent-gathered-signature = Згоду отримав(ла) відповідальний за найкращі інтереси дитини: ім’я, служба і дата
# needs-native-review
plan-consent-date = Дата, коли надано згоду
# needs-native-review
plan-consent-given-by-field = Хто дав згоду (батьки чи опікуни і дитина)
# needs-native-review
plan-consent-gathered-by-field = Хто отримав згоду (Barnens bästa-ansvarig)
# needs-native-review
consent-signature = Підпис батьків чи опікуна, ім’я друкованими літерами та дата

## Saving and loading

# needs-native-review
save-saved = Збережено на цьому пристрої.
# needs-native-review
save-other-tab = Це колесо одночасно змінили в іншій вкладці. Де обидві зміни стосуються того самого, діє те, що збережено останнім.
# needs-native-review
save-failed = Не вдалося зберегти на цьому пристрої. Твій текст досі на екрані – не закривай сторінку.
# needs-native-review
load-error-not-ours = Це не колесо із застосунку «Колесо добробуту дитини».
# needs-native-review
load-error-future = Це колесо зроблено в новішій версії застосунку. Онови застосунок і спробуй ще раз.
# needs-native-review
load-error-damaged = Це колесо пошкоджене, і його не вдалося прочитати.
# needs-native-review
draft-not-found = На цьому пристрої немає такого колеса. Можливо, його видалили.
# needs-native-review
area-not-found = Такої частини в колесі немає.
# needs-native-review
stored-damaged = { $count ->
    [one] Не вдалося прочитати { $count } збережене колесо. Його залишено без змін.
    [few] Не вдалося прочитати { $count } збережені колеса. Їх залишено без змін.
    [many] Не вдалося прочитати { $count } збережених коліс. Їх залишено без змін.
   *[other] Не вдалося прочитати збережені колеса ({ $count }). Їх залишено без змін.
}

# needs-native-review
# Passphrase lock: a draft on this device, or a shared file.
lock-summary = Заблокувати паролем
# needs-native-review
lock-explain = { $who ->
    [guardian] З паролем прочитати написане тут зможе лише той, хто знає пароль, навіть якщо пристроєм користується хтось інший. Якщо ви забудете пароль, повернути його не вдасться.
   *[other] { $age ->
        [young] З паролем ніхто інший не зможе прочитати твоє колесо. Попроси дорослого допомогти тобі запам’ятати пароль.
       *[other] З паролем прочитати твоє колесо зможе лише той, хто знає пароль, навіть якщо пристроєм користується хтось інший. Якщо ти забудеш пароль, повернути його не вдасться.
    }
}
# needs-native-review
lock-passphrase-label = Придумай пароль (щонайменше 8 символів)
# needs-native-review
lock-repeat-label = Введи той самий пароль ще раз
# needs-native-review
lock-button = Заблокувати колесо
# needs-native-review
lock-working = Блокуємо …
# needs-native-review
lock-error-too-short = Пароль має містити щонайменше 8 символів.
# needs-native-review
lock-error-repeat = Паролі не збігаються. Введи той самий пароль двічі.
# needs-native-review
lock-error-unavailable = Цей браузер не вміє блокувати паролем. Нічого не змінено.
# needs-native-review
lock-error-full = Колесо не заблоковано: на пристрої немає місця, щоб заблокувати записи й малюнки. Нічого не змінено. Звільніть місце і спробуйте ще раз.
# needs-native-review
lock-error-media = Колесо не заблоковано: записи й малюнки не вдалося заблокувати. Нічого не змінено. Спробуйте ще раз.
# needs-native-review
lock-remove-error = Блокування залишається: записи й малюнки не вдалося розблокувати. Нічого не змінено. Спробуйте ще раз.
# needs-native-review
lock-is-on = { $minutes ->
    [one] Колесо заблоковано паролем. Воно знову заблокується, якщо ним ніхто не користуватиметься { $minutes } хвилину.
    [few] Колесо заблоковано паролем. Воно знову заблокується, якщо ним ніхто не користуватиметься { $minutes } хвилини.
    [many] Колесо заблоковано паролем. Воно знову заблокується, якщо ним ніхто не користуватиметься { $minutes } хвилин.
   *[other] Колесо заблоковано паролем. Воно знову заблокується, якщо ним ніхто не користуватиметься { $minutes } хвилини.
}
# needs-native-review
lock-now = Заблокувати зараз
# needs-native-review
lock-remove = Видалити пароль
# needs-native-review
unlock-heading = Колесо заблоковано
# needs-native-review
unlock-explain = Введи пароль, щоб відкрити колесо.
# needs-native-review
unlock-label = Пароль
# needs-native-review
unlock-button = Відкрити
# needs-native-review
unlock-working = Відкриваємо …
# needs-native-review
unlock-error-wrong = Неправильний пароль. Нічого не змінено – спробуй ще раз.
# needs-native-review
unlock-forgot = Не пам’ятаєш пароль? Тоді написане прочитати не вийде. Можна видалити колесо на початковій сторінці й почати знову.
# needs-native-review
draft-locked = Заблоковане колесо
# needs-native-review
share-lock-file = Заблокувати файл паролем
# needs-native-review
share-lock-file-explain = Тому, хто читатиме файл, потрібен пароль. Повідом його інакше, ніж надсилаєш файл, наприклад телефоном.
# needs-native-review
import-locked = Файл { $file } заблоковано. Введіть пароль, щоб імпортувати його.
# needs-native-review
lock-error-common = Цей пароль – один із найпоширеніших, його легко вгадати. Вибери інший, наприклад кілька слів поспіль.
# needs-native-review
lock-delete-note = Будь-хто, хто користується цим пристроєм, може видалити заблоковане колесо, але не може його прочитати.
# needs-native-review
save-newer-version = Новіша версія застосунку зберегла це колесо в іншій вкладці. Ця вкладка не запише поверх нього. Твій текст досі на екрані – перезавантаж сторінку, щоб продовжити.
# needs-native-review
load-error-no-version = У файлі не вказано, яка версія застосунку його створила. Можливо, його змінено або пошкоджено, і його не вдалося прочитати.
# needs-native-review
load-error-too-long = У файлі довші тексти, ніж дозволяє застосунок, і його не вдалося прочитати.
# needs-native-review
update-ready = Є нова версія застосунку. Усе збережене залишиться, коли ти перейдеш на неї.
# needs-native-review
update-now = Перейти на нову версію

## About the app, closed at the foot of every page: the version, the source code's date,
## the licences and where the source code is (the address the county gave when it built the app).

# needs-native-review
about-heading = Про застосунок
# needs-native-review
about-version = Версія { $version }
# needs-native-review
about-version-commit = Версія { $version } ({ $commit })
# needs-native-review
about-date = Дата вихідного коду: { $date }
# needs-native-review
about-date-unknown = Дата вихідного коду невідома: застосунок зібрано без git.
# needs-native-review
about-licences = Ліцензії
# needs-native-review
about-licence-app = Застосунок — вільне програмне забезпечення: його можна використовувати за ліцензією MIT або Apache-2.0, на вибір.
# needs-native-review
about-licence-pictograms = Малюнки намальовано для застосунку, і кожен може вільно ними користуватися (CC0-1.0).
# needs-native-review
about-licence-parts = Складники, з яких зібрано застосунок, із версією та ліцензією кожного:
# needs-native-review
about-source = Вихідний код розміщено за адресою { $address }
# needs-native-review
about-source-not-set = Адресу вихідного коду не вказали, коли збирали застосунок.

## Draw: a drawing per area (src/child/drawing_pad.rs, src/ui/drawing_picture.rs)
# needs-native-review
drawing-heading = Намалюй, якщо хочеш
# needs-native-review
drawing-hint = Малюй пальцем, мишкою або пером.
# needs-native-review
drawing-surface-empty = Місце для малювання. Воно порожнє.
# needs-native-review
drawing-surface-strokes = Місце для малювання з твоїм малюнком: { $count ->
    [one] { $count } лінія
    [few] { $count } лінії
   *[other] { $count } ліній
}.
# needs-native-review
drawing-surface-text = Місце для малювання з твоїм малюнком: { $text }
# needs-native-review
drawing-colours = Колір
# needs-native-review
drawing-colour-black = Чорний
# needs-native-review
drawing-colour-red = Червоний
# needs-native-review
drawing-colour-blue = Синій
# needs-native-review
drawing-colour-green = Зелений
# needs-native-review
drawing-colour-yellow = Жовтий
# needs-native-review
drawing-colour-brown = Коричневий
# needs-native-review
drawing-undo = Скасувати
# needs-native-review
drawing-clear = Стерти все
# needs-native-review
drawing-undone = Останнє зникло.
# needs-native-review
drawing-cleared = Малюнок зник. Натисни «Скасувати», якщо хочеш його повернути.
# needs-native-review
drawing-text-label = Що зображено на малюнку?
# needs-native-review
drawing-text-hint = Якщо хочеш. Це прочитають уголос тому, хто не бачить малюнка.
# needs-native-review
drawing-not-opened = Не вдалося відкрити малюнок.
# needs-native-review
drawing-picture = Малюнок: { $text }
# needs-native-review
drawing-picture-untitled = Малюнок
## Drawings and voice notes kept on the device (IndexedDB)

# needs-native-review
media-error-unavailable = Цей браузер не може зберігати звук чи малюнки. Усе інше зберігається як завжди.
# needs-native-review
media-error-full = На пристрої більше немає місця, тому це не збережено. Усе, що збережено раніше, залишилося.
# needs-native-review
media-error-wrong-key = Це заблоковано іншим паролем, і тут його не відкрити.
# needs-native-review
media-error-damaged = Збережене не вдається прочитати. Воно залишається як є.

## Voice note on an area ("Säg det")

# needs-native-review
voice-heading = Скажи це
# needs-native-review
voice-explain = { $who ->
    [guardian] Ви можете записати те, що хочете сказати, не довше хвилини. Запис зберігається лише на цьому пристрої.
   *[other] { $age ->
        [young] Ти можеш сказати вголос те, що хочеш. Дорослий може тобі допомогти.
       *[other] Ти можеш сказати те, що хочеш, замість того щоб писати, не довше хвилини. Це зберігається лише тут.
    }
}
# needs-native-review
voice-record = Записати
# needs-native-review
voice-stop = Зупинити
# needs-native-review
voice-recording-started = Іде запис.
# needs-native-review
voice-elapsed = { $seconds } з { $limit } секунд
# needs-native-review
voice-stopped-at-limit = Минула хвилина, тому запис зупинено.
# needs-native-review
voice-listen = { $who ->
    [guardian] Прослухайте запис, перш ніж зберегти його.
   *[other] Послухай, що ти сказав(-ла). Хочеш це зберегти?
}
# needs-native-review
voice-your-recording = Твій запис
# needs-native-review
voice-keep = Зберегти запис
# needs-native-review
voice-discard = Видалити й почати знову
# needs-native-review
voice-kept = { $who ->
    [guardian] Запис збережено.
   *[other] Те, що ти сказав(-ла), збережено.
}
# needs-native-review
voice-delete = Видалити запис
# needs-native-review
voice-deleted = Запис видалено.
# needs-native-review
voice-no-microphone = { $who ->
    [guardian] Тут не можна записувати, бо немає мікрофона. Ви можете написати натомість.
   *[other] { $age ->
        [young] Тут не можна записувати, бо немає мікрофона. Ти можеш намалювати або попросити дорослого написати.
       *[other] Тут не можна записувати, бо немає мікрофона. Ти можеш намалювати або написати натомість.
    }
}
# needs-native-review
voice-permission-refused = { $who ->
    [guardian] Тут не можна записувати, бо мікрофон не дозволено використовувати. Ви можете написати натомість.
   *[other] { $age ->
        [young] Тут не можна записувати, і це нічого. Ти можеш намалювати або попросити дорослого написати.
       *[other] Тут не можна записувати, бо мікрофон не дозволено використовувати. Це нічого – ти можеш намалювати або написати натомість.
    }
}
# needs-native-review
voice-not-supported = { $who ->
    [guardian] Цей браузер не вміє записувати. Ви можете написати натомість.
   *[other] { $age ->
        [young] Тут не можна записувати. Ти можеш намалювати або попросити дорослого написати.
       *[other] Тут не можна записувати. Ти можеш намалювати або написати натомість.
    }
}
# needs-native-review
voice-failed = Запис не вдався. Можна спробувати ще раз.
# needs-native-review
voice-too-large = Запис завеликий, щоб його зберегти. Спробуй коротший.

## The journey over time: per area, how each person's answer moved from meeting to meeting (a small chart)
# needs-native-review
journey-heading = Як змінювалися відповіді від зустрічі до зустрічі
# needs-native-review
journey-meetings = Зустрічі: { $dates }
# needs-native-review
journey-tag-child = Дитина
# needs-native-review
journey-tag-guardian = Батьки/опікун { $letter }
# needs-native-review
journey-tag-professional = Фахівець { $letter }
