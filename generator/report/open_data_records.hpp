#pragma once
// The open-data file formats every dataset of site/opendata/ shares: CSV
// (RFC 4180, UTF-8, ',', formula injection defused) and JSON (an array of
// objects with the fields in column order), written record by record so that
// national data never has to fit in memory as a document.
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.hpp"

namespace otklik::report {

enum class RecordFormat { Csv, Json };

// A field's type, as the Frictionless table schema and the Russian
// open-data structure file name it.
enum class FieldType { String, Number, Integer, Boolean };

struct OpenDataField {
  std::string_view name;  // "life_situation_id"
  FieldType type;
  std::string_view english;  // for datapackage.json and structure-*.csv
  std::string_view russian;
};

// A value of a record: absent (empty in CSV, null in JSON), text, or a
// number or boolean already spelled for both formats.
struct FieldValue {
  enum class Kind { Absent, Text, Literal } kind = Kind::Absent;
  std::string text;

  static FieldValue of_text(std::string value) { return {Kind::Text, std::move(value)}; }

  // Set in place: a writer of tens of millions of records refills one
  // record, reusing each field's buffer instead of allocating new strings.
  void set_absent() { kind = Kind::Absent; }
  void set_text(std::string_view value);
  void set_bool(bool value);
  void set_integer(uint64_t value);
  // The shortest spelling that reads back as the same double, '.' always.
  void set_number(double value);
};

// The id of a dimension member as a text field; absent for kNone ("all" or
// not attributed). `Members` is a vector of model rows with an `id`.
template <typename Members>
void set_member_id(FieldValue& field, const Members& members, model::DimIndex index) {
  if (index == model::kNone)
    field.set_absent();
  else
    field.set_text(members[static_cast<std::size_t>(index)].id);
}

// Every period's label ("2026-Q3"), by index: made once for a whole file.
std::vector<std::string> period_labels(const model::Dataset& data);

// The first six fields every record of the open data starts with: period,
// life situation, service, touchpoint, segment and region, from a
// metrics::Cut or a model::CellKey (their fields share the names).
template <typename Key>
void set_key_fields(std::vector<FieldValue>& rec, const model::Dataset& data,
                    const std::vector<std::string>& labels, const Key& key) {
  rec[0].set_text(labels[key.period]);
  set_member_id(rec[1], data.life_situations, key.life_situation);
  set_member_id(rec[2], data.services, key.service);
  set_member_id(rec[3], data.touchpoints, key.touchpoint);
  set_member_id(rec[4], data.segments, key.segment);
  set_member_id(rec[5], data.regions, key.region);
}

// Writes records of `fields` to `out`: begin(), a record() each, end().
class RecordWriter {
 public:
  RecordWriter(const std::vector<OpenDataField>& fields, RecordFormat format, std::ostream& out);
  ~RecordWriter();  // hands on what is gathered, if end() was not called
  RecordWriter(const RecordWriter&) = delete;
  RecordWriter& operator=(const RecordWriter&) = delete;
  void record(const std::vector<FieldValue>& values);
  void end();

 private:
  void flush();

  const std::vector<OpenDataField>& fields_;
  RecordFormat format_;
  std::ostream& out_;
  bool first_ = true;
  std::string buffer_;  // records not yet handed to out_
};

}  // namespace otklik::report
