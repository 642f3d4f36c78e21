#pragma once
// The indicators as open data: one record per cut and indicator, written as
// CSV or JSON with the same fields in the same order. The site's
// opendata/indicators.{csv,json} and `otklik metrics` print these bytes.
#include <ostream>
#include <string>
#include <vector>

#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "report/open_data_records.hpp"

namespace otklik::report {

inline constexpr const char* kIndicatorsCsvPath = "opendata/indicators.csv";
inline constexpr const char* kIndicatorsJsonPath = "opendata/indicators.json";

// The fields, in column order, with their types and descriptions.
const std::vector<OpenDataField>& indicator_record_fields();

// Writes the records of one table after another (a build hands on the
// national indicators a period at a time), each table's in its order.
// Suppressed records carry no value, n, interval, star level or change.
class IndicatorRecordWriter {
 public:
  IndicatorRecordWriter(const model::Dataset& data, RecordFormat format, std::ostream& out);
  void write(const metrics::IndicatorTable& table);
  void end() { writer_.end(); }

 private:
  const model::Dataset& data_;
  RecordWriter writer_;
  std::vector<std::string> period_labels_;  // by period index
  std::vector<FieldValue> record_;          // refilled for every result
};

// Writes every result of the table, in the table's order.
void write_indicator_records(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                             RecordFormat format, std::ostream& out);

}  // namespace otklik::report
