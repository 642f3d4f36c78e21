#pragma once
// Indicators computed for every cut of the data, from the finest counts.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/config.hpp"
#include "metrics/cut.hpp"
#include "metrics/definitions.hpp"
#include "metrics/measurement.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

// The members of Change and IndicatorResult are ordered to leave no padding
// (144 bytes a result, against 160): a national period holds 2.5 million
// results, and two periods are in memory at the peak.

// The change of a value against the period right before it.
struct Change {
  double difference = 0;     // value minus the previous value: points for shares
  double z = 0;              // the test statistic
  bool tested = false;       // the estimate has a sampling error, so a z-test applies
  bool significant = false;  // |z| >= 1.96: the change is significant at 95 %
};

struct IndicatorResult {
  Cut cut;
  IndicatorId indicator = IndicatorId::SatisfactionShare;
  Unit unit = Unit::Percent;
  Estimate estimate = Estimate::Share;
  bool suppressed = false;       // disclosure control: no value, no n published
  uint32_t detail = 0;           // index into IndicatorTable's details; 0: none
  int star_level = -1;           // -1: the indicator has no star levels here
  bool low_reliability = false;  // fewer than low_n in the base
  Measurement measurement;       // all zero when suppressed
  std::optional<Change> change;  // none without a published previous period

  bool has_value() const { return !suppressed && measurement.n > 0; }
};
static_assert(sizeof(IndicatorResult) <= 144, "a member added or moved left padding");

class IndicatorTable {
 public:
  // Details (a question id, a topic) are stored once; 0 is "no detail".
  uint32_t intern(std::string_view detail);
  std::string_view detail(const IndicatorResult& result) const { return details_[result.detail]; }
  // "satisfaction_share", "q:polite", "appeals_topic:Сроки …".
  std::string key(const IndicatorResult& result) const;
  // The same added to `out`, for writers that reuse one buffer.
  void append_key(const IndicatorResult& result, std::string& out) const;

  void add(IndicatorResult result);
  // Copies the results of `from` that `keep` accepts (every one without a
  // `keep`), their details interned here. Call sort() before looking up.
  void append(const IndicatorTable& from,
              const std::function<bool(const IndicatorResult&)>& keep = {});
  // Room for `count` results in all. Growing past the room moves every
  // result into a buffer twice as large while the old one is still held;
  // the national table is gigabytes, so the survey reserves what it adds.
  void reserve(std::size_t count) { results_.reserve(count); }
  // `count` more results, blank, for the caller to fill in place: several
  // threads may fill disjoint parts at once. Within the reserved room the
  // results already added stay where they are. Call sort() afterwards.
  std::span<IndicatorResult> extend(std::size_t count);
  // nullptr when the cut holds nothing for the indicator.
  const IndicatorResult* find(const Cut& cut, IndicatorId indicator,
                              std::string_view detail = {}) const;
  // Every result of an indicator with details in one cut, in detail order.
  std::vector<const IndicatorResult*> details_of(const Cut& cut, IndicatorId indicator) const;

  const std::vector<IndicatorResult>& results() const { return results_; }
  std::vector<IndicatorResult>& results() { return results_; }
  // Puts results in the order of the outputs: period, the dimensions in
  // column order ("all" first), indicator, detail. Rebuilds the index.
  void sort();
  // Whether results() is in the order of sort(): true after it, until a
  // result is added out of order.
  bool sorted() const { return sorted_; }

 private:
  // Whether a precedes b in the order of sort(); details by their rank.
  bool before(const IndicatorResult& a, const IndicatorResult& b) const;
  // The results of (cut, indicator) with any detail: a range of results_
  // once sorted. Without an index (a national table holds tens of millions
  // of results, and a hash node each cost gigabytes) finding is a binary
  // search over the sorted results.
  std::pair<std::size_t, std::size_t> range(const Cut& cut, IndicatorId indicator) const;

  std::vector<std::string> details_{""};
  // Searched with a string_view on every find(): no string built per lookup.
  struct DetailHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
      return std::hash<std::string_view>{}(text);
    }
  };
  std::unordered_map<std::string, uint32_t, DetailHash, std::equal_to<>> detail_index_{{"", 0}};
  std::vector<uint32_t> rank_{0};  // detail -> its rank in byte order, set by sort()
  std::vector<IndicatorResult> results_;
  // add() after sort() (tests build small tables by hand) leaves the results
  // unsorted; lookups then scan them.
  bool sorted_ = true;
};

// A result with the definition's unit and estimate, its star level and
// reliability flag set from the measurement. Suppression is the caller's.
IndicatorResult make_result(const Cut& cut, IndicatorId indicator, const Measurement& m,
                            const ingest::Config& config);

// Computes every indicator of the definitions table for every cut the data
// holds, with disclosure control and changes against the previous period.
// The whole table at once: a build of national data goes a period at a time
// instead (metrics/period_indicators.hpp).
IndicatorTable compute_indicators(const model::Dataset& data, const ingest::Config& config);

}  // namespace otklik::metrics
