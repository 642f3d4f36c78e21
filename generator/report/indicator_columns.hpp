#pragma once
// The block of columns one indicator takes on an indicator sheet: the counts
// it is computed from, then its value as an Excel formula over those cells,
// the 95 % interval and the star level. An auditor can re-derive every figure.
#include <string>
#include <vector>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

// The indicators of the summary sheets, in column order. Need satisfaction sits
// beside satisfaction: 4.5.7.1 wants both levels side by side, never merged.
const std::vector<metrics::IndicatorId>& summary_indicators();

// Offsets of the cells inside a block.
enum BlockColumn : lxw_col_t {
  kBase = 0,         // n: valid answers
  kFirstCount = 1,   // top-two answers; NPS promoters; CSI sum of scores
  kSecondCount = 2,  // dk left out of the base; NPS detractors
  kValue = 3,        // formula over the counts
  kLow = 4,          // 95 % interval
  kHigh = 5,
  kStars = 6,
  kBlockWidth = 7
};

std::vector<Column> indicator_columns(metrics::IndicatorId id);

// Writes the block of `result` from `first_col`; nothing for nullptr (no
// answers), only «—» when suppressed. Returns the note on its reliability,
// or "" when there is nothing to say.
std::string write_indicator_block(Sheet& sheet, lxw_row_t row, lxw_col_t first_col,
                                  const metrics::IndicatorResult* result,
                                  const ingest::Config& config);

// «скрыто: менее 10 ответов», «мало ответов (менее 100)».
std::string suppressed_note(uint64_t min_n);
std::string low_reliability_note(uint64_t low_n);

}  // namespace otklik::report
