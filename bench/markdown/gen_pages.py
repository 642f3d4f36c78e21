#!/usr/bin/python3
"""Writes N Markdown pages of a ministry's news and decisions, deterministic
from a seed, into every folder given (the same bytes in each).

Each page: YAML front matter (title, date), a lead paragraph, sections with
paragraphs, a bulleted and a numbered list, a GitHub table, links to other
pages of the set and to the portal. Sentences are short so that the pages
pass otklik's plain-language rule like a real press office's pages would.

  gen_pages.py --pages 10000 --seed 7 --out DIR [--out DIR ...]

Each DIR receives news/<slug>.md. The description of a page is its lead
paragraph: otklik's front matter has no `description` key.
"""
import argparse
import datetime
import os
import random

# (life situation, who: genitive, who: nominative)
SITUATIONS = [
    ("рождение ребёнка", "родителей", "родители"),
    ("выход на пенсию", "пенсионеров", "пенсионеры"),
    ("переезд в другой город", "переехавших семей", "переехавшие семьи"),
    ("открытие своего дела", "предпринимателей", "предприниматели"),
    ("поиск работы", "ищущих работу", "ищущие работу"),
    ("оформление инвалидности", "людей с инвалидностью", "люди с инвалидностью"),
    ("многодетная семья", "многодетных семей", "многодетные семьи"),
    ("покупка жилья", "покупателей жилья", "покупатели жилья"),
    ("уход за пожилым родственником", "тех, кто ухаживает за родными",
     "те, кто ухаживает за родными"),
    ("поступление в вуз", "абитуриентов", "абитуриенты"),
    ("потеря кормильца", "семей", "семьи"),
    ("регистрация автомобиля", "владельцев машин", "владельцы машин"),
]
CHANNELS = [
    "на портале Госуслуг", "в МФЦ", "по телефону горячей линии", "в мобильном приложении",
    "в отделении фонда", "через чат-бот", "на сайте министерства", "по электронной почте",
]
SERVICES = [
    "единое пособие", "материнский капитал", "ежемесячная выплата", "компенсация за детский сад",
    "страховая пенсия", "социальная доплата", "субсидия на жильё", "справка о доходах",
    "выплата на ребёнка", "путёвка в санаторий", "пособие по безработице", "грант для бизнеса",
]
REGIONS = [
    "Москве", "Санкт-Петербурге", "Казани", "Новосибирске", "Екатеринбурге", "Перми",
    "Самаре", "Омске", "Томске", "Калининграде", "Хабаровске", "Иркутске", "Туле", "Вологде",
]
PROBLEMS = [
    "долго ждали ответа", "не понимали, какие нужны документы", "стояли в очереди",
    "получали отказ из-за ошибки в форме", "не могли дозвониться", "ездили в МФЦ дважды",
    "не знали, когда придут деньги", "заполняли одни и те же данные много раз",
]
ACTIONS = [
    "сократили срок ответа до трёх дней", "убрали две справки из списка документов",
    "ввели запись на точное время", "добавили подсказки в форму заявления",
    "открыли ещё одну линию поддержки", "стали присылать уведомление о каждом шаге",
    "подключили данные других ведомств", "сделали заявление в один шаг",
]
MONTHS = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
          "сентябре", "октябре", "ноябре", "декабре"]
STATUSES = ["сделано", "в работе", "запланировано"]


def cap(text):
    return text[:1].upper() + text[1:]


