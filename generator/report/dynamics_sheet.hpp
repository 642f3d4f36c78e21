#pragma once
// «Динамика»: the survey indicators of each life situation in every period,
// after the block of all life situations together (the full workbook), or of
// the one life situation (its own workbook).
#include <string_view>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "report/workbook_scope.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr SheetName kDynamicsSheet = {"Динамика", "Dinamika"};
inline constexpr std::string_view kAllLifeSituations = "Все жизненные ситуации";

void write_dynamics_sheet(Workbook& workbook, const model::Dataset& data,
                          const metrics::IndicatorTable& indicators, const ingest::Config& config,
                          const WorkbookScope& scope);

}  // namespace otklik::report
