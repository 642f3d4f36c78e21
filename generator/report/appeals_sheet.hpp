#pragma once
// «Обращения»: appeals of each period and life situation, in total and by
// kind, result, channel and topic, with the on-time and repeat shares as
// formulas over the counts beside them.
#include <string_view>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "report/workbook_scope.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr SheetName kAppealsSheet = {"Обращения", "Obrashcheniya"};

void write_appeals_sheet(Workbook& workbook, const model::Dataset& data,
                         const metrics::IndicatorTable& indicators, const WorkbookScope& scope);

}  // namespace otklik::report
