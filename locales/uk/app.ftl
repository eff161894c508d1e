# Barnets bästa-hjulet (Колесо добробуту дитини): the app's own texts, Ukrainian translation.
# Swedish is the source language and the fallback.
# Every message receives $age (young = 4–7, middle = 8–12, teen = 13–17) and $who (child or
# guardian). A guardian reads adult wording about their child.

app-name = Колесо добробуту дитини
skip-to-content = Перейти до вмісту

## Language and read-aloud, in the header

language-label = Мова
# The language's own name for itself, shown in the picker.
language-name = Українська
language-load-failed = Не вдалося завантажити мову. Спробуй ще раз, коли буде інтернет.
read-aloud = Читати вголос
# The speaker button's name for screen readers: which text it reads ($text is its beginning).
read-aloud-what = Читати вголос: { $text }
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
help-bris = Телефонуй до BRIS за номером 116 111 – безкоштовно, цілодобово, і не треба казати, хто ти. Також можна написати в чат на bris.se.
help-adult = { $age ->
    [young] Розкажи дорослому, якому довіряєш, – комусь у дитячому садку або вдома.
   *[other] Розкажи дорослому, якому довіряєш, наприклад учителеві, шкільній медсестрі або комусь із родини.
}
help-call-112 = Подзвонити { $number }
help-call-bris = Подзвонити в BRIS { $number }
help-mind = Тобі так погано, що ти думаєш позбавити себе життя? Поговори з лінією запобігання самогубствам Mind Självmordslinjen. Можна також написати в чат на mind.se. Не треба казати, хто ти.
help-call-mind = Подзвонити в Mind { $number }
help-bris-adults = BRIS vuxentelefon – лінія для дорослих про дітей: для тебе, якщо ти дорослий і хвилюєшся за дитину.
help-call-bris-adults = Подзвонити в BRIS vuxentelefon { $number }
help-kvinnofrid = Kvinnofridslinjen: для тих, кому погрожують або хто зазнає насильства. Безкоштовно й цілодобово.
help-call-kvinnofrid = Подзвонити в Kvinnofridslinjen { $number }
help-1177 = 1177 Vårdguiden: медичні поради цілодобово, також про те, як почувається дитина.
help-call-1177 = Подзвонити { $number }
help-socialjour = Увечері, вночі та у вихідні чергову соціальну службу (socialjouren) можна викликати через 112, якщо дитина потребує захисту.
help-kommun = Хвилюєшся, що дитині завдають шкоди? Повідом соціальну службу (orosanmälan): подзвони на комутатор своєї комуни й попроси з’єднати із соціальною службою.
help-call-kommun = { $kommun }: подзвонити { $number }
help-for-children = Для дітей і молоді
help-for-adults = Для дорослих, які хвилюються за дитину
help-close = Закрити
safety-alert-heading = Те, що ти відповів, важливо.
safety-alert-text = { $who ->
    [guardian] Якщо дитина не в безпеці: у разі небезпеки телефонуйте 112. Кожен, хто підозрює, що дитину кривдять або що їй погано, може подати повідомлення про занепокоєння (orosanmälan) до соціальної служби муніципалітету – зателефонуйте на загальний номер муніципалітету або на 112, якщо це терміново.
   *[other] { $age ->
        [young] Ніхто не має права кривдити тебе, і це ніколи не твоя провина. Розкажи дорослому, якому довіряєш. Якщо ти в небезпеці, телефонуй 112.
       *[other] Ніхто не має права кривдити тебе, і це ніколи не твоя провина. Якщо ти в небезпеці, телефонуй 112. BRIS за номером 116 111 відповідає цілодобово.
    }
}
safety-alert-private = Застосунок нікому не надсилає твої відповіді.
safety-gentle-heading = Ти не мусиш відповідати.
safety-gentle-text = { $who ->
    [guardian] Тут можна не відповідати. Якщо дитина не в безпеці: телефонуйте 112, якщо є небезпека.
   *[other] Нічого страшного, якщо ти не хочеш відповідати. Якщо щось здається не так, ти можеш поговорити з дорослим, якому довіряєш, або зателефонувати до BRIS: 116 111. Це ніколи не твоя провина.
}

## Shared devices: leave at once, or delete everything

