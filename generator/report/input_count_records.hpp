#pragma once
// The survey counts behind the indicators as open data: one record per cell
// and answer, the same rows as the workbook's «Исходные данные»; a cell whose
// own cut disclosure control hides is one record with no answer and no count.
#include <ostream>
#include <vector>

#include "ingest/config.hpp"
#include "metrics/published_cells.hpp"
#include "model/dataset.hpp"
#include "report/open_data_records.hpp"

namespace otklik::report {

inline constexpr const char* kInputCountsCsvPath = "opendata/input-counts.csv";
inline constexpr const char* kInputCountsJsonPath = "opendata/input-counts.json";

const std::vector<OpenDataField>& input_count_fields();

void write_input_count_records(const model::Dataset& data, const metrics::PublishedCells& published,
                               RecordFormat format, std::ostream& out);

}  // namespace otklik::report
