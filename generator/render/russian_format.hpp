#pragma once
// Numbers, plurals and star levels as a Russian reader expects them:
// "85,3 %" with a non-breaking space, "12 345", "−12,5", «21 ответ».
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "metrics/definitions.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/measurement.hpp"

namespace otklik::render {

inline constexpr std::string_view kNbsp = "\u00a0";
inline constexpr std::string_view kMinus = "\u2212";  // typographic minus, not a hyphen

// Whole number with non-breaking spaces between thousands: "1 234 567".
std::string format_count(uint64_t n);
// One decimal after rounding half up as the star levels do, decimal comma,
// thousands grouped: "85,3", "−12,5", "0,0". The ends of the scales, ±100,
// are written whole ("100"), as the standard's tables write them.
std::string format_decimal(double value);
// Like format_decimal, but a whole number drops ",0": thresholds "от 90,1 до 100".
std::string format_threshold(double value);
// "85,3 %" (U+00A0 before the sign).
std::string format_percent(double value);
// A value in its unit: "85,3 %" or "−12,5" for NPS points.
std::string format_value(double value, metrics::Unit unit);
// The change against the previous period in words, never by colour or arrow
// alone: «рост на 2,3 п. п., статистически значимо (улучшение)»,
// «снижение на 0,4 п. п., в пределах случайных колебаний», «без изменений».
std::string format_change(const metrics::Change& change, metrics::Unit unit,
                          metrics::Better better);
// "▲", "▼" or "=", a decoration beside the words.
std::string change_arrow(const metrics::Change& change);
// "1 234 обращения": a count with the noun of what it counts.
std::string counted_text(uint64_t n, const metrics::Noun& noun);
// "от 82,1 до 88,0 %" / "от −15,2 до −9,8".
std::string format_interval(const metrics::Interval& interval, metrics::Unit unit);

// The Russian plural form for n: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 11–14, 111).
std::string_view plural_form(uint64_t n, std::string_view one, std::string_view few,
                             std::string_view many);
// "1 234 ответа".
std::string answers_text(uint64_t n);
// "менее 10 ответов", "менее 21 ответа" (genitive after «менее»).
std::string fewer_than_answers_text(uint64_t n);

// "30 сентября 2026 г.": day, month in the genitive, year.
std::string format_date(std::chrono::sys_days day);

// «4 из 5», or «уровень не достигнут» for level 0.
std::string star_text(int level);
// "★★★★☆": filled stars for the level, empty for the rest (decoration only).
std::string star_symbols(int level);

}  // namespace otklik::render
