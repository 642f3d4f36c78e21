#pragma once
// The summary XLSX: indicators by life situation, by touchpoint, and the input counts.
#include <filesystem>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"

namespace otklik::report {

inline constexpr const char* kSummaryWorkbookName = "otklik-summary.xlsx";

// Writes the workbook to `file`; throws std::runtime_error if libxlsxwriter fails.
void write_summary_workbook(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                            const ingest::Config& config, const std::filesystem::path& file);

}  // namespace otklik::report
