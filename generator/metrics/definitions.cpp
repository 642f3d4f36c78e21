#include "metrics/definitions.hpp"

#include <stdexcept>
#include <string>

namespace otklik::metrics {
namespace {

// Table 1: the satisfaction, ease and positive-NPS rows share one scale.
std::vector<StarBand> top_two_bands() {
  return {{5, 90.1, 100.0}, {4, 80.1, 90.0}, {3, 70.1, 80.0}, {2, 60.1, 70.0}, {1, 50.1, 60.0}};
}

// Table 2, the row of NPS of digital touchpoints.
std::vector<StarBand> digital_nps_bands() {
  return {{5, 50.1, 100.0}, {4, 30.1, 50.0}, {3, 15.1, 30.0}, {2, 5.1, 15.0}, {1, -100.0, 5.0}};
}

// Table 1, «Охват клиентскими сценариями».
std::vector<StarBand> coverage_bands() {
  return {{5, 90.1, 100.0}, {4, 70.1, 90.0}, {3, 50.1, 70.0}, {2, 35.1, 50.0}, {1, 0.1, 35.0}};
}

// Table 1, the last row (proactive scenarios); see its star_note.
std::vector<StarBand> proactive_bands() {
  return {{5, 50.1, 100.0}, {4, 35.1, 50.0}, {3, 20.1, 35.0}, {2, 20.0, 20.0}, {1, 0.1, 19.9}};
}

// Table 1, repeat requests: lower is better; 0,5 % touches two ranges.
std::vector<StarBand> repeat_bands() {
  return {{5, 0.0, 0.5}, {4, 0.5, 1.0}, {3, 1.1, 4.0}, {2, 4.1, 7.0}, {1, 7.1, 10.0}};
}

constexpr ResponseLimit kResponseLimits[] = {
    {5, 4, 2}, {4, 6, 3}, {3, 8, 4}, {2, 12, 6}, {1, 24, 12}};

// Table 2, response time in social media: the value is the level itself,
// and each band says in words which limits it takes.
std::vector<StarBand> social_response_bands() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> t;
    for (const ResponseLimit& l : kResponseLimits)
      t.push_back("упоминания — не более " + std::to_string(static_cast<int>(l.mention_hours)) +
                  " ч, официальные обращения — не более " +
                  std::to_string(static_cast<int>(l.official_hours)) + " ч");
    return t;
  }();
  std::vector<StarBand> bands;
  for (std::size_t i = 0; i < std::size(kResponseLimits); ++i) {
    const double level = kResponseLimits[i].level;
    bands.push_back({kResponseLimits[i].level, level, level, texts[i]});
  }
  return bands;
}

constexpr std::string_view kTopTwo = "(n4 + n3) / (n1 + n2 + n3 + n4) × 100 %";

