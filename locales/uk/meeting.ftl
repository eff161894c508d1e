# Needs native review: written by the project team, not by a native speaker who works with
#   children. Each message still waiting for such a reviewer has "# needs-native-review" on the
#   line above it; the reviewer removes that line once the text is checked (README, "Adding a
#   language").

# The collaboration meeting (samverkansmöte) on the big screen, and its draft of «План дитини»
# (Barnets plan), Ukrainian translation. Read by professionals, addressed as «ви»; the child and the
# guardians may be in the room.

# needs-native-review
meeting-session-note = Зустріч існує лише в цій вкладці. «Завершити зустріч» видаляє все з комп’ютера. Якщо закрити вкладку, не завершивши зустріч, браузер може повернути зустріч, коли хтось знову відкриє вкладку.
# needs-native-review
meeting-step-legend = На якому кроці Praxismodellen ви зараз?
# needs-native-review
meeting-step-preparation = Перед зустріччю – крок 2
# needs-native-review
meeting-step-meeting = Зустріч для співпраці – крок 3
# needs-native-review
prepare-heading = Перед зустріччю: ваша оцінка і ваше рішення
# needs-native-review
prepare-intro = Як відповідальний за найкращі інтереси дитини, ви додаєте колеса дитини та батьків, пишете власну оцінку для кожної сфери й вирішуєте, що буде далі. Усе зберігається лише в цій вкладці, доки ви не завершите.
# needs-native-review
prepare-decision-legend = Що буде далі?
# needs-native-review
prepare-copy = Копіювати оцінку як текст
# needs-native-review
prepare-print = Надрукувати оцінку
# needs-native-review
prepare-nothing = Ще не додано жодного колеса. Додайте їх вище.
# needs-native-review
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = Зустріч щодо співпраці – це третій крок Praxismodellen (моделі практики) у Kronobarnsmodellen: спільному способі роботи, який разом розробили всі, хто працює з дітьми в лені Крунуберг, у межах «Barnens bästa gäller! i Kronoberg» (Найкращі інтереси дитини – передусім у Крунубергу). Дитина і батьки чи опікуни – головні учасники, і дитина має центральну роль, навіть коли її немає на зустрічі.
# needs-native-review
meeting-wheel-label = Колесо з відповідями всіх
# needs-native-review
meeting-legend = Чиї відповіді
# needs-native-review
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Дитина
# needs-native-review
meeting-tag-guardian = Батьки/опікун { $letter }
# needs-native-review
meeting-no-answers = немає відповідей
# needs-native-review
meeting-no-answer = Без відповіді
# needs-native-review
meeting-choose-area = Виберіть частину колеса, щоб побачити слова всіх поруч.
# needs-native-review
meeting-projector-open = Відкрити показ на екрані
# needs-native-review
meeting-projector-is-open = Показ на екрані відкрито. На ньому видно лише те, що можуть бачити всі в кімнаті.
# needs-native-review
meeting-projector-close = Закрити показ на екрані
# needs-native-review
meeting-projector-heading = Показ на екрані
# needs-native-review
meeting-projector-waiting = Колесо з’явиться тут, коли зустріч буде відкрита в іншому вікні.
# needs-native-review
meeting-projector-ended = Зустріч завершено. Можна закрити це вікно.
# needs-native-review
meeting-professionals-only = Лише для фахівців
# needs-native-review
meeting-show-professionals-only = Показати те, що лише для фахівців
# needs-native-review
meeting-follow-up = Оцінювання плану від { $date }
# needs-native-review
meeting-earlier = Минулого разу
# needs-native-review
meeting-now = Зараз
# needs-native-review
meeting-agreed-then = Вирішено минулого разу
# needs-native-review
meeting-save-file = Зберегти план як файл
# needs-native-review
meeting-end-heading = Завершення зустрічі
# needs-native-review
meeting-end = Завершити зустріч
# needs-native-review
meeting-end-question = Спершу збережіть або надрукуйте план, якщо він вам потрібен. Потім усе, що було імпортовано й записано під час зустрічі, буде видалено з цього комп’ютера.
# needs-native-review
meeting-end-yes = Завершити й видалити
# needs-native-review
meeting-end-no = Назад до зустрічі
# needs-native-review
import-earlier-plan = Файл { $file } – це попередній план. Його показано для оцінювання.
# needs-native-review
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# The area name stays in the nominative after the dash.
meeting-tag-professional = Фахівець { $letter }
# needs-native-review
meeting-professional-heading = Ваш погляд як фахівця
# needs-native-review
meeting-professional-explain = Ви можете додати власний погляд. Його буде показано як ваш, поруч із поглядами дитини та батьків чи опікунів, і він ніколи не змішується з їхніми.
# needs-native-review
meeting-professional-name = Ваше ім’я та роль
# needs-native-review
meeting-professional-add = Додати мій погляд
# needs-native-review
meeting-professional-answer = { $who }: ваш погляд – { $area }
# needs-native-review
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals («ви»);
# the other summary texts are read by the child, addressed as «ти».
summary-heading = Ось що ми вирішили
# needs-native-review
summary-open = Підсумок для дитини
# needs-native-review
summary-language = Мова підсумку
# needs-native-review
summary-print = Надрукувати підсумок
# needs-native-review
summary-needs = У чому ми тобі допоможемо
# needs-native-review
summary-actions = Що буде далі
# needs-native-review
summary-contact = Ця людина тобі допоможе
# needs-native-review
summary-nothing = Ще нічого не вирішено. Спершу запишіть потреби та заходи підтримки в план.
# needs-native-review
summary-codes-show = Показати телефону дитини
# needs-native-review
summary-codes-heading = Показати телефону дитини
# needs-native-review
summary-codes-explain = У застосунку на телефоні дитини чи родини: натисніть «Отримати із зустрічі» і тримайте камеру навпроти кодів. Коди показують те, що є в підсумку, – а не чиїсь відповіді чи слова.
# needs-native-review
summary-codes-picture = QR-код із підсумком для телефона дитини
# needs-native-review
meeting-child-marks = { $name } про те, що вирішили минулого разу
# needs-native-review
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Файли, які ви зберегли, залишаються там, де ви їх зберегли. Видаліть і їх, якщо комп’ютером користуються також інші люди.
# needs-native-review
plan-remove = Вилучити із зустрічі: { $name }
# needs-native-review
meeting-save-failed = Вкладка не змогла зберегти останню зміну. Вона є лише на екрані – збережіть план як файл, перш ніж закривати.
# needs-native-review
meeting-file-offered = План передано браузеру як файл. Перевірте, чи він зберігся там, де ви хотіли.
# needs-native-review
meeting-file-failed = Браузер не прийняв файл. Нічого не збережено – спробуйте ще раз або роздрукуйте план.
# needs-native-review
import-error-too-many = У зустрічі вже стільки коліс, скільки вона може прийняти. Спершу вилучіть одне.
# needs-native-review
import-error-same-id = Файл має той самий ідентифікатор, що й інше колесо в зустрічі, але належить комусь іншому. Його не завантажено.
# needs-native-review
import-error-second-child = У зустрічі вже є колесо дитини. Відповіді двох дітей ніколи не змішуються. Вилучіть перше, якщо хочете використати цей файл.
# needs-native-review
import-error-older = У зустрічі вже є новіша версія цього колеса. Старіший файл не завантажено.
# needs-native-review
import-replaced = { $file } завантажено, він замінює старішу версію того самого колеса.
# needs-native-review
import-from-this-computer = З цього комп’ютера
# needs-native-review
plan-include-earlier = Включити з попереднього плану: { $name }
# needs-native-review
meeting-unreadable = Зустріч, яка була в цій вкладці, не вдалося прочитати. Вона лишається недоторканою, доки ви не завершите зустріч, а тут починається нова.
# needs-native-review
meeting-duty-to-report = Підозрюєте, що дитині завдають шкоди? Тоді ви як фахівець маєте негайно подати повідомлення про занепокоєння (orosanmälan) до соціальної служби. Kronobarnsmodellen не замінює такого повідомлення, і для нього не потрібна згода.
# needs-native-review
meeting-voice-note = Голосове повідомлення
# needs-native-review
meeting-voice-bring-again = Тут було голосове повідомлення. Додай файл ще раз, щоб його почути: зустріч не зберігає звук після перезавантаження сторінки.
# The journey over time: an older plan brought in beside the one followed up.
# needs-native-review
import-earlier-journey = Файл { $file } – це старіший план. Відповіді з тієї зустрічі тепер видно в шляху в часі.
# needs-native-review
import-earlier-again = Файл { $file } уже додано. Той самий план рахується лише один раз.
# needs-native-review
import-error-too-many-meetings = Шлях у часі може показати щонайбільше 12 зустрічей. План не додано.
# needs-native-review
import-error-plan-without-date = План не має дати й старший за план, який переглядають. Його не можна показати в шляху в часі.
