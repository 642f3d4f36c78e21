#pragma once
// «Контроль»: what produced the workbook and from which inputs: generator
// version, data period and date, thresholds, and each input file's rows and
// SHA-256, so an auditor can check they hold the files the figures came from.
#include <string_view>

#include "ingest/config.hpp"
#include "model/dataset.hpp"
#include "report/workbook_scope.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr SheetName kControlSheet = {"Контроль", "Kontrol"};
inline constexpr std::string_view kInputFileParameter = "Входной файл";

void write_control_sheet(Workbook& workbook, const model::Dataset& data,
                         const ingest::Config& config, const WorkbookScope& scope);

}  // namespace otklik::report
