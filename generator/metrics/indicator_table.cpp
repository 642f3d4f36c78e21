#include "metrics/indicator_table.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "metrics/star_level.hpp"

namespace otklik::metrics {

uint32_t IndicatorTable::intern(std::string_view detail) {
  auto [it, inserted] =
      detail_index_.try_emplace(std::string(detail), static_cast<uint32_t>(details_.size()));
  if (inserted) details_.emplace_back(detail);
  return it->second;
}

std::string IndicatorTable::key(const IndicatorResult& result) const {
  std::string key;
  append_key(result, key);
  return key;
}

void IndicatorTable::append_key(const IndicatorResult& result, std::string& out) const {
  out += definition(result.indicator).key;
  if (result.detail == 0) return;
  out += ':';
  out += details_[result.detail];
}

void IndicatorTable::add(IndicatorResult result) {
  // In order only while every detail has a rank (a detail interned since
  // the last sort() has none yet).
  sorted_ = sorted_ && result.detail < rank_.size() &&
            (results_.empty() || before(results_.back(), result));
  results_.push_back(std::move(result));
}

std::span<IndicatorResult> IndicatorTable::extend(std::size_t count) {
  const std::size_t first = results_.size();
  results_.resize(first + count);
  sorted_ = sorted_ && count == 0;
  return {results_.data() + first, count};
}

void IndicatorTable::append(const IndicatorTable& from,
                            const std::function<bool(const IndicatorResult&)>& keep) {
  std::vector<uint32_t> detail_here(from.details_.size());
  for (std::size_t d = 0; d < from.details_.size(); ++d) detail_here[d] = intern(from.details_[d]);
  for (const IndicatorResult& result : from.results_) {
    if (keep && !keep(result)) continue;
    IndicatorResult copy = result;
    copy.detail = detail_here[result.detail];
    add(std::move(copy));
  }
}

bool IndicatorTable::before(const IndicatorResult& a, const IndicatorResult& b) const {
  if (!(a.cut == b.cut)) return a.cut < b.cut;
  if (a.indicator != b.indicator) return a.indicator < b.indicator;
  return rank_[a.detail] < rank_[b.detail];
}

std::pair<std::size_t, std::size_t> IndicatorTable::range(const Cut& cut,
                                                          IndicatorId indicator) const {
  const auto key = [](const IndicatorResult& r) { return std::tie(r.cut, r.indicator); };
  const auto lower = std::partition_point(results_.begin(), results_.end(), [&](const auto& r) {
    return key(r) < std::tie(cut, indicator);
  });
  const auto upper = std::partition_point(
      lower, results_.end(), [&](const auto& r) { return !(std::tie(cut, indicator) < key(r)); });
  return {static_cast<std::size_t>(lower - results_.begin()),
          static_cast<std::size_t>(upper - results_.begin())};
}

const IndicatorResult* IndicatorTable::find(const Cut& cut, IndicatorId indicator,
                                            std::string_view detail) const {
  auto d = detail_index_.find(detail);
  if (d == detail_index_.end()) return nullptr;
  const auto [first, last] =
      sorted_ ? range(cut, indicator) : std::pair<std::size_t, std::size_t>{0, results_.size()};
  for (std::size_t i = first; i < last; ++i) {
    const IndicatorResult& r = results_[i];
    if (r.detail == d->second && r.cut == cut && r.indicator == indicator) return &r;
  }
  return nullptr;
}

std::vector<const IndicatorResult*> IndicatorTable::details_of(const Cut& cut,
                                                               IndicatorId indicator) const {
  std::vector<const IndicatorResult*> list;
  const auto [first, last] =
      sorted_ ? range(cut, indicator) : std::pair<std::size_t, std::size_t>{0, results_.size()};
  for (std::size_t i = first; i < last; ++i) {
    const IndicatorResult& r = results_[i];
    if (r.detail != 0 && r.cut == cut && r.indicator == indicator) list.push_back(&r);
  }
  return list;
}

void IndicatorTable::sort() {
  // Details in byte order of their text, so the order never depends on the
  // order they were first met in.
  std::vector<uint32_t> order(details_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [this](uint32_t a, uint32_t b) { return details_[a] < details_[b]; });
  rank_.assign(details_.size(), 0);
  for (uint32_t r = 0; r < order.size(); ++r) rank_[order[r]] = r;
  // (cut, indicator, detail) is unique, so an in-place sort gives the one
  // order; a stable sort would need a second copy of every result.
  std::sort(results_.begin(), results_.end(),
            [this](const IndicatorResult& a, const IndicatorResult& b) { return before(a, b); });
  sorted_ = true;
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

}  // namespace otklik::metrics
