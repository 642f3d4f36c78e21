// The open-data records: exact CSV and JSON text for hand-built results.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "metrics/dataset_builder.hpp"
#include "report/indicator_records.hpp"

using namespace otklik;
using namespace otklik::metrics::testing;
using metrics::IndicatorId;
using metrics::IndicatorResult;
using metrics::IndicatorTable;
using report::RecordFormat;

namespace {

IndicatorResult result(metrics::Cut cut, IndicatorId id, metrics::Unit unit,
                       metrics::Estimate estimate) {
  IndicatorResult r;
  r.cut = cut;
  r.indicator = id;
  r.unit = unit;
  r.estimate = estimate;
  return r;
}

// Five records that cover every kind of field: a share with stars and a
// tested change, a suppressed question, topics that need quoting and
// defusing, and an NPS whose change cannot be tested.
IndicatorTable sample_table() {
  IndicatorTable table;
  IndicatorResult share =
      result({}, IndicatorId::SatisfactionShare, metrics::Unit::Percent, metrics::Estimate::Share);
  share.measurement.value = 78.5;
  share.measurement.n = 200;
  share.measurement.ci = {72.25, 83.875};
  share.star_level = 3;
  share.change = metrics::Change{.difference = 1.5, .z = 0.8, .tested = true, .significant = false};
  table.add(share);

  IndicatorResult hidden = result({0, kBirth, model::kNone, kMfc}, IndicatorId::Question,
                                  metrics::Unit::Percent, metrics::Estimate::Share);
  hidden.detail = table.intern("polite");
  hidden.measurement.value = 50;  // computed, but disclosure control hides it
  hidden.measurement.n = 8;
  hidden.star_level = 1;
  hidden.suppressed = true;
  hidden.low_reliability = true;
  table.add(hidden);

  IndicatorResult topic = result({0, kBirth}, IndicatorId::AppealsByTopic, metrics::Unit::Count,
                                 metrics::Estimate::Tally);
  topic.detail = table.intern("Сроки, \"долго\"");
  topic.measurement.value = 12;
  topic.measurement.n = 12;
  topic.low_reliability = true;
  table.add(topic);

  IndicatorResult formula = topic;
  formula.detail = table.intern("=HYPERLINK(\"http://x\")");
  formula.measurement.value = 3;
  formula.measurement.n = 3;
  table.add(formula);

  IndicatorResult nps =
      result({0, model::kNone, kSvcB, model::kNone, kCitizens, kSouth}, IndicatorId::Nps,
             metrics::Unit::Points, metrics::Estimate::NetScore);
  nps.measurement.value = -12.5;
  nps.measurement.n = 150;
  nps.measurement.ci = {-20.125, -4.875};
  nps.change = metrics::Change{.difference = -3.25, .z = 0, .tested = false, .significant = false};
  table.add(nps);
  return table;
}

std::string write(const IndicatorTable& table, RecordFormat format) {
  std::ostringstream out;
  report::write_indicator_records(small_dataset(), table, format, out);
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(indicator_records)

BOOST_AUTO_TEST_CASE(csv_is_rfc_4180_with_empty_fields_for_what_is_not_published) {
  const std::string expected =
      "period,life_situation_id,service_id,touchpoint_id,segment_id,region_id,indicator,value,n,"
      "ci_low,ci_high,star_level,change,change_significant,suppressed,low_reliability\n"
      "2026-Q3,,,,,,satisfaction_share,78.5,200,72.25,83.875,3,1.5,false,false,false\n"
      "2026-Q3,birth,,mfc,,,q:polite,,,,,,,,true,true\n"
      "2026-Q3,birth,,,,,\"appeals_topic:Сроки, \"\"долго\"\"\",12,12,,,,,,false,true\n"
      "2026-Q3,birth,,,,,\"appeals_topic:=HYPERLINK(\"\"http://x\"\")\",3,3,,,,,,false,true\n"
      "2026-Q3,,svc_b,,citizens,south,nps,-12.5,150,-20.125,-4.875,,-3.25,,false,false\n";
  BOOST_TEST(write(sample_table(), RecordFormat::Csv) == expected);
}

BOOST_AUTO_TEST_CASE(json_has_the_same_fields_with_null_for_empty) {
  const std::string json = write(sample_table(), RecordFormat::Json);
  const std::string first =
      "[\n{\"period\":\"2026-Q3\",\"life_situation_id\":null,\"service_id\":null,"
      "\"touchpoint_id\":null,\"segment_id\":null,\"region_id\":null,"
      "\"indicator\":\"satisfaction_share\",\"value\":78.5,\"n\":200,\"ci_low\":72.25,"
      "\"ci_high\":83.875,\"star_level\":3,\"change\":1.5,\"change_significant\":false,"
      "\"suppressed\":false,\"low_reliability\":false},\n";
  BOOST_TEST(json.substr(0, first.size()) == first);
  BOOST_TEST(json.substr(json.size() - 4) == "}\n]\n");

  Poco::JSON::Parser parser;
  const auto records = parser.parse(json).extract<Poco::JSON::Array::Ptr>();
  BOOST_TEST(records->size() == 5u);
  const auto hidden = records->getObject(1);
  BOOST_TEST(hidden->getValue<std::string>("indicator") == "q:polite");
  for (const char* field : {"value", "n", "ci_low", "ci_high", "star_level", "change"})
    BOOST_TEST(hidden->isNull(field), field);
  BOOST_TEST(hidden->getValue<bool>("suppressed"));
  BOOST_TEST(records->getObject(2)->getValue<std::string>("indicator") ==
             "appeals_topic:Сроки, \"долго\"");
  const auto nps = records->getObject(4);
  BOOST_TEST(nps->getValue<double>("value") == -12.5);
  BOOST_TEST(nps->isNull("change_significant"));
  BOOST_TEST(nps->getValue<std::string>("region_id") == "south");
}

BOOST_AUTO_TEST_CASE(text_that_a_spreadsheet_would_run_is_defused_in_csv_only) {
  // The indicator key leads its cell, so a detail never starts one; ids do.
  const struct {
    const char* id;
    const char* cell;
  } cases[] = {{"=cmd", "'=cmd"},  {"+7", "'+7"},   {"-birth", "'-birth"},
               {"@SUM", "'@SUM"},  {"\tx", "'\tx"}, {"\rx", "\"'\rx\""},
               {"birth", "birth"}, {"b=1", "b=1"},  {"", ""}};
  for (const auto& c : cases) {
    model::Dataset data = small_dataset();
    data.life_situations[0].id = c.id;
    IndicatorTable table;
    IndicatorResult r =
        result({0, 0}, IndicatorId::AppealsCount, metrics::Unit::Count, metrics::Estimate::Tally);
    r.measurement.value = -0.0;  // numbers are never altered, whatever their sign
    r.measurement.n = 1;
    table.add(r);
    std::ostringstream csv;
    report::write_indicator_records(data, table, RecordFormat::Csv, csv);
    const std::string line = "\n2026-Q3," + std::string(c.cell) + ",,,,,appeals_count,-0,1,";
    BOOST_TEST(csv.str().find(line) != std::string::npos, c.id << " -> " << csv.str());
    std::ostringstream json;
    report::write_indicator_records(data, table, RecordFormat::Json, json);
    Poco::JSON::Parser parser;
    const auto records = parser.parse(json.str()).extract<Poco::JSON::Array::Ptr>();
    BOOST_TEST(records->getObject(0)->getValue<std::string>("life_situation_id") == c.id);
  }
}

BOOST_AUTO_TEST_CASE(numbers_are_the_shortest_spelling_that_reads_back_exactly) {
  IndicatorTable table;
  IndicatorResult r =
      result({}, IndicatorId::SatisfactionShare, metrics::Unit::Percent, metrics::Estimate::Share);
  r.measurement.value = 100.0 * 2 / 3;
  r.measurement.n = 3;
  r.measurement.ci = {0.1 + 0.2, 1e-7};
  table.add(r);
  const std::string csv = write(table, RecordFormat::Csv);
  BOOST_TEST(csv.find(",66.66666666666667,3,0.30000000000000004,1e-07,") != std::string::npos, csv);
  double back = 0;
  const std::string text = "66.66666666666667";
  std::from_chars(text.data(), text.data() + text.size(), back);
  BOOST_TEST(back == 100.0 * 2 / 3);
}

BOOST_AUTO_TEST_CASE(json_escapes_control_characters_and_keeps_utf8) {
  IndicatorTable table;
  IndicatorResult r =
      result({}, IndicatorId::PainMentions, metrics::Unit::Count, metrics::Estimate::Tally);
  r.detail = table.intern("очередь\n\"долгая\"\x01\\");
  r.measurement.value = 11;
  r.measurement.n = 11;
  table.add(r);
  const std::string json = write(table, RecordFormat::Json);
  BOOST_TEST(
      json.find("\"pain_mentions:очередь\\n\\\"долгая\\\"\\u0001\\\\\"") != std::string::npos,
      json);
  Poco::JSON::Parser parser;
  const auto records = parser.parse(json).extract<Poco::JSON::Array::Ptr>();
  BOOST_TEST(records->getObject(0)->getValue<std::string>("indicator") ==
             "pain_mentions:очередь\n\"долгая\"\x01\\");
}

BOOST_AUTO_TEST_CASE(an_empty_table_is_a_header_or_an_empty_array) {
  const IndicatorTable empty;
  BOOST_TEST(write(empty, RecordFormat::Csv).find('\n') ==
             write(empty, RecordFormat::Csv).size() - 1);
  BOOST_TEST(write(empty, RecordFormat::Json) == "[]\n");
}

BOOST_AUTO_TEST_CASE(the_same_table_gives_the_same_bytes) {
  BOOST_TEST(write(sample_table(), RecordFormat::Csv) == write(sample_table(), RecordFormat::Csv));
  BOOST_TEST(write(sample_table(), RecordFormat::Json) ==
             write(sample_table(), RecordFormat::Json));
}

// docs/opendata.md lists the keys for users; the definitions table is the
// source, so a new indicator without documentation fails here.
BOOST_AUTO_TEST_CASE(the_open_data_guide_lists_every_indicator_key) {
  std::ifstream in(std::filesystem::path(OTKLIK_SOURCE_DIR) / "docs/opendata.md");
  const std::string guide((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  BOOST_TEST_REQUIRE(!guide.empty());
  for (const auto& d : metrics::indicator_definitions()) {
    const std::string key = "`" + std::string(d.key) + (d.has_detail ? ":" : "`");
    BOOST_TEST(guide.find(key) != std::string::npos, key);
  }
  for (const report::OpenDataField& field : report::indicator_record_fields())
    BOOST_TEST(guide.find("`" + std::string(field.name) + "`") != std::string::npos, field.name);
}

BOOST_AUTO_TEST_SUITE_END()