std::vector<IndicatorDefinition> survey_definitions() {
  return {
      {.id = IndicatorId::SatisfactionShare,
       .key = "satisfaction_share",
       .name = "Доля клиентов, удовлетворённых получением услуг в рамках жизненной ситуации",
       .short_name = "Удовлетворённость",
       .formula = kTopTwo,
       .base = "Ответы на вопрос об удовлетворённости получением услуги: 4 «Удовлетворён», "
               "3 «Скорее удовлетворён», 2 «Скорее не удовлетворён», 1 «Не удовлетворён». "
               "Ответ «Затрудняюсь ответить» в базу не входит и показывается отдельно.",
       .source = "Стандарт, раздел 6, таблица 1: «Оценка удовлетворённости клиентами получения "
                 "услуг и сервисов в рамках жизненных ситуаций»",
       .input = "survey.csv",
       .question = "satisfaction",
       .unit = Unit::Percent,
       .estimate = Estimate::Share,
       .better = Better::Higher,
       .stars = top_two_bands(),
       .star_note = "Значение сначала округляется до 0,1 (60,05 → 60,1), затем сравнивается с "
                    "порогами. Значение 50,0 % и ниже — «уровень не достигнут» (0 звёзд).",
       .disclosure_control = true},
      {.id = IndicatorId::NeedSatisfactionShare,
       .key = "need_satisfaction_share",
       .name = "Доля клиентов, удовлетворённых решением потребности в жизненной ситуации в целом",
       .short_name = "Удовлетворённость потребности",
       .formula = kTopTwo,
       .base = "Ответы на вопрос об удовлетворённости потребностью в жизненной ситуации в целом "
               "(п. 4.5.7.1). «Затрудняюсь ответить» в базу не входит.",
       .source = "Стандарт, п. 4.5.7.1; пороги — таблица 1, строка удовлетворённости",
       .input = "survey.csv",
       .question = "need_satisfaction",
       .unit = Unit::Percent,
       .estimate = Estimate::Share,
       .better = Better::Higher,
       .stars = top_two_bands(),
       .star_note = "Толкование: таблица 1 задаёт уровни для удовлетворённости получением услуг; "
                    "те же пороги применены к удовлетворённости потребности. Оба уровня "
                    "показываются рядом и никогда не объединяются.",
       .disclosure_control = true},
      {.id = IndicatorId::EaseShare,
       .key = "ease_share",
       .name = "Доля клиентов, оценивших процесс удовлетворения потребности как простой",
       .short_name = "Простота",
       .formula = kTopTwo,
       .base = "Ответы на вопрос о простоте: 4 «Легко», 3 «Скорее легко», 2 «Скорее сложно», "
               "1 «Сложно». «Затрудняюсь ответить» в базу не входит.",
       .source = "Стандарт, раздел 6, таблица 1: «Оценка клиентами простоты … процесса "
                 "удовлетворения его потребностей»",
       .input = "survey.csv",
       .question = "ease",
       .unit = Unit::Percent,
       .estimate = Estimate::Share,
       .better = Better::Higher,
       .stars = top_two_bands(),
       .star_note = "Значение сначала округляется до 0,1, затем сравнивается с порогами; 50,0 % "
                    "и ниже — «уровень не достигнут».",
       .disclosure_control = true},
      {.id = IndicatorId::Csi,
       .key = "csi",
       .name = "Индекс удовлетворённости клиентов (CSI)",
       .short_name = "CSI",
       .formula = "(среднее из оценок 1–4 − 1) / 3 × 100",
       .base = "Те же ответы, что и для доли удовлетворённых; «Затрудняюсь ответить» в базу "
               "не входит.",
       .source = "Дополнительный показатель otklik; стандарт уровней для него не задаёт",
       .input = "survey.csv",
       .question = "satisfaction",
       .unit = Unit::Points,
       .estimate = Estimate::Mean,
       .better = Better::Higher,
       .star_note = "Уровни не присваиваются: стандарт не задаёт порогов для CSI.",
       .disclosure_control = true},
      {.id = IndicatorId::Nps,
       .key = "nps",
       .name = "Индекс потребительской лояльности (NPS)",
       .short_name = "NPS",
       .formula = "% ответов 9–10 − % ответов 0–6",
       .base = "Ответы от 0 до 10 на вопрос «Какова вероятность того, что Вы порекомендуете "
               "другому человеку, оказавшемуся в сходной ситуации, получать услуги и сервисы в "
               "рамках жизненной ситуации?»",
       .source = "Стандарт, раздел 6, таблица 1 (определение NPS)",
       .input = "survey.csv",
       .question = "nps",
       .unit = Unit::Points,
       .estimate = Estimate::NetScore,
       .better = Better::Higher,
       .star_note = "Уровни не присваиваются: таблица 1 оценивает не сам NPS, а долю услуг с "
                    "положительным NPS, а таблица 2 — NPS цифровых точек взаимодействия; оба "
                    "показателя рассчитаны отдельно.",
       .disclosure_control = true},
      {.id = IndicatorId::DigitalNps,
       .key = "digital_nps",
       .name = "Показатель лояльности клиентов цифровым точкам взаимодействия (NPS)",
       .short_name = "NPS цифровых точек",
       .formula = "% ответов 9–10 − % ответов 0–6 по ответам о цифровых точках взаимодействия",
       .base = "Ответы от 0 до 10 о цифровых точках взаимодействия (в touchpoints.csv "
               "kind = digital: порталы, мобильные приложения, чат-боты, другие виртуальные "
               "помощники). Ответы без точки взаимодействия и об офлайн-точках в базу не входят.",
       .source = "Стандарт, раздел 6, таблица 2: «Показатель лояльности клиентов цифровым "
                 "точкам взаимодействия»",
       .input = "survey.csv, touchpoints.csv",
       .question = "nps",
       .unit = Unit::Points,
       .estimate = Estimate::NetScore,
       .better = Better::Higher,
       .stars = digital_nps_bands(),
       .star_note = "Толкование: проценты таблицы 2 понимаются как пункты NPS; «менее 5 %» — "
                    "значения до 5,0 включительно (1 звезда при любом меньшем значении, в том "
                    "числе отрицательном), «свыше 50 %» — от 50,1.",
       .disclosure_control = true},
      {.id = IndicatorId::PositiveNpsServicesShare,
       .key = "positive_nps_services_share",
       .name = "Доля услуг и сервисов, индекс потребительской лояльности (NPS) по которым "
               "положителен",
       .short_name = "Услуги с NPS > 0",
       .formula = "услуги с NPS > 0 / услуги с опубликованным NPS × 100 %",
       .base = "Услуги среза, NPS которых опубликован (не менее min_n ответов и не скрыт). "
               "Услуги со скрытым NPS в базу не входят; n — число услуг.",
       .source = "Стандарт, раздел 6, таблица 1: «Доля услуг и сервисов, индекс потребительской "
                 "лояльности (NPS) по которым положителен»",
       .input = "survey.csv",
       .question = "nps",
       .unit = Unit::Percent,
       .estimate = Estimate::Tally,
       .better = Better::Higher,
       .counted = {"услуга", "услуги", "услуг"},
       .stars = top_two_bands(),
       .star_note = "Толкование: «положителен» — NPS строго больше 0. Значение 50,0 % и ниже — "
                    "«уровень не достигнут»."},
  };
}

