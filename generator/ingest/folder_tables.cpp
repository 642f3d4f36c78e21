#include "ingest/folder_tables.hpp"

#include "ingest/csv_table.hpp"
#include "ingest/input_error.hpp"

namespace otklik::ingest {
namespace fs = std::filesystem;

FolderTables::FolderTables(fs::path dir, CsvOptions csv)
    : dir_(std::move(dir)), csv_(std::move(csv)) {}

bool FolderTables::has(const std::string& name) const { return fs::is_regular_file(dir_ / name); }

std::unique_ptr<RowSource> FolderTables::open(const std::string& name, std::string_view) {
  const fs::path file = dir_ / name;
  if (!fs::is_regular_file(file))
    throw InputError({file.string(), 0, 0}, "required file not found; every data folder needs " +
                                                name +
                                                " (see docs/data-format.md for its columns)");
  return std::make_unique<CsvFileRows>(file, file.string(), csv_);
}

CsvFileRows::CsvFileRows(const fs::path& file, std::string display, const CsvOptions& options)
    : reader_(file, std::move(display), options) {}

bool CsvFileRows::next(CsvRecord& row) {
  if (!reader_.next(row)) return false;
  const std::size_t expected = reader_.header().size();
  const std::size_t found = row.fields.size();
  if (found != expected) {
    const std::string delimiter = in_quotes(std::string(1, reader_.delimiter()));
    throw InputError(
        {display(), row.line, 0},
        "expected " + std::to_string(expected) + " fields as in the header, found " +
            std::to_string(found) +
            (found > expected ? "; put a value that contains " + delimiter + " in double quotes"
                              : "; an empty value still needs its " + delimiter));
  }
  return true;
}

model::InputFile CsvFileRows::finish(const std::string& name) {
  const uint64_t rows = reader_.rows();
  return {name, rows, reader_.sha256()};
}

}  // namespace otklik::ingest
