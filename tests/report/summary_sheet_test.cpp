// «Сводка»: every indicator of the scope's last period, one row each.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>

#include "report/report_fixture.hpp"
#include "report/xlsx_reader.hpp"

using otklik::test::XlsxFile;
using otklik::test::XlsxSheet;

// Columns: A Период, B Код показателя, C Показатель, D Уточнение, E Единица,
// F n, G first count, H second count, I value, J-K interval, L stars,
// M change, N significance, O note. Rows of all × 2026-Q3 in the order of the
// definitions: 2 satisfaction, 3 CSI, 4 NPS, 5 appeals, 6 on time, 7 repeat,
// 8 complaints, 9 the formula-like topic.
namespace {

const XlsxSheet& summary() {
  static const XlsxFile file(otklik::test::write_fixture_workbook("summary"));
  return file.sheet("Сводка");
}

std::string text(const std::string& ref) { return summary().at(ref).text; }

}  // namespace

BOOST_AUTO_TEST_CASE(summary_lists_the_last_period_of_the_scope_in_definition_order) {
  const XlsxSheet& sheet = summary();
  BOOST_TEST(text("B1") == "Код показателя");
  BOOST_TEST(text("O1") == "Примечание");
  const std::vector<std::string> keys = {"satisfaction_share",
                                         "csi",
                                         "nps",
                                         "appeals_count",
                                         "appeals_on_time_share",
                                         "appeals_repeat_share",
                                         "appeals_kind:complaint",
                                         "appeals_topic:=HYPERLINK(\"http://x\")"};
  BOOST_REQUIRE(sheet.last_row == static_cast<int>(keys.size()) + 1);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::string row = std::to_string(i + 2);
    BOOST_TEST(text("A" + row) == "2026-Q3");
    BOOST_TEST(text("B" + row) == keys[i]);
  }
  BOOST_TEST(sheet.frozen_top_left() == "D2");
  BOOST_TEST(sheet.autofilter() == "A1:O9");
}

BOOST_AUTO_TEST_CASE(summary_values_are_formulas_over_the_counts_of_their_row) {
  const XlsxSheet& sheet = summary();
  BOOST_TEST(sheet.at("F2").number() == 120);
  BOOST_TEST(sheet.at("G2").number() == 90);
  BOOST_TEST(*sheet.at("I2").formula == "G2/F2");
  BOOST_TEST(sheet.at("I2").number() == 0.75);
  BOOST_TEST(sheet.at("I2").number_format == "0.0%");
  BOOST_TEST(*sheet.at("I3").formula == "G3/F3");  // CSI: the score sum over n
  BOOST_TEST(*sheet.at("I4").formula == "(G4-H4)/F4*100");
  BOOST_TEST(text("O4") == "мало ответов (менее 100)");
  // Appeals on time: 38 of 40.
  BOOST_TEST(*sheet.at("I6").formula == "G6/F6");
  BOOST_TEST(sheet.at("I6").number() == 0.95);
}

BOOST_AUTO_TEST_CASE(counts_are_their_own_figure_and_details_are_named) {
  const XlsxSheet& sheet = summary();
  BOOST_TEST(text("D8") == "Жалоба");
  BOOST_TEST(text("E8") == "количество");
  BOOST_TEST(!sheet.at("I8").formula.has_value());
  BOOST_TEST(sheet.at("I8").number() == 10);
  BOOST_TEST(sheet.at("I8").number_format == "#,##0");
}

BOOST_AUTO_TEST_CASE(a_topic_that_looks_like_a_formula_stays_text) {
  const XlsxSheet& sheet = summary();
  BOOST_TEST(sheet.at("D9").is_string());
  BOOST_TEST(!sheet.at("D9").formula.has_value());
  BOOST_TEST(text("D9") == "=HYPERLINK(\"http://x\")");
  BOOST_TEST(sheet.xml.find("<f>HYPERLINK") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(star_level_is_a_formula_over_the_value_and_methodology_thresholds) {
  const XlsxSheet& sheet = summary();
  const auto& stars = sheet.at("L2");
  BOOST_REQUIRE(stars.formula.has_value());
  BOOST_TEST(stars.number() == 3);  // 75 %: 70,1–80,0
  // Satisfaction is the first row of «Методика»; level 5 from K2 to L2, ..., 1 S2..T2.
  const std::string rounded = "INT(I2*1000+0.5+1E-9)/10";
  std::string expected;
  std::string closing;
  const char* columns[] = {"K", "L", "M", "N", "O", "P", "Q", "R", "S", "T"};
  for (int level = 5; level >= 1; --level) {
    const std::string low = "'Методика'!$" + std::string(columns[(5 - level) * 2]) + "$2";
    const std::string high = "'Методика'!$" + std::string(columns[(5 - level) * 2 + 1]) + "$2";
    expected += "IF(AND(" + rounded + ">=" + low + "," + rounded + "<=" + high + ")," +
                std::to_string(level) + ",";
    closing += ")";
  }
  BOOST_TEST(*stars.formula == expected + "0" + closing);
  BOOST_TEST(sheet.find("L4") == nullptr);  // the fixture's NPS has no level
}
