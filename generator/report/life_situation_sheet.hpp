#pragma once
// «По жизненным ситуациям»: the indicators of every life situation by period,
// after the block of all life situations together.
#include <string_view>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr std::string_view kLifeSituationSheet = "По жизненным ситуациям";
inline constexpr std::string_view kAllLifeSituations = "Все жизненные ситуации";

void write_life_situation_sheet(Workbook& workbook, const model::Dataset& data,
                                const metrics::IndicatorTable& indicators,
                                const ingest::Config& config);

}  // namespace otklik::report
