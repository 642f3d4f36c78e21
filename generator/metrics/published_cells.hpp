#pragma once
// Which survey cells may be published with their answer counts. A cell is a
// cut with all its attributed dimensions fixed; its counts are as revealing
// as the cut's own result, so they are published exactly when that result
// is (not hidden by primary or complementary suppression).
#include <cstdint>
#include <string_view>
#include <vector>

#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

// The built-in indicators computed from one question ("satisfaction" gives
// the satisfaction share and CSI); empty for a custom question.
std::vector<IndicatorId> built_in_indicators(std::string_view question);

bool is_published(const IndicatorTable& table, const model::Dataset& data,
                  const model::SurveyCell& cell);

// Whether each cell of Dataset::survey may be published, by the cell's
// index. Worked out once, a period at a time as the indicators are made, for
// every workbook and open-data file that lists the cells: the national
// indicator table is never whole in memory to look cells up in.
class PublishedCells {
 public:
  explicit PublishedCells(const model::Dataset& data) : published_(data.survey.size()) {}
  // Sets the cells of `period` from that period's table.
  void mark(const IndicatorTable& period_table, const model::Dataset& data, uint16_t period);
  bool operator[](std::size_t cell) const { return published_[cell] != 0; }

 private:
  // A byte a cell, not std::vector<bool>'s bits: the open data reads the
  // cells of one period on another thread while the next period is marked,
  // and neighbouring bits of two periods would share a word.
  std::vector<uint8_t> published_;
};

// The cells of every period, from a table of every period.
PublishedCells published_cells(const IndicatorTable& table, const model::Dataset& data);

}  // namespace otklik::metrics
