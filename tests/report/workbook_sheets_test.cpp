// «По услугам», «Обращения», «Методика»'s thresholds and a life situation's
// own workbook.
#include <boost/test/unit_test.hpp>
#include <string>

#include "metrics/definitions.hpp"
#include "report/report_fixture.hpp"
#include "report/workbook.hpp"
#include "report/xlsx_reader.hpp"

using otklik::test::XlsxFile;
using otklik::test::XlsxSheet;

namespace {

const XlsxFile& full() {
  static const XlsxFile file(otklik::test::write_fixture_workbook("sheets-full"));
  return file;
}

// The workbook of ls01 «Рождение ребёнка».
const XlsxFile& ls01() {
  static const XlsxFile file([] {
    const auto path = otklik::test::temp_workbook("sheets-ls01");
    otklik::report::write_workbook(otklik::test::report_dataset(),
                                   otklik::test::report_indicators(), otklik::test::report_config(),
                                   {0}, path);
    return path;
  }());
  return file;
}

// Column A..C of each row from row 2: the leading labels.
std::vector<std::string> column(const XlsxSheet& sheet, const char* col) {
  std::vector<std::string> values;
  for (int row = 2; row <= sheet.last_row; ++row) {
    const auto* cell = sheet.find(col + std::to_string(row));
    values.push_back(cell ? cell->text : "");
  }
  return values;
}

}  // namespace

BOOST_AUTO_TEST_CASE(services_sheet_lists_every_service_of_the_body_by_period) {
  const XlsxSheet& sheet = full().sheet("По услугам");
  const std::vector<std::string> codes = {"",      "",      "srv01", "srv01",
                                          "srv02", "srv02", "srv03", "srv03"};
  BOOST_TEST(column(sheet, "B") == codes, boost::test_tools::per_element());
  BOOST_TEST(sheet.at("C2").text == "Все услуги");
  // srv01 × Q3: satisfaction 90 of 120 as a formula.
  BOOST_TEST(*sheet.at("G5").formula == "E5/D5");
  // Names that start like formulas (tab, CR) stay text.
  BOOST_TEST(sheet.at("C6").text == "\t=2+3");
  BOOST_TEST(sheet.at("C6").is_string());
  BOOST_TEST(sheet.at("C8").text == "\r-1");
  BOOST_TEST(sheet.at("C8").is_string());
}

BOOST_AUTO_TEST_CASE(a_life_situations_services_are_its_scenario_and_those_with_answers) {
  // ls01's scenario holds srv01 and srv02; srv03 has no answers in it.
  const XlsxSheet& sheet = ls01().sheet("По услугам");
  const std::vector<std::string> codes = {"", "", "srv01", "srv01", "srv02", "srv02"};
  BOOST_TEST(column(sheet, "B") == codes, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(appeals_sheet_has_totals_and_breakdowns_with_share_formulas) {
  const XlsxSheet& sheet = full().sheet("Обращения");
  // all × Q3: total, complaint, topic; then ls01 × Q3 the same.
  const std::vector<std::string> breakdowns = {"всего", "вид", "тема", "всего", "вид", "тема"};
  BOOST_TEST(column(sheet, "D") == breakdowns, boost::test_tools::per_element());
  BOOST_TEST(sheet.at("C2").text == "Все жизненные ситуации");
  BOOST_TEST(sheet.at("G2").number() == 40);
  BOOST_TEST(sheet.at("H2").number() == 38);
  BOOST_TEST(*sheet.at("I2").formula == "H2/G2");
  BOOST_TEST(sheet.at("I2").number() == 0.95);
  BOOST_TEST(*sheet.at("K2").formula == "J2/G2");
  BOOST_TEST(sheet.at("F3").text == "Жалоба");
  BOOST_TEST(*sheet.at("I3").formula == "H3/G3");
  BOOST_TEST(sheet.at("I3").number() == 0.9);
  BOOST_TEST(sheet.at("K3").text == "—");  // no repeat share by kind in the fixture
  BOOST_TEST(sheet.at("E4").text == "=HYPERLINK(\"http://x\")");
  BOOST_TEST(sheet.at("E4").is_string());
  BOOST_TEST(sheet.at("B5").text == "ls01");
}

BOOST_AUTO_TEST_CASE(a_life_situations_workbook_holds_only_its_rows) {
  const XlsxFile& file = ls01();
  BOOST_TEST(file.sheet_names().size() == 8u);
  // «Динамика»: ls01 in both periods, no «all» block.
  BOOST_TEST(column(file.sheet("Динамика"), "B") == (std::vector<std::string>{"ls01", "ls01"}),
             boost::test_tools::per_element());
  // «Сводка»: ls01 × Q3 has ease 55 of 110 and its appeals.
  const XlsxSheet& summary = file.sheet("Сводка");
  BOOST_TEST(summary.at("B2").text == "ease_share");
  BOOST_TEST(summary.at("L2").number() == 0);  // 50 %: no level reached
  // «Обращения»: only ls01's.
  BOOST_TEST(
      column(file.sheet("Обращения"), "B") == (std::vector<std::string>{"ls01", "ls01", "ls01"}),
      boost::test_tools::per_element());
  // «Исходные данные»: the cells of ls01 only (ls02's hidden cells are gone).
  for (const std::string& ls : column(file.sheet("Исходные данные"), "B")) BOOST_TEST(ls == "ls01");
  // «Контроль» says what the workbook covers; the title names the life situation.
  bool scope_named = false;
  const XlsxSheet& control = file.sheet("Контроль");
  for (int row = 2; row <= control.last_row; ++row)
    scope_named |= control.at("A" + std::to_string(row)).text == "Охват книги" &&
                   control.at("B" + std::to_string(row)).text == "ls01 Рождение ребёнка";
  BOOST_TEST(scope_named);
  BOOST_TEST(file.part("docProps/core.xml").find(": Рождение ребёнка</dc:title>") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(methodology_holds_each_levels_range_in_cells) {
  const XlsxSheet& sheet = full().sheet("Методика");
  BOOST_TEST(sheet.at("K1").text == "5 звёзд: от");
  BOOST_TEST(sheet.at("N1").text == "4 звезды: до");
  BOOST_TEST(sheet.at("T1").text == "1 звезда: до");
  // Row 2 is satisfaction: 5 from 90,1 to 100; 1 from 50,1 to 60.
  BOOST_TEST(sheet.at("K2").number() == 90.1);
  BOOST_TEST(sheet.at("L2").number() == 100);
  BOOST_TEST(sheet.at("S2").number() == 50.1);
  BOOST_TEST(sheet.at("T2").number() == 60);
  // The social response level is worded, not a range: no threshold cells.
  const auto& definitions = otklik::metrics::indicator_definitions();
  for (std::size_t i = 0; i < definitions.size(); ++i) {
    if (definitions[i].id != otklik::metrics::IndicatorId::SocialResponseLevel) continue;
    BOOST_TEST(sheet.find("K" + std::to_string(i + 2)) == nullptr);
  }
}
