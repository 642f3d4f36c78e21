#pragma once
// The answer counts of every cut the survey holds, each summed from the
// disjoint cells below it: a roll-up is a sum of counts, never an average
// of percentages.
#include <cstddef>
#include <optional>
#include <vector>

#include "metrics/cut.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

class SurveyCube {
 public:
  // Internal-client segments are left out unless `publish_internal`: their
  // answers then reach no cut, totals included.
  SurveyCube(const model::Dataset& data, bool publish_internal);

  // Every cut some cell reaches, in Cut order.
  const std::vector<Cut>& cuts() const { return cuts_; }
  const model::AnswerCounts& answers(std::size_t cut, std::size_t question) const {
    return counts_[row_[cut] * width_ + question];
  }
  // The answers to `nps` about digital touchpoints only (Table 2).
  const model::AnswerCounts& digital_nps(std::size_t cut) const {
    return counts_[row_[cut] * width_ + width_ - 1];
  }
  std::optional<std::size_t> index(const Cut& cut) const;

 private:
  std::size_t width_;                        // questions, then the digital NPS
  std::vector<Cut> cuts_;                    // sorted
  std::vector<std::size_t> row_;             // cuts_[i]'s row of counts_
  std::vector<model::AnswerCounts> counts_;  // width_ per row, rows in the order first met
};

}  // namespace otklik::metrics
