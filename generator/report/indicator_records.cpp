#include "report/indicator_records.hpp"

#include <Poco/JSONString.h>

#include <array>
#include <charconv>
#include <string>

namespace otklik::report {
namespace {

using metrics::IndicatorResult;

// A field of a record: absent (empty in CSV, null in JSON), text, or a number
// or boolean already spelled as both formats want it.
struct Field {
  enum class Kind { Absent, Text, Literal } kind = Kind::Absent;
  std::string text;
};

constexpr std::size_t kFieldCount = std::size(kIndicatorRecordFields);
using Record = std::array<Field, kFieldCount>;

Field text(std::string value) { return {Field::Kind::Text, std::move(value)}; }
Field literal(std::string value) { return {Field::Kind::Literal, std::move(value)}; }
Field boolean(bool value) { return literal(value ? "true" : "false"); }

// The shortest spelling that reads back as the same double, with '.' whatever
// the locale: an auditor re-deriving a figure gets the unrounded value.
Field number(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return literal(std::string(buffer.data(), result.ptr));
}

Field integer(uint64_t value) { return literal(std::to_string(value)); }

template <typename Members>
Field member_id(const Members& members, model::DimIndex index) {
  if (index == model::kNone) return {};
  return text(members[static_cast<std::size_t>(index)].id);
}

Record record_of(const model::Dataset& data, const metrics::IndicatorTable& table,
                 const IndicatorResult& r) {
  const metrics::Cut& cut = r.cut;
  Record rec;
  rec[0] = text(data.periods[cut.period].label());
  rec[1] = member_id(data.life_situations, cut.life_situation);
  rec[2] = member_id(data.services, cut.service);
  rec[3] = member_id(data.touchpoints, cut.touchpoint);
  rec[4] = member_id(data.segments, cut.segment);
  rec[5] = member_id(data.regions, cut.region);
  rec[6] = text(table.key(r));
  if (r.has_value()) {
    rec[7] = number(r.measurement.value);
    rec[8] = integer(r.measurement.n);
    if (r.estimate != metrics::Estimate::Tally) {
      rec[9] = number(r.measurement.ci.low);
      rec[10] = number(r.measurement.ci.high);
    }
    if (r.star_level >= 0) rec[11] = integer(static_cast<uint64_t>(r.star_level));
    if (r.change) {
      rec[12] = number(r.change->difference);
      if (r.change->tested) rec[13] = boolean(r.change->significant);
    }
  }
  rec[14] = boolean(r.suppressed);
  rec[15] = boolean(r.low_reliability);
  return rec;
}

// A spreadsheet opening the CSV would run a cell starting with = + - @ (or a
// tab or CR before one) as a formula; a leading apostrophe keeps it text.
// Only text fields are touched: a negative number stays a number.
bool looks_like_formula(std::string_view s) {
  return !s.empty() &&
         (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r');
}

void write_csv_text(std::string_view s, std::ostream& out) {
  std::string cell = looks_like_formula(s) ? "'" + std::string(s) : std::string(s);
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

void write_csv(const Record& rec, std::ostream& out) {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (i) out << ',';
    if (rec[i].kind == Field::Kind::Text) write_csv_text(rec[i].text, out);
    if (rec[i].kind == Field::Kind::Literal) out << rec[i].text;
  }
  out << '\n';
}

// The array is streamed record by record rather than built as a Poco::JSON
// tree: the national data holds millions of records. Poco escapes the strings.
void write_json(const Record& rec, bool first, std::ostream& out) {
  out << (first ? "[\n{" : ",\n{");
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (i) out << ',';
    out << '"' << kIndicatorRecordFields[i] << "\":";
    switch (rec[i].kind) {
      case Field::Kind::Absent:
        out << "null";
        break;
      case Field::Kind::Text:
        Poco::toJSON(rec[i].text, out, Poco::JSON_WRAP_STRINGS);
        break;
      case Field::Kind::Literal:
        out << rec[i].text;
        break;
    }
  }
  out << '}';
}

}  // namespace

void write_indicator_records(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                             RecordFormat format, std::ostream& out) {
  if (format == RecordFormat::Csv) {
    for (std::size_t i = 0; i < kFieldCount; ++i)
      out << (i ? "," : "") << kIndicatorRecordFields[i];
    out << '\n';
    for (const auto& result : indicators.results())
      write_csv(record_of(data, indicators, result), out);
    return;
  }
  bool first = true;
  for (const auto& result : indicators.results()) {
    write_json(record_of(data, indicators, result), first, out);
    first = false;
  }
  out << (first ? "[]\n" : "\n]\n");
}

}  // namespace otklik::report
