#include "report/workbook.hpp"

#include <xlsxwriter.h>

#include <Poco/Zip/ZipArchive.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "metrics/definitions.hpp"
#include "report/excel_conventions.hpp"
#include "report/report_fixture.hpp"
#include "report/xlsx_deflate.hpp"
#include "report/xlsx_reader.hpp"

using otklik::test::XlsxFile;

namespace {

std::string bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

BOOST_AUTO_TEST_CASE(workbook_has_its_sheets_in_order) {
  const XlsxFile file(otklik::test::write_fixture_workbook("sheets"));
  // The order of the issue: summary first, the inputs and method last.
  const std::vector<std::string> expected = {
      "Сводка",    "По точкам взаимодействия", "По услугам", "Динамика",
      "Обращения", "Исходные данные",          "Методика",   "Контроль"};
  BOOST_TEST(file.sheet_names() == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(document_properties_come_from_config_and_data_not_the_clock) {
  const XlsxFile file(otklik::test::write_fixture_workbook("properties"));
  const std::string& core = file.part("docProps/core.xml");
  // The end of the last period, 2026-Q3.
  BOOST_TEST(core.find(">2026-09-30T00:00:00Z</dcterms:created>") != std::string::npos);
  BOOST_TEST(
      core.find("<dc:title>Отклик: результаты обратной связи: сводные показатели</dc:title>") !=
      std::string::npos);
  BOOST_TEST(core.find("2026-Q2 – 2026-Q3</dc:subject>") != std::string::npos);
  const std::string& app = file.part("docProps/app.xml");
  BOOST_TEST(app.find("<Company>Министерство «Тест» &amp; Co</Company>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_part_is_deflated_at_zlibs_fastest_level) {
  // minizip writes the level into each entry's flags, which Poco reads back:
  // level 1 is «super fast», libxlsxwriter's own default (6) «normal».
  static_assert(otklik::report::kXlsxDeflateLevel == 1);
  std::ifstream in(otklik::test::write_fixture_workbook("deflate-level"), std::ios::binary);
  const Poco::Zip::ZipArchive archive(in);
  int parts = 0;
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    BOOST_TEST_CONTEXT(it->first) {
      BOOST_TEST(it->second.getCompressionMethod() == Poco::Zip::ZipCommon::CM_DEFLATE);
      BOOST_TEST(it->second.getCompressionLevel() == Poco::Zip::ZipCommon::CL_SUPERFAST);
    }
    ++parts;
  }
  BOOST_TEST(parts > 10);
  // And the parts still read back: the sheets are all there.
  const XlsxFile file(otklik::test::write_fixture_workbook("deflate-level-read"));
  BOOST_TEST(file.sheet_names().size() == 8u);
}

BOOST_AUTO_TEST_CASE(the_same_input_gives_the_same_bytes) {
  const auto first = otklik::test::write_fixture_workbook("deterministic-1");
  // Past a second, so that anything taken from the clock would differ.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  const auto second = otklik::test::write_fixture_workbook("deterministic-2");
  const std::string a = bytes(first);
  BOOST_TEST(a.size() > 1000u);
  BOOST_TEST((a == bytes(second)));
}

BOOST_AUTO_TEST_CASE(methodology_sheet_lists_every_definition) {
  const XlsxFile file(otklik::test::write_fixture_workbook("methodology"));
  const auto& sheet = file.sheet("Методика");
  const auto& definitions = otklik::metrics::indicator_definitions();
  BOOST_TEST(sheet.last_row == static_cast<int>(definitions.size()) + 1);
  for (std::size_t i = 0; i < definitions.size(); ++i) {
    const std::string row = std::to_string(i + 2);
    BOOST_TEST(sheet.at("A" + row).text == definitions[i].key);
    BOOST_TEST(sheet.at("B" + row).text == definitions[i].name);
  }
}

BOOST_AUTO_TEST_CASE(an_unwritable_path_is_an_error_and_leaves_no_file) {
  const auto dir = otklik::test::temp_workbook("missing-dir").replace_extension();
  const auto file = dir / "no" / "such" / "folder.xlsx";
  BOOST_CHECK_THROW(otklik::report::write_workbook(otklik::test::report_dataset(),
                                                   otklik::test::report_indicators(),
                                                   otklik::test::report_config(), {}, file),
                    std::runtime_error);
  BOOST_TEST(!std::filesystem::exists(file));
}

BOOST_AUTO_TEST_CASE(every_sheet_follows_the_excel_conventions) {
  const XlsxFile file(otklik::test::write_fixture_workbook("conventions"));
  const auto problems = otklik::test::excel_convention_problems(file);
  for (const auto& problem : problems) BOOST_TEST_MESSAGE(problem);
  BOOST_TEST(problems.empty());
}

BOOST_AUTO_TEST_CASE(the_convention_check_catches_a_sheet_without_a_table) {
  // A workbook written with plain libxlsxwriter calls: no table, a General
  // number, no frozen header.
  const auto path = otklik::test::temp_workbook("no-conventions");
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Лист1");
  worksheet_write_string(sheet, 0, 0, "Заголовок", nullptr);
  worksheet_write_number(sheet, 1, 0, 0.5, nullptr);
  workbook_close(workbook);
  const auto problems = otklik::test::excel_convention_problems(XlsxFile(path));
  BOOST_TEST(problems.size() >= 2u);  // no table; no title/company properties
  BOOST_TEST(problems.front().find("has 0 tables") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(no_text_from_the_data_becomes_a_formula_anywhere) {
  // The fixture's names and topics start with = + - @, a tab or a CR.
  const std::vector<std::string> dangerous = {
      "=1+1", "@SUM(A1)", "-2", "+7 800", "\t=2+3", "\r-1", "=HYPERLINK(\"http://x\")"};
  const XlsxFile file(otklik::test::write_fixture_workbook("injection"));
  std::set<std::string> found;
  int formulas = 0;
  for (const std::string& name : file.sheet_names()) {
    for (const auto& [ref, cell] : file.sheet(name).cells) {
      if (cell.formula) {
        ++formulas;
        // otklik's formulas only divide, subtract and compare cell references.
        for (const char* word : {"HYPERLINK", "SUM", "2+3", "1+1", "800"})
          BOOST_TEST(cell.formula->find(word) == std::string::npos, name << " " << ref);
        continue;
      }
      if (cell.is_string()) found.insert(cell.text);
    }
  }
  BOOST_TEST(formulas > 10);
  for (const std::string& text : dangerous) BOOST_TEST(found.count(text) == 1u, text);
}
