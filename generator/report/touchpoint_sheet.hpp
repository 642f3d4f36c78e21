#pragma once
// «По точкам взаимодействия»: the indicators of every touchpoint by period,
// after the block of all touchpoints together, within the workbook's scope.
#include <string_view>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "report/workbook_scope.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr SheetName kTouchpointSheet = {"По точкам взаимодействия", "PoTochkam"};
inline constexpr std::string_view kAllTouchpoints = "Все точки взаимодействия";

void write_touchpoint_sheet(Workbook& workbook, const model::Dataset& data,
                            const metrics::IndicatorTable& indicators, const ingest::Config& config,
                            const WorkbookScope& scope);

}  // namespace otklik::report
