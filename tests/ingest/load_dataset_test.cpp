#include "ingest/load_dataset.hpp"

#include <boost/test/unit_test.hpp>
#include <vector>

#include "fixture.hpp"
#include "ingest/input_error.hpp"

using namespace otklik;
using otklik::test::minimal_data;
using otklik::test::write_data;

namespace {

model::Dataset load(const std::filesystem::path& dir, std::vector<std::string>* warnings = nullptr,
                    const ingest::Config& config = ingest::default_config()) {
  return ingest::load_dataset(dir, config, [&](const std::string& w) {
    if (warnings) warnings->push_back(w);
  });
}

uint64_t count_of(const model::Dataset& d, const std::string& period, std::size_t slot) {
  uint64_t sum = 0;
  for (const auto& c : d.survey)
    if (d.periods[c.key.period].label() == period) sum += c.answers[slot];
  return sum;
}

}  // namespace

BOOST_AUTO_TEST_CASE(minimal_data_loads_and_merges_duplicate_keys) {
  const auto d = load(write_data("good", minimal_data()));
  BOOST_TEST(d.life_situations.size() == 2u);
  BOOST_TEST(d.life_situations[0].id == "ls1");  // sorted by order
  BOOST_TEST((d.touchpoints[1].channel == model::Channel::Mfc));
  BOOST_TEST(d.periods.size() == 2u);
  BOOST_TEST(d.periods[0].label() == "2026-Q2");  // chronological, not file order
  // Rows 1 and 4 share a key: one cell with 10 + 3 answers «4» and 2 «dk».
  BOOST_TEST(d.survey.size() == 2u);
  BOOST_TEST(count_of(d, "2026-Q3", 4) == 13u);
  BOOST_TEST(count_of(d, "2026-Q3", 11) == 2u);
  BOOST_TEST(count_of(d, "2026-Q2", 9) == 5u);
  BOOST_TEST(d.survey[0].key.service == model::kNone);  // the empty service_id
  BOOST_TEST(d.appeals.at(0).on_time == 4u);
  BOOST_TEST(d.inputs.size() == 6u);
  BOOST_TEST(d.inputs[0].name == "life_situations.csv");
  BOOST_TEST(d.inputs[4].rows == 4u);
  BOOST_TEST(d.inputs[4].sha256.size() == 64u);
  BOOST_TEST(d.questions.size() == 4u);
}

BOOST_AUTO_TEST_CASE(bom_semicolons_quotes_and_column_order) {
  auto files = minimal_data();
  files["services.csv"] =
      "\xEF\xBB\xBFname;id\r\n\"Пособие; \"\"единое\"\"\nпо уходу\";s1\r\nПенсия;s2\r\n";
  files["response_times.csv"] =
      "period;touchpoint_id;request_type;hours_max;count\n2026-Q3;tp1;mention;3,5;7\n";
  const auto d = load(write_data("bom", files));
  BOOST_TEST(d.services[0].id == "s1");
  BOOST_TEST(d.services[0].name == "Пособие; \"единое\"\nпо уходу");
  BOOST_TEST(d.response_times.at(0).hours_max == 3.5);
}

BOOST_AUTO_TEST_CASE(windows_1251_is_detected_and_decoded) {
  auto files = minimal_data();
  // "Портал" in Windows-1251: П=CF о=EE р=F0 т=F2 а=E0 л=EB
  files["touchpoints.csv"] =
      "id,name,channel,kind\ntp1,\xCF\xEE\xF0\xF2\xE0\xEB,portal,digital\ntp2,MFC,mfc,offline\n";
  const auto d = load(write_data("cp1251", files));
  BOOST_TEST(d.touchpoints[0].name == "Портал");
}

