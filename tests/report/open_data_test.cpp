// The open data besides the indicators: survey counts under disclosure
// control, the Frictionless datapackage.json and the Russian passport.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSONString.h>

#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>

#include "report/indicator_records.hpp"
#include "report/input_count_records.hpp"
#include "report/open_data_package.hpp"
#include "report/report_fixture.hpp"

using namespace otklik;

namespace {

std::string counts(report::RecordFormat format) {
  std::ostringstream out;
  const model::Dataset& data = test::report_dataset();
  report::write_input_count_records(data, metrics::published_cells(test::report_indicators(), data),
                                    format, out);
  return out.str();
}

std::string file(const std::vector<report::OpenDataFile>& files, const std::string& prefix) {
  for (const auto& f : files)
    if (f.path.starts_with(prefix)) return f.bytes;
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(open_data)

BOOST_AUTO_TEST_CASE(input_counts_publish_only_the_cells_whose_cut_is_published) {
  const std::string expected =
      "period,life_situation_id,service_id,touchpoint_id,segment_id,region_id,question_id,answer,"
      "count,suppressed\n"
      "2026-Q3,ls01,srv01,tp01,seg01,r77,satisfaction,1,10,false\n"
      "2026-Q3,ls01,srv01,tp01,seg01,r77,satisfaction,2,20,false\n"
      "2026-Q3,ls01,srv01,tp01,seg01,r77,satisfaction,3,40,false\n"
      "2026-Q3,ls01,srv01,tp01,seg01,r77,satisfaction,4,50,false\n"
      "2026-Q3,ls01,srv01,tp01,seg01,r77,satisfaction,dk,5,false\n"
      "2026-Q3,ls01,,tp02,,,nps,0,5,false\n"
      "2026-Q3,ls01,,tp02,,,nps,3,5,false\n"
      "2026-Q3,ls01,,tp02,,,nps,7,10,false\n"
      "2026-Q3,ls01,,tp02,,,nps,9,20,false\n"
      "2026-Q3,ls01,,tp02,,,nps,10,30,false\n"
      "2026-Q2,ls02,,,,,q_form,,,true\n"
      "2026-Q2,ls02,,,,,satisfaction,,,true\n";
  BOOST_TEST(counts(report::RecordFormat::Csv) == expected);
  Poco::JSON::Parser parser;
  const auto records =
      parser.parse(counts(report::RecordFormat::Json)).extract<Poco::JSON::Array::Ptr>();
  BOOST_TEST(records->size() == 12u);
  BOOST_TEST(records->getObject(11)->isNull("count"));
  BOOST_TEST(records->getObject(0)->getValue<int>("count") == 10);
}

BOOST_AUTO_TEST_CASE(datapackage_describes_every_column_of_both_files) {
  const auto files = report::open_data_descriptions(test::report_dataset(), test::report_config());
  Poco::JSON::Parser parser;
  const auto package =
      parser.parse(file(files, "opendata/datapackage.json")).extract<Poco::JSON::Object::Ptr>();
  BOOST_TEST(package->getValue<std::string>("profile") == "tabular-data-package");
  BOOST_TEST(package->getValue<std::string>("created") == "2026-09-30");
  const auto resources = package->getArray("resources");
  BOOST_TEST_REQUIRE(resources->size() == 2u);
  const struct {
    const char* path;
    const std::vector<report::OpenDataField>& fields;
  } expected[] = {{"indicators.csv", report::indicator_record_fields()},
                  {"input-counts.csv", report::input_count_fields()}};
  for (unsigned r = 0; r < 2; ++r) {
    const auto resource = resources->getObject(r);
    BOOST_TEST(resource->getValue<std::string>("path") == expected[r].path);
    const auto fields = resource->getObject("schema")->getArray("fields");
    BOOST_TEST_REQUIRE(fields->size() == expected[r].fields.size());
    for (unsigned i = 0; i < fields->size(); ++i)
      BOOST_TEST(fields->getObject(i)->getValue<std::string>("name") == expected[r].fields[i].name);
  }
  const auto value_field =
      resources->getObject(0)->getObject("schema")->getArray("fields")->getObject(7);
  BOOST_TEST(value_field->getValue<std::string>("type") == "number");
}

BOOST_AUTO_TEST_CASE(the_passport_names_title_creator_format_frequency_and_licence) {
  ingest::Config config = test::report_config();
  config.organisation = "=HYPERLINK(\"x\")";  // text from config is defused like data
  const auto files = report::open_data_descriptions(test::report_dataset(), config);
  const std::string meta = file(files, "opendata/meta.csv");
  BOOST_TEST(meta.starts_with(
      "property,value\nstandardversion,http://opendata.gosmonitor.ru/standard/3.0\n"));
  for (const char* line :
       {"\ncreator,\"'=HYPERLINK(\"\"x\"\")\"\n", "\nformat,csv\n",
        "\nupdatefrequency,ежеквартально\n",
        "\nlicense,https://creativecommons.org/licenses/by/4.0/\n",
        "\ndata-20260930-structure-20260930,indicators.csv\n",
        "\nstructure-20260930,structure-20260930.csv\n", "\nmodified,20260930\n"})
    BOOST_TEST(meta.find(line) != std::string::npos, line);
  const std::string structure = file(files, "opendata/structure-20260930.csv");
  BOOST_TEST(
      structure.starts_with("field name,english description,russian description,format\n"
                            "period,Period: 2026-Q3 or 2026-07,Период: 2026-Q3 или 2026-07,"
                            "string\n"));
  BOOST_TEST(structure.find("\nn,") != std::string::npos);
  BOOST_TEST(structure.find(",integer\n") != std::string::npos);
}

// Plain ASCII text skips Poco's escaper; whatever the text, a JSON field
// must be spelled exactly as Poco spells it, and a CSV field quoted exactly
// where RFC 4180 needs it.
BOOST_AUTO_TEST_CASE(text_fields_are_spelled_as_poco_and_rfc_4180_spell_them) {
  static const std::vector<report::OpenDataField> fields = {
      {"text", report::FieldType::String, "", ""}};
  std::vector<std::string> texts = {"",          "ls01", "2026-Q3",     "q:polite",
                                    "a/b",       "a\\b", "say \"hi\"",  "Сроки",
                                    "tab\there", "a,b",  "line\nbreak", "=1+2"};
  for (int c = 1; c < 128; ++c) texts.push_back(std::string(1, static_cast<char>(c)) + "x");
  for (const std::string& text : texts) {
    std::ostringstream json;
    {
      report::RecordWriter writer(fields, report::RecordFormat::Json, json);
      writer.record({report::FieldValue::of_text(text)});
      writer.end();
    }
    BOOST_TEST(
        json.str() == "[\n{\"text\":" + Poco::toJSON(text, Poco::JSON_WRAP_STRINGS) + "}\n]\n",
        "JSON of «" << text << "»");
    std::ostringstream csv;
    {
      report::RecordWriter writer(fields, report::RecordFormat::Csv, csv);
      writer.record({report::FieldValue::of_text(text)});
      writer.end();
    }
    const std::string line = csv.str().substr(std::string("text\n").size());
    const bool quoted = text.find_first_of(",\"\r\n") != std::string::npos;
    BOOST_TEST((line.front() == '"') == quoted, "CSV of «" << text << "»: " << line);
  }
}

BOOST_AUTO_TEST_SUITE_END()
