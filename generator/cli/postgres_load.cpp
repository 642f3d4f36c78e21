// COPY goes through libpq itself: Poco::Data has no COPY, and its INSERT
// with vectors bound runs once per row, about 20 times slower (200 000
// survey rows: 0.46 s against 9.7 s; docs/postgres.md), which would be over
// 12 minutes for the 15.5 million rows of the national data set.
#include "cli/postgres_load.hpp"

#include <libpq-fe.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "ingest/load_context.hpp"
#include "ingest/postgres_sql.hpp"

namespace otklik::cli {
namespace fs = std::filesystem;
namespace {

// Bytes handed to libpq at a time.
constexpr std::size_t kCopyChunk = std::size_t{1} << 20;

std::string one_line(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  for (char& c : text)
    if (c == '\n' || c == '\t') c = ' ';
  return text;
}

}  // namespace

class PostgresConnection {
 public:
  explicit PostgresConnection(const ingest::PostgresUrl& url) : url_(url) {
    std::vector<const char*> keys, values;
    for (const auto& [key, value] : url.params) {
      keys.push_back(key.c_str());
      values.push_back(value.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    conn_ = PQconnectdbParams(keys.data(), values.data(), 0);
    if (PQstatus(conn_) != CONNECTION_OK)
      throw std::runtime_error("cannot connect to " + url.display + ": " + message() +
                               "; is the server running and the database created?");
    // DROP TABLE IF EXISTS notices are expected, not news for the user.
    PQsetNoticeProcessor(
        conn_, [](void*, const char*) {}, nullptr);
  }
  ~PostgresConnection() { PQfinish(conn_); }  // an open transaction is rolled back
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  void exec(const std::string& sql, const std::string& what) {
    std::unique_ptr<PGresult, void (*)(PGresult*)> result(PQexec(conn_, sql.c_str()), PQclear);
    const auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(what);
  }

  void copy_in(const std::string& sql, const std::string& what) {
    std::unique_ptr<PGresult, void (*)(PGresult*)> result(PQexec(conn_, sql.c_str()), PQclear);
    if (PQresultStatus(result.get()) != PGRES_COPY_IN) fail(what);
  }

  void put(const std::string& bytes, const std::string& what) {
    if (PQputCopyData(conn_, bytes.data(), static_cast<int>(bytes.size())) != 1) fail(what);
  }

  void end_copy(const std::string& what) {
    if (PQputCopyEnd(conn_, nullptr) != 1) fail(what);
    for (PGresult* r; (r = PQgetResult(conn_)) != nullptr;) {
      std::unique_ptr<PGresult, void (*)(PGresult*)> result(r, PQclear);
      if (PQresultStatus(r) != PGRES_COMMAND_OK) fail(what);
    }
  }

 private:
  std::string message() const {
    return ingest::without_secrets(one_line(PQerrorMessage(conn_)), url_);
  }
  [[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error("cannot write " + what + " into " + url_.display + ": " + message());
  }

  const ingest::PostgresUrl& url_;
  PGconn* conn_ = nullptr;
};

namespace {

// A field in COPY's text format: backslash escapes for the characters that
// separate fields and rows.
void append_copy_field(std::string& out, const std::string& field) {
  for (char c : field) switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
}

// The header's named columns: a column without a name is ignored by the
// reader (with a warning), and a table cannot have one.
std::vector<std::size_t> named_columns(const std::vector<std::string>& header) {
  std::vector<std::size_t> named;
  for (std::size_t i = 0; i < header.size(); ++i)
    if (!header[i].empty() && header[i] != "line") named.push_back(i);
  return named;
}

uint64_t copy_file(PostgresConnection& db, const fs::path& file, const std::string& name,
                   const ingest::CsvOptions& csv, const model::InputFile& checked) {
  const std::string table = ingest::table_of(name);
  const std::string what = "table " + table;
  ingest::CsvReader reader(file, file.string(), csv);
  const auto columns = named_columns(reader.header());
  std::string create =
      "CREATE TABLE " + ingest::quote_identifier(table) + " (\"line\" BIGINT NOT NULL";
  std::string list = "\"line\"";
  for (const std::size_t c : columns) {
    create += ", " + ingest::quote_identifier(reader.header()[c]) + " TEXT NOT NULL";
    list += ", " + ingest::quote_identifier(reader.header()[c]);
  }
  db.exec(create + ")", what);
  db.copy_in("COPY " + ingest::quote_identifier(table) + " (" + list + ") FROM STDIN", what);
  std::string buffer;
  ingest::CsvRecord record;
  while (reader.next(record)) {
    buffer += std::to_string(record.line);
    for (const std::size_t c : columns) {
      buffer += '\t';
      if (c < record.fields.size()) append_copy_field(buffer, record.fields[c]);
    }
    buffer += '\n';
    if (buffer.size() >= kCopyChunk) {
      db.put(buffer, what);
      buffer.clear();
    }
  }
  if (!buffer.empty()) db.put(buffer, what);
  db.end_copy(what);
  if (reader.sha256() != checked.sha256)
    throw std::runtime_error(file.string() + " changed while it was being loaded; load again");
  return reader.rows();
}

void write_inputs(PostgresConnection& db, const std::vector<model::InputFile>& inputs) {
  const std::string table = ingest::quote_identifier(ingest::kInputsTable);
  const std::string what = "table " + std::string(ingest::kInputsTable);
  db.exec("DROP TABLE IF EXISTS " + table, what);
  db.exec("CREATE TABLE " + table +
              " (\"name\" TEXT PRIMARY KEY, \"rows\" BIGINT NOT NULL, \"sha256\" TEXT NOT NULL)",
          what);
  db.copy_in("COPY " + table + " (\"name\", \"rows\", \"sha256\") FROM STDIN", what);
  std::string rows;
  for (const auto& input : inputs) {
    append_copy_field(rows, input.name);
    rows += '\t' + std::to_string(input.rows) + '\t' + input.sha256 + '\n';
  }
  db.put(rows, what);
  db.end_copy(what);
}

}  // namespace

PostgresLoader::PostgresLoader(const ingest::PostgresUrl& url)
    : db_(std::make_unique<PostgresConnection>(url)) {}

PostgresLoader::~PostgresLoader() = default;

LoadSummary PostgresLoader::load(const fs::path& dir, const ingest::CsvOptions& csv,
                                 const std::vector<model::InputFile>& inputs) {
  PostgresConnection& db = *db_;
  db.exec("BEGIN", "the tables");
  LoadSummary summary;
  std::vector<std::string> written;
  for (const std::string& name : ingest::input_file_order()) {
    const std::string table = ingest::table_of(name);
    db.exec("DROP TABLE IF EXISTS " + ingest::quote_identifier(table), "table " + table);
    for (const model::InputFile& input : inputs)
      if (input.name == name) {
        summary.rows += copy_file(db, dir / name, name, csv, input);
        written.push_back(ingest::quote_identifier(table));
      }
  }
  write_inputs(db, inputs);
  // Value statistics for the planner: how many groups the survey's GROUP BY
  // makes decides between a hash aggregate and a sort.
  for (const std::string& table : written) db.exec("ANALYZE " + table, "statistics of " + table);
  db.exec("COMMIT", "the tables");
  summary.tables = written.size();
  return summary;
}

}  // namespace otklik::cli
