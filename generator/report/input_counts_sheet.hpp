#pragma once
// «Исходные данные»: the survey counts every indicator is summed from, one row
// per cell and answer, so an auditor can recompute any published figure.
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/config.hpp"
#include "metrics/published_cells.hpp"
#include "model/dataset.hpp"
#include "report/workbook_scope.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr SheetName kInputCountsSheet = {"Исходные данные", "IskhodnyeDannye"};
// A sheet holds 1 048 576 rows, the header included.
inline constexpr uint64_t kMaxDataRowsPerSheet = LXW_ROW_MAX - 1;

// The answer as survey.csv spells it: "4".."1", "0".."10", "dk", "na", "yes", "no".
std::string answer_text(std::size_t slot);

// Continues on «Исходные данные (2)», (3)... when the rows do not fit on one
// sheet; `max_rows` is a parameter so that tests can reach the split.
// Only the cells of the scope's life situations. The whole body's workbook
// lists its rows only when they fit on one sheet; past that (a national
// data set has 15 million) a table split over sheets can be neither sorted
// nor filtered, and the file takes a spreadsheet a minute and gigabytes to
// open, so the sheet is an index instead: each life situation's workbook
// and its rows, and opendata/input-counts.csv with all of them. A cell whose own cut
// disclosure control hides gets one row: its key, «—»
// and the reason, no counts (metrics::PublishedCells).
void write_input_counts_sheets(Workbook& workbook, const model::Dataset& data,
                               const metrics::PublishedCells& published,
                               const ingest::Config& config, const WorkbookScope& scope,
                               uint64_t max_rows = kMaxDataRowsPerSheet);

}  // namespace otklik::report
