#pragma once
// The input files from a data folder of CSV files.
#include <filesystem>
#include <memory>
#include <string>

#include "ingest/csv_reader.hpp"
#include "ingest/row_source.hpp"

namespace otklik::ingest {

class FolderTables : public InputTables {
 public:
  FolderTables(std::filesystem::path dir, CsvOptions csv);

  bool has(const std::string& name) const override;
  // Every row as the file has it: the survey is summed by the reader.
  std::unique_ptr<RowSource> open(const std::string& name, std::string_view sum = {}) override;

 private:
  std::filesystem::path dir_;
  CsvOptions csv_;
};

// A CSV file's records as rows: a record with more or fewer fields than the
// header is an error at its line.
class CsvFileRows : public RowSource {
 public:
  CsvFileRows(const std::filesystem::path& file, std::string display, const CsvOptions& options);

  const std::string& display() const override { return reader_.display(); }
  const std::vector<std::string>& header() const override { return reader_.header(); }
  std::size_t header_line() const override { return 1; }
  bool next(CsvRecord& row) override;
  bool decimal_comma() const override { return reader_.delimiter() == ';'; }
  model::InputFile finish(const std::string& name) override;

  CsvReader& reader() { return reader_; }

 private:
  CsvReader reader_;
};

}  // namespace otklik::ingest