class Page:
    def __init__(self, rng, index, total):
        self.rng = rng
        self.index = index
        self.total = total
        self.situation, self.who, self.who_nom = rng.choice(SITUATIONS)
        self.service = rng.choice(SERVICES)
        self.channel = rng.choice(CHANNELS)
        self.region = rng.choice(REGIONS)
        self.problem = rng.choice(PROBLEMS)
        self.action = rng.choice(ACTIONS)
        start = datetime.date(2024, 1, 1)
        self.date = start + datetime.timedelta(days=rng.randrange(0, 1000))
        self.decision = rng.random() < 0.4

    def slug(self, index=None):
        return "news-%05d" % (self.index if index is None else index)

    def other(self):
        other = self.rng.randrange(self.total - 1)
        return self.slug(other if other < self.index else other + 1)

    def title(self):
        if self.decision:
            return "%s: %s %s" % (cap(self.service), self.action, self.channel)
        return "%s: как получить %s %s" % (cap(self.situation), self.service, self.channel)

    def lead(self):
        return ("Мы рассказываем, что изменилось для %s. Речь идёт об услуге «%s». "
                "Новый порядок действует с %s." % (self.who, self.service,
                                                  self.date.strftime("%d.%m.%Y")))

    def paragraph(self):
        r = self.rng
        sentences = [
            "В %s люди чаще всего %s." % (r.choice(MONTHS), r.choice(PROBLEMS)),
            "Об этом сказали %d %% ответивших %s." % (r.randrange(12, 61), r.choice(CHANNELS)),
            "Мы разобрали каждую жалобу вместе с коллегами из %s." % r.choice(
                ["МФЦ", "фонда", "регионов", "службы поддержки"]),
            "Теперь заявление можно подать %s." % r.choice(CHANNELS),
            "В %s это уже работает." % r.choice(REGIONS),
            "Срок ответа — до %d рабочих дней." % r.randrange(2, 11),
            "Деньги приходят на карту «Мир».",
            "Документы можно загрузить фотографией.",
            "Специалист перезвонит, если в заявлении есть ошибка.",
            "Мы будем следить за оценками и дальше.",
        ]
        r.shuffle(sentences)
        return " ".join(sentences[: r.randrange(3, 6)])

    def bullets(self):
        items = ["паспорт", "СНИЛС", "свидетельство о рождении ребёнка", "реквизиты счёта",
                 "справка о составе семьи", "трудовая книжка", "выписка из ЕГРН"]
        self.rng.shuffle(items)
        return "\n".join("- " + cap(item) + "." for item in items[: self.rng.randrange(3, 6)])

    def steps(self):
        return "\n".join([
            "1. Выберите, где подать заявление: например, %s." % self.channel,
            "2. Выберите услугу «%s»." % self.service,
            "3. Проверьте данные и нажмите «Отправить».",
            "4. Ждите уведомления о решении.",
        ])

    def table(self):
        r = self.rng
        rows = ["| Показатель | Было | Стало |", "|---|---:|---:|"]
        for label in ["Доля довольных, %", "Срок ответа, дней", "Повторные обращения, %"]:
            before = r.randrange(20, 90)
            after = before + r.randrange(-15, 16)
            rows.append("| %s | %d | %d |" % (label, before, max(after, 1)))
        return "\n".join(rows)

    def links(self):
        return ("Читайте также: [другие новости](%s.html) и [похожий случай](%s.html). "
                "Подать заявление можно на [портале Госуслуг](https://www.gosuslugi.ru/)."
                % (self.other(), self.other()))

    def markdown(self):
        parts = [
            "---",
            "title: \"%s\"" % self.title(),
            "date: %s" % self.date.isoformat(),
            "---",
            self.lead(),
            "",
        ]
        if self.decision:
            sections = [("Что вы сказали", "%s %s." % (cap(self.who_nom), self.problem)),
                        ("Что мы сделали", "Мы %s." % self.action),
                        ("Что изменилось", "Статус решения: %s." % self.rng.choice(STATUSES))]
        else:
            sections = [("Кому это нужно", "Услуга нужна, если у вас %s." % self.situation),
                        ("Как подать заявление", "Это можно сделать %s." % self.channel),
                        ("Что будет дальше",
                         "Ответ придёт в личный кабинет. Так уже работают в %s." % self.region)]
        for number, (heading, first) in enumerate(sections):
            parts += ["## " + heading, "", first + " " + self.paragraph(), "",
                      self.paragraph(), ""]
            if number == 0:
                parts += ["Какие документы нужны:", "", self.bullets(), ""]
            elif number == 1:
                parts += [self.steps(), "", self.table(), ""]
        parts += [self.links(), ""]
        return "\n".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", action="append", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for out in args.out:
        os.makedirs(os.path.join(out, "news"), exist_ok=True)
    for index in range(args.pages):
        page = Page(rng, index, args.pages)
        text = page.markdown().encode("utf-8")
        for out in args.out:
            with open(os.path.join(out, "news", page.slug() + ".md"), "wb") as f:
                f.write(text)


if __name__ == "__main__":
    main()
