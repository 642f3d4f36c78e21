#include "ingest/csv_table.hpp"

#include <algorithm>
#include <charconv>

#include "ingest/input_error.hpp"

namespace otklik::ingest {

CsvTable::CsvTable(CsvReader& reader, std::vector<std::string> required,
                   std::vector<std::string> optional, const WarningSink& warn)
    : reader_(reader) {
  const auto& header = reader.header();
  for (std::size_t i = 0; i < header.size(); ++i) columns_.emplace(header[i], i);
  std::string found;
  for (const auto& name : header) found += (found.empty() ? "" : ", ") + name;
  for (const auto& name : required)
    if (!columns_.count(name))
      throw InputError({reader.display(), 1, 0}, "required column \"" + name +
                                                     "\" is missing (found: " + found +
                                                     "); see docs/data-format.md");
  for (std::size_t i = 0; i < header.size(); ++i) {
    const bool known = std::find(required.begin(), required.end(), header[i]) != required.end() ||
                       std::find(optional.begin(), optional.end(), header[i]) != optional.end();
    if (!known && warn)
      warn(format_warning({reader.display(), 1, i + 1},
                          "unknown column \"" + header[i] + "\" is ignored"));
  }
}

bool CsvTable::next() {
  if (!reader_.next(record_)) return false;
  if (record_.fields.size() != reader_.header().size())
    throw InputError({reader_.display(), record_.line, 0},
                     "expected " + std::to_string(reader_.header().size()) +
                         " fields as in the header, found " +
                         std::to_string(record_.fields.size()) +
                         "; quote a value that contains the delimiter \"" +
                         std::string(1, reader_.delimiter()) + "\"");
  return true;
}

std::optional<std::size_t> CsvTable::index(std::string_view column) const {
  auto it = columns_.find(std::string(column));
  if (it == columns_.end()) return std::nullopt;
  return it->second;
}

void CsvTable::fail(std::string_view column, const std::string& message) const {
  const auto i = index(column);
  throw InputError({reader_.display(), record_.line, i ? *i + 1 : 0},
                   "column \"" + std::string(column) + "\": " + message);
}

std::string_view CsvTable::text(std::string_view column) const {
  const auto i = index(column);
  return i ? std::string_view(record_.fields[*i]) : std::string_view();
}

std::string CsvTable::required_text(std::string_view column) const {
  std::string_view value = text(column);
  if (value.empty()) fail(column, "a value is required");
  return std::string(value);
}

uint64_t CsvTable::count(std::string_view column) const {
  std::string_view value = text(column);
  if (!value.empty() && value.front() == '-')
    fail(column, "a count must be 0 or more, found \"" + std::string(value) + "\"");
  uint64_t n = 0;
  const char* end = value.data() + value.size();
  auto [ptr, ec] = std::from_chars(value.data(), end, n);
  if (value.empty() || ec != std::errc{} || ptr != end)
    fail(column, "expected a non-negative whole number, found \"" + std::string(value) + "\"");
  return n;
}

double CsvTable::decimal(std::string_view column) const {
  std::string value(text(column));
  if (reader_.delimiter() == ';')
    for (char& c : value)
      if (c == ',') c = '.';
  double x = 0;
  const char* end = value.data() + value.size();
  auto [ptr, ec] = std::from_chars(value.data(), end, x);
  if (value.empty() || ec != std::errc{} || ptr != end || x < 0)
    fail(column,
         "expected a non-negative number such as 3.5, found \"" + std::string(text(column)) + "\"");
  return x;
}

bool CsvTable::flag(std::string_view column) const {
  std::string_view value = text(column);
  if (value == "1") return true;
  if (value == "0") return false;
  fail(column, "expected 0 or 1, found \"" + std::string(value) + "\"");
}

}  // namespace otklik::ingest
