#pragma once
// An input table read against its column contract: required and optional
// columns found by name in the header, and typed fields that throw located
// errors. The rows come from a CSV file or a database table (RowSource).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/load_dataset.hpp"
#include "ingest/row_source.hpp"

namespace otklik::ingest {

class CsvTable {
 public:
  // A column looked up once in the header, so reading a field of each of
  // millions of rows is an index, not a name search.
  struct Column {
    std::string_view name;
    std::size_t index = kAbsent;  // field index; kAbsent for an optional column not in the file
  };
  static constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);

  // Checks the header: a missing required column or a column named twice is
  // an error on the header's line; an unknown column is a warning.
  CsvTable(RowSource& rows, const std::vector<std::string>& required,
           const std::vector<std::string>& optional, const WarningSink& warn);

  Column column(std::string_view name) const;

  bool next();  // advances to the next row
  std::size_t line() const { return record_.line; }
  const std::string& display() const { return rows_.display(); }

  // Raw text of a field of the current record; "" for an absent optional column.
  std::string_view text(const Column& column) const;
  // Non-empty text.
  std::string required_text(const Column& column) const;
  uint64_t count(const Column& column) const;  // whole number >= 0
  double decimal(const Column& column) const;  // finite, >= 0; decimal comma allowed with `;`
  bool flag(const Column& column) const;       // 0 or 1
  // Throws an InputError at the current record and the column's field.
  [[noreturn]] void fail(const Column& column, const std::string& message) const;

  // The same by name, for files small enough that the lookup does not matter.
  std::string_view text(std::string_view name) const { return text(column(name)); }
  std::string required_text(std::string_view name) const { return required_text(column(name)); }
  uint64_t count(std::string_view name) const { return count(column(name)); }
  double decimal(std::string_view name) const { return decimal(column(name)); }
  bool flag(std::string_view name) const { return flag(column(name)); }
  [[noreturn]] void fail(std::string_view name, const std::string& message) const {
    fail(column(name), message);
  }

 private:
  RowSource& rows_;
  CsvRecord record_;
};

// `text` in double quotes, for messages.
std::string in_quotes(std::string_view text);

}  // namespace otklik::ingest
