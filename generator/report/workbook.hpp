#pragma once
// The auditors' XLSX: the full workbook of the body and one per life
// situation, with the same sheets: Сводка, По точкам взаимодействия, По
// услугам, Динамика, Обращения, Исходные данные, Методика, Контроль.
#include <filesystem>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/published_cells.hpp"
#include "model/dataset.hpp"
#include "report/workbook_scope.hpp"

namespace otklik::report {

inline constexpr const char* kSummaryWorkbookName = "otklik-summary.xlsx";

// Writes the workbook of `scope` to `file`; throws std::runtime_error if
// libxlsxwriter fails, and leaves no partial file. `indicators` needs only
// the site's results (metrics::is_site_result); which cells «Исходные данные» may
// show comes from `published`.
void write_workbook(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                    const metrics::PublishedCells& published, const ingest::Config& config,
                    const WorkbookScope& scope, const std::filesystem::path& file);
// The same from a table of every cut (tests, small data).
void write_workbook(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                    const ingest::Config& config, const WorkbookScope& scope,
                    const std::filesystem::path& file);

}  // namespace otklik::report
