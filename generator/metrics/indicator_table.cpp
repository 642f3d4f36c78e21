#include "metrics/indicator_table.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "metrics/indicator_sources.hpp"
#include "metrics/star_level.hpp"

namespace otklik::metrics {

std::size_t IndicatorTable::KeyHash::operator()(const Key& key) const {
  const uint64_t h = CutHash{}(key.cut);
  return static_cast<std::size_t>(
      mix64(h ^ (static_cast<uint64_t>(key.indicator) << 32 | static_cast<uint64_t>(key.detail))));
}

uint32_t IndicatorTable::intern(std::string_view detail) {
  auto [it, inserted] =
      detail_index_.try_emplace(std::string(detail), static_cast<uint32_t>(details_.size()));
  if (inserted) details_.emplace_back(detail);
  return it->second;
}

std::string IndicatorTable::key(const IndicatorResult& result) const {
  std::string key(definition(result.indicator).key);
  if (result.detail != 0) key += ":" + details_[result.detail];
  return key;
}

void IndicatorTable::add(IndicatorResult result) {
  const std::size_t at = results_.size();
  index_[{result.cut, result.indicator, result.detail}] = at;
  if (result.detail != 0) detail_lists_[{result.cut, result.indicator, 0}].push_back(at);
  results_.push_back(std::move(result));
}

const IndicatorResult* IndicatorTable::find(const Cut& cut, IndicatorId indicator,
                                            std::string_view detail) const {
  auto d = detail_index_.find(detail);
  if (d == detail_index_.end()) return nullptr;
  auto it = index_.find({cut, indicator, d->second});
  return it == index_.end() ? nullptr : &results_[it->second];
}

std::vector<const IndicatorResult*> IndicatorTable::details_of(const Cut& cut,
                                                               IndicatorId indicator) const {
  std::vector<const IndicatorResult*> list;
  auto it = detail_lists_.find({cut, indicator, 0});
  if (it == detail_lists_.end()) return list;
  for (std::size_t i : it->second) list.push_back(&results_[i]);
  return list;
}

void IndicatorTable::sort() {
  // Details in byte order of their text, so the order never depends on the
  // order they were first met in.
  std::vector<uint32_t> rank(details_.size());
  std::vector<uint32_t> order(details_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [this](uint32_t a, uint32_t b) { return details_[a] < details_[b]; });
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  std::stable_sort(results_.begin(), results_.end(),
                   [&rank](const IndicatorResult& a, const IndicatorResult& b) {
                     if (!(a.cut == b.cut)) return a.cut < b.cut;
                     if (a.indicator != b.indicator) return a.indicator < b.indicator;
                     return rank[a.detail] < rank[b.detail];
                   });
  reindex();
}

void IndicatorTable::reindex() {
  index_.clear();
  detail_lists_.clear();
  std::vector<IndicatorResult> results = std::move(results_);
  results_.clear();
  results_.reserve(results.size());
  for (auto& r : results) add(std::move(r));
}

IndicatorResult make_result(const Cut& cut, IndicatorId indicator, const Measurement& m,
                            const ingest::Config& config) {
  const IndicatorDefinition& def = definition(indicator);
  IndicatorResult r;
  r.cut = cut;
  r.indicator = indicator;
  r.unit = def.unit;
  r.estimate = def.estimate;
  r.measurement = m;
  if (!def.stars.empty() && m.n > 0) r.star_level = star_level(m.value, def.stars);
  r.low_reliability = def.estimate != Estimate::Tally && m.n > 0 && m.n < config.low_n;
  return r;
}

IndicatorTable compute_indicators(const model::Dataset& data, const ingest::Config& config) {
  IndicatorTable table;
  add_survey_indicators(data, config, table);
  add_scenario_indicators(data, config, table);
  add_appeal_indicators(data, config, table);
  add_service_request_indicators(data, config, table);
  add_standard_indicators(data, config, table);
  add_response_time_indicators(data, config, table);
  add_pain_map(data, config, table);
  table.sort();
  add_changes(data.periods, table);
  return table;
}

}  // namespace otklik::metrics
