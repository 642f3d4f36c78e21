#include <boost/test/unit_test.hpp>
#include <string>

#include "metrics/definitions.hpp"
#include "report/report_fixture.hpp"
#include "report/xlsx_reader.hpp"

using otklik::metrics::definition;
using otklik::metrics::IndicatorId;
using otklik::test::XlsxFile;
using otklik::test::XlsxSheet;

// Columns: A Период, B Код ЖС, C name; satisfaction D..J (n, positive, dk,
// value, low, high, stars), need satisfaction K..Q, ease R..X, CSI Y..AE
// (n, score sum, dk, value...), NPS AF..AL (n, promoters, detractors,
// value...), AM note. Rows: 2-3 all (Q2, Q3), 4-5 ls01, 6-7 ls02, 8-9 ls03.
namespace {

const XlsxSheet& ls_sheet() {
  static const XlsxFile file(otklik::test::write_fixture_workbook("life-situations"));
  static const XlsxSheet& sheet = file.sheet("Динамика");
  return sheet;
}

std::string text(const std::string& ref) { return ls_sheet().at(ref).text; }

}  // namespace

BOOST_AUTO_TEST_CASE(dynamics_sheet_is_a_table_with_a_frozen_header) {
  const XlsxSheet& sheet = ls_sheet();
  BOOST_TEST(text("A1") == "Период");
  BOOST_TEST(text("B1") == "Код ЖС");
  BOOST_TEST(text("C1") == "Жизненная ситуация");
  const std::string sat(definition(IndicatorId::SatisfactionShare).short_name);
  BOOST_TEST(text("D1") == sat + ": ответов в базе (n)");
  BOOST_TEST(text("G1") == sat + ": значение");
  const std::string nps(definition(IndicatorId::Nps).short_name);
  BOOST_TEST(text("AG1") == nps + ": промоутеров (9–10)");
  BOOST_TEST(text("AM1") == "Примечание");
  // 1 header + 2 periods × (all + 3 life situations) = 9 rows.
  BOOST_TEST(sheet.autofilter() == "A1:AM9");
  BOOST_TEST(sheet.frozen_top_left() == "D2");
}

BOOST_AUTO_TEST_CASE(all_life_situations_come_first_then_each_by_period) {
  BOOST_TEST(text("A2") == "2026-Q2");
  BOOST_TEST(ls_sheet().find("B2") == nullptr);  // the all cut has no code
  BOOST_TEST(text("C2") == "Все жизненные ситуации");
  BOOST_TEST(text("A3") == "2026-Q3");
  BOOST_TEST(text("B4") == "ls01");
  BOOST_TEST(text("B6") == "ls02");
  BOOST_TEST(text("C6") == "Код _x0041_ и <&> «кавычки»");  // literal, not decoded as "A"
  BOOST_TEST(text("B9") == "ls03");
}

BOOST_AUTO_TEST_CASE(share_is_a_formula_over_its_counts) {
  const XlsxSheet& sheet = ls_sheet();
  BOOST_TEST(sheet.at("D3").number() == 120);  // n
  BOOST_TEST(sheet.at("E3").number() == 90);   // positive
  BOOST_TEST(sheet.at("F3").number() == 5);    // dk, outside the base
  BOOST_TEST(sheet.at("D3").number_format == "#,##0");
  const auto& value = sheet.at("G3");
  BOOST_REQUIRE(value.formula.has_value());
  BOOST_TEST(*value.formula == "E3/D3");
  BOOST_TEST(std::abs(value.number() - 90.0 / 120) < 1e-9);  // 0.75, shown 75.0%
  BOOST_TEST(value.number_format == "0.0%");
  BOOST_TEST(std::abs(sheet.at("H3").number() - 0.666) < 1e-9);  // 66.6 % as a fraction
  BOOST_TEST(std::abs(sheet.at("I3").number() - 0.819) < 1e-9);
  BOOST_TEST(sheet.at("J3").number() == 3);
}

BOOST_AUTO_TEST_CASE(nps_is_promoters_minus_detractors_over_n_in_points) {
  const XlsxSheet& sheet = ls_sheet();
  BOOST_TEST(sheet.at("AF3").number() == 70);
  BOOST_TEST(sheet.at("AG3").number() == 50);
  BOOST_TEST(sheet.at("AH3").number() == 10);
  const auto& value = sheet.at("AI3");
  BOOST_REQUIRE(value.formula.has_value());
  BOOST_TEST(*value.formula == "(AG3-AH3)/AF3*100");
  BOOST_TEST(std::abs(value.number() - (50.0 - 10.0) / 70 * 100) < 1e-9);  // 57.142857…
  BOOST_TEST(value.number_format == "0.0");
  BOOST_TEST(sheet.find("AL3") == nullptr);  // NPS has no star levels (-1): empty
}

BOOST_AUTO_TEST_CASE(csi_is_the_score_sum_over_n) {
  const XlsxSheet& sheet = ls_sheet();
  const double sum = 50 * 100.0 + 40 * 200.0 / 3 + 20 * 100.0 / 3;  // 8333.33…
  BOOST_TEST(sheet.at("Y3").number() == 120);
  BOOST_TEST(std::abs(sheet.at("Z3").number() - sum) < 1e-9);
  BOOST_TEST(sheet.at("Z3").number_format == "#,##0.0");
  BOOST_TEST(sheet.at("AA3").number() == 5);
  const auto& value = sheet.at("AB3");
  BOOST_REQUIRE(value.formula.has_value());
  BOOST_TEST(*value.formula == "Z3/Y3");
  BOOST_TEST(std::abs(value.number() - sum / 120) < 1e-9);  // 69.44…
}

BOOST_AUTO_TEST_CASE(a_star_level_of_zero_is_written_as_zero) {
  // ls01 × Q3, ease: 55 of 110 = 50 %, «уровень не достигнут».
  const XlsxSheet& sheet = ls_sheet();
  BOOST_TEST(*sheet.at("U5").formula == "S5/R5");
  BOOST_TEST(std::abs(sheet.at("U5").number() - 0.5) < 1e-9);
  BOOST_TEST(sheet.at("X5").number() == 0);
  BOOST_TEST(sheet.find("AM5") == nullptr);  // 110 answers: nothing to note
}

BOOST_AUTO_TEST_CASE(a_suppressed_cut_shows_a_dash_and_no_counts) {
  const XlsxSheet& sheet = ls_sheet();
  for (const std::string row : {"2", "6"}) {
    BOOST_TEST_CONTEXT("row " << row) {
      BOOST_TEST(sheet.at("G" + row).text == "—");
      BOOST_TEST(sheet.at("G" + row).is_string());
      for (const char* col : {"D", "E", "F", "H", "I", "J"})
        BOOST_TEST(sheet.find(col + row) == nullptr, col << row << " is written");
      BOOST_TEST(sheet.at("AM" + row).text == "скрыто: менее 10 ответов");
    }
  }
}

BOOST_AUTO_TEST_CASE(notes_name_the_indicator_when_they_differ) {
  // all × Q3: satisfaction and CSI have 120 answers, NPS only 70 < low_n 100.
  const std::string nps(definition(IndicatorId::Nps).short_name);
  BOOST_TEST(text("AM3") == nps + ": мало ответов (менее 100)");
}

BOOST_AUTO_TEST_CASE(a_cut_without_answers_says_so) {
  for (const char* ref : {"AM4", "AM7", "AM8", "AM9"})
    BOOST_TEST(text(ref) == "нет данных за период");
  BOOST_TEST(ls_sheet().find("G8") == nullptr);
}
