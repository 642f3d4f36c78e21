#pragma once
// Writes a data folder into PostgreSQL tables that the PostgreSQL source
// (ingest/postgres_tables.hpp) reads back into the same Dataset.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "ingest/csv_reader.hpp"
#include "ingest/postgres_url.hpp"
#include "model/dataset.hpp"

namespace otklik::cli {

struct LoadSummary {
  std::size_t tables = 0;  // input files written, otklik_inputs not counted
  uint64_t rows = 0;       // their data rows
};

class PostgresConnection;

class PostgresLoader {
 public:
  // Connects first, so an unreachable server fails before the folder is
  // read. Throws std::runtime_error naming the URL without its password.
  explicit PostgresLoader(const ingest::PostgresUrl& url);
  ~PostgresLoader();

  // In one transaction: drops the table of every file of input contract v1,
  // creates one per file the folder has (its header's columns as text, and
  // "line"), copies the rows, and records `inputs` (the rows and SHA-256 of
  // each file, from ingest::load_dataset over the same folder) in
  // otklik_inputs. Nothing is changed unless every table is written.
  LoadSummary load(const std::filesystem::path& dir, const ingest::CsvOptions& csv,
                   const std::vector<model::InputFile>& inputs);

 private:
  std::unique_ptr<PostgresConnection> db_;
};

}  // namespace otklik::cli