std::vector<IndicatorDefinition> record_definitions() {
  return {
      {.id = IndicatorId::ScenarioCoverage,
       .key = "scenario_coverage",
       .name = "Охват клиентскими сценариями (доля услуг и сервисов, предоставляемых в рамках "
               "клиентских сценариев)",
       .short_name = "Охват сценариями",
       .formula = "услуги с in_scenario = 1 / все услуги × 100 %",
       .base = "Для жизненной ситуации — её услуги по life_situation_services.csv; для органа "
               "в целом — все услуги services.csv, из них в числителе те, что входят в "
               "сценарий хотя бы одной жизненной ситуации. Файл не имеет периода: показатель "
               "относится к последнему периоду данных.",
       .source = "Стандарт, раздел 6, таблица 1: «Охват клиентскими сценариями»",
       .input = "life_situation_services.csv",
       .unit = Unit::Percent,
       .estimate = Estimate::Tally,
       .better = Better::Higher,
       .counted = {"услуга", "услуги", "услуг"},
       .stars = coverage_bands(),
       .star_note = "Толкование: «до 35 %» — от 0,1 до 35,0 %; 0 % (ни одной услуги в "
                    "сценариях) — «уровень не достигнут»."},
      {.id = IndicatorId::ProactiveShare,
       .key = "proactive_share",
       .name = "Доля клиентских сценариев, для которых предусмотрена возможность проактивного "
               "предоставления услуг и сервисов",
       .short_name = "Проактивность",
       .formula = "сценарии с проактивной услугой / все сценарии × 100 %",
       .base = "Для органа в целом — клиентские сценарии (жизненные ситуации, у которых хотя бы "
               "одна услуга in_scenario = 1); в числителе те, где хотя бы одна услуга "
               "proactive = 1. Для жизненной ситуации — доля услуг её сценария, "
               "предоставляемых проактивно; уровень для неё не присваивается.",
       .source = "Стандарт, раздел 6, таблица 1, последняя строка",
       .input = "life_situation_services.csv",
       .unit = Unit::Percent,
       .estimate = Estimate::Tally,
       .better = Better::Higher,
       .counted = {"сценарий", "сценария", "сценариев"},
       .stars = proactive_bands(),
       .star_note = "Толкование искажённой строки таблицы: 1 звезда — утверждён хотя бы один "
                    "проактивный сценарий (от 0,1 до 19,9 %); 2 звезды — «от 20 %» при начале "
                    "3 звёзд с 20,1 %, то есть ровно 20,0 %; 3 звезды — от 20,1 до 35 %; "
                    "4 звезды — от 35,1 до 50 %; 5 звёзд — «от 51 % до 70 %» прочитано как от "
                    "50,1 % и выше: больший охват не может оцениваться ниже. 0 % — «уровень не "
                    "достигнут»."},
      {.id = IndicatorId::RepeatRequestShare,
       .key = "repeat_request_share",
       .name = "Доля повторных запросов на получение услуги в течение 4 недель после её "
               "успешного получения",
       .short_name = "Повторные запросы",
       .formula = "repeated_4w / completed × 100 %",
       .base = "Успешно завершённые запросы услуги за период; в числителе — те, после которых "
               "клиент вернулся за той же услугой в течение 4 недель. Для жизненной ситуации "
               "суммируются запросы всех её услуг по life_situation_services.csv, в том числе "
               "не вошедших в утверждённый клиентский сценарий.",
       .source = "Стандарт, раздел 6, таблица 1: «Доля повторных запросов на получение услуги "
                 "или сервиса»",
       .input = "service_requests.csv",
       .unit = Unit::Percent,
       .estimate = Estimate::Share,
       .better = Better::Lower,
       .counted = {"запрос", "запроса", "запросов"},
       .stars = repeat_bands(),
       .star_note = "Меньше — лучше. Диапазоны 4 и 5 звёзд соприкасаются в 0,5 %: такое значение "
                    "получает 5 звёзд (выигрывает лучший уровень). Свыше 10,0 % — «уровень не "
                    "достигнут»."},
      {.id = IndicatorId::StandardCompliance,
       .key = "standard_compliance",
       .name = "Соблюдение стандарта обслуживания",
       .short_name = "Стандарт обслуживания",
       .formula = "met / total × 100 %",
       .base = "Обращения, по которым измерялось соблюдение стандарта точки взаимодействия "
               "(service_standards.csv); в числителе — где стандарт соблюдён.",
       .source = "Стандарт, пп. 4.5.6.3, 4.5.6.6, 4.6.3.2, 4.6.4.3, 4.6.8.5",
       .input = "service_standards.csv",
       .unit = Unit::Percent,
       .estimate = Estimate::Share,
       .better = Better::Higher,
       .counted = {"измерение", "измерения", "измерений"},
       .star_note = "Уровни не присваиваются: таблицы стандарта не задают порогов.",
       .has_detail = true},
      {.id = IndicatorId::AppealsCount,
       .key = "appeals_count",
       .name = "Поступило обращений",
       .short_name = "Обращения",
       .formula = "сумма count",
       .base = "Все обращения периода, включая обращения без жизненной ситуации или канала.",
       .source = "Стандарт, п. 4.4 (работа с обращениями)",
       .input = "appeals.csv",
       .unit = Unit::Count,
       .estimate = Estimate::Tally,
       .better = Better::Neither,
       .counted = {"обращение", "обращения", "обращений"}},
      {.id = IndicatorId::AppealsOnTimeShare,
       .key = "appeals_on_time_share",
       .name = "Доля обращений, рассмотренных в установленный срок",
       .short_name = "Обращения в срок",
       .formula = "on_time / count × 100 %",
       .base = "Все обращения периода; в числителе — рассмотренные в срок. С уточнением «kind:…», "
               "«result:…», «channel:…» или «topic:…» — "
               "обращения одного вида, результата, канала или темы.",
       .source = "Стандарт, п. 4.4; Федеральный закон № 59-ФЗ",
       .input = "appeals.csv",
       .unit = Unit::Percent,
       .estimate = Estimate::Share,
       .better = Better::Higher,
       .counted = {"обращение", "обращения", "обращений"}},
      {.id = IndicatorId::AppealsRepeatShare,
       .key = "appeals_repeat_share",
       .name = "Доля повторных обращений",
       .short_name = "Повторные обращения",
       .formula = "repeat / count × 100 %",
       .base = "Все обращения периода; в числителе — повторные по тому же вопросу. С уточнением "
               "«kind:…», «result:…», «channel:…» или «topic:…» — "
               "обращения одного вида, результата, канала или темы.",
       .source = "Стандарт, п. 4.4",
       .input = "appeals.csv",
       .unit = Unit::Percent,
       .estimate = Estimate::Share,
       .better = Better::Lower,
       .counted = {"обращение", "обращения", "обращений"}},
      {.id = IndicatorId::AppealsByKind,
       .key = "appeals_kind",
       .name = "Обращения по виду",
       .short_name = "По виду",
       .formula = "сумма count по виду (заявление, жалоба, предложение)",
       .base = "Все обращения периода.",
       .source = "Стандарт, п. 4.4",
       .input = "appeals.csv",
       .unit = Unit::Count,
       .estimate = Estimate::Tally,
       .better = Better::Neither,
       .counted = {"обращение", "обращения", "обращений"},
       .has_detail = true},
      {.id = IndicatorId::AppealsByResult,
       .key = "appeals_result",
       .name = "Обращения по результату рассмотрения",
       .short_name = "По результату",
       .formula = "сумма count по результату",
       .base = "Все обращения периода.",
       .source = "Стандарт, п. 4.4",
       .input = "appeals.csv",
       .unit = Unit::Count,
       .estimate = Estimate::Tally,
       .better = Better::Neither,
       .counted = {"обращение", "обращения", "обращений"},
       .has_detail = true},
      {.id = IndicatorId::AppealsByChannel,
       .key = "appeals_channel",
       .name = "Обращения по каналу поступления",
       .short_name = "По каналу",
       .formula = "сумма count по каналу точки взаимодействия",
       .base = "Обращения с указанной точкой взаимодействия; обращения без неё учитываются в "
               "общем числе, но не в разбивке по каналам.",
       .source = "Стандарт, п. 4.4",
       .input = "appeals.csv, touchpoints.csv",
       .unit = Unit::Count,
       .estimate = Estimate::Tally,
       .better = Better::Neither,
       .counted = {"обращение", "обращения", "обращений"},
       .has_detail = true},
      {.id = IndicatorId::AppealsByTopic,
       .key = "appeals_topic",
       .name = "Обращения по теме",
       .short_name = "По теме",
       .formula = "сумма count по теме",
       .base = "Все обращения периода.",
       .source = "Стандарт, п. 4.4",
       .input = "appeals.csv",
       .unit = Unit::Count,
       .estimate = Estimate::Tally,
       .better = Better::Neither,
       .counted = {"обращение", "обращения", "обращений"},
       .has_detail = true},
  };
}

