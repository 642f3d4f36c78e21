// Building the Dataset: ordering, merging of survey rows into cells, period
// remapping, optional files and columns, the input file list.
#include "ingest/load_dataset.hpp"

#include <Poco/TextConverter.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1251Encoding.h>

#include <boost/test/unit_test.hpp>

#include "ingest/fixture.hpp"

using namespace otklik;
using test::load;
using test::minimal_data;
using test::write_data;

namespace {

// Removes this process's temp folders once every test has run.
struct RemoveTempFolders {
  ~RemoveTempFolders() {
    std::error_code ignored;
    std::filesystem::remove_all(std::filesystem::temp_directory_path() /
                                    ("otklik-ingest-test-" + std::to_string(::getpid())),
                                ignored);
  }
};
BOOST_TEST_GLOBAL_FIXTURE(RemoveTempFolders);

std::vector<std::string> labels(const model::Dataset& d) {
  std::vector<std::string> out;
  for (const auto& p : d.periods) out.push_back(p.label());
  return out;
}

std::vector<std::string> input_names(const model::Dataset& d) {
  std::vector<std::string> out;
  for (const auto& f : d.inputs) out.push_back(f.name);
  return out;
}

// The file as Russian Excel saves it: `;`, CRLF, Windows-1251.
std::string excel_export(std::string utf8_comma_lf) {
  std::string text;
  bool quoted = false;
  for (char c : utf8_comma_lf) {
    if (c == '"') quoted = !quoted;
    if (c == ',' && !quoted) c = ';';
    if (c == '\n') text += '\r';
    text += c;
  }
  Poco::UTF8Encoding utf8;
  Poco::Windows1251Encoding windows1251;
  std::string out;
  Poco::TextConverter(utf8, windows1251).convert(text, out);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(minimal_data_orders_dimensions_and_periods) {
  const auto d = load(write_data("order", minimal_data()));
  // By order then id: ls3 (no order = 0), ls1 (1), ls2 (2).
  BOOST_TEST_REQUIRE(d.life_situations.size() == 3u);
  BOOST_TEST(d.life_situations[0].id == "ls3");
  BOOST_TEST(d.life_situations[1].id == "ls1");
  BOOST_TEST(d.life_situations[2].id == "ls2");
  BOOST_TEST(d.life_situations[1].name == "Рождение ребёнка");
  BOOST_TEST((d.touchpoints[1].channel == model::Channel::Mfc));
  BOOST_TEST((d.touchpoints[0].kind == model::TouchpointKind::Digital));
  BOOST_TEST(d.life_situation_services.size() == 2u);
  BOOST_TEST(d.life_situation_services[1].proactive == false);
  // Only the periods in facts, chronological: Q1 from appeals; 2026-07 sorts
  // inside Q3's span (key 202607 < 202609) and so before 2026-Q3.
  BOOST_TEST(labels(d) == (std::vector<std::string>{"2026-Q1", "2026-Q2", "2026-07", "2026-Q3"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(built_in_questions_come_first_in_a_fixed_order) {
  const auto d = load(write_data("questions", minimal_data()));
  BOOST_TEST_REQUIRE(d.questions.size() == 4u);
  const char* ids[] = {"satisfaction", "need_satisfaction", "ease", "nps"};
  for (std::size_t i = 0; i < 4; ++i) {
    BOOST_TEST(d.questions[i].id == ids[i]);
    BOOST_TEST(d.questions[i].built_in);
  }
  BOOST_TEST(d.questions[0].text == "Насколько вы удовлетворены получением услуги?");
  BOOST_TEST(d.questions[1].text ==
             "Насколько удовлетворена ваша потребность в жизненной ситуации в целом?");
  BOOST_TEST(d.questions[2].text == "Насколько легко было получить услугу?");
  BOOST_TEST(d.questions[3].text.rfind("Какова вероятность, что вы порекомендуете", 0) == 0);
  BOOST_TEST((d.questions[3].scale == model::Scale::Nps));
}

BOOST_AUTO_TEST_CASE(survey_rows_merge_into_one_cell_per_key_sorted_by_key) {
  const auto d = load(write_data("cells", minimal_data()));
  // Six rows, three keys: (Q3 ls1 s1 tp1 satisfaction) x3 rows, (Q2 ls1 - tp2
  // nps) x2, (07 ls2 s2 - ease) x1. Sorted by period index first.
  BOOST_TEST_REQUIRE(d.survey.size() == 3u);
  const auto& nps = d.survey[0];
  BOOST_TEST(nps.key.period == 1);          // 2026-Q2
  BOOST_TEST(nps.key.life_situation == 1);  // ls1 is second after sorting
  BOOST_TEST(nps.key.service == model::kNone);
  BOOST_TEST(nps.key.touchpoint == 1);
  BOOST_TEST(nps.key.segment == model::kNone);
  BOOST_TEST(nps.key.question == 3);
  BOOST_TEST(nps.answers[9] == 5u);
  BOOST_TEST(nps.answers[10] == 1u);
  BOOST_TEST(nps.answers.total() == 6u);  // 5 + 1

  const auto& ease = d.survey[1];
  BOOST_TEST(ease.key.period == 2);  // 2026-07
  BOOST_TEST(ease.key.life_situation == 2);
  BOOST_TEST(ease.key.service == 1);
  BOOST_TEST(ease.key.touchpoint == model::kNone);
  BOOST_TEST(ease.answers[1] == 4u);

  const auto& satisfaction = d.survey[2];
  BOOST_TEST(satisfaction.key.period == 3);    // 2026-Q3
  BOOST_TEST(satisfaction.answers[4] == 13u);  // 10 + 3
  BOOST_TEST(satisfaction.answers.at(model::AnswerSlot::Dk) == 2u);
  BOOST_TEST(satisfaction.answers.total() == 15u);  // 13 + 2
}

BOOST_AUTO_TEST_CASE(rows_of_a_cell_merge_whether_or_not_they_are_next_to_each_other) {
  // ids that change and change back, and a cell whose rows come in runs
  // apart: (Q3 ls1 s1 tp1 satisfaction) 1 + 2 + 4, (Q3 ls1 s2 tp1
  // satisfaction) 8, (Q3 ls1 s1 tp2 satisfaction) 16.
  test::Files files = minimal_data();
  files["survey.csv"] = test::kSurveyHeader +
                        "2026-Q3,ls1,s1,tp1,satisfaction,4,1\n"
                        "2026-Q3,ls1,s1,tp1,satisfaction,4,2\n"
                        "2026-Q3,ls1,s2,tp1,satisfaction,4,8\n"
                        "2026-Q3,ls1,s1,tp1,satisfaction,4,4\n"
                        "2026-Q3,ls1,s1,tp2,satisfaction,4,16\n";
  const auto d = load(write_data("cell-runs", files));
  BOOST_TEST_REQUIRE(d.survey.size() == 3u);
  // Sorted: service s1 (0) before s2 (1); within s1, tp1 (0) before tp2 (1).
  BOOST_TEST(d.survey[0].key.service == 0);
  BOOST_TEST(d.survey[0].key.touchpoint == 0);
  BOOST_TEST(d.survey[0].answers[4] == 7u);
  BOOST_TEST(d.survey[1].key.service == 0);
  BOOST_TEST(d.survey[1].key.touchpoint == 1);
  BOOST_TEST(d.survey[1].answers[4] == 16u);
  BOOST_TEST(d.survey[2].key.service == 1);
  BOOST_TEST(d.survey[2].key.touchpoint == 0);
  BOOST_TEST(d.survey[2].answers[4] == 8u);
}

BOOST_AUTO_TEST_CASE(appeals_are_kept_as_rows_in_period_order) {
  const auto d = load(write_data("appeals", minimal_data()));
  BOOST_TEST_REQUIRE(d.appeals.size() == 2u);
  // File order is Q3 then Q1; rows come out by period.
  BOOST_TEST(d.appeals[0].topic == "Прочее");
  BOOST_TEST(d.appeals[0].period == 0);  // 2026-Q1
  BOOST_TEST(d.appeals[0].life_situation == model::kNone);
  BOOST_TEST((d.appeals[0].kind == model::AppealKind::Proposal));
  BOOST_TEST(d.appeals[1].period == 3);  // 2026-Q3
  BOOST_TEST(d.appeals[1].touchpoint == 0);
  BOOST_TEST((d.appeals[1].result == model::AppealResult::Explained));
  BOOST_TEST(d.appeals[1].count == 5u);
  BOOST_TEST(d.appeals[1].on_time == 4u);
  BOOST_TEST(d.appeals[1].repeat == 1u);
}

BOOST_AUTO_TEST_CASE(inputs_list_required_files_with_rows_and_checksums) {
  auto files = minimal_data();
  files["services.csv"] = "id,name\ns1,A\n";  // sha256sum of these 13 bytes, below
  files["survey.csv"] = test::kSurveyHeader + "2026-Q3,ls1,s1,tp1,satisfaction,4,1\n";
  files["life_situation_services.csv"] = "life_situation_id,service_id,in_scenario,proactive\n";
  const auto d = load(write_data("inputs", files));
  BOOST_TEST(
      input_names(d) == (std::vector<std::string>{"life_situations.csv", "services.csv",
                                                  "life_situation_services.csv", "touchpoints.csv",
                                                  "survey.csv", "appeals.csv"}),
      boost::test_tools::per_element());
  BOOST_TEST(d.inputs[0].rows == 3u);
  BOOST_TEST(d.inputs[1].rows == 1u);
  BOOST_TEST(d.inputs[2].rows == 0u);  // a header alone is an empty table
  BOOST_TEST(d.inputs[5].rows == 2u);
  // printf 'id,name\ns1,A\n' | sha256sum
  BOOST_TEST(d.inputs[1].sha256 ==
             "646c614852f8af92524fa24fd0a684fcb9735c0609694a5b34cd344a12c7f90a");
  BOOST_TEST(!d.has_input("segments.csv"));
}

BOOST_AUTO_TEST_CASE(absent_optional_files_leave_empty_vectors) {
  const auto d = load(write_data("absent", minimal_data()));
  BOOST_TEST(d.segments.empty());
  BOOST_TEST(d.regions.empty());
  BOOST_TEST(d.service_requests.empty());
  BOOST_TEST(d.response_times.empty());
  BOOST_TEST(d.pain_points.empty());
  BOOST_TEST(d.service_standards.empty());
  BOOST_TEST(d.inputs.size() == 6u);
}

BOOST_AUTO_TEST_CASE(columns_in_any_order_and_absent_optional_columns) {
  auto files = minimal_data();
  // No service_id or touchpoint_id column at all; count comes first.
  files["survey.csv"] =
      "count,answer,question,life_situation_id,period\n"
      "7,4,ease,ls1,2026-Q3\n"
      "2,4,ease,ls1,2026-Q3\n";
  files["touchpoints.csv"] =
      "kind,channel,name,id\noffline,mfc,МФЦ,tp2\ndigital,portal,Портал,tp1\n";
  const auto d = load(write_data("reordered", files));
  BOOST_TEST_REQUIRE(d.survey.size() == 1u);
  BOOST_TEST(d.survey[0].key.service == model::kNone);
  BOOST_TEST(d.survey[0].key.touchpoint == model::kNone);
  BOOST_TEST(d.survey[0].answers[4] == 9u);  // 7 + 2
  BOOST_TEST(d.touchpoints[0].id == "tp2");  // file order
  BOOST_TEST(d.touchpoints[0].name == "МФЦ");
  BOOST_TEST(d.appeals.at(1).touchpoint == 1);  // tp1 is now second
}

BOOST_AUTO_TEST_CASE(a_russian_excel_export_reads_the_same) {
  auto files = minimal_data();
  files["services.csv"] = "id,name\ns1,\"Пособие, \"\"единое\"\"\nпо уходу\"\ns2,Пенсия\n";
  files["response_times.csv"] =
      "period,touchpoint_id,request_type,hours_max,count\n2026-Q3,tp2,mention,3.5,7\n";
  const auto utf8 = load(write_data("excel-utf8", files));
  for (auto& [name, text] : files) text = excel_export(text);
  files["response_times.csv"] =
      "period;touchpoint_id;request_type;hours_max;count\r\n2026-Q3;tp2;mention;3,5;7\r\n";
  const auto excel = load(write_data("excel-1251", files));
  BOOST_TEST(excel.services[0].name == "Пособие, \"единое\"\nпо уходу");
  BOOST_TEST(excel.services[0].name == utf8.services[0].name);
  BOOST_TEST(excel.life_situations[1].name == "Рождение ребёнка");
  BOOST_TEST(excel.appeals[1].topic == "Сроки");
  BOOST_TEST(excel.response_times.at(0).hours_max == 3.5);  // decimal comma with `;`
  BOOST_TEST(utf8.response_times.at(0).hours_max == 3.5);
  BOOST_TEST_REQUIRE(excel.survey.size() == utf8.survey.size());
  for (std::size_t i = 0; i < utf8.survey.size(); ++i) {
    BOOST_TEST((excel.survey[i].key == utf8.survey[i].key));
    BOOST_TEST(excel.survey[i].answers.total() == utf8.survey[i].answers.total());
  }
}

BOOST_AUTO_TEST_CASE(unknown_columns_are_warnings_with_a_hint_when_close) {
  auto files = minimal_data();
  files["services.csv"] = "id,name,colour\ns1,Пособие,red\ns2,Пенсия,blue\n";
  files["survey.csv"] =
      "period,life_situation_id,serivce_id,question,answer,count\n"
      "2026-Q3,ls1,s1,nps,9,1\n";
  std::vector<std::string> warnings;
  const auto dir = write_data("warn", files);
  const auto d = load(dir, &warnings);
  BOOST_TEST_REQUIRE(warnings.size() == 2u);
  BOOST_TEST(warnings[0] == (dir / "services.csv").string() +
                                ":1:3: warning: unknown column \"colour\" is ignored");
  BOOST_TEST(warnings[1] == (dir / "survey.csv").string() +
                                ":1:3: warning: unknown column \"serivce_id\" is ignored; did you "
                                "mean \"service_id\"?");
  BOOST_TEST(d.survey.at(0).key.service == model::kNone);  // the misspelt column is not read
}

BOOST_AUTO_TEST_CASE(a_questions_file_adds_questions_after_the_built_in_ones) {
  auto files = minimal_data();
  files["questions.csv"] = "id,text,scale\npolite,Были ли сотрудники вежливы?,binary\n";
  files["survey.csv"] = test::kSurveyHeader +
                        "2026-Q3,ls1,s1,tp1,polite,yes,8\n"
                        "2026-Q3,ls1,s1,tp1,polite,na,1\n";
  const auto d = load(write_data("custom-question", files));
  BOOST_TEST_REQUIRE(d.questions.size() == 5u);
  BOOST_TEST(d.questions[4].id == "polite");
  BOOST_TEST(!d.questions[4].built_in);
  BOOST_TEST((d.questions[4].scale == model::Scale::Binary));
  BOOST_TEST_REQUIRE(d.survey.size() == 1u);
  BOOST_TEST(d.survey[0].key.question == 4);
  BOOST_TEST(d.survey[0].answers.at(model::AnswerSlot::Yes) == 8u);
  BOOST_TEST(d.survey[0].answers.at(model::AnswerSlot::Na) == 1u);
}

// tests/fixtures/ingest/full: every file of the contract, as a ministry
// export would have them (`;` and a decimal comma in response_times.csv,
// quoted text with commas and line breaks, columns in their own order).
BOOST_AUTO_TEST_CASE(the_full_fixture_reads_every_file) {
  std::vector<std::string> warnings;
  const auto d =
      load(std::filesystem::path(OTKLIK_SOURCE_DIR) / "tests/fixtures/ingest/full", &warnings);
  BOOST_TEST(warnings.empty());
  BOOST_TEST(
      input_names(d) == (std::vector<std::string>{
                            "life_situations.csv", "services.csv", "life_situation_services.csv",
                            "touchpoints.csv", "survey.csv", "appeals.csv", "segments.csv",
                            "regions.csv", "questions.csv", "service_requests.csv",
                            "response_times.csv", "pain_points.csv", "service_standards.csv"}),
      boost::test_tools::per_element());
  BOOST_TEST(d.life_situations.size() == 3u);
  BOOST_TEST(d.life_situations[0].id == "birth");  // order 1
  BOOST_TEST(d.life_situations[0].priority);
  BOOST_TEST(d.life_situations[0].sphere == "Семья и дети");
  BOOST_TEST(d.life_situations[0].description ==
             "Регистрация рождения, пособия\nи «материнский капитал»");
  BOOST_TEST(d.services.size() == 4u);
  BOOST_TEST(d.touchpoints.size() == 4u);
  BOOST_TEST(d.segments.size() == 2u);
  BOOST_TEST((d.segments[1].client_type == model::ClientType::Internal));
  BOOST_TEST(d.regions.size() == 2u);
  BOOST_TEST(d.questions.size() == 5u);
  BOOST_TEST(labels(d) == (std::vector<std::string>{"2026-Q1", "2026-Q2"}),
             boost::test_tools::per_element());
  // survey.csv has 12 rows; rows 1+2, 3+4 and 9+10 share their keys: 12 - 3 = 9 cells.
  BOOST_TEST(d.inputs[4].rows == 12u);
  BOOST_TEST(d.survey.size() == 9u);
  uint64_t answers = 0;
  for (const auto& cell : d.survey) answers += cell.answers.total();
  BOOST_TEST(answers == 233u);  // 40+10+25+5+30+12+8+3+50+20+20+10
  BOOST_TEST(d.appeals.size() == 3u);
  BOOST_TEST(d.service_requests.size() == 2u);
  BOOST_TEST(d.service_requests[1].repeated_4w == 12u);
  BOOST_TEST_REQUIRE(d.response_times.size() == 2u);
  BOOST_TEST(d.response_times[0].hours_max == 2.5);  // "2,5"
  BOOST_TEST((d.response_times[1].request_type == model::RequestType::Official));
  BOOST_TEST(d.pain_points.size() == 2u);
  BOOST_TEST(d.pain_points[0].touchpoint == model::kNone);
  BOOST_TEST_REQUIRE(d.service_standards.size() == 2u);
  BOOST_TEST((d.service_standards[0].standard == model::ServiceStandard::TransfersLe2));
  BOOST_TEST(d.service_standards[0].met == 90u);
}
