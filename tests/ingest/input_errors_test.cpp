// Every located error of input contract v1, with its full message: the file
// as data_dir/name, the line, the 1-based field, and what to do next.
#include <boost/test/unit_test.hpp>

#include "ingest/fixture.hpp"
#include "ingest/input_error.hpp"

using namespace otklik;
using test::kSurveyHeader;
using test::load_error;
using test::minimal_data;
using test::write_data;

namespace {

const std::string kAppealsHeader =
    "period,life_situation_id,touchpoint_id,topic,kind,result,count,on_time,repeat\n";

struct BadCase {
  test::Files overrides;  // files that replace the minimal data set's
  std::string expected;   // what() after "<data dir>/"
};

void check_cases(const std::vector<BadCase>& cases) {
  for (std::size_t i = 0; i < cases.size(); ++i) {
    auto files = minimal_data();
    for (const auto& [name, text] : cases[i].overrides) files[name] = text;
    const auto dir = write_data("bad-" + std::to_string(i), files);
    BOOST_TEST(load_error(dir) == (dir / cases[i].expected).string());
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(input_error_formats_like_a_compiler) {
  const ingest::InputError full({"data/survey.csv", 12, 9}, "bad");
  BOOST_TEST(std::string(full.what()) == "data/survey.csv:12:9: error: bad");
  BOOST_TEST(full.where().line == 12u);
  BOOST_TEST(full.message() == "bad");
  BOOST_TEST(std::string(ingest::InputError({"data/survey.csv", 1, 0}, "m").what()) ==
             "data/survey.csv:1: error: m");
  BOOST_TEST(std::string(ingest::InputError({"data/survey.csv", 0, 0}, "m").what()) ==
             "data/survey.csv: error: m");
  BOOST_TEST(ingest::format_warning({"data/x.csv", 1, 3}, "w") == "data/x.csv:1:3: warning: w");
}

BOOST_AUTO_TEST_CASE(a_missing_required_file_is_named) {
  for (const char* name : {"life_situations.csv", "services.csv", "life_situation_services.csv",
                           "touchpoints.csv", "survey.csv", "appeals.csv"}) {
    auto files = minimal_data();
    files.erase(name);
    const auto dir = write_data("missing", files);
    BOOST_TEST(load_error(dir) == (dir / name).string() +
                                      ": error: required file not found; every data folder "
                                      "needs " +
                                      name + " (see docs/data-format.md for its columns)");
  }
}

BOOST_AUTO_TEST_CASE(survey_errors) {
  const auto row = [](const std::string& r) {
    return test::Files{{"survey.csv", kSurveyHeader + r + "\n"}};
  };
  check_cases({
      {row("2026-Q3,ls1,s1,tp1,satisfaction,4,12a"),
       "survey.csv:2:7: error: column \"count\": expected a non-negative whole number, found "
       "\"12a\""},
      {row("2026-Q3,ls1,s1,tp1,satisfaction,4,-3"),
       "survey.csv:2:7: error: column \"count\": a count must be ≥ 0, found \"-3\""},
      {row("2026-Q3,ls1,s1,tp1,satisfaction,4,"),
       "survey.csv:2:7: error: column \"count\": expected a non-negative whole number, found \"\""},
      {row("2026-Q3,ls1,s1,tp99,satisfaction,4,1"),
       "survey.csv:2:4: error: column \"touchpoint_id\": unknown touchpoint \"tp99\" — add it to "
       "touchpoints.csv or fix the id"},
      {row("2026-Q3,ls9,s1,tp1,satisfaction,4,1"),
       "survey.csv:2:2: error: column \"life_situation_id\": unknown life situation \"ls9\" — add "
       "it to life_situations.csv or fix the id"},
      {row("2026-Q3,,s1,tp1,satisfaction,4,1"),
       "survey.csv:2:2: error: column \"life_situation_id\": a life situation id is required here"},
      {row("2026-Q3,ls1,s1,tp1,satisfaction,5,1"),
       "survey.csv:2:6: error: column \"answer\": question \"satisfaction\" takes 4, 3, 2, 1 or "
       "dk, found \"5\""},
      {row("2026-Q3,ls1,s1,tp1,nps,11,1"),
       "survey.csv:2:6: error: column \"answer\": question \"nps\" takes an integer from 0 to 10, "
       "found \"11\""},
      {row("2026-Q5,ls1,s1,tp1,nps,5,1"),
       "survey.csv:2:1: error: column \"period\": expected a quarter such as \"2026-Q3\" or a "
       "month such as \"2026-07\", found \"2026-Q5\""},
      {row("2026-13,ls1,s1,tp1,nps,5,1"),
       "survey.csv:2:1: error: column \"period\": expected a quarter such as \"2026-Q3\" or a "
       "month such as \"2026-07\", found \"2026-13\""},
      {row("2026-Q3,ls1,s1,tp1,mood,5,1"),
       "survey.csv:2:5: error: column \"question\": unknown question \"mood\"; the known "
       "questions are satisfaction, need_satisfaction, ease, nps — add it to questions.csv (id, "
       "text, scale) or fix the id"},
      // A bad id on a row after good ones: ids repeated from the row before
      // are not looked up again, a changed one always is.
      {row("2026-Q3,ls1,s1,tp1,satisfaction,4,1\n2026-Q3,ls1,s1,tp1,satisfaction,3,1\n"
           "2026-Q3,ls1,s1,tp7,satisfaction,3,1"),
       "survey.csv:4:4: error: column \"touchpoint_id\": unknown touchpoint \"tp7\" — add it to "
       "touchpoints.csv or fix the id"},
      {row("2026-Q3,ls1,s1,tp1,satisfaction,4,1\n2026-Q3,,s1,tp1,satisfaction,4,1"),
       "survey.csv:3:2: error: column \"life_situation_id\": a life situation id is required here"},
      {row("2026-Q3,ls1,s1,tp1,nps,4,1\n2026-Q3,ls1,s1,tp1,mood,4,1"),
       "survey.csv:3:5: error: column \"question\": unknown question \"mood\"; the known "
       "questions are satisfaction, need_satisfaction, ease, nps — add it to questions.csv (id, "
       "text, scale) or fix the id"},
      {row("2026-Q3,ls1,s1,tp1,nps,4,1\n2026-Q5,ls1,s1,tp1,nps,4,1"),
       "survey.csv:3:1: error: column \"period\": expected a quarter such as \"2026-Q3\" or a "
       "month such as \"2026-07\", found \"2026-Q5\""},
      {row("2026-Q3,ls1,s1,tp1,nps,5"),
       "survey.csv:2: error: expected 7 fields as in the header, found 6; an empty value still "
       "needs its \",\""},
      {row("2026-Q3,ls1,s1,tp1,nps,5,1,2"),
       "survey.csv:2: error: expected 7 fields as in the header, found 8; put a value that "
       "contains \",\" in double quotes"},
      {row("2026-Q3,ls1,s1,tp1,nps,5,\"1"),
       "survey.csv:2:7: error: a quoted field is not closed; add the closing \" or double a \" "
       "inside the text (\"\")"},
      {{{"survey.csv",
         "period,life_situation_id,segment_id,question,answer,count\n2026-Q3,ls1,pens,nps,9,1\n"}},
       "survey.csv:2:3: error: column \"segment_id\": unknown segment \"pens\" — add it to "
       "segments.csv or fix the id"},
      {{{"questions.csv", "id,text,scale\npolite,Вежливы?,binary\n"},
        {"survey.csv", kSurveyHeader + "2026-Q3,ls1,s1,tp1,polite,4,1\n"}},
       "survey.csv:2:6: error: column \"answer\": question \"polite\" takes yes, no, dk or na, "
       "found \"4\""},
  });
}

BOOST_AUTO_TEST_CASE(header_errors) {
  check_cases({
      {{{"survey.csv", "period,life_situation_id,question,answer\n2026-Q3,ls1,nps,5\n"}},
       "survey.csv:1: error: required column \"count\" is missing; the header has: period, "
       "life_situation_id, question, answer. Add the column or fix its name (see "
       "docs/data-format.md)"},
      {{{"survey.csv", "period,life_situation_id,question,anwser,cuont\n2026-Q3,ls1,nps,5,1\n"}},
       "survey.csv:1: error: required columns \"answer\", \"count\" are missing; the header has: "
       "period, life_situation_id, question, anwser, cuont. Is \"anwser\" a misspelling of "
       "\"answer\"? Is \"cuont\" a misspelling of \"count\"? Add the column or fix its name (see "
       "docs/data-format.md)"},
      {{{"survey.csv",
         "period,count,life_situation_id,question,answer,count\n2026-Q3,1,ls1,nps,5,1\n"}},
       "survey.csv:1:6: error: column \"count\" appears twice in the header (columns 2 and 6); "
       "remove or rename one of them"},
      {{{"services.csv", ""}},
       "services.csv:1: error: the file is empty; the first line must name the columns (see "
       "docs/data-format.md)"},
  });
}

BOOST_AUTO_TEST_CASE(dimension_errors) {
  const std::string scenario = "life_situation_id,service_id,in_scenario,proactive\n";
  check_cases({
      {{{"touchpoints.csv", "id,name,channel,kind\ntp1,Портал,web,digital\ntp2,МФЦ,mfc,offline\n"}},
       "touchpoints.csv:2:3: error: column \"channel\": expected one of portal, mobile_app, "
       "phone, email, letter, personal_account, social, messenger, chatbot, voice_assistant, "
       "in_person, mfc, other, found \"web\""},
      {{{"touchpoints.csv",
         "id,name,channel,kind\ntp1,Портал,portal,online\ntp2,МФЦ,mfc,offline\n"}},
       "touchpoints.csv:2:4: error: column \"kind\": expected digital or offline, found "
       "\"online\""},
      {{{"touchpoints.csv",
         "id,name,channel,kind\ntp1,Портал,portal,digital\ntp1,МФЦ,mfc,offline\n"}},
       "touchpoints.csv:3:1: error: column \"id\": duplicate touchpoint id \"tp1\" (first on line "
       "2); each id must be unique"},
      {{{"services.csv", "id,name\ns1,Пособие\ns1,Пенсия\n"}},
       "services.csv:3:1: error: column \"id\": duplicate service id \"s1\" (first on line 2); "
       "each id must be unique"},
      {{{"life_situations.csv", "id,name\nls1,А\nls2,Б\nls1,В\n"}},
       "life_situations.csv:4:1: error: column \"id\": duplicate life situation id \"ls1\" (first "
       "on line 2); each id must be unique"},
      {{{"life_situations.csv", "id,name,order\nls1,А,first\nls2,Б,2\n"}},
       "life_situations.csv:2:3: error: column \"order\": expected a whole number such as 3, "
       "found \"first\""},
      {{{"life_situations.csv", "id,name,priority\nls1,А,yes\nls2,Б,0\n"}},
       "life_situations.csv:2:3: error: column \"priority\": expected 0 or 1, found \"yes\""},
      {{{"life_situations.csv", "id,name\nls1,\nls2,Б\n"}},
       "life_situations.csv:2:2: error: column \"name\": a value is required here"},
      {{{"life_situation_services.csv", scenario + "ls1,s9,1,0\n"}},
       "life_situation_services.csv:2:2: error: column \"service_id\": unknown service \"s9\" — "
       "add it to services.csv or fix the id"},
      {{{"life_situation_services.csv", scenario + "ls1,s1,1,1\nls1,s1,0,0\n"}},
       "life_situation_services.csv:3:2: error: column \"service_id\": service \"s1\" is already "
       "listed for \"ls1\" on line 2; keep one row per pair"},
      {{{"life_situation_services.csv", scenario + "ls1,s1,2,0\n"}},
       "life_situation_services.csv:2:3: error: column \"in_scenario\": expected 0 or 1, found "
       "\"2\""},
      {{{"segments.csv", "id,name,client_type\nseg1,Граждане,staff\n"}},
       "segments.csv:2:3: error: column \"client_type\": expected citizen, business or internal, "
       "found \"staff\""},
      {{{"regions.csv", "id,name\nr1,Москва\nr1,Тверь\n"}},
       "regions.csv:3:1: error: column \"id\": duplicate region id \"r1\" (first on line 2); "
       "each id must be unique"},
      {{{"questions.csv", "id,text,scale\npolite,Вежливы?,five_point\n"}},
       "questions.csv:2:3: error: column \"scale\": expected four_point, nps or binary, found "
       "\"five_point\""},
      {{{"questions.csv", "id,text,scale\nnps,Порекомендуете?,nps\n"}},
       "questions.csv:2:1: error: column \"id\": question \"nps\" is built in and needs no row; "
       "remove the row or use another id"},
  });
}

BOOST_AUTO_TEST_CASE(fact_errors) {
  check_cases({
      {{{"appeals.csv", kAppealsHeader + "2026-Q3,ls1,tp1,Сроки,complaint,explained,5,6,0\n"}},
       "appeals.csv:2:8: error: column \"on_time\": 6 is more than count (5); it counts a part of "
       "count, so it must be ≤ count"},
      {{{"appeals.csv", kAppealsHeader + "2026-Q3,ls1,tp1,Сроки,complaint,explained,5,5,7\n"}},
       "appeals.csv:2:9: error: column \"repeat\": 7 is more than count (5); it counts a part of "
       "count, so it must be ≤ count"},
      {{{"appeals.csv", kAppealsHeader + "2026-Q3,ls1,tp1,Сроки,praise,explained,5,5,0\n"}},
       "appeals.csv:2:5: error: column \"kind\": expected statement, complaint or proposal, found "
       "\"praise\""},
      {{{"appeals.csv", kAppealsHeader + "2026-Q3,ls1,tp1,Сроки,complaint,done,5,5,0\n"}},
       "appeals.csv:2:6: error: column \"result\": expected supported, measures_taken, explained, "
       "not_supported, answered, forwarded or in_progress, found \"done\""},
      {{{"appeals.csv", kAppealsHeader + "2026-Q3,ls1,tp1,,complaint,explained,5,5,0\n"}},
       "appeals.csv:2:4: error: column \"topic\": a value is required here"},
      {{{"service_requests.csv", "period,service_id,completed,repeated_4w\n2026-Q3,s1,10,11\n"}},
       "service_requests.csv:2:4: error: column \"repeated_4w\": 11 is more than completed (10); "
       "it counts a part of completed, so it must be ≤ completed"},
      {{{"service_requests.csv", "period,service_id,completed,repeated_4w\n2026-Q3,s9,10,1\n"}},
       "service_requests.csv:2:2: error: column \"service_id\": unknown service \"s9\" — add it "
       "to services.csv or fix the id"},
      {{{"response_times.csv",
         "period,touchpoint_id,request_type,hours_max,count\n2026-Q3,tp1,dm,2,1\n"}},
       "response_times.csv:2:3: error: column \"request_type\": expected mention or official, "
       "found \"dm\""},
      {{{"response_times.csv",
         "period,touchpoint_id,request_type,hours_max,count\n2026-Q3,tp1,mention,abc,1\n"}},
       "response_times.csv:2:4: error: column \"hours_max\": expected a non-negative number such "
       "as 3.5, found \"abc\""},
      {{{"response_times.csv",
         "period,touchpoint_id,request_type,hours_max,count\n2026-Q3,tp1,mention,\"3,5\",1\n"}},
       "response_times.csv:2:4: error: column \"hours_max\": expected a non-negative number such "
       "as 3.5, found \"3,5\""},
      {{{"response_times.csv",
         "period;touchpoint_id;request_type;hours_max;count\n2026-Q3;tp1;mention;-1,5;1\n"}},
       "response_times.csv:2:4: error: column \"hours_max\": expected a non-negative number such "
       "as 3,5, found \"-1,5\""},
      {{{"pain_points.csv",
         "period,life_situation_id,touchpoint_id,theme,mentions\n2026-Q3,ls1,,Очереди,many\n"}},
       "pain_points.csv:2:5: error: column \"mentions\": expected a non-negative whole number, "
       "found \"many\""},
      {{{"service_standards.csv",
         "period,touchpoint_id,standard,met,total\n2026-Q3,tp1,ack_24h,9,8\n"}},
       "service_standards.csv:2:4: error: column \"met\": 9 is more than total (8); it counts a "
       "part of total, so it must be ≤ total"},
      {{{"service_standards.csv",
         "period,touchpoint_id,standard,met,total\n2026-Q3,tp1,wait_5min,1,2\n"}},
       "service_standards.csv:2:3: error: column \"standard\": expected transfers_le_2, ack_24h, "
       "wait_15min, inperson_5min or form_10min, found \"wait_5min\""},
  });
}

BOOST_AUTO_TEST_CASE(text_that_is_not_utf8_once_utf8_was_settled) {
  // Line 2 is UTF-8 ("Пособие"), which settles the encoding; line 3 holds
  // Windows-1251 bytes, which cannot be decoded as UTF-8.
  check_cases({{{{"services.csv", "id,name\ns1,Пособие\ns2,\xCF\xE5\xED\n"}},
                "services.csv:3:2: error: the text is not valid UTF-8; save the file as UTF-8, or "
                "set `csv: {encoding: windows-1251}` in otklik.yaml if it is Windows-1251"}});
}

BOOST_AUTO_TEST_CASE(forced_utf8_rejects_windows_1251_bytes) {
  auto files = minimal_data();
  files["services.csv"] = "id,name\ns1,\xCF\xEE\xF0\ns2,x\n";
  ingest::Config config;
  config.csv_encoding = "utf-8";
  const auto dir = write_data("forced-utf8", files);
  BOOST_TEST(load_error(dir, config) ==
             (dir / "services.csv").string() +
                 ":2:2: error: the text is not valid UTF-8; save the file as UTF-8, or set `csv: "
                 "{encoding: windows-1251}` in otklik.yaml if it is Windows-1251");
}
