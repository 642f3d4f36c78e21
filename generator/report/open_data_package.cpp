#include "report/open_data_package.hpp"

#include <Poco/JSONString.h>

#include <algorithm>
#include <sstream>

#include "model/data_date.hpp"
#include "report/indicator_records.hpp"
#include "report/input_count_records.hpp"

namespace otklik::report {
namespace {

// Open data of a public body is published under an open licence; CC BY 4.0
// is the one the Russian open-data portal recommends for reuse with credit.
constexpr const char* kLicence = "https://creativecommons.org/licenses/by/4.0/";
constexpr const char* kStandardVersion = "http://opendata.gosmonitor.ru/standard/3.0";

std::string type_name(FieldType type) {
  switch (type) {
    case FieldType::Number:
      return "number";
    case FieldType::Integer:
      return "integer";
    case FieldType::Boolean:
      return "boolean";
    case FieldType::String:
      break;
  }
  return "string";
}

std::string json(const std::string& text) { return Poco::toJSON(text, Poco::JSON_WRAP_STRINGS); }

std::string resource(const std::string& name, const std::string& path, const std::string& title,
                     const std::vector<OpenDataField>& fields) {
  std::string out = "    {\n      \"name\": " + json(name) + ",\n      \"path\": " + json(path) +
                    ",\n      \"title\": " + json(title) +
                    ",\n      \"profile\": \"tabular-data-resource\",\n      \"format\": \"csv\","
                    "\n      \"mediatype\": \"text/csv\",\n      \"encoding\": \"utf-8\","
                    "\n      \"schema\": {\n        \"fields\": [\n";
  for (std::size_t i = 0; i < fields.size(); ++i)
    out += std::string("          {\"name\": ") + json(std::string(fields[i].name)) +
           ", \"type\": " + json(type_name(fields[i].type)) +
           ", \"description\": " + json(std::string(fields[i].english)) +
           ", \"title\": " + json(std::string(fields[i].russian)) + "}" +
           (i + 1 < fields.size() ? ",\n" : "\n");
  return out + "        ]\n      }\n    }";
}

std::string frequency(const model::Dataset& data) {
  if (!data.periods.empty() && data.periods.back().quarter == 0) return "ежемесячно";
  return "ежеквартально";
}

std::string title(const ingest::Config& config) {
  return "Результаты обратной связи: показатели стандарта «Государство для людей», " +
         config.organisation;
}

std::string datapackage(const model::Dataset& data, const ingest::Config& config) {
  return "{\n  \"profile\": \"tabular-data-package\",\n  \"name\": \"otklik-feedback\","
         "\n  \"title\": " +
         json(title(config)) + ",\n  \"description\": " +
         json(
             "Показатели удовлетворённости, простоты, CSI, NPS, обращений и уровни звёзд по "
             "жизненным ситуациям, услугам, точкам взаимодействия, сегментам и регионам; "
             "и число ответов, из которого они посчитаны. Срезы с малым числом ответов скрыты.") +
         ",\n  \"created\": " + json(model::iso_date(model::data_date(data))) +
         ",\n  \"contributors\": [{\"title\": " + json(config.organisation) +
         ", \"role\": \"publisher\"}],\n  \"licenses\": [{\"name\": \"CC-BY-4.0\", \"path\": " +
         json(kLicence) +
         ", \"title\": \"Creative Commons Attribution 4.0\"}],"
         "\n  \"resources\": [\n" +
         resource("indicators", "indicators.csv", "Показатели по срезам",
                  indicator_record_fields()) +
         ",\n" +
         resource("input-counts", "input-counts.csv", "Число ответов по ячейкам опроса",
                  input_count_fields()) +
         "\n  ]\n}\n";
}

std::string compact_date(const model::Dataset& data) {
  std::string iso = model::iso_date(model::data_date(data));
  iso.erase(std::remove(iso.begin(), iso.end(), '-'), iso.end());
  return iso;
}

std::string meta(const model::Dataset& data, const ingest::Config& config,
                 const std::string& structure) {
  static const std::vector<OpenDataField> fields = {{"property", FieldType::String, "", ""},
                                                    {"value", FieldType::String, "", ""}};
  const std::string date = compact_date(data);
  std::ostringstream out;
  RecordWriter writer(fields, RecordFormat::Csv, out);
  const auto row = [&](const std::string& property, const std::string& value) {
    writer.record({FieldValue::of_text(property), FieldValue::of_text(value)});
  };
  row("standardversion", kStandardVersion);
  row("identifier", "otklik-indicators");
  row("title", title(config));
  row("description",
      "Одна строка на срез и показатель: период, жизненная ситуация, услуга, точка "
      "взаимодействия, сегмент, регион, значение, база, 95-процентный интервал, уровень, "
      "изменение к предыдущему периоду. Скрытые срезы не содержат значений.");
  row("creator", config.organisation);
  row("created", date);
  row("modified", date);
  row("subject", "обратная связь;удовлетворённость;государство для людей");
  row("format", "csv");
  row("updatefrequency", frequency(data));
  row("license", kLicence);
  row("data-" + date + "-structure-" + date, "indicators.csv");
  row("structure-" + date, structure);
  row("publishername", config.organisation);
  row("publisherphone", config.support.phone);
  row("publishermbox", config.support.email);
  row("provenance", "Сформировано otklik " OTKLIK_VERSION " из данных опросов и обращений");
  writer.end();
  return out.str();
}

std::string structure(const std::vector<OpenDataField>& fields) {
  static const std::vector<OpenDataField> columns = {
      {"field name", FieldType::String, "", ""},
      {"english description", FieldType::String, "", ""},
      {"russian description", FieldType::String, "", ""},
      {"format", FieldType::String, "", ""}};
  std::ostringstream out;
  RecordWriter writer(columns, RecordFormat::Csv, out);
  for (const OpenDataField& f : fields)
    writer.record(
        {FieldValue::of_text(std::string(f.name)), FieldValue::of_text(std::string(f.english)),
         FieldValue::of_text(std::string(f.russian)), FieldValue::of_text(type_name(f.type))});
  writer.end();
  return out.str();
}

}  // namespace

std::vector<OpenDataFile> open_data_descriptions(const model::Dataset& data,
                                                 const ingest::Config& config) {
  const std::string structure_name = "structure-" + compact_date(data) + ".csv";
  return {{"opendata/datapackage.json", datapackage(data, config)},
          {"opendata/meta.csv", meta(data, config, structure_name)},
          {"opendata/" + structure_name, structure(indicator_record_fields())}};
}

}  // namespace otklik::report
