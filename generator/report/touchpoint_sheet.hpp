#pragma once
// «По точкам взаимодействия»: the indicators of every touchpoint by period,
// over all life situations, after the block of all touchpoints together.
#include <string_view>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr std::string_view kTouchpointSheet = "По точкам взаимодействия";
inline constexpr std::string_view kAllTouchpoints = "Все точки взаимодействия";

void write_touchpoint_sheet(Workbook& workbook, const model::Dataset& data,
                            const metrics::IndicatorTable& indicators,
                            const ingest::Config& config);

}  // namespace otklik::report
