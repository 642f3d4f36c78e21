#pragma once
// Indicators computed for every cut of the data, from the finest counts.
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "ingest/config.hpp"
#include "metrics/definitions.hpp"
#include "metrics/measurement.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

// A cut: one value per key, or kNone meaning "all".
struct Cut {
  uint16_t period = 0;
  model::DimIndex life_situation = model::kNone;
  model::DimIndex service = model::kNone;
  model::DimIndex touchpoint = model::kNone;
  model::DimIndex segment = model::kNone;
  model::DimIndex region = model::kNone;
  friend bool operator==(const Cut&, const Cut&) = default;
};

struct IndicatorResult {
  Cut cut;
  IndicatorId indicator = IndicatorId::SatisfactionShare;
  Measurement measurement;       // counts are zero when suppressed
  int star_level = -1;           // -1: the indicator has no star levels
  bool suppressed = false;       // fewer than min_n valid answers: no value, no n published
  bool low_reliability = false;  // fewer than low_n valid answers
};

class IndicatorTable {
 public:
  void add(IndicatorResult result);
  // nullptr when the cut holds no valid answer to the indicator's question.
  const IndicatorResult* find(const Cut& cut, IndicatorId indicator) const;
  const std::vector<IndicatorResult>& results() const { return results_; }

 private:
  struct CutHash {
    std::size_t operator()(const std::pair<Cut, IndicatorId>& key) const;
  };
  std::vector<IndicatorResult> results_;
  std::unordered_map<std::pair<Cut, IndicatorId>, std::size_t, CutHash> index_;
};

// Computes every indicator for each period crossed with: all, each life
// situation, each touchpoint, each life situation x touchpoint, each service,
// each life situation x service. Cuts with no answers are left out.
IndicatorTable compute_indicators(const model::Dataset& data, const ingest::Config& config);

}  // namespace otklik::metrics
