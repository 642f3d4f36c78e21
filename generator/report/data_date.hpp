#pragma once
// Dates and ranges a workbook is stamped with, from the data's own date.
#include <chrono>
#include <ctime>
#include <string>

#include "model/data_date.hpp"
#include "model/dataset.hpp"

namespace otklik::report {

using model::data_date;
using model::iso_date;
using model::period_end;

// Midnight UTC of the day, for lxw_doc_properties::created.
std::time_t to_time_t(std::chrono::sys_days day);

// "2025-Q1 – 2026-Q4", or the one label, or "" without periods.
std::string period_range(const model::Dataset& data);

}  // namespace otklik::report
