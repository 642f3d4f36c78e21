#include "model/period.hpp"

#include <array>
#include <charconv>

namespace otklik::model {
namespace {

std::optional<int> parse_int(std::string_view text) {
  int value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Period> Period::parse(std::string_view text) {
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  auto year = parse_int(text.substr(0, 4));
  if (!year || *year < 1900 || *year > 2999) return std::nullopt;
  Period p;
  p.year = *year;
  if (text.size() == 7 && text[5] == 'Q') {
    auto q = parse_int(text.substr(6, 1));
    if (!q || *q < 1 || *q > 4) return std::nullopt;
    p.quarter = *q;
    return p;
  }
  if (text.size() == 7) {
    auto m = parse_int(text.substr(5, 2));
    if (!m || *m < 1 || *m > 12) return std::nullopt;
    p.month = *m;
    return p;
  }
  return std::nullopt;
}

Period Period::next() const {
  Period p = *this;
  int& step = quarter != 0 ? p.quarter : p.month;
  const int last = quarter != 0 ? 4 : 12;
  if (++step > last) {
    step = 1;
    ++p.year;
  }
  return p;
}

std::string Period::label() const {
  std::string y = std::to_string(year);
  if (quarter != 0) return y + "-Q" + std::to_string(quarter);
  return y + (month < 10 ? "-0" : "-") + std::to_string(month);
}

std::string Period::russian_label() const {
  static constexpr std::array<std::string_view, 4> kRoman = {"I", "II", "III", "IV"};
  static constexpr std::array<std::string_view, 12> kMonths = {
      "январь", "февраль", "март",     "апрель",  "май",    "июнь",
      "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};
  std::string y = std::to_string(year) + "\u00a0г.";
  if (quarter != 0) return std::string(kRoman[quarter - 1]) + "\u00a0квартал " + y;
  return std::string(kMonths[month - 1]) + " " + y;
}

}  // namespace otklik::model
