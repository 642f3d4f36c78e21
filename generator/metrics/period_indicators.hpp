#pragma once
// The indicators a period at a time. Nothing a cut is computed from crosses
// periods (roll-ups and disclosure equations stay within one), and a change
// needs only the period right before, so the national set is never in memory
// whole: each period's table is handed on, and dropped once the next period
// has taken its changes from it.
#include <cstdint>
#include <functional>
#include <memory>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

using PeriodTable = std::shared_ptr<const IndicatorTable>;

// Calls `each_period` with every period's index into Dataset::periods and
// its complete table, in period order:
// all of that period's results, sorted, with their changes against the
// period before. The receiver may keep the table (to write it out on another
// thread); it is freed when the last holder lets go of it.
void compute_indicators_by_period(const model::Dataset& data, const ingest::Config& config,
                                  const std::function<void(uint16_t, PeriodTable)>& each_period);

}  // namespace otklik::metrics
