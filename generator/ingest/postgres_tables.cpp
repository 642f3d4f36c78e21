#include "ingest/postgres_tables.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/Statement.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

#include "ingest/input_error.hpp"
#include "ingest/postgres_sql.hpp"

namespace otklik::ingest {
namespace {

using namespace Poco::Data::Keywords;

// Rows per FETCH: enough that round trips do not count, few enough that a
// batch of the national survey stays a few megabytes.
constexpr std::size_t kBatch = 20000;

const char* const kLoadHint = "load it with `otklik load --data DIR --target URL`";

// The driver's message on one line, without the URL's secrets.
std::string reason(const Poco::Exception& e, const PostgresUrl& url) {
  std::string text = e.message().empty() ? e.displayText() : e.message();
  // Poco prefixes libpq's text with its own words.
  for (const char* prefix : {"Connection Error: ", "[PostgreSQL]: "})
    if (const auto at = text.find(prefix); at != std::string::npos)
      text = text.substr(at + std::string(prefix).size());
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\t', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return without_secrets(text, url);
}

[[noreturn]] void fail_reading(const std::string& what, const Poco::Exception& e,
                               const PostgresUrl& url) {
  throw std::runtime_error("cannot read " + what + " from " + url.display + ": " + reason(e, url));
}

uint64_t whole_number(const std::string& text) {
  uint64_t n = 0;
  std::from_chars(text.data(), text.data() + text.size(), n);
  return n;
}

// One table's rows streamed through a server-side cursor, a batch at a time:
// memory holds one batch, whatever the table's size.
class PostgresRows : public RowSource {
 public:
  PostgresRows(Poco::Data::Session& session, const PostgresUrl& url, std::string cursor,
               std::string table, std::vector<std::string> header, const model::InputFile* input)
      : session_(session),
        url_(url),
        cursor_(std::move(cursor)),
        table_(std::move(table)),
        display_("table " + table_),
        header_(std::move(header)),
        input_(input) {}

  ~PostgresRows() override {
    try {
      if (open_) session_ << "CLOSE " + cursor_, now;
    } catch (...) {  // the session is closed with the snapshot anyway
    }
  }

  // Queues the rows of `first` (a row the database cannot sum, for the
  // reader to report at its line), then streams those of `query`; `counted`:
  // its last column is the number of rows each row stands for.
  void run(const std::string& first, const std::string& query, bool counted) {
    try {
      if (!first.empty()) {
        declare(first, false);
        while (fetch())
          for (std::size_t r = 0; r < size_; ++r) take(r, pending_.emplace_back());
        close();
      }
      declare(query, counted);
    } catch (const Poco::Exception& e) {
      fail_reading(display_, e, url_);
    }
  }

  const std::string& display() const override { return display_; }
  const std::vector<std::string>& header() const override { return header_; }
  std::size_t header_line() const override { return 0; }
  bool decimal_comma() const override { return true; }  // no delimiter to clash with

  bool next(CsvRecord& row) override {
    if (!pending_.empty()) {
      row = std::move(pending_.front());
      pending_.erase(pending_.begin());
      ++rows_;
      return true;
    }
    if (at_ == size_) {
      try {
        if (!fetch()) return false;
      } catch (const Poco::Exception& e) {
        fail_reading(display_, e, url_);
      }
    }
    rows_ += counted_ ? whole_number(columns_.back()[at_]) : 1;
    take(at_++, row);
    return true;
  }

  model::InputFile finish(const std::string& name) override {
    if (!input_)
      throw InputError({display_, 0, 0},
                       std::string(kInputsTable) + " has no row for " + name + "; " + kLoadHint);
    if (input_->rows != rows_)
      throw InputError(
          {display_, 0, 0},
          "the table has " + std::to_string(rows_) + " rows, but " + std::string(kInputsTable) +
              " says " + name + " had " + std::to_string(input_->rows) +
              " when it was loaded; the table was changed since: " + kLoadHint + " again");
    return *input_;
  }

 private:
  void declare(const std::string& query, bool counted) {
    counted_ = counted;
    session_ << "DECLARE " + cursor_ + " NO SCROLL CURSOR FOR " + query, now;
    open_ = true;
    const std::size_t fields = 1 + header_.size() + (counted_ ? 1 : 0);
    columns_.assign(fields, {});
    fetch_ = std::make_unique<Poco::Data::Statement>(session_);
    *fetch_ << "FETCH FORWARD " + std::to_string(kBatch) + " FROM " + cursor_;
    for (auto& column : columns_) fetch_->addExtract(into(column));
  }

  void close() {
    fetch_.reset();
    session_ << "CLOSE " + cursor_, now;
    open_ = false;
  }

  bool fetch() {
    for (auto& column : columns_) column.clear();
    fetch_->execute();
    at_ = 0;
    size_ = columns_.front().size();
    return size_ > 0;
  }

  // Moves row r of the batch into `row`: its "line", then the header's fields.
  void take(std::size_t r, CsvRecord& row) {
    row.line = whole_number(columns_[0][r]);
    row.fields.resize(header_.size());
    for (std::size_t f = 0; f < header_.size(); ++f) row.fields[f].swap(columns_[f + 1][r]);
  }

  Poco::Data::Session& session_;
  const PostgresUrl& url_;
  std::string cursor_;
  std::string table_;
  std::string display_;
  std::vector<std::string> header_;
  const model::InputFile* input_;
  bool counted_ = false;
  bool open_ = false;
  std::unique_ptr<Poco::Data::Statement> fetch_;
  std::vector<std::vector<std::string>> columns_;  // one batch, column by column
  std::size_t at_ = 0, size_ = 0;
  std::vector<CsvRecord> pending_;
  uint64_t rows_ = 0;
};

}  // namespace

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
    throw std::runtime_error("cannot connect to " + url.display + ": " + reason(e, url) +
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
