#pragma once
// A small hand-built Dataset for metrics tests: metrics never read CSV, so the
// tests don't either (and don't depend on ingest).
#include <cstdint>
#include <initializer_list>
#include <random>
#include <string>
#include <utility>

#include "ingest/config.hpp"
#include "metrics/cut.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics::testing {

inline constexpr std::size_t kDk = static_cast<std::size_t>(model::AnswerSlot::Dk);
inline constexpr std::size_t kNa = static_cast<std::size_t>(model::AnswerSlot::Na);
inline constexpr std::size_t kYes = static_cast<std::size_t>(model::AnswerSlot::Yes);
inline constexpr std::size_t kNo = static_cast<std::size_t>(model::AnswerSlot::No);

// The members of small_dataset(), by index.
inline constexpr model::DimIndex kBirth = 0, kMove = 1, kPension = 2;
inline constexpr model::DimIndex kSvcA = 0, kSvcB = 1, kSvcC = 2, kSvcD = 3;
inline constexpr model::DimIndex kPortal = 0, kMfc = 1, kApp = 2,
                                 kVk = 3;  // portal, app, vk digital
inline constexpr model::DimIndex kCitizens = 0, kBusiness = 1, kStaff = 2;  // staff is internal
inline constexpr model::DimIndex kNorth = 0, kSouth = 1;
inline constexpr uint16_t kSatisfaction = 0, kNeed = 1, kEase = 2, kNps = 3;

// Counts on the four-point scale: 4 «Удовлетворён» … 1, and dk.
inline model::AnswerCounts four_point(uint64_t n4, uint64_t n3, uint64_t n2, uint64_t n1,
                                      uint64_t dk = 0) {
  model::AnswerCounts a;
  a[4] = n4;
  a[3] = n3;
  a[2] = n2;
  a[1] = n1;
  a[kDk] = dk;
  return a;
}

// Counts on the 0..10 scale: {answer, how many} pairs, and dk.
inline model::AnswerCounts scores(std::initializer_list<std::pair<std::size_t, uint64_t>> counts,
                                  uint64_t dk = 0) {
  model::AnswerCounts a;
  for (auto [answer, n] : counts) a[answer] += n;
  a[kDk] = dk;
  return a;
}

// Counts on the binary scale: yes, no, dk, na («не участвую»).
inline model::AnswerCounts binary(uint64_t yes, uint64_t no, uint64_t dk = 0, uint64_t na = 0) {
  model::AnswerCounts a;
  a[kYes] = yes;
  a[kNo] = no;
  a[kDk] = dk;
  a[kNa] = na;
  return a;
}

// Three life situations, four services, four touchpoints (portal, app and vk
// digital, mfc offline), citizens, business and an internal segment, two
// regions, one quarter (2026-Q3), and the four built-in questions.
inline model::Dataset small_dataset() {
  model::Dataset d;
  for (const char* id : {"birth", "move", "pension"}) {
    model::LifeSituation ls;
    ls.id = id;
    ls.name = id;
    d.life_situations.push_back(ls);
  }
  d.services = {
      {"svc_a", "Услуга А"}, {"svc_b", "Услуга Б"}, {"svc_c", "Услуга В"}, {"svc_d", "Услуга Г"}};
  d.touchpoints = {{.id = "portal",
                    .name = "Портал",
                    .channel = model::Channel::Portal,
                    .kind = model::TouchpointKind::Digital},
                   {.id = "mfc",
                    .name = "МФЦ",
                    .channel = model::Channel::Mfc,
                    .kind = model::TouchpointKind::Offline},
                   {.id = "app",
                    .name = "Приложение",
                    .channel = model::Channel::MobileApp,
                    .kind = model::TouchpointKind::Digital},
                   {.id = "vk",
                    .name = "ВКонтакте",
                    .channel = model::Channel::Social,
                    .kind = model::TouchpointKind::Digital}};
  d.segments = {{"citizens", "Граждане", model::ClientType::Citizen},
                {"business", "Бизнес", model::ClientType::Business},
                {"staff", "Сотрудники", model::ClientType::Internal}};
  d.regions = {{"north", "Север"}, {"south", "Юг"}};
  d.periods = {{.year = 2026, .quarter = 3}};
  d.questions = {{"satisfaction", "Удовлетворены ли вы?", model::Scale::FourPoint, true},
                 {"need_satisfaction", "Решена ли потребность?", model::Scale::FourPoint, true},
                 {"ease", "Легко ли было?", model::Scale::FourPoint, true},
                 {"nps", "Порекомендуете ли вы?", model::Scale::Nps, true}};
  return d;
}

