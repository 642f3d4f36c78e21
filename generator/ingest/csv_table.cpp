#include "ingest/csv_table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "ingest/input_error.hpp"
#include "ingest/spelling.hpp"

namespace otklik::ingest {
namespace {

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string joined(const std::vector<std::string>& names, std::string_view separator) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : std::string(separator)) + name;
  return text;
}

void check_unique(const std::vector<std::string>& header, const std::string& file,
                  std::size_t line) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto first = std::find(header.begin(), header.end(), header[i]);
    const auto first_index = static_cast<std::size_t>(first - header.begin());
    if (first_index != i && !header[i].empty())
      throw InputError({file, line, i + 1},
                       "column " + in_quotes(header[i]) + " appears twice in the header (columns " +
                           std::to_string(first_index + 1) + " and " + std::to_string(i + 1) +
                           "); remove or rename one of them");
  }
}

// Names every missing column at once, with a guess at a misspelt one.
void check_required(const std::vector<std::string>& header,
                    const std::vector<std::string>& required,
                    const std::vector<std::string>& optional, const std::string& file,
                    std::size_t line) {
  std::vector<std::string> missing, names;
  for (const auto& name : required)
    if (!contains(header, name)) {
      missing.push_back(name);
      names.push_back(in_quotes(name));
    }
  if (missing.empty()) return;
  std::string message = missing.size() == 1
                            ? "required column " + names[0] + " is missing"
                            : "required columns " + joined(names, ", ") + " are missing";
  message += "; the header has: " + joined(header, ", ") + ".";
  for (const auto& name : header)
    if (!contains(required, name) && !contains(optional, name))
      if (const auto guess = closest_spelling(name, missing))
        message += " Is " + in_quotes(name) + " a misspelling of " + in_quotes(*guess) + "?";
  throw InputError({file, line, 0},
                   message + " Add the column or fix its name (see docs/data-format.md)");
}

void warn_unknown(const std::vector<std::string>& header, const std::vector<std::string>& required,
                  const std::vector<std::string>& optional, const std::string& file,
                  std::size_t line, const WarningSink& warn) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (contains(required, header[i]) || contains(optional, header[i])) continue;
    std::string message = header[i].empty()
                              ? "a column without a name is ignored"
                              : "unknown column " + in_quotes(header[i]) + " is ignored";
    if (const auto guess = closest_spelling(header[i], optional))
      message += "; did you mean " + in_quotes(*guess) + "?";
    warn(format_warning({file, line, i + 1}, message));
  }
}

}  // namespace

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

CsvTable::CsvTable(RowSource& rows, const std::vector<std::string>& required,
                   const std::vector<std::string>& optional, const WarningSink& warn)
    : rows_(rows) {
  const std::size_t line = rows.header_line();
  check_unique(rows.header(), display(), line);
  check_required(rows.header(), required, optional, display(), line);
  if (warn) warn_unknown(rows.header(), required, optional, display(), line, warn);
}

CsvTable::Column CsvTable::column(std::string_view name) const {
  const auto& header = rows_.header();
  const auto it = std::find(header.begin(), header.end(), name);
  return {name, it == header.end() ? kAbsent : static_cast<std::size_t>(it - header.begin())};
}

bool CsvTable::next() { return rows_.next(record_); }

void CsvTable::fail(const Column& column, const std::string& message) const {
  throw InputError({display(), record_.line, column.index == kAbsent ? 0 : column.index + 1},
                   "column " + in_quotes(column.name) + ": " + message);
}

std::string_view CsvTable::text(const Column& column) const {
  return column.index == kAbsent ? std::string_view()
                                 : std::string_view(record_.fields[column.index]);
}

std::string CsvTable::required_text(const Column& column) const {
  std::string_view value = text(column);
  if (value.empty()) fail(column, "a value is required here");
  return std::string(value);
}

uint64_t CsvTable::count(const Column& column) const {
  std::string_view value = text(column);
  uint64_t n = 0;
  const char* end = value.data() + value.size();
  const auto [ptr, ec] = std::from_chars(value.data(), end, n);
  if (!value.empty() && ec == std::errc{} && ptr == end) return n;
  if (value.size() > 1 && value.front() == '-' &&
      std::all_of(value.begin() + 1, value.end(), [](char c) { return c >= '0' && c <= '9'; }))
    fail(column, "a count must be ≥ 0, found " + in_quotes(value));
  fail(column, "expected a non-negative whole number, found " + in_quotes(value));
}

double CsvTable::decimal(const Column& column) const {
  std::string value(text(column));
  // Russian Excel writes 3,5 where the delimiter is `;`.
  if (rows_.decimal_comma()) std::replace(value.begin(), value.end(), ',', '.');
  double x = 0;
  const char* end = value.data() + value.size();
  const auto [ptr, ec] = std::from_chars(value.data(), end, x, std::chars_format::fixed);
  if (value.empty() || ec != std::errc{} || ptr != end || !std::isfinite(x) || x < 0)
    fail(column, std::string("expected a non-negative number such as ") +
                     (rows_.decimal_comma() ? "3,5" : "3.5") + ", found " +
                     in_quotes(text(column)));
  return x;
}

bool CsvTable::flag(const Column& column) const {
  std::string_view value = text(column);
  if (value == "1") return true;
  if (value == "0") return false;
  fail(column, "expected 0 or 1, found " + in_quotes(value));
}

}  // namespace otklik::ingest
