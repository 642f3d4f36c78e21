#include "report/open_data_records.hpp"

#include <Poco/JSONString.h>

#include <array>
#include <charconv>

namespace otklik::report {
namespace {

// A spreadsheet opening the CSV would run a cell starting with = + - @ (or a
// tab or CR before one) as a formula; a leading apostrophe keeps it text.
// Only text fields are touched: a negative number stays a number.
bool looks_like_formula(std::string_view s) {
  return !s.empty() &&
         (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r');
}

// Whether RFC 4180 needs the field in quotes. A plain loop: find_first_of
// calls memchr once per character, which showed in national profiles.
bool needs_quotes(std::string_view s) {
  for (const char c : s)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  return false;
}

void append_csv_text(std::string_view s, std::string& out) {
  const bool formula = looks_like_formula(s);
  const bool quoted = needs_quotes(s);
  if (!formula && !quoted) {
    out += s;
    return;
  }
  if (quoted) out += '"';
  if (formula) out += '\'';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  if (quoted) out += '"';
}

// Printable ASCII that JSON and Poco leave as it is: no quote, backslash or
// control character. Ids, periods and indicator keys are all of it, so they
// skip Poco's escaper and the string it returns (a test compares the two).
bool plain_json(std::string_view s) {
  for (const char c : s)
    if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') return false;
  return true;
}

void append_json_text(const std::string& s, std::string& out) {
  if (plain_json(s)) {
    out += '"';
    out += s;
    out += '"';
    return;
  }
  // Poco escapes the strings (RFC 8259); the structure is ours.
  out += Poco::toJSON(s, Poco::JSON_WRAP_STRINGS);
}

// Records are gathered into one buffer and handed to the stream in large
// pieces: national open data is tens of millions of records, and a stream
// call per field was a fifth of the time.
constexpr std::size_t kFlushAt = 1 << 20;

}  // namespace

std::vector<std::string> period_labels(const model::Dataset& data) {
  std::vector<std::string> labels;
  for (const model::Period& period : data.periods) labels.push_back(period.label());
  return labels;
}

void FieldValue::set_text(std::string_view value) {
  kind = Kind::Text;
  text.assign(value);
}

void FieldValue::set_bool(bool value) {
  kind = Kind::Literal;
  text.assign(value ? "true" : "false");
}

void FieldValue::set_integer(uint64_t value) {
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  kind = Kind::Literal;
  text.assign(buffer.data(), result.ptr);
}

void FieldValue::set_number(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  kind = Kind::Literal;
  text.assign(buffer.data(), result.ptr);
}

RecordWriter::RecordWriter(const std::vector<OpenDataField>& fields, RecordFormat format,
                           std::ostream& out)
    : fields_(fields), format_(format), out_(out) {
  buffer_.reserve(kFlushAt + 4096);
  if (format_ != RecordFormat::Csv) return;
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    if (i) buffer_ += ',';
    buffer_ += fields_[i].name;
  }
  buffer_ += '\n';
}

RecordWriter::~RecordWriter() { flush(); }

void RecordWriter::flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

void RecordWriter::record(const std::vector<FieldValue>& values) {
  if (format_ == RecordFormat::Csv) {
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (i) buffer_ += ',';
      if (values[i].kind == FieldValue::Kind::Text) append_csv_text(values[i].text, buffer_);
      if (values[i].kind == FieldValue::Kind::Literal) buffer_ += values[i].text;
    }
    buffer_ += '\n';
  } else {
    buffer_ += first_ ? "[\n{" : ",\n{";
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (i) buffer_ += ',';
      buffer_ += '"';
      buffer_ += fields_[i].name;
      buffer_ += "\":";
      switch (values[i].kind) {
        case FieldValue::Kind::Absent:
          buffer_ += "null";
          break;
        case FieldValue::Kind::Text:
          append_json_text(values[i].text, buffer_);
          break;
        case FieldValue::Kind::Literal:
          buffer_ += values[i].text;
          break;
      }
    }
    buffer_ += '}';
    first_ = false;
  }
  if (buffer_.size() >= kFlushAt) flush();
}

void RecordWriter::end() {
  if (format_ == RecordFormat::Json) buffer_ += first_ ? "[]\n" : "\n]\n";
  flush();
}

}  // namespace otklik::report
