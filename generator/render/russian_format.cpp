#include "render/russian_format.hpp"

#include <cmath>
#include <cstdio>

#include "metrics/star_level.hpp"

namespace otklik::render {
namespace {

std::string group_thousands(std::string digits) {
  if (digits.size() < 4) return digits;
  std::string out;
  const std::size_t head = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (i + 3 - head) % 3 == 0) out += kNbsp;
    out += digits[i];
  }
  return out;
}

// Sign, grouped integer part and ",d"; the value is already rounded to one decimal.
std::string write_rounded(double rounded, bool drop_zero_decimal) {
  if (rounded == 0) rounded = 0;  // -0.0 would print as "−0,0"
  const bool negative = rounded < 0;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::fabs(rounded));
  const std::string text(buffer);
  const std::size_t dot = text.find('.');
  std::string out = negative ? std::string(kMinus) : std::string();
  out += group_thousands(text.substr(0, dot));
  const std::string decimal = text.substr(dot + 1);
  if (!(drop_zero_decimal && decimal == "0")) out += "," + decimal;
  return out;
}

}  // namespace

std::string format_count(uint64_t n) { return group_thousands(std::to_string(n)); }

std::string format_decimal(double value) {
  const double rounded = metrics::round_one_decimal(value);
  return write_rounded(rounded, std::fabs(rounded) == 100.0);
}

std::string format_threshold(double value) {
  return write_rounded(metrics::round_one_decimal(value), true);
}

std::string format_percent(double value) {
  return format_decimal(value) + std::string(kNbsp) + "%";
}

std::string format_value(double value, metrics::Unit unit) {
  switch (unit) {
    case metrics::Unit::Percent:
      return format_percent(value);
    case metrics::Unit::Count:
      return format_count(static_cast<uint64_t>(std::llround(value)));
    case metrics::Unit::Hours:
      return format_decimal(value) + std::string(kNbsp) + "ч";
    case metrics::Unit::Level:
      return star_text(static_cast<int>(value));
    case metrics::Unit::Points:
      break;
  }
  return format_decimal(value);
}

std::string format_change(const metrics::Change& change, metrics::Unit unit,
                          metrics::Better better) {
  const double shown = metrics::round_one_decimal(change.difference);
  if (shown == 0) return "без изменений";
  std::string amount = format_decimal(std::fabs(change.difference));
  switch (unit) {
    case metrics::Unit::Percent:
      amount += std::string(kNbsp) + "п." + std::string(kNbsp) + "п.";
      break;
    case metrics::Unit::Points:
      amount += std::string(kNbsp) + "пункта";
      break;
    case metrics::Unit::Count:
      amount = format_count(static_cast<uint64_t>(std::llround(std::fabs(change.difference))));
      break;
    case metrics::Unit::Hours:
      amount += std::string(kNbsp) + "ч";
      break;
    case metrics::Unit::Level:
      amount =
          std::to_string(std::llround(std::fabs(change.difference))) + std::string(kNbsp) + "ур.";
      break;
  }
  const bool up = change.difference > 0;
  std::string text = (up ? "рост на " : "снижение на ") + amount;
  const bool real = !change.tested || change.significant;
  if (change.tested)
    text += change.significant ? ", статистически значимо" : ", в пределах случайных колебаний";
  if (real && better != metrics::Better::Neither)
    text += (up == (better == metrics::Better::Higher)) ? " (улучшение)" : " (ухудшение)";
  return text;
}

std::string change_arrow(const metrics::Change& change) {
  const double shown = metrics::round_one_decimal(change.difference);
  return shown > 0 ? "▲" : shown < 0 ? "▼" : "=";
}

std::string counted_text(uint64_t n, const metrics::Noun& noun) {
  return format_count(n) + std::string(kNbsp) +
         std::string(plural_form(n, noun.one, noun.few, noun.many));
}

std::string format_interval(const metrics::Interval& interval, metrics::Unit unit) {
  std::string text = "от " + format_decimal(interval.low) + " до " + format_decimal(interval.high);
  if (unit == metrics::Unit::Percent) text += std::string(kNbsp) + "%";
  return text;
}

std::string_view plural_form(uint64_t n, std::string_view one, std::string_view few,
                             std::string_view many) {
  const uint64_t last_two = n % 100;
  const uint64_t last = n % 10;
  if (last_two >= 11 && last_two <= 14) return many;
  if (last == 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

std::string answers_text(uint64_t n) { return counted_text(n, {"ответ", "ответа", "ответов"}); }

std::string fewer_than_answers_text(uint64_t n) {
  // Genitive: singular only where the nominative is singular (21 ответ → менее 21 ответа).
  return "менее " + format_count(n) + std::string(kNbsp) +
         std::string(plural_form(n, "ответа", "ответов", "ответов"));
}

std::string star_text(int level) {
  if (level <= 0) return "уровень не достигнут";
  return std::to_string(level) + " из 5";
}

std::string star_symbols(int level) {
  std::string out;
  for (int i = 1; i <= 5; ++i) out += i <= level ? "★" : "☆";
  return out;
}

std::string format_date(std::chrono::sys_days day) {
  static constexpr std::string_view kGenitive[] = {"января",   "февраля", "марта",  "апреля",
                                                   "мая",      "июня",    "июля",   "августа",
                                                   "сентября", "октября", "ноября", "декабря"};
  const std::chrono::year_month_day ymd{day};
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
         std::string(kGenitive[static_cast<unsigned>(ymd.month()) - 1]) + " " +
         std::to_string(static_cast<int>(ymd.year())) + std::string(kNbsp) + "г.";
}

}  // namespace otklik::render
