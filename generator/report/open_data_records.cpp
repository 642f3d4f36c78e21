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

void write_csv_text(std::string_view s, std::ostream& out) {
  const std::string cell = looks_like_formula(s) ? "'" + std::string(s) : std::string(s);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    out << cell;
    return;
  }
  out << '"';
  for (char c : cell) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

}  // namespace

FieldValue FieldValue::of_number(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return {Kind::Literal, std::string(buffer.data(), result.ptr)};
}

RecordWriter::RecordWriter(const std::vector<OpenDataField>& fields, RecordFormat format,
                           std::ostream& out)
    : fields_(fields), format_(format), out_(out) {
  if (format_ != RecordFormat::Csv) return;
  for (std::size_t i = 0; i < fields_.size(); ++i) out_ << (i ? "," : "") << fields_[i].name;
  out_ << '\n';
}

void RecordWriter::record(const std::vector<FieldValue>& values) {
  if (format_ == RecordFormat::Csv) {
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (i) out_ << ',';
      if (values[i].kind == FieldValue::Kind::Text) write_csv_text(values[i].text, out_);
      if (values[i].kind == FieldValue::Kind::Literal) out_ << values[i].text;
    }
    out_ << '\n';
    return;
  }
  // Poco escapes the strings (RFC 8259); the structure is streamed here.
  out_ << (first_ ? "[\n{" : ",\n{");
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    if (i) out_ << ',';
    out_ << '"' << fields_[i].name << "\":";
    switch (values[i].kind) {
      case FieldValue::Kind::Absent:
        out_ << "null";
        break;
      case FieldValue::Kind::Text:
        Poco::toJSON(values[i].text, out_, Poco::JSON_WRAP_STRINGS);
        break;
      case FieldValue::Kind::Literal:
        out_ << values[i].text;
        break;
    }
  }
  out_ << '}';
  first_ = false;
}

void RecordWriter::end() {
  if (format_ == RecordFormat::Json) out_ << (first_ ? "[]\n" : "\n]\n");
}

}  // namespace otklik::report
