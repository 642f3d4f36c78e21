#include "metrics/indicator_table.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "metrics/star_level.hpp"

namespace otklik::metrics {
namespace {

using model::kNone;

auto cut_tuple(const Cut& c) {
  return std::tie(c.period, c.life_situation, c.touchpoint, c.service, c.segment, c.region);
}

struct CutLess {
  bool operator()(const Cut& a, const Cut& b) const { return cut_tuple(a) < cut_tuple(b); }
};

// The cuts a cell contributes to: each combination of the kept keys, where a
// key the cell leaves unattributed only reaches "all".
std::vector<Cut> cuts_of(const model::CellKey& k) {
  std::vector<Cut> cuts;
  const auto add = [&](model::DimIndex ls, model::DimIndex tp, model::DimIndex svc) {
    Cut c;
    c.period = k.period;
    c.life_situation = ls;
    c.touchpoint = tp;
    c.service = svc;
    cuts.push_back(c);
  };
  std::vector<model::DimIndex> life_situations = {kNone};
  if (k.life_situation != kNone) life_situations.push_back(k.life_situation);
  for (model::DimIndex ls : life_situations) {
    add(ls, kNone, kNone);
    if (k.touchpoint != kNone) add(ls, k.touchpoint, kNone);
    if (k.service != kNone) add(ls, kNone, k.service);
  }
  return cuts;
}

Measurement measure(IndicatorId id, const model::AnswerCounts& answers) {
  switch (id) {
    case IndicatorId::Csi:
      return csi(answers);
    case IndicatorId::Nps:
      return nps(answers);
    default:
      return top_two_share(answers);
  }
}

bool excluded_segment(const model::Dataset& data, const model::CellKey& key,
                      bool publish_internal) {
  return !publish_internal && key.segment != kNone &&
         data.segments[key.segment].client_type == model::ClientType::Internal;
}

}  // namespace

std::size_t IndicatorTable::CutHash::operator()(const std::pair<Cut, IndicatorId>& key) const {
  const Cut& c = key.first;
  std::size_t h = c.period;
  for (auto v : {c.life_situation, c.service, c.touchpoint, c.segment, c.region,
                 static_cast<model::DimIndex>(key.second)})
    h = h * 1000003u ^ static_cast<std::size_t>(v + 1);
  return h;
}

void IndicatorTable::add(IndicatorResult result) {
  index_[{result.cut, result.indicator}] = results_.size();
  results_.push_back(std::move(result));
}

const IndicatorResult* IndicatorTable::find(const Cut& cut, IndicatorId indicator) const {
  auto it = index_.find({cut, indicator});
  return it == index_.end() ? nullptr : &results_[it->second];
}

IndicatorTable compute_indicators(const model::Dataset& data, const ingest::Config& config) {
  // Finest counts summed per cut and question: roll-ups are never averages.
  std::map<Cut, std::vector<model::AnswerCounts>, CutLess> sums;
  for (const auto& cell : data.survey) {
    if (excluded_segment(data, cell.key, config.publish_internal)) continue;
    for (const Cut& cut : cuts_of(cell.key)) {
      auto& per_question = sums[cut];
      per_question.resize(data.questions.size());
      per_question[cell.key.question] += cell.answers;
    }
  }
  IndicatorTable table;
  for (const auto& [cut, per_question] : sums) {
    for (const auto& def : indicator_definitions()) {
      const int q = data.question_index(def.question);
      if (q < 0) continue;
      IndicatorResult r;
      r.cut = cut;
      r.indicator = def.id;
      r.measurement = measure(def.id, per_question[q]);
      if (r.measurement.n == 0) continue;
      r.low_reliability = r.measurement.n < config.low_n;
      r.suppressed = r.measurement.n < config.min_n;
      if (r.suppressed) {
        r.measurement = Measurement{};  // nothing of a suppressed cut is published
      } else if (!def.stars.empty()) {
        r.star_level = star_level(r.measurement.value, def.stars);
      }
      table.add(std::move(r));
    }
  }
  return table;
}

}  // namespace otklik::metrics
