#include "ingest/postgres_rows.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "ingest/input_error.hpp"
#include "ingest/postgres_sql.hpp"

namespace otklik::ingest {
namespace {

using namespace Poco::Data::Keywords;

// Rows per FETCH: enough that round trips do not count, few enough that a
// batch of the national survey stays a few megabytes.
constexpr std::size_t kBatch = 20000;

}  // namespace

std::string driver_reason(const Poco::Exception& e, const PostgresUrl& url) {
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

void fail_reading(const std::string& what, const Poco::Exception& e, const PostgresUrl& url) {
  throw std::runtime_error("cannot read " + what + " from " + url.display + ": " +
                           driver_reason(e, url));
}

uint64_t whole_number(const std::string& text) {
  uint64_t n = 0;
  std::from_chars(text.data(), text.data() + text.size(), n);
  return n;
}

PostgresRows::PostgresRows(Poco::Data::Session& session, const PostgresUrl& url, std::string cursor,
                           const std::string& table, std::vector<std::string> header,
                           const model::InputFile* input)
    : session_(session),
      url_(url),
      cursor_(std::move(cursor)),
      display_("table " + table),
      header_(std::move(header)),
      input_(input) {}

PostgresRows::~PostgresRows() {
  try {
    if (open_) session_ << "CLOSE " + cursor_, now;
  } catch (...) {  // the session is closed with the snapshot anyway
  }
}

void PostgresRows::run(const std::string& first, const std::string& query, bool counted) {
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

bool PostgresRows::next(CsvRecord& row) {
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

model::InputFile PostgresRows::finish(const std::string& name) {
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

void PostgresRows::declare(const std::string& query, bool counted) {
  counted_ = counted;
  session_ << "DECLARE " + cursor_ + " NO SCROLL CURSOR FOR " + query, now;
  open_ = true;
  columns_.assign(1 + header_.size() + (counted_ ? 1 : 0), {});
  fetch_ = std::make_unique<Poco::Data::Statement>(session_);
  *fetch_ << "FETCH FORWARD " + std::to_string(kBatch) + " FROM " + cursor_;
  for (auto& column : columns_) fetch_->addExtract(into(column));
}

void PostgresRows::close() {
  fetch_.reset();
  session_ << "CLOSE " + cursor_, now;
  open_ = false;
}

bool PostgresRows::fetch() {
  for (auto& column : columns_) column.clear();
  fetch_->execute();
  at_ = 0;
  size_ = columns_.front().size();
  return size_ > 0;
}

// Moves row r of the batch into `row`: its "line", then the header's fields.
void PostgresRows::take(std::size_t r, CsvRecord& row) {
  row.line = whole_number(columns_[0][r]);
  row.fields.resize(header_.size());
  for (std::size_t f = 0; f < header_.size(); ++f) row.fields[f].swap(columns_[f + 1][r]);
}

}  // namespace otklik::ingest
