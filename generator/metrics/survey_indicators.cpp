// The survey's indicators for every cut, under disclosure control.
#include <map>

#include "metrics/disclosure.hpp"
#include "metrics/indicator_sources.hpp"
#include "metrics/published_cells.hpp"
#include "metrics/survey_cube.hpp"

namespace otklik::metrics {
namespace {

constexpr std::size_t kYes = static_cast<std::size_t>(model::AnswerSlot::Yes);
constexpr std::size_t kNo = static_cast<std::size_t>(model::AnswerSlot::No);

// The valid answers of a scale: what a share's base counts.
uint64_t valid_answers(const model::AnswerCounts& a, model::Scale scale) {
  uint64_t n = 0;
  switch (scale) {
    case model::Scale::FourPoint:
      for (std::size_t s = 1; s <= 4; ++s) n += a[s];
      break;
    case model::Scale::Nps:
      for (std::size_t s = 0; s <= 10; ++s) n += a[s];
      break;
    case model::Scale::Binary:
      n = a[kYes] + a[kNo];
      break;
  }
  return n;
}

// The cuts where the question was asked at all (a cut with only «dk»
// answers is among them, with n = 0), and their valid answers.
template <typename Counts>
DisclosureTable disclosure_table(const SurveyCube& cube, model::Scale scale, Counts counts) {
  std::vector<Cut> cuts;
  std::vector<uint64_t> n;
  for (std::size_t i = 0; i < cube.cuts().size(); ++i) {
    const model::AnswerCounts a = counts(i);
    if (a.total() == 0) continue;
    cuts.push_back(cube.cuts()[i]);
    n.push_back(valid_answers(a, scale));
  }
  return {std::move(cuts), std::move(n)};
}

// NPS and its digital part count the same answers where the cut is one
// digital touchpoint: whatever one hides, the other must hide too.
bool keep_in_step(DisclosureTable& nps, DisclosureTable& digital) {
  bool changed = false;
  for (std::size_t i = 0; i < digital.cuts().size(); ++i) {
    const Cut& cut = digital.cuts()[i];
    if (cut.touchpoint == model::kNone) continue;
    if (digital.suppressed(i)) changed = nps.suppress(cut) || changed;
    if (nps.suppressed(cut)) changed = digital.suppress(cut) || changed;
  }
  return changed;
}

// The NPS cuts at offline touchpoints, by the cut they roll up to.
std::map<Cut, std::vector<Cut>> offline_parts(const model::Dataset& data,
                                              const DisclosureTable& nps) {
  std::map<Cut, std::vector<Cut>> parts;
  for (const Cut& cut : nps.cuts())
    if (cut.touchpoint != model::kNone &&
        data.touchpoints[cut.touchpoint].kind != model::TouchpointKind::Digital)
      parts[cut.without(Dimension::Touchpoint)].push_back(cut);
  return parts;
}

// A cut's NPS answers also split in a way neither table sees on its own:
// nps(C) = digital(C) + NPS at each offline touchpoint of C + the answers
// without a touchpoint. Without this, a published NPS and digital NPS give
// away a hidden offline touchpoint, or a small rest, by subtraction (and an
// all-digital cut would publish in one table what the other hides). The rule
// is the tables' own: where a hidden cut, or a rest under min_n, is the one
// unknown, the published part with the fewest answers is hidden too, or the
// NPS of C itself when no part is left.
bool protect_digital_split(const std::map<Cut, std::vector<Cut>>& offline, DisclosureTable& nps,
                           DisclosureTable& digital, uint64_t min_n) {
  struct Part {
    DisclosureTable* table;
    Cut cut;
  };
  bool changed = false;
  for (const Cut& whole : digital.cuts()) {
    if (whole.touchpoint != model::kNone) continue;
    std::vector<Part> parts = {{&digital, whole}};
    if (auto it = offline.find(whole); it != offline.end())
      for (const Cut& cut : it->second) parts.push_back({&nps, cut});
    int unknowns = nps.suppressed(whole) && nps.n(whole) > 0 ? 1 : 0;
    uint64_t parts_n = 0;
    const Part* cover = nullptr;
    for (const Part& part : parts) {
      const uint64_t n = part.table->n(part.cut);
      parts_n += n;
      if (n == 0) continue;
      if (part.table->suppressed(part.cut))
        ++unknowns;
      else if (cover == nullptr || n < cover->table->n(cover->cut))
        cover = &part;
    }
    const uint64_t rest = nps.n(whole) - parts_n;
    const bool exposed = rest == 0 ? unknowns == 1 : unknowns == 0 && rest < min_n;
    if (!exposed) continue;
    const bool hid = cover != nullptr ? cover->table->suppress(cover->cut) : nps.suppress(whole);
    changed = hid || changed;
  }
  return changed;
}

void protect_all(const model::Dataset& data, std::vector<DisclosureTable>& tables,
                 DisclosureTable* nps, DisclosureTable& digital, uint64_t min_n) {
  for (auto& t : tables) t.suppress_primary(min_n);
  digital.suppress_primary(min_n);
  std::map<Cut, std::vector<Cut>> offline;
  if (nps != nullptr) offline = offline_parts(data, *nps);
  for (bool changed = true; changed;) {
    changed = false;
    for (auto& t : tables) changed = t.suppress_complementary(min_n) || changed;
    changed = digital.suppress_complementary(min_n) || changed;
    if (nps == nullptr) continue;
    changed = keep_in_step(*nps, digital) || changed;
    changed = protect_digital_split(offline, *nps, digital, min_n) || changed;
  }
}

Measurement measure_scale(const model::AnswerCounts& a, model::Scale scale) {
  switch (scale) {
    case model::Scale::Nps:
      return nps(a);
    case model::Scale::Binary:
      return yes_share(a);
    case model::Scale::FourPoint:
      break;
  }
  return top_two_share(a);
}

void add_result(IndicatorTable& table, const Cut& cut, IndicatorId id, const Measurement& m,
                bool suppressed, const ingest::Config& config, uint32_t detail = 0) {
  IndicatorResult r = make_result(cut, id, suppressed ? Measurement{} : m, config);
  r.detail = detail;
  r.suppressed = suppressed;
  table.add(std::move(r));
}

void add_question(const model::Question& question, const SurveyCube& cube,
                  const DisclosureTable& protection, std::size_t q, const ingest::Config& config,
                  IndicatorTable& table) {
  const uint32_t detail = question.built_in ? 0 : table.intern(question.id);
  for (std::size_t i = 0; i < protection.cuts().size(); ++i) {
    const Cut& cut = protection.cuts()[i];
    const model::AnswerCounts a = cube.answers(*cube.index(cut), q);
    const bool hidden = protection.suppressed(i);
    if (!question.built_in) {
      add_result(table, cut, IndicatorId::Question, measure_scale(a, question.scale), hidden,
                 config, detail);
      IndicatorResult& r = table.results().back();
      if (question.scale == model::Scale::Nps) {
        r.unit = Unit::Points;
        r.estimate = Estimate::NetScore;
      }
      continue;
    }
    for (IndicatorId id : built_in_indicators(question.id)) {
      const Measurement m = id == IndicatorId::Csi ? csi(a) : measure_scale(a, question.scale);
      add_result(table, cut, id, m, hidden, config);
    }
  }
}

void add_digital_nps(const SurveyCube& cube, const DisclosureTable& protection,
                     const ingest::Config& config, IndicatorTable& table) {
  for (std::size_t i = 0; i < protection.cuts().size(); ++i) {
    const Cut& cut = protection.cuts()[i];
    add_result(table, cut, IndicatorId::DigitalNps, nps(cube.digital_nps(*cube.index(cut))),
               protection.suppressed(i), config);
  }
}

// Table 1: of the services whose NPS a cut publishes, the share above 0.
void add_positive_nps_services(const SurveyCube& cube, const DisclosureTable& protection,
                               std::size_t nps_question, const ingest::Config& config,
                               IndicatorTable& table) {
  struct Tally {
    uint64_t services = 0;
    uint64_t positive = 0;
  };
  std::map<Cut, Tally> per_parent;
  for (std::size_t i = 0; i < protection.cuts().size(); ++i) {
    const Cut& cut = protection.cuts()[i];
    if (cut.service == model::kNone || protection.suppressed(i)) continue;
    const Measurement m = nps(cube.answers(*cube.index(cut), nps_question));
    Tally& t = per_parent[cut.without(Dimension::Service)];
    ++t.services;
    if (m.value > 0) ++t.positive;
  }
  for (const auto& [cut, t] : per_parent) {
    add_result(table, cut, IndicatorId::PositiveNpsServicesShare,
               tally_share(t.positive, t.services), false, config);
  }
}

// At most as many results as add_question, add_digital_nps and
// add_positive_nps_services add: a parent cut per published service cut is
// an upper bound, and room reserved but never written costs no memory.
std::size_t survey_result_count(const model::Dataset& data,
                                const std::vector<DisclosureTable>& protection,
                                const DisclosureTable& digital, int nps_question) {
  std::size_t count = digital.cuts().size();
  for (std::size_t q = 0; q < data.questions.size(); ++q) {
    const model::Question& question = data.questions[q];
    count += protection[q].cuts().size() *
             (question.built_in ? built_in_indicators(question.id).size() : 1);
  }
  if (nps_question >= 0) {
    const DisclosureTable& nps = protection[static_cast<std::size_t>(nps_question)];
    for (std::size_t i = 0; i < nps.cuts().size(); ++i)
      if (nps.cuts()[i].service != model::kNone && !nps.suppressed(i)) ++count;
  }
  return count;
}

}  // namespace

void add_survey_indicators(const model::Dataset& data, const ingest::Config& config,
                           uint16_t period, IndicatorTable& table) {
  const SurveyCube cube(data, config.publish_internal, period);
  std::vector<DisclosureTable> protection;
  for (std::size_t q = 0; q < data.questions.size(); ++q)
    protection.push_back(disclosure_table(
        cube, data.questions[q].scale, [&cube, q](std::size_t i) { return cube.answers(i, q); }));
  DisclosureTable digital = disclosure_table(
      cube, model::Scale::Nps, [&cube](std::size_t i) { return cube.digital_nps(i); });
  const int nps_question = data.question_index("nps");
  protect_all(data, protection, nps_question >= 0 ? &protection[nps_question] : nullptr, digital,
              config.min_n);

  table.reserve(table.results().size() +
                survey_result_count(data, protection, digital, nps_question));
  for (std::size_t q = 0; q < data.questions.size(); ++q)
    add_question(data.questions[q], cube, protection[q], q, config, table);
  add_digital_nps(cube, digital, config, table);
  if (nps_question >= 0)
    add_positive_nps_services(cube, protection[nps_question], nps_question, config, table);
}

}  // namespace otklik::metrics
