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

// Writes the records of the cells of Dataset::survey in order, a range at a
// time: a build hands on each period's cells once they are marked.
class InputCountRecordWriter {
 public:
  InputCountRecordWriter(const model::Dataset& data, RecordFormat format, std::ostream& out);
  // The cells [first, last) of Dataset::survey.
  void write(const metrics::PublishedCells& published, std::size_t first, std::size_t last);
  void end() { writer_.end(); }

 private:
  const model::Dataset& data_;
  RecordWriter writer_;
  std::vector<std::string> labels_;  // by period index
  std::vector<FieldValue> record_;   // refilled for every answer
};

void write_input_count_records(const model::Dataset& data, const metrics::PublishedCells& published,
                               RecordFormat format, std::ostream& out);

}  // namespace otklik::report
