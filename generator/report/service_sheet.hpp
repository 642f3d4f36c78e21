#pragma once
// «По услугам»: the indicators of every service by period, after the block of
// all services together. A life situation's workbook lists the services of
// its scenario (life_situation_services.csv) and any other that has answers
// within it.
#include <string_view>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "report/workbook_scope.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr SheetName kServiceSheet = {"По услугам", "PoUslugam"};
inline constexpr std::string_view kAllServices = "Все услуги";

void write_service_sheet(Workbook& workbook, const model::Dataset& data,
                         const metrics::IndicatorTable& indicators, const ingest::Config& config,
                         const WorkbookScope& scope);

}  // namespace otklik::report
