# The collaboration meeting (samverkansmöte) on the big screen, and its draft of «План дитини»
# (Barnets plan), Ukrainian translation. Read by professionals, addressed as «ви»; the child and the
# guardians may be in the room.

meeting-session-note = Зустріч існує лише в цій вкладці. Коли ви завершите зустріч або закриєте вкладку, усе буде видалено з комп’ютера.
meeting-wheel-label = Колесо з відповідями всіх
meeting-legend = Чиї відповіді
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Дитина
meeting-tag-guardian = Опікун { $letter }
meeting-no-answers = немає відповідей
meeting-no-answer = Без відповіді
meeting-choose-area = Виберіть частину колеса, щоб побачити слова всіх поруч.
meeting-follow-up = Перегляд плану від { $date }
meeting-earlier = Минулого разу
meeting-now = Зараз
meeting-agreed-then = Вирішено минулого разу
meeting-save-file = Зберегти план як файл
meeting-end-heading = Завершення зустрічі
meeting-end = Завершити зустріч
meeting-end-question = Спершу збережіть або надрукуйте план, якщо він вам потрібен. Потім усе, що було імпортовано й записано під час зустрічі, буде видалено з цього комп’ютера.
meeting-end-yes = Завершити й видалити
meeting-end-no = Назад до зустрічі
import-earlier-plan = Файл { $file } – це попередній план. Його показано для перегляду.