quick-exit = Швидко вийти
delete-all-heading = Видалити все
delete-all-text = Цим пристроєм користуються кілька людей? Тут ти можеш видалити все, що застосунок зберіг на цьому пристрої: усі колеса, план і налаштування.
delete-all = Видалити все на цьому пристрої
delete-all-question = Усе, що застосунок зберіг на цьому пристрої, буде видалено. Скасувати це не можна. Хочеш це зробити?
delete-all-yes = Так, видалити все
delete-all-no = Ні, залишити
delete-all-done = Усе видалено з цього пристрою.

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
start-who-legend = Хто заповнює?
who-choice-child = Я дитина
who-choice-guardian = Я один із батьків або опікун
start-child-name-label = Ім’я дитини (достатньо лише імені)
start-author-label = Хто ви? Наприклад, мама, тато або ваше ім’я.
start-child-age-legend = Скільки років дитині?
start-guardian-button = Почати мій погляд на дитину
start-plan-heading = До зустрічі
start-plan-text = Плануєте зустріч щодо співпраці? Імпортуйте колеса, якими поділилися, і складіть чернетку «Плану дитини».
start-plan-button = Скласти чернетку «Плану дитини»
nav-classroom = Колесо в класі (для вчителів)
start-continue-heading = Продовжити розпочате
draft-unnamed = Моє колесо
draft-changed = Змінено { $days ->
        [0] сьогодні
        [1] учора
        [one] { $days } день тому
        [few] { $days } дні тому
       *[other] { $days } днів тому
    }
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
wheel-instructions = { $who ->
    [guardian] Виберіть частину колеса і розкажіть, як ви бачите ситуацію дитини. Ваш погляд зберігається окремо від погляду дитини та інших батьків чи опікунів.
   *[other] { $age ->
        [young] Натисни на малюнок.
       *[other] Вибери частину колеса. Частини можна проходити в будь-якому порядку.
    }
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

area-scale-question = { $who ->
    [guardian] Як, на вашу думку, у дитини з цим?
   *[other] { $age ->
        [young] Як тобі?
       *[other] Як у тебе з цим?
    }
}
scale-very-bad = Дуже погано
scale-bad = Погано
scale-between = Середньо
scale-good = Добре
scale-very-good = Дуже добре
scale-dont-know = Не знаю
scale-rather-not-say = Не хочу відповідати
scale-clear = Видалити мою відповідь
words-heading = { $who ->
    [guardian] Своїми словами (за бажанням)
   *[other] { $age ->
        [young] Хочеш розповісти більше? Дорослий може допомогти тобі написати.
       *[other] Хочеш щось написати? Це не обов’язково.
    }
}
words-good = { $who ->
    [guardian] Що в дитини йде добре
   *[other] { $age ->
        [young] Це добре
       *[other] Це добре
        [teen] Що йде добре
    }
}
words-hard = { $who ->
    [guardian] Що дитині важко
   *[other] { $age ->
        [young] Це важко
       *[other] Це важко
        [teen] Що складно
    }
}
words-would-help = { $who ->
    [guardian] Що, на мою думку, допомогло б дитині
   *[other] { $age ->
        [young] Це допомогло б
       *[other] Це допомогло б мені
        [teen] Що могло б допомогти
    }
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

## Whose view

who-child = Дитина
who-guardian = Батьки чи опікун ({ $name })
who-guardian-unnamed = Батьки чи опікун
who-professional = Фахівець ({ $name })
who-professional-unnamed = Фахівець

## Guide for guardians: who is the child's Barnens bästa-ansvarig?

guide-heading = Хто відповідає за те, щоб моя дитина отримала підтримку?
guide-intro = Кожна дитина в лені Крунуберг має «Barnens bästa-ansvarig» – особу, відповідальну за добробут дитини, яка стежить, щоб дитина отримала потрібну підтримку в потрібний час. Хто це, залежить від віку дитини та її школи:
guide-pregnancy = До народження: жіноча консультація (mödrahälsovården).
guide-bvc = Від народження до початку дитсадка чи школи: центр здоров’я дитини (BVC).
guide-preschool = У дитсадку: директор дитсадка.
guide-school = У школі, доки дитині не виповниться 18: директор школи, де навчається дитина.
guide-kaa = Молодь, яка не навчається в старшій середній школі (gymnasium): відповідальність муніципалітету за активність молоді (KAA).

## Sharing: nothing leaves the device without this screen and a confirm

share-open = Поділитися
share-heading = Ось чим можна поділитися
share-intro = Пристрій залишає лише те, що видно тут, і лише тоді, коли спосіб поділитися вибрано самостійно. Частини, які хочеться залишити при собі, можна вимкнути.
share-area-switch = Поділитися: { $area }
share-area-private = Не передається
share-no-answer = Без відповіді
share-confirm = Я знаю, що саме буде передано.
share-ways-heading = Спосіб поділитися
share-download = Зберегти як файл
share-print = Надрукувати або зберегти як PDF
share-copy-all = Скопіювати все як текст
share-copy-area = Скопіювати як текст
share-system = Поділитися через застосунок
share-copied = Скопійовано.
share-copy-failed = Не вдалося скопіювати. Текст можна виділити і скопіювати самостійно.
share-nothing = Нічого не вибрано, щоб поділитися.
share-back = Назад до колеса
print-footer = Надруковано { $date }. Ця сторінка з «Колеса добробуту дитини».

## Barnets plan: the meeting's draft

plan-heading = План дитини – чернетка
plan-intro = Імпортуйте файли, якими поділилися дитина та батьки чи опікуни. План показує лише ті частини, де хтось побачив потребу, і кожна відповідь залишається такою, якою її дали.
import-button = Вибрати файли для імпорту
import-drop = Або перетягніть файли сюди.
import-error-too-large = Файл завеликий, щоб бути файлом колеса (понад 8 MB).
import-error-file = { $file }: { $problem } Більше нічого не змінено.
import-done = { $file } імпортовано.
plan-perspectives-heading = У чернетці
plan-include = Включити: { $name }
plan-no-drafts = Ще не імпортовано жодного колеса.
plan-no-areas = У частинах, якими поділилися, ніхто не побачив потреби.
plan-details-heading = Про план
plan-child-name = Ім’я дитини
plan-made-on = Дата
plan-coordinator = Координатор співпраці
plan-contact-name = Ім’я
plan-contact-organisation = Установа
plan-contact-reach = Телефон або електронна пошта
plan-next-evaluation = Наступний перегляд
plan-participants = Учасники зустрічі
plan-needs = Потреби
plan-actions = Заходи підтримки
plan-action-legend = Захід { $number }
plan-action-what = Що робиться
plan-action-who = Хто
plan-action-when = Коли
plan-action-when-hint = Дата або як часто, наприклад щотижня
plan-action-missing = не вказано
plan-action-incomplete = Не завершено: напишіть, хто це робить і коли.
plan-action-add = Додати захід
plan-action-remove = Видалити захід { $number }
plan-include-child-words = Додати власні слова дитини, коли план копіюють і друкують
plan-include-child-words-hint = Без них копія і друк містять лише відповіді, потреби й заходи, щоб план залишався коротким.
plan-coordinator-task = Відповідального за співпрацю обирають на зустрічі разом із дитиною та батьками. Він підтримує план актуальним і скликає оцінювання.
plan-consent-given = Згода
plan-consent-gathered-by = Згоду отримав(ла)
plan-contact = Контактна особа
plan-copy = Скопіювати план як текст
plan-print = Надрукувати план
prepare-text-heading = Перед рішенням – оцінка відповідального за найкращі інтереси дитини (Praxismodellen, крок 2)
prepare-responsible = Відповідальний за найкращі інтереси дитини
prepare-assessment = Моя оцінка
prepare-decision = Рішення
prepare-decision-own = Підтримку надає наша служба
prepare-decision-other = Звертаємося до однієї іншої служби
prepare-decision-meeting = Скликаємо зустріч для співпраці
prepare-decision-note = Що, хто і коли
consent-heading = Згода
consent-reminder = Перш ніж інформацію передаватимуть між службами, відповідальний за найкращі інтереси дитини (Barnens bästa-ansvarig) має отримати згоду батьків чи опікунів і згоду самої дитини — у спосіб, що відповідає її вікові. Це робиться до зустрічі. Згоду можна відкликати будь-коли.
consent-print = Надрукувати бланк згоди
consent-text = Я/ми даю/даємо згоду на те, щоб інформацію, потрібну для плану дитини { $name }, передавали між службами, названими нижче, щоб дитина могла отримати потрібну підтримку:
consent-withdraw = Згода діє до її скасування. Її можна відкликати будь-коли, усно або письмово, у відповідального за найкращі інтереси дитини.
consent-child = Дитині пояснили, що означає згода, у спосіб, що відповідає її вікові, і вона змогла сказати, що думає.
consent-child-signature = Ім’я дитини, її підпис, якщо вона хоче, і дата
consent-gathered-signature = Згоду отримав(ла) відповідальний за найкращі інтереси дитини: ім’я, служба і дата
plan-consent-date = Дата, коли надано згоду
plan-consent-given-by-field = Хто дав згоду (батьки чи опікуни і дитина)
plan-consent-gathered-by-field = Хто отримав згоду (Barnens bästa-ansvarig)
consent-signature = Підпис батьків чи опікуна, ім’я друкованими літерами та дата

## Saving and loading

save-saved = Збережено на цьому пристрої.
save-other-tab = Це колесо одночасно змінили в іншій вкладці. Де обидві зміни стосуються того самого, діє те, що збережено останнім.
save-failed = Не вдалося зберегти на цьому пристрої. Твій текст досі на екрані – не закривай сторінку.
load-error-not-ours = Це не колесо із застосунку «Колесо добробуту дитини».
load-error-future = Це колесо зроблено в новішій версії застосунку. Онови застосунок і спробуй ще раз.
load-error-damaged = Це колесо пошкоджене, і його не вдалося прочитати.
draft-not-found = На цьому пристрої немає такого колеса. Можливо, його видалили.
area-not-found = Такої частини в колесі немає.
stored-damaged = { $count ->
    [one] Не вдалося прочитати { $count } збережене колесо. Його залишено без змін.
    [few] Не вдалося прочитати { $count } збережені колеса. Їх залишено без змін.
    [many] Не вдалося прочитати { $count } збережених коліс. Їх залишено без змін.
   *[other] Не вдалося прочитати збережені колеса ({ $count }). Їх залишено без змін.
}

# Passphrase lock: a draft on this device, or a shared file.
lock-summary = Заблокувати паролем
lock-explain = { $who ->
    [guardian] З паролем прочитати написане тут зможе лише той, хто знає пароль, навіть якщо пристроєм користується хтось інший. Якщо ви забудете пароль, повернути його не вдасться.
   *[other] { $age ->
        [young] З паролем ніхто інший не зможе прочитати твоє колесо. Попроси дорослого допомогти тобі запам’ятати пароль.
       *[other] З паролем прочитати твоє колесо зможе лише той, хто знає пароль, навіть якщо пристроєм користується хтось інший. Якщо ти забудеш пароль, повернути його не вдасться.
    }
}
lock-passphrase-label = Придумай пароль (щонайменше 8 символів)
lock-repeat-label = Введи той самий пароль ще раз
lock-button = Заблокувати колесо
lock-working = Блокуємо …
lock-error-too-short = Пароль має містити щонайменше 8 символів.
lock-error-repeat = Паролі не збігаються. Введи той самий пароль двічі.
lock-error-unavailable = Цей браузер не вміє блокувати паролем. Нічого не змінено.
lock-is-on = { $minutes ->
    [one] Колесо заблоковано паролем. Воно знову заблокується, якщо ним ніхто не користуватиметься { $minutes } хвилину.
    [few] Колесо заблоковано паролем. Воно знову заблокується, якщо ним ніхто не користуватиметься { $minutes } хвилини.
    [many] Колесо заблоковано паролем. Воно знову заблокується, якщо ним ніхто не користуватиметься { $minutes } хвилин.
   *[other] Колесо заблоковано паролем. Воно знову заблокується, якщо ним ніхто не користуватиметься { $minutes } хвилини.
}
lock-now = Заблокувати зараз
lock-remove = Видалити пароль
unlock-heading = Колесо заблоковано
unlock-explain = Введи пароль, щоб відкрити колесо.
unlock-label = Пароль
unlock-button = Відкрити
unlock-working = Відкриваємо …
unlock-error-wrong = Неправильний пароль. Нічого не змінено – спробуй ще раз.
unlock-forgot = Не пам’ятаєш пароль? Тоді написане прочитати не вийде. Можна видалити колесо на початковій сторінці й почати знову.
draft-locked = Заблоковане колесо
share-lock-file = Заблокувати файл паролем
share-lock-file-explain = Тому, хто читатиме файл, потрібен пароль. Повідом його інакше, ніж надсилаєш файл, наприклад телефоном.
import-locked = Файл { $file } заблоковано. Введіть пароль, щоб імпортувати його.
lock-error-common = Цей пароль – один із найпоширеніших, його легко вгадати. Вибери інший, наприклад кілька слів поспіль.
lock-delete-note = Будь-хто, хто користується цим пристроєм, може видалити заблоковане колесо, але не може його прочитати.
save-newer-version = Новіша версія застосунку зберегла це колесо в іншій вкладці. Ця вкладка не запише поверх нього. Твій текст досі на екрані – перезавантаж сторінку, щоб продовжити.
load-error-no-version = У файлі не вказано, яка версія застосунку його створила. Можливо, його змінено або пошкоджено, і його не вдалося прочитати.
load-error-too-long = У файлі довші тексти, ніж дозволяє застосунок, і його не вдалося прочитати.
update-ready = Є нова версія застосунку. Усе збережене залишиться, коли ти перейдеш на неї.
update-now = Перейти на нову версію
