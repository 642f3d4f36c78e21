#pragma once
// A sheet of indicators: one row per cut, leading label columns (period, the
// cut's member), a block of columns per summary indicator, and a note.
#include <string>
#include <string_view>
#include <vector>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

struct IndicatorRow {
  metrics::Cut cut;
  std::vector<std::string> labels;  // one per leading column
};

inline constexpr std::string_view kNoDataNote = "нет данных за период";

void write_indicator_sheet(Workbook& workbook, const SheetName& name,
                           const std::vector<Column>& leading,
                           const std::vector<IndicatorRow>& rows,
                           const metrics::IndicatorTable& indicators, const ingest::Config& config);

}  // namespace otklik::report
