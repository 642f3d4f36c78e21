#pragma once
// The date the data stands at: the last day of its last period. Pages and
// workbooks are stamped with it, never with the clock, so the same input
// gives the same bytes.
#include <chrono>
#include <string>

#include "model/dataset.hpp"
#include "model/period.hpp"

namespace otklik::model {

// The last day of a period: 2026-Q3 -> 2026-09-30, 2026-07 -> 2026-07-31.
std::chrono::sys_days period_end(const Period& period);

// The end of the data's last period; 2000-01-01 when there are no periods
// (libxlsxwriter reads 0 as "now", so some fixed date is needed).
std::chrono::sys_days data_date(const Dataset& data);

// "2026-09-30".
std::string iso_date(std::chrono::sys_days day);

}  // namespace otklik::model
