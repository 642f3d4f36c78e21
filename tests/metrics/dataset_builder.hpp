#pragma once
// A small hand-built Dataset for metrics tests: metrics never read CSV, so the
// tests don't either (and don't depend on ingest).
#include <cstdint>

#include "model/dataset.hpp"

namespace otklik::metrics::testing {

inline constexpr std::size_t kDk = static_cast<std::size_t>(model::AnswerSlot::Dk);

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

// Two life situations, two services, two touchpoints, a citizen and an
// internal segment, one quarter, and the four built-in questions.
inline model::Dataset small_dataset() {
  model::Dataset d;
  for (const char* id : {"birth", "move"}) {
    model::LifeSituation ls;
    ls.id = id;
    ls.name = id;
    d.life_situations.push_back(ls);
  }
  d.services = {{"svc_a", "Услуга А"}, {"svc_b", "Услуга Б"}};
  d.touchpoints = {{.id = "portal", .name = "Портал", .channel = model::Channel::Portal},
                   {.id = "mfc", .name = "МФЦ", .channel = model::Channel::Mfc}};
  d.segments = {{"citizens", "Граждане", model::ClientType::Citizen},
                {"staff", "Сотрудники", model::ClientType::Internal}};
  d.periods = {{.year = 2026, .quarter = 3}};
  d.questions = {{"satisfaction", "Удовлетворены ли вы?", model::Scale::FourPoint, true},
                 {"need_satisfaction", "Решена ли потребность?", model::Scale::FourPoint, true},
                 {"ease", "Легко ли было?", model::Scale::FourPoint, true},
                 {"nps", "Порекомендуете ли вы?", model::Scale::Nps, true}};
  return d;
}

struct CellSpec {
  model::DimIndex life_situation = model::kNone;
  model::DimIndex service = model::kNone;
  model::DimIndex touchpoint = model::kNone;
  model::DimIndex segment = 0;
  uint16_t question = 0;  // satisfaction
};

inline void add_cell(model::Dataset& d, CellSpec spec, const model::AnswerCounts& answers) {
  model::SurveyCell cell;
  cell.key.period = 0;
  cell.key.life_situation = spec.life_situation;
  cell.key.service = spec.service;
  cell.key.touchpoint = spec.touchpoint;
  cell.key.segment = spec.segment;
  cell.key.question = spec.question;
  cell.answers = answers;
  d.survey.push_back(cell);
}

}  // namespace otklik::metrics::testing
