#include "ingest/postgres_tables.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/Statement.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

#include "ingest/input_error.hpp"
#include "ingest/postgres_rows.hpp"
#include "ingest/postgres_sql.hpp"

namespace otklik::ingest {

using namespace Poco::Data::Keywords;

Poco::Data::Session connect_postgres(const PostgresUrl& url) {
  static std::once_flag registered;
  std::call_once(registered, [] { Poco::Data::PostgreSQL::Connector::registerConnector(); });
  const std::string info = connection_string(url);
  // Poco's connector cannot quote a value, so the password reaches libpq
  // through its environment variable, and never appears in a message.
  if (const std::string password = param(url, "password"); !password.empty())
    ::setenv("PGPASSWORD", password.c_str(), 1);
  try {
    return Poco::Data::Session("postgresql", info);
  } catch (const Poco::Exception& e) {
    throw std::runtime_error("cannot connect to " + url.display + ": " + driver_reason(e, url) +
                             "; is the server running and the database created? Then " + kLoadHint);
  }
}

PostgresTables::PostgresTables(const PostgresUrl& url)
    : url_(url), session_(connect_postgres(url_)) {
  std::vector<std::string> tables, columns, names, rows, sums;
  try {
    // One snapshot for every table: what a concurrent load commits is not seen.
    session_ << "START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", now;
    session_ << catalog_query(), into(tables), into(columns), now;
  } catch (const Poco::Exception& e) {
    fail_reading("the list of tables", e, url_);
  }
  for (std::size_t i = 0; i < tables.size(); ++i) columns_[tables[i]].push_back(columns[i]);
  if (!columns_.count(std::string(kInputsTable)))
    throw std::runtime_error("no otklik tables in " + url_.display + " (" +
                             std::string(kInputsTable) + " not found); " + kLoadHint);
  try {
    session_ << inputs_query(), into(names), into(rows), into(sums), now;
  } catch (const Poco::Exception& e) {
    fail_reading(std::string(kInputsTable), e, url_);
  }
  for (std::size_t i = 0; i < names.size(); ++i)
    inputs_[names[i]] = {names[i], whole_number(rows[i]), sums[i]};
}

PostgresTables::~PostgresTables() {
  try {
    session_ << "COMMIT", now;  // read only: ends the snapshot
  } catch (...) {
  }
}

bool PostgresTables::has(const std::string& name) const {
  return columns_.count(table_of(name)) != 0;
}

std::unique_ptr<RowSource> PostgresTables::open(const std::string& name, std::string_view sum) {
  const std::string table = table_of(name);
  const auto found = columns_.find(table);
  if (found == columns_.end())
    throw InputError({"table " + table, 0, 0},
                     "required table not found in " + url_.display + "; " + kLoadHint);
  std::vector<std::string> header = found->second;
  const auto line = std::find(header.begin(), header.end(), "line");
  if (line == header.end())
    throw InputError({"table " + table, 0, 0},
                     "no column \"line\" (each row's line in the file, which keeps the file's "
                     "order); " +
                         std::string(kLoadHint));
  header.erase(line);
  const auto input = inputs_.find(name);
  auto rows = std::make_unique<PostgresRows>(
      session_, url_, "otklik_rows_" + std::to_string(++cursors_), table, header,
      input == inputs_.end() ? nullptr : &input->second);
  const bool summed = !sum.empty() && std::find(header.begin(), header.end(), sum) != header.end();
  if (summed)
    rows->run(unsummable_row_query(table, header, sum), summed_rows_query(table, header, sum),
              true);
  else
    rows->run({}, rows_query(table, header), false);
  return rows;
}

}  // namespace otklik::ingest
