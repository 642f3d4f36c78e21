#pragma once
// The indicators as open data: one record per cut and indicator, written as
// CSV (RFC 4180) or JSON with the same fields in the same order. The site's
// opendata/indicators.{csv,json} and `otklik metrics` print these bytes.
#include <ostream>
#include <string_view>

#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"

namespace otklik::report {

enum class RecordFormat { Csv, Json };

inline constexpr const char* kIndicatorsCsvPath = "opendata/indicators.csv";
inline constexpr const char* kIndicatorsJsonPath = "opendata/indicators.json";

// The field names, in column order.
inline constexpr std::string_view kIndicatorRecordFields[] = {"period",     "life_situation_id",
                                                              "service_id", "touchpoint_id",
                                                              "segment_id", "region_id",
                                                              "indicator",  "value",
                                                              "n",          "ci_low",
                                                              "ci_high",    "star_level",
                                                              "change",     "change_significant",
                                                              "suppressed", "low_reliability"};

// Writes every result of the table, in the table's order. Suppressed records
// carry no value, n, interval, star level or change.
void write_indicator_records(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                             RecordFormat format, std::ostream& out);

}  // namespace otklik::report