// Replaces the periods with quarters of 2026 ("2026-Q2", "2026-Q3"), ascending.
inline void set_quarters(model::Dataset& d, std::initializer_list<int> quarters) {
  d.periods.clear();
  for (int q : quarters) d.periods.push_back({.year = 2026, .quarter = q});
}

// A question of questions.csv; returns its index for CellSpec::question.
inline uint16_t add_question(model::Dataset& d, std::string id, model::Scale scale) {
  d.questions.push_back({std::move(id), "Вопрос органа", scale, false});
  return static_cast<uint16_t>(d.questions.size() - 1);
}

// A row of life_situation_services.csv.
inline void add_scenario_row(model::Dataset& d, const std::string& life_situation,
                             const std::string& service, bool in_scenario, bool proactive) {
  d.life_situation_services.push_back({life_situation, service, in_scenario, proactive});
}

struct CellSpec {
  uint16_t period = 0;
  model::DimIndex life_situation = model::kNone;
  model::DimIndex service = model::kNone;
  model::DimIndex touchpoint = model::kNone;
  model::DimIndex segment = kCitizens;
  model::DimIndex region = model::kNone;
  uint16_t question = kSatisfaction;
};

inline void add_cell(model::Dataset& d, CellSpec spec, const model::AnswerCounts& answers) {
  model::SurveyCell cell;
  cell.key = {spec.period,  spec.life_situation, spec.service, spec.touchpoint,
              spec.segment, spec.region,         spec.question};
  cell.answers = answers;
  d.survey.push_back(cell);
}

// Cells on a few keys, so that many share a finest cut; every question,
// two periods, the internal segment and keys left out at random.
inline model::Dataset crowded_dataset(uint32_t seed) {
  model::Dataset d = small_dataset();
  set_quarters(d, {2, 3});
  const uint16_t polite = add_question(d, "polite", model::Scale::Binary);
  std::mt19937 rng(seed);
  // Plain modulo: mt19937's output is fixed by the standard, distributions are not.
  const auto pick = [&rng](uint32_t members) {
    const uint32_t r = rng() % (members + 1);
    return r == members ? model::kNone : static_cast<model::DimIndex>(r);
  };
  for (int i = 0; i < 300; ++i) {
    const auto question = static_cast<uint16_t>(rng() % (polite + 1u));
    const CellSpec spec{.period = static_cast<uint16_t>(rng() % 2),
                        .life_situation = pick(2),
                        .service = pick(2),
                        .touchpoint = pick(4),
                        .segment = pick(3),
                        .region = pick(1),
                        .question = question};
    model::AnswerCounts a;
    if (question == kNps)
      a = scores({{rng() % 11, 1 + rng() % 5}, {rng() % 11, rng() % 5}});
    else if (question == polite)
      a = binary(rng() % 4, rng() % 4, rng() % 2);
    else
      a = four_point(rng() % 4, rng() % 3, rng() % 3, rng() % 2, rng() % 2);
    add_cell(d, spec, a);
  }
  return d;
}

// Thresholds of 1 keep every cut with an answer published, so the
// arithmetic is visible.
inline ingest::Config open_config() {
  ingest::Config c;
  c.min_n = 1;
  c.low_n = 1;
  return c;
}

}  // namespace otklik::metrics::testing
