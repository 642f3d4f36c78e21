#include "report/report_fixture.hpp"

#include "report/workbook.hpp"

namespace otklik::test {
namespace {

using metrics::IndicatorId;
using metrics::IndicatorResult;
using model::kNone;

model::Question question(std::string id, model::Scale scale) {
  return model::Question{std::move(id), "Текст вопроса", scale, true};
}

model::SurveyCell cell(uint16_t period, model::DimIndex ls, model::DimIndex tp, uint16_t q,
                       std::initializer_list<std::pair<std::size_t, uint64_t>> counts) {
  model::SurveyCell c;
  c.key.period = period;
  c.key.life_situation = ls;
  c.key.touchpoint = tp;
  c.key.question = q;
  for (auto [slot, n] : counts) c.answers[slot] = n;
  return c;
}

IndicatorResult result(metrics::Cut cut, IndicatorId id) {
  IndicatorResult r;
  r.cut = cut;
  r.indicator = id;
  r.unit = metrics::definition(id).unit;
  r.estimate = metrics::definition(id).estimate;
  return r;
}

IndicatorResult appeals_count(metrics::Cut cut, IndicatorId id, uint64_t n) {
  IndicatorResult r = result(cut, id);
  r.measurement = {.value = static_cast<double>(n), .n = n, .ci = {}};
  return r;
}

IndicatorResult appeals_share(metrics::Cut cut, IndicatorId id, uint64_t positive, uint64_t n) {
  IndicatorResult r = result(cut, id);
  r.measurement = {.value = 100.0 * positive / n, .n = n, .positive = positive, .ci = {}};
  return r;
}

// Appeals of one cut: 40 in all, 38 on time (95 %), 2 repeated (5 %); 10
// complaints, 9 on time; a topic that looks like a formula.
void add_appeals(metrics::IndicatorTable& table, metrics::Cut cut) {
  table.add(appeals_count(cut, IndicatorId::AppealsCount, 40));
  table.add(appeals_share(cut, IndicatorId::AppealsOnTimeShare, 38, 40));
  table.add(appeals_share(cut, IndicatorId::AppealsRepeatShare, 2, 40));
  IndicatorResult kind = appeals_count(cut, IndicatorId::AppealsByKind, 10);
  kind.detail = table.intern("complaint");
  table.add(kind);
  IndicatorResult on_time = appeals_share(cut, IndicatorId::AppealsOnTimeShare, 9, 10);
  on_time.detail = table.intern("kind:complaint");
  table.add(on_time);
  IndicatorResult topic = appeals_count(cut, IndicatorId::AppealsByTopic, 30);
  topic.detail = table.intern("=HYPERLINK(\"http://x\")");
  table.add(topic);
}

IndicatorResult suppressed(metrics::Cut cut, IndicatorId id) {
  IndicatorResult r = result(cut, id);
  r.suppressed = true;
  r.low_reliability = true;
  return r;
}

IndicatorResult satisfaction(metrics::Cut cut) {
  IndicatorResult r = result(cut, IndicatorId::SatisfactionShare);
  r.measurement = {.value = 75.0, .n = 120, .positive = 90, .excluded = 5, .ci = {66.6, 81.9}};
  r.star_level = 3;
  return r;
}

IndicatorResult nps(metrics::Cut cut) {
  IndicatorResult r = result(cut, IndicatorId::Nps);
  // (50 - 10) / 70 * 100 = 57.142857…
  r.measurement = {
      .value = 40.0 / 70 * 100, .n = 70, .positive = 50, .negative = 10, .ci = {40.1, 74.2}};
  r.low_reliability = true;  // 70 < low_n 100
  return r;
}

IndicatorResult csi(metrics::Cut cut) {
  IndicatorResult r = result(cut, IndicatorId::Csi);
  // 50 fours, 40 threes, 20 twos, 10 ones: 50·100 + 40·66.67 + 20·33.33 + 10·0 = 8333.33…
  const double sum = 50 * 100.0 + 40 * 200.0 / 3 + 20 * 100.0 / 3;
  r.measurement = {
      .value = sum / 120, .n = 120, .excluded = 5, .score_sum = sum, .ci = {64.0, 74.9}};
  return r;
}

IndicatorResult ease(metrics::Cut cut) {
  IndicatorResult r = result(cut, IndicatorId::EaseShare);
  r.measurement = {.value = 50.0, .n = 110, .positive = 55, .excluded = 10, .ci = {40.8, 59.2}};
  r.star_level = 0;  // «уровень не достигнут»
  return r;
}

}  // namespace

model::Dataset report_dataset() {
  model::Dataset data;
  data.periods = {*model::Period::parse("2026-Q2"), *model::Period::parse("2026-Q3")};
  data.life_situations = {{"ls01", "Рождение ребёнка", "", 1, "", false},
                          {"ls02", "Код _x0041_ и <&> «кавычки»", "", 2, "", false},
                          {"ls03", "Переезд", "", 3, "", false}};
  data.services = {{"srv01", "Пособие"}, {"srv02", "\t=2+3"}, {"srv03", "\r-1"}};
  data.life_situation_services = {{"ls01", "srv01", true, false}, {"ls01", "srv02", true, true}};
  data.touchpoints = {{"tp01", "=1+1", model::Channel::Portal, model::TouchpointKind::Digital},
                      {"tp02", "@SUM(A1)", model::Channel::Mfc, model::TouchpointKind::Offline},
                      {"tp03", "-2", model::Channel::Phone, model::TouchpointKind::Offline},
                      {"tp04", "+7 800", model::Channel::Chatbot, model::TouchpointKind::Digital}};
  data.segments = {{"seg01", "Граждане", model::ClientType::Citizen}};
  data.regions = {{"r77", "Москва"}};
  data.questions = {question("satisfaction", model::Scale::FourPoint),
                    question("need_satisfaction", model::Scale::FourPoint),
                    question("ease", model::Scale::FourPoint), question("nps", model::Scale::Nps),
                    question("q_form", model::Scale::Binary)};
  const auto dk = static_cast<std::size_t>(model::AnswerSlot::Dk);
  const auto na = static_cast<std::size_t>(model::AnswerSlot::Na);
  const auto yes = static_cast<std::size_t>(model::AnswerSlot::Yes);
  const auto no = static_cast<std::size_t>(model::AnswerSlot::No);
  model::SurveyCell full = cell(1, 0, 0, 0, {{4, 50}, {3, 40}, {2, 20}, {1, 10}, {dk, 5}});
  full.key.service = 0;
  full.key.segment = 0;
  full.key.region = 0;
  data.survey = {full, cell(1, 0, 1, 3, {{10, 30}, {9, 20}, {7, 10}, {3, 5}, {0, 5}}),
                 cell(0, 1, kNone, 4, {{yes, 7}, {no, 2}, {na, 1}}),
                 cell(0, 1, kNone, 0, {{4, 0}, {3, 4}})};
  data.inputs = {
      {"life_situations.csv", 3, std::string(64, 'a')},
      {"touchpoints.csv", 4, std::string(64, 'b')},
      {"survey.csv", 14, "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"}};
  return data;
}

metrics::IndicatorTable report_indicators() {
  metrics::IndicatorTable table;
  const metrics::Cut all_q2{.period = 0};
  const metrics::Cut all_q3{.period = 1};
  table.add(suppressed(all_q2, IndicatorId::SatisfactionShare));
  table.add(satisfaction(all_q3));
  table.add(csi(all_q3));
  table.add(nps(all_q3));
  table.add(ease({.period = 1, .life_situation = 0}));
  table.add(suppressed({.period = 0, .life_situation = 1}, IndicatorId::SatisfactionShare));
  table.add(satisfaction({.period = 1, .touchpoint = 0}));
  table.add(nps({.period = 1, .touchpoint = 1}));
  // The survey cells' own cuts, for the input counts: the first two are
  // published, q_form of ls02 has no result and its satisfaction is hidden.
  table.add(satisfaction({.period = 1,
                          .life_situation = 0,
                          .service = 0,
                          .touchpoint = 0,
                          .segment = 0,
                          .region = 0}));
  table.add(nps({.period = 1, .life_situation = 0, .touchpoint = 1}));
  table.add(satisfaction({.period = 1, .service = 0}));
  table.add(satisfaction({.period = 1, .life_situation = 0, .service = 0}));
  add_appeals(table, {.period = 1});
  add_appeals(table, {.period = 1, .life_situation = 0});
  return table;
}

ingest::Config report_config() {
  ingest::Config config;
  config.organisation = "Министерство «Тест» & Co";
  config.min_n = 10;
  config.low_n = 100;
  return config;
}

std::filesystem::path temp_workbook(const std::string& name) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "otklik-report-tests";
  std::filesystem::create_directories(dir);
  std::filesystem::path file = dir / (name + ".xlsx");
  std::filesystem::remove(file);
  return file;
}

std::filesystem::path write_fixture_workbook(const std::string& name) {
  std::filesystem::path file = temp_workbook(name);
  report::write_workbook(report_dataset(), report_indicators(), report_config(), {}, file);
  return file;
}

}  // namespace otklik::test
