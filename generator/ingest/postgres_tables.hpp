#pragma once
// The input files from PostgreSQL tables that `otklik load` wrote (or any
// tables of the same shape): one table per file of input contract v1, named
// as the file without ".csv", with the file's columns and a column "line"
// that keeps each row's line in the file. Read through Poco::Data in one
// read-only snapshot, so a load running meanwhile is seen whole or not at all.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "ingest/postgres_url.hpp"
#include "ingest/row_source.hpp"

namespace otklik::ingest {

class PostgresTables : public InputTables {
 public:
  // Connects and reads the catalog and otklik_inputs. Throws
  // std::runtime_error ("cannot connect to postgresql://…: reason; …") when
  // the server cannot be reached or the tables were never loaded.
  explicit PostgresTables(const PostgresUrl& url);
  ~PostgresTables() override;

  bool has(const std::string& name) const override;
  // Rows in file order; with `sum`, grouped and summed by the database.
  std::unique_ptr<RowSource> open(const std::string& name, std::string_view sum = {}) override;

 private:
  PostgresUrl url_;
  Poco::Data::Session session_;
  std::map<std::string, std::vector<std::string>> columns_;  // table -> columns in order
  std::map<std::string, model::InputFile> inputs_;           // otklik_inputs by file name
  int cursors_ = 0;
};

// Opens a Poco::Data session; the error names the URL without its password.
Poco::Data::Session connect_postgres(const PostgresUrl& url);

}  // namespace otklik::ingest
