#pragma once
// The answer counts of every cut the survey holds, each summed from the
// disjoint cells below it: a roll-up is a sum of counts, never an average
// of percentages.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "metrics/cut.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

class SurveyCube {
 public:
  // The cuts of one period: no cut spans periods, so a period's cube is
  // complete on its own, and the national set is held a period at a time.
  // Internal-client segments are left out unless `publish_internal`: their
  // answers then reach no cut, totals included.
  SurveyCube(const model::Dataset& data, bool publish_internal, uint16_t period);

  // Every cut some cell reaches, in Cut order.
  const std::vector<Cut>& cuts() const { return cuts_; }
  model::AnswerCounts answers(std::size_t cut, std::size_t question) const {
    return expand(cut, question);
  }
  // The answers to `nps` about digital touchpoints only (Table 2).
  model::AnswerCounts digital_nps(std::size_t cut) const {
    return expand(cut, columns_.size() - 1);
  }
  std::optional<std::size_t> index(const Cut& cut) const;

 private:
  // A row holds, for each question and then the digital NPS, only the
  // answer slots its cells use: at most 5 on a four-point scale, 11 for NPS
  // and 4 for yes/no, against AnswerCounts' 15. On the national set that
  // halves the cube, the largest thing in memory while indicators are made.
  struct Column {
    std::size_t offset;               // within a row
    std::vector<std::uint8_t> slots;  // AnswerCounts slots, in order
  };
  model::AnswerCounts expand(std::size_t cut, std::size_t column) const;

  std::vector<Column> columns_;   // questions, then the digital NPS
  std::size_t stride_ = 0;        // counts per row
  std::vector<Cut> cuts_;         // sorted
  std::vector<std::size_t> row_;  // cuts_[i]'s row of counts_
  std::vector<uint64_t> counts_;  // stride_ per row, rows in the order first met
};

}  // namespace otklik::metrics
