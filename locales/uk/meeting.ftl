# The collaboration meeting (samverkansmöte) on the big screen, and its draft of «План дитини»
# (Barnets plan), Ukrainian translation. Read by professionals, addressed as «ви»; the child and the
# guardians may be in the room.

meeting-session-note = Зустріч існує лише в цій вкладці. «Завершити зустріч» видаляє все з комп’ютера. Якщо закрити вкладку, не завершивши зустріч, браузер може повернути зустріч, коли хтось знову відкриє вкладку.
# Where the meeting belongs: step 3 of Praxismodellen in the county's model.
meeting-model = Зустріч щодо співпраці – це третій крок Praxismodellen (моделі практики) у Kronobarnsmodellen: спільному способі роботи, який разом розробили всі, хто працює з дітьми в лені Крунуберг, у межах «Barnens bästa gäller! i Kronoberg» (Найкращі інтереси дитини – передусім у Крунубергу). Дитина і батьки чи опікуни – головні учасники, і дитина має центральну роль, навіть коли її немає на зустрічі.
meeting-wheel-label = Колесо з відповідями всіх
meeting-legend = Чиї відповіді
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Дитина
meeting-tag-guardian = Батьки/опікун { $letter }
meeting-no-answers = немає відповідей
meeting-no-answer = Без відповіді
meeting-choose-area = Виберіть частину колеса, щоб побачити слова всіх поруч.
meeting-follow-up = Оцінювання плану від { $date }
meeting-earlier = Минулого разу
meeting-now = Зараз
meeting-agreed-then = Вирішено минулого разу
meeting-save-file = Зберегти план як файл
meeting-end-heading = Завершення зустрічі
meeting-end = Завершити зустріч
meeting-end-question = Спершу збережіть або надрукуйте план, якщо він вам потрібен. Потім усе, що було імпортовано й записано під час зустрічі, буде видалено з цього комп’ютера.
meeting-end-yes = Завершити й видалити
meeting-end-no = Назад до зустрічі
import-earlier-plan = Файл { $file } – це попередній план. Його показано для оцінювання.
# A professional (yrkesperson) may add their own view at the meeting; it is shown as theirs.
# The area name stays in the nominative after the dash.
meeting-tag-professional = Фахівець { $letter }
meeting-professional-heading = Ваш погляд як фахівця
meeting-professional-explain = Ви можете додати власний погляд. Його буде показано як ваш, поруч із поглядами дитини та батьків чи опікунів, і він ніколи не змішується з їхніми.
meeting-professional-name = Ваше ім’я та роль
meeting-professional-add = Додати мій погляд
meeting-professional-answer = { $who }: ваш погляд – { $area }
# The summary for the child: what was decided, in child wording, with pictures.
# summary-open, summary-language, summary-print and summary-nothing are read by professionals («ви»);
# the other summary texts are read by the child, addressed as «ти».
summary-heading = Ось що ми вирішили
summary-open = Підсумок для дитини
summary-language = Мова підсумку
summary-print = Надрукувати підсумок
summary-needs = У чому ми тобі допоможемо
summary-actions = Що буде далі
summary-contact = Ця людина тобі допоможе
summary-nothing = Ще нічого не вирішено. Спершу запишіть потреби та заходи підтримки в план.
# Said when the meeting ends: files saved from it are outside the app's reach.
meeting-end-files = Файли, які ви зберегли, залишаються там, де ви їх зберегли. Видаліть і їх, якщо комп’ютером користуються також інші люди.
plan-remove = Вилучити із зустрічі: { $name }
meeting-save-failed = Вкладка не змогла зберегти останню зміну. Вона є лише на екрані – збережіть план як файл, перш ніж закривати.
meeting-file-offered = План передано браузеру як файл. Перевірте, чи він зберігся там, де ви хотіли.
meeting-file-failed = Браузер не прийняв файл. Нічого не збережено – спробуйте ще раз або роздрукуйте план.
import-error-too-many = У зустрічі вже стільки коліс, скільки вона може прийняти. Спершу вилучіть одне.
import-error-same-id = Файл має той самий ідентифікатор, що й інше колесо в зустрічі, але належить комусь іншому. Його не завантажено.
import-error-second-child = У зустрічі вже є колесо дитини. Відповіді двох дітей ніколи не змішуються. Вилучіть перше, якщо хочете використати цей файл.
import-error-older = У зустрічі вже є новіша версія цього колеса. Старіший файл не завантажено.
import-replaced = { $file } завантажено, він замінює старішу версію того самого колеса.
plan-include-earlier = Включити з попереднього плану: { $name }
meeting-unreadable = Зустріч, яка була в цій вкладці, не вдалося прочитати. Вона лишається недоторканою, доки ви не завершите зустріч, а тут починається нова.
meeting-duty-to-report = Підозрюєте, що дитині завдають шкоди? Тоді ви як фахівець маєте негайно подати повідомлення про занепокоєння (orosanmälan) до соціальної служби. Kronobarnsmodellen не замінює такого повідомлення, і для нього не потрібна згода.
