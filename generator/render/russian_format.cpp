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
  return unit == metrics::Unit::Percent ? format_percent(value) : format_decimal(value);
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

std::string answers_text(uint64_t n) {
  return format_count(n) + std::string(kNbsp) +
         std::string(plural_form(n, "ответ", "ответа", "ответов"));
}

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

}  // namespace otklik::render
