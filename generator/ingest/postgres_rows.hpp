#pragma once
// One table's rows from PostgreSQL, streamed through a server-side cursor a
// batch at a time (memory holds one batch, whatever the table's size), with
// the errors of the PostgreSQL source.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include "ingest/postgres_url.hpp"
#include "ingest/row_source.hpp"

namespace otklik::ingest {

// What to tell a user whose database lacks the tables.
inline constexpr const char* kLoadHint = "load it with `otklik load --data DIR --target URL`";

// The driver's message on one line, without the URL's secrets.
std::string driver_reason(const Poco::Exception& e, const PostgresUrl& url);
// Throws std::runtime_error "cannot read <what> from <url>: <reason>".
[[noreturn]] void fail_reading(const std::string& what, const Poco::Exception& e,
                               const PostgresUrl& url);
// A whole number the database wrote (a count, a line); 0 for anything else.
uint64_t whole_number(const std::string& text);

class PostgresRows : public RowSource {
 public:
  // `input`: the table's row of otklik_inputs, or null when it has none.
  PostgresRows(Poco::Data::Session& session, const PostgresUrl& url, std::string cursor,
               const std::string& table, std::vector<std::string> header,
               const model::InputFile* input);
  ~PostgresRows() override;

  // Queues the rows of `first` (a row the database cannot sum, for the
  // reader to report at its line), then streams those of `query`; `counted`:
  // its last column is the number of rows each row stands for.
  void run(const std::string& first, const std::string& query, bool counted);

  const std::string& display() const override { return display_; }
  const std::vector<std::string>& header() const override { return header_; }
  std::size_t header_line() const override { return 0; }
  bool decimal_comma() const override { return true; }  // no delimiter to clash with
  bool next(CsvRecord& row) override;
  // otklik_inputs' row; an error when the table's row count no longer matches it.
  model::InputFile finish(const std::string& name) override;

 private:
  void declare(const std::string& query, bool counted);
  void close();
  bool fetch();
  void take(std::size_t r, CsvRecord& row);

  Poco::Data::Session& session_;
  const PostgresUrl& url_;
  std::string cursor_;
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

}  // namespace otklik::ingest
