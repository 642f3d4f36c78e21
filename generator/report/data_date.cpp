#include "report/data_date.hpp"

namespace otklik::report {

std::time_t to_time_t(std::chrono::sys_days day) {
  return std::chrono::system_clock::to_time_t(std::chrono::sys_seconds{day});
}

std::string period_range(const model::Dataset& data) {
  if (data.periods.empty()) return "";
  const std::string first = data.periods.front().label();
  const std::string last = data.periods.back().label();
  return first == last ? first : first + " – " + last;
}

}  // namespace otklik::report