std::vector<IndicatorDefinition> channel_definitions() {
  return {
      {.id = IndicatorId::SocialResponseLevel,
       .key = "social_response_level",
       .name = "Время ответа на обращение клиента в социальных сетях и публичных чатах "
               "мессенджеров",
       .short_name = "Время ответа в соцсетях",
       .formula = "лучший уровень, пределы которого соблюдены наибольшим временем ответа и на "
                  "упоминания, и на официальные обращения",
       .base = "Ответы в социальных сетях и мессенджерах (response_times.csv); время ответа "
               "«не должно превышать» предела, поэтому сравнивается наибольшее время ответа "
               "периода.",
       .source = "Стандарт, раздел 6, таблица 2: «Время ответа представителя органа власти … в "
                 "социальных сетях, публичных чатах в мессенджерах»",
       .input = "response_times.csv",
       .unit = Unit::Level,
       .estimate = Estimate::Tally,
       .better = Better::Higher,
       .counted = {"ответ", "ответа", "ответов"},
       .stars = social_response_bands(),
       .star_note = "Толкование: «не должно превышать» понимается как наибольшее время ответа за "
                    "период. Если за период были ответы только одного типа, уровень "
                    "определяется по нему. Больше 24 ч на упоминание или 12 ч на официальное "
                    "обращение — «уровень не достигнут»."},
      {.id = IndicatorId::SocialResponseHours,
       .key = "social_response_hours",
       .name = "Наибольшее время ответа в социальных сетях и мессенджерах, часов",
       .short_name = "Наибольшее время ответа",
       .formula = "max(hours_max) по строкам с count > 0",
       .base = "Ответы одного типа (упоминания или официальные обращения) за период.",
       .source = "Стандарт, раздел 6, таблица 2",
       .input = "response_times.csv",
       .unit = Unit::Hours,
       .estimate = Estimate::Tally,
       .better = Better::Lower,
       .has_detail = true},
      {.id = IndicatorId::PainMentions,
       .key = "pain_mentions",
       .name = "Карта болей: упоминания проблемы",
       .short_name = "Упоминания",
       .formula = "сумма mentions по теме",
       .base = "Проблемы, названные клиентами и сведённые в темы (pain_points.csv); темы "
               "ранжируются по числу упоминаний.",
       .source = "Стандарт, п. 4.3 (карта болей)",
       .input = "pain_points.csv",
       .unit = Unit::Count,
       .estimate = Estimate::Tally,
       .better = Better::Lower,
       .counted = {"упоминание", "упоминания", "упоминаний"},
       .has_detail = true},
      {.id = IndicatorId::Question,
       .key = "q",
       .name = "Дополнительный вопрос анкеты",
       .short_name = "Вопрос",
       .formula = "шкала four_point: (n4 + n3) / (n1 + … + n4); binary: да / (да + нет); "
                  "nps: % 9–10 − % 0–6",
       .base = "Ответы на вопрос из questions.csv; «затрудняюсь ответить» и «не участвую» в "
               "базу не входят.",
       .source = "Вопросы органа власти (questions.csv)",
       .input = "survey.csv, questions.csv",
       .unit = Unit::Percent,
       .estimate = Estimate::Share,
       .better = Better::Higher,
       .disclosure_control = true,
       .has_detail = true},
  };
}

std::vector<IndicatorDefinition> build() {
  std::vector<IndicatorDefinition> all = survey_definitions();
  for (auto part : {record_definitions(), channel_definitions()})
    all.insert(all.end(), part.begin(), part.end());
  return all;
}

}  // namespace

std::string_view unit_name(Unit unit) {
  switch (unit) {
    case Unit::Percent:
      return "%";
    case Unit::Points:
      return "пункты";
    case Unit::Count:
      return "количество";
    case Unit::Hours:
      return "часы";
    case Unit::Level:
      break;
  }
  return "уровень (звёзды)";
}

std::span<const ResponseLimit> social_response_limits() { return kResponseLimits; }

const std::vector<IndicatorDefinition>& indicator_definitions() {
  static const std::vector<IndicatorDefinition> table = [] {
    auto defs = build();
    for (std::size_t i = 0; i < defs.size(); ++i)
      if (static_cast<std::size_t>(defs[i].id) != i)
        throw std::logic_error("indicator definitions out of enum order");
    return defs;
  }();
  return table;
}

const IndicatorDefinition& definition(IndicatorId id) {
  return indicator_definitions().at(static_cast<std::size_t>(id));
}

}  // namespace otklik::metrics