BOOST_AUTO_TEST_CASE(optional_files_absent_and_unknown_column_warns) {
  auto files = minimal_data();
  files["services.csv"] = "id,name,colour\ns1,Пособие,red\ns2,Пенсия,blue\n";
  std::vector<std::string> warnings;
  const auto d = load(write_data("warn", files), &warnings);
  BOOST_TEST(d.pain_points.empty());
  BOOST_TEST(!d.has_input("pain_points.csv"));
  BOOST_TEST_REQUIRE(warnings.size() == 1u);
  BOOST_TEST(warnings[0].find("services.csv:1:3: warning: unknown column \"colour\" is ignored") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_error_names_file_line_column_and_what_was_expected) {
  const std::string survey_header =
      "period,life_situation_id,service_id,touchpoint_id,question,answer,count\n";
  const struct {
    const char* file;
    std::string text;
    std::string expected;  // the end of what(), after the folder
  } cases[] = {
      {"survey.csv", survey_header + "2026-Q3,ls1,s1,tp1,satisfaction,4,12x\n",
       "survey.csv:2:7: error: column \"count\": expected a non-negative whole number, found \"12x\""},
      {"survey.csv", survey_header + "2026-Q3,ls1,s1,tp1,satisfaction,4,-3\n",
       "survey.csv:2:7: error: column \"count\": a count must be 0 or more, found \"-3\""},
      {"survey.csv", survey_header + "2026-Q3,ls1,s1,tp9,satisfaction,4,1\n",
       "survey.csv:2:4: error: column \"touchpoint_id\": unknown touchpoint \"tp9\" — add it to "
       "touchpoints.csv or fix the id"},
      {"survey.csv", survey_header + "2026-Q3,ls1,s1,tp1,satisfaction,5,1\n",
       "survey.csv:2:6: error: column \"answer\": question \"satisfaction\" takes 4, 3, 2, 1 or dk, "
       "found \"5\""},
      {"survey.csv", survey_header + "2026-13,ls1,s1,tp1,nps,5,1\n",
       "survey.csv:2:1: error: column \"period\": expected a quarter such as \"2026-Q3\" or a month "
       "such as \"2026-07\", found \"2026-13\""},
      {"survey.csv", survey_header + "2026-Q3,ls1,s1,tp1,mood,5,1\n",
       "survey.csv:2:5: error: column \"question\": unknown question \"mood\""},
      {"survey.csv", survey_header + "2026-Q3,ls1,s1,tp1,nps,5\n",
       "survey.csv:2: error: expected 7 fields as in the header, found 6"},
      {"survey.csv", "period,life_situation_id,question,answer\n2026-Q3,ls1,nps,5\n",
       "survey.csv:1: error: required column \"count\" is missing (found: period, "
       "life_situation_id, question, answer)"},
      {"survey.csv", survey_header + "2026-Q3,ls1,s1,tp1,nps,5,\"1\n",
       "survey.csv:2:7: error: a quoted field is not closed; add the closing \""},
      {"touchpoints.csv", "id,name,channel,kind\ntp1,Портал,web,digital\ntp2,МФЦ,mfc,offline\n",
       "touchpoints.csv:2:3: error: column \"channel\": expected one of portal, mobile_app"},
      {"touchpoints.csv", "id,name,channel,kind\ntp1,Портал,portal,online\ntp2,МФЦ,mfc,offline\n",
       "touchpoints.csv:2:4: error: column \"kind\": expected digital or offline, found \"online\""},
      {"services.csv", "id,name\ns1,Пособие\ns1,Пенсия\n",
       "services.csv:3:1: error: column \"id\": duplicate service id \"s1\""},
      {"appeals.csv",
       "period,topic,kind,result,count,on_time,repeat\n2026-Q3,Сроки,complaint,explained,5,6,0\n",
       "appeals.csv:2:6: error: column \"on_time\": 6 is more than count (5)"},
      {"appeals.csv",
       "period,topic,kind,result,count,on_time,repeat\n2026-Q3,Сроки,praise,explained,5,1,0\n",
       "appeals.csv:2:3: error: column \"kind\": expected statement, complaint or proposal"},
  };
  for (const auto& c : cases) {
    auto files = minimal_data();
    files[c.file] = c.text;
    const auto dir = write_data("bad", files);
    try {
      load(dir);
      BOOST_ERROR("no error for " << c.expected);
    } catch (const ingest::InputError& e) {
      const std::string what = e.what();
      BOOST_TEST(what.rfind((dir / c.expected).string(), 0) == 0, what);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_missing_required_file_is_named) {
  auto files = minimal_data();
  files.erase("appeals.csv");
  const auto dir = write_data("missing", files);
  try {
    load(dir);
    BOOST_ERROR("no error");
  } catch (const ingest::InputError& e) {
    BOOST_TEST(std::string(e.what()) ==
               (dir / "appeals.csv").string() +
                   ": error: required file not found; every data folder needs it (see "
                   "docs/data-format.md)");
  }
}

BOOST_AUTO_TEST_CASE(forced_utf8_rejects_windows_1251_bytes_with_a_hint) {
  auto files = minimal_data();
  files["services.csv"] = "id,name\ns1,\xCF\xEE\xF0\ns2,x\n";
  ingest::Config config;
  config.csv_encoding = "utf-8";
  const auto dir = write_data("forced", files);
  try {
    load(dir, nullptr, config);
    BOOST_ERROR("no error");
  } catch (const ingest::InputError& e) {
    BOOST_TEST(std::string(e.what()).find("services.csv:2: error: the text is not valid UTF-8") !=
               std::string::npos);
  }
}
