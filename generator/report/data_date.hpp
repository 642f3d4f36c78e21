#pragma once
// The date a workbook is stamped with: taken from the data, never the clock,
// so the same input gives the same bytes.
#include <chrono>
#include <ctime>
#include <string>

#include "model/dataset.hpp"
#include "model/period.hpp"

namespace otklik::report {

// The last day of a period: 2026-Q3 -> 2026-09-30, 2026-07 -> 2026-07-31.
std::chrono::sys_days period_end(const model::Period& period);

// The end of the data's last period; 2000-01-01 when there are no periods
// (libxlsxwriter reads 0 as "now", so some fixed date is needed).
std::chrono::sys_days data_date(const model::Dataset& data);

// Midnight UTC of the day, for lxw_doc_properties::created.
std::time_t to_time_t(std::chrono::sys_days day);

// "2026-09-30".
std::string iso_date(std::chrono::sys_days day);

// "2025-Q1 – 2026-Q4", or the one label, or "" without periods.
std::string period_range(const model::Dataset& data);

}  // namespace otklik::report
