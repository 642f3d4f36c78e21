#pragma once
// «Сводка»: every indicator of the workbook's scope in the last period, one
// row each, as the home page or the life situation's page shows them: the
// counts, the value as a formula over them, the interval, the star level as a
// formula over «Методика», and the change against the period before.
#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "report/workbook_scope.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr SheetName kSummarySheet = {"Сводка", "Svodka"};

void write_summary_sheet(Workbook& workbook, const model::Dataset& data,
                         const metrics::IndicatorTable& indicators, const ingest::Config& config,
                         const WorkbookScope& scope);

}  // namespace otklik::report
