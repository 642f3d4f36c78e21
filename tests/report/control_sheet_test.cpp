#include <boost/test/unit_test.hpp>
#include <string>

#include "report/report_fixture.hpp"
#include "report/xlsx_reader.hpp"

using otklik::test::XlsxFile;
using otklik::test::XlsxSheet;

namespace {

const XlsxSheet& control_sheet() {
  static const XlsxFile file(otklik::test::write_fixture_workbook("control"));
  return file.sheet("Контроль");
}

// The value of the row whose parameter is `name`, "" when none.
std::string parameter(const std::string& name) {
  const XlsxSheet& sheet = control_sheet();
  for (int row = 2; row <= sheet.last_row; ++row) {
    const auto* cell = sheet.find("A" + std::to_string(row));
    if (cell && cell->text == name) return sheet.at("B" + std::to_string(row)).text;
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_CASE(control_sheet_names_the_generator_and_the_data_period) {
  BOOST_TEST(control_sheet().at("A1").text == "Параметр");
  BOOST_TEST(control_sheet().at("D1").text == "SHA-256");
  BOOST_TEST(parameter("Версия генератора") == std::string("otklik ") + OTKLIK_VERSION);
  BOOST_TEST(parameter("Период данных") == "2026-Q2 – 2026-Q3");
  BOOST_TEST(parameter("Дата сборки (конец последнего периода)") == "2026-09-30");
  BOOST_TEST(parameter("Организация") == "Министерство «Тест» & Co");
  BOOST_TEST(parameter("Скрываются срезы, где ответов менее (min_n)") == "10");
}

BOOST_AUTO_TEST_CASE(control_sheet_lists_every_input_file_with_rows_and_sha256) {
  const XlsxSheet& sheet = control_sheet();
  const auto data = otklik::test::report_dataset();
  int listed = 0;
  for (int row = 2; row <= sheet.last_row; ++row) {
    const std::string r = std::to_string(row);
    if (sheet.at("A" + r).text != "Входной файл") continue;
    const auto& input = data.inputs.at(listed++);  // in the order read
    BOOST_TEST(sheet.at("B" + r).text == input.name);
    BOOST_TEST(sheet.at("C" + r).number() == static_cast<double>(input.rows));
    BOOST_TEST(sheet.at("D" + r).text == input.sha256);
  }
  BOOST_TEST(listed == 3);
  BOOST_TEST(sheet.autofilter() == "A1:D" + std::to_string(sheet.last_row));
}
