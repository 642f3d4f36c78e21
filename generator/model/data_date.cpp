#include "model/data_date.hpp"

#include <cstdio>

namespace otklik::model {

std::chrono::sys_days period_end(const Period& period) {
  using namespace std::chrono;
  const int month = period.quarter != 0 ? period.quarter * 3 : period.month;
  return sys_days{year{period.year} / std::chrono::month{static_cast<unsigned>(month)} / last};
}

std::chrono::sys_days data_date(const Dataset& data) {
  using namespace std::chrono;
  if (data.periods.empty()) return sys_days{year{2000} / January / 1};
  return period_end(data.periods.back());
}

std::string iso_date(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

}  // namespace otklik::model
