#pragma once
// A CSV file read against its column contract: required and optional columns
// found by name in the header, and typed fields that throw located errors.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/csv_reader.hpp"
#include "ingest/load_dataset.hpp"

namespace otklik::ingest {

class CsvTable {
 public:
  // Checks the header: a missing required column is an error on line 1; an
  // unknown column is a warning.
  CsvTable(CsvReader& reader, std::vector<std::string> required, std::vector<std::string> optional,
           const WarningSink& warn);

  bool next();  // advances to the next record; checks its field count
  std::size_t line() const { return record_.line; }

  // Raw text of a column of the current record; "" for an absent optional column.
  std::string_view text(std::string_view column) const;
  // Non-empty text of a required-valued column.
  std::string required_text(std::string_view column) const;
  uint64_t count(std::string_view column) const;  // whole number >= 0
  double decimal(std::string_view column) const;  // >= 0, decimal comma allowed with `;`
  bool flag(std::string_view column) const;       // 0 or 1
  [[noreturn]] void fail(std::string_view column, const std::string& message) const;

 private:
  std::optional<std::size_t> index(std::string_view column) const;

  CsvReader& reader_;
  std::unordered_map<std::string, std::size_t> columns_;
  CsvRecord record_;
};

}  // namespace otklik::ingest
