#pragma once
// The slow, obvious way to count a cut: walk every cell and keep those it
// reaches. Tests compare the metrics stage against it, and check disclosure
// control with it, so it shares no code with SurveyCube or DisclosureTable.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "metrics/cut.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics::testing {

struct CountFilter {
  bool publish_internal = false;
  bool digital_only = false;  // only answers about digital touchpoints (Table 2)
};

// A cell counts in a cut when the cut fixes nothing the cell disagrees on.
inline bool reaches(const model::CellKey& key, const Cut& cut) {
  const Cut cell = cut_of(key);
  if (cell.period != cut.period) return false;
  for (Dimension d : kDimensions)
    if (cut.at(d) != model::kNone && cut.at(d) != cell.at(d)) return false;
  return true;
}

inline model::AnswerCounts merged_answers(const model::Dataset& data, const Cut& cut,
                                          uint16_t question, CountFilter filter = {}) {
  model::AnswerCounts sum;
  for (const model::SurveyCell& cell : data.survey) {
    const model::CellKey& k = cell.key;
    if (k.question != question || !reaches(k, cut)) continue;
    if (!filter.publish_internal && k.segment != model::kNone &&
        data.segments[k.segment].client_type == model::ClientType::Internal)
      continue;
    if (filter.digital_only &&
        (k.touchpoint == model::kNone ||
         data.touchpoints[k.touchpoint].kind != model::TouchpointKind::Digital))
      continue;
    sum += cell.answers;
  }
  return sum;
}

// Valid answers: 1..4 on the four-point scale, 0..10 on NPS.
inline uint64_t valid_four_point(const model::AnswerCounts& a) { return a[1] + a[2] + a[3] + a[4]; }
inline uint64_t valid_nps(const model::AnswerCounts& a) {
  uint64_t n = 0;
  for (std::size_t s = 0; s <= 10; ++s) n += a[s];
  return n;
}

inline std::string describe(const Cut& c) {
  auto v = [](model::DimIndex i) {
    return i == model::kNone ? std::string("*") : std::to_string(i);
  };
  return "(p" + std::to_string(c.period) + " ls" + v(c.life_situation) + " svc" + v(c.service) +
         " tp" + v(c.touchpoint) + " seg" + v(c.segment) + " reg" + v(c.region) + ")";
}

// Checks one indicator's disclosure control over the whole table. For each
// equation parent = Σ children + rest (one per parent and dimension), with
// the true counts from `true_n`:
// - exactly one hidden cut with n > 0 and no rest would give that cut away;
// - no hidden cut and a rest of 0 < rest < min_n would give the rest away.
// Also every published result must carry its true n. Returns what is wrong.
inline std::vector<std::string> disclosure_violations(
    const IndicatorTable& table, IndicatorId indicator,
    const std::function<uint64_t(const Cut&)>& true_n, uint64_t min_n) {
  std::vector<std::string> problems;
  std::map<Cut, bool> hidden;
  for (const IndicatorResult& r : table.results()) {
    if (r.indicator != indicator || r.detail != 0) continue;
    hidden[r.cut] = r.suppressed;
    if (!r.suppressed && r.measurement.n != true_n(r.cut))
      problems.push_back("published n differs from the cells at " + describe(r.cut));
  }
  std::map<std::pair<Cut, int>, std::vector<Cut>> children;
  for (const auto& [cut, unused] : hidden)
    for (std::size_t d = 0; d < kDimensions.size(); ++d)
      if (cut.at(kDimensions[d]) != model::kNone)
        children[{cut.without(kDimensions[d]), static_cast<int>(d)}].push_back(cut);
  for (const auto& [key, kids] : children) {
    const Cut& parent = key.first;
    auto p = hidden.find(parent);
    if (p == hidden.end()) {
      problems.push_back("no result for the roll-up " + describe(parent));
      continue;
    }
    int unknown_cuts = p->second && true_n(parent) > 0 ? 1 : 0;
    uint64_t children_n = 0;
    for (const Cut& kid : kids) {
      const uint64_t n = true_n(kid);
      children_n += n;
      if (hidden.at(kid) && n > 0) ++unknown_cuts;
    }
    const uint64_t parent_n = true_n(parent);
    if (children_n > parent_n) {
      problems.push_back("children exceed their parent " + describe(parent));
      continue;
    }
    const uint64_t rest = parent_n - children_n;
    const std::string where = describe(parent) + " along dimension " + std::to_string(key.second);
    if (unknown_cuts == 1 && rest == 0)
      problems.push_back("a lone hidden cut is recoverable in " + where);
    if (unknown_cuts == 0 && rest > 0 && rest < min_n)
      problems.push_back("a rest of " + std::to_string(rest) + " is recoverable in " + where);
  }
  return problems;
}

}  // namespace otklik::metrics::testing
