#pragma once
// The rows of one input table of contract v1, whether they come from a CSV
// file or from a database table: the reading code (CsvTable, LoadContext)
// checks and converts them the same way, with the same messages.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/csv_reader.hpp"
#include "model/dataset.hpp"

namespace otklik::ingest {

class RowSource {
 public:
  virtual ~RowSource() = default;

  // Names the file or table in errors: "data/survey.csv", "table survey".
  virtual const std::string& display() const = 0;
  // Column names, in the order of each row's fields.
  virtual const std::vector<std::string>& header() const = 0;
  // The line errors about a column name point at: 1 for a CSV file's header;
  // 0 for a table, whose columns have no line.
  virtual std::size_t header_line() const = 0;
  // The next row with as many fields as the header, and its line in the file
  // (a table keeps it in its column `line`); false at the end.
  virtual bool next(CsvRecord& row) = 0;
  // Whether a decimal may be written with a comma (3,5), as Russian Excel
  // does where the delimiter is `;`.
  virtual bool decimal_comma() const = 0;
  // The input's rows and checksum for Dataset::inputs, once every row was read.
  virtual model::InputFile finish(const std::string& name) = 0;
};

// Where the files of input contract v1 come from: a data folder or a database.
class InputTables {
 public:
  virtual ~InputTables() = default;

  // Whether the file (an optional one such as "regions.csv") is given.
  virtual bool has(const std::string& name) const = 0;
  // Opens the file's rows; a required file that is missing is an error. When
  // `sum` names a column, the source may return rows that are equal in every
  // other column merged into one, with `sum` added up (the survey: a database
  // does the GROUP BY); the reader adds up equal keys itself either way.
  virtual std::unique_ptr<RowSource> open(const std::string& name, std::string_view sum = {}) = 0;
};

}  // namespace otklik::ingest
