#include <boost/test/unit_test.hpp>
#include <string>

#include "report/report_fixture.hpp"
#include "report/xlsx_reader.hpp"

using otklik::test::XlsxFile;
using otklik::test::XlsxSheet;

// Columns: A Период, B Код ТВ, C name, D Канал, E Тип; satisfaction F..L,
// need satisfaction M..S, ease T..Z, CSI AA..AG, NPS AH..AN, AO note.
// Rows: 2-3 all, 4-5 tp01, 6-7 tp02, 8-9 tp03, 10-11 tp04.
namespace {

const XlsxFile& file() {
  static const XlsxFile workbook(otklik::test::write_fixture_workbook("touchpoints"));
  return workbook;
}

const XlsxSheet& tp_sheet() { return file().sheet("По точкам взаимодействия"); }

}  // namespace

BOOST_AUTO_TEST_CASE(touchpoint_sheet_lists_channel_and_kind) {
  const XlsxSheet& sheet = tp_sheet();
  BOOST_TEST(sheet.at("B1").text == "Код ТВ");
  BOOST_TEST(sheet.at("D1").text == "Канал");
  BOOST_TEST(sheet.at("E1").text == "Тип");
  BOOST_TEST(sheet.at("C2").text == "Все точки взаимодействия");
  BOOST_TEST(sheet.at("B4").text == "tp01");
  BOOST_TEST(sheet.at("D4").text == "Портал");
  BOOST_TEST(sheet.at("E4").text == "цифровая");
  BOOST_TEST(sheet.at("D6").text == "МФЦ");
  BOOST_TEST(sheet.at("E6").text == "офлайн");
  BOOST_TEST(sheet.autofilter() == "A1:AO11");  // 1 + 2 periods × (all + 4)
  BOOST_TEST(sheet.frozen_top_left() == "F2");
}

BOOST_AUTO_TEST_CASE(touchpoint_figures_are_formulas_over_their_row) {
  const XlsxSheet& sheet = tp_sheet();
  BOOST_TEST(sheet.at("F5").number() == 120);
  BOOST_TEST(*sheet.at("I5").formula == "G5/F5");
  BOOST_TEST(std::abs(sheet.at("I5").number() - 90.0 / 120) < 1e-9);
  BOOST_TEST(sheet.at("AH7").number() == 70);
  BOOST_TEST(*sheet.at("AK7").formula == "(AI7-AJ7)/AH7*100");
  BOOST_TEST(std::abs(sheet.at("AK7").number() - 40.0 / 70 * 100) < 1e-9);
  BOOST_TEST(sheet.at("I2").text == "—");  // all × Q2 suppressed
}

BOOST_AUTO_TEST_CASE(names_that_look_like_formulas_stay_text) {
  const XlsxSheet& sheet = tp_sheet();
  struct Case {
    const char* ref;
    const char* name;
  };
  for (const Case& c : {Case{"C4", "=1+1"}, Case{"C6", "@SUM(A1)"}, Case{"C8", "-2"},
                        Case{"C10", "+7 800"}, Case{"C5", "=1+1"}}) {
    BOOST_TEST_CONTEXT(c.ref) {
      const auto& cell = sheet.at(c.ref);
      BOOST_TEST(cell.is_string());
      BOOST_TEST(!cell.formula.has_value());
      BOOST_TEST(cell.text == c.name);
    }
  }
  // Nowhere in the sheet is a formula made of a name.
  BOOST_TEST(sheet.xml.find("<f>1+1") == std::string::npos);
  BOOST_TEST(sheet.xml.find("<f>SUM") == std::string::npos);
}
