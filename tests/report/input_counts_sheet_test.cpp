#include "report/input_counts_sheet.hpp"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "report/report_fixture.hpp"
#include "report/xlsx_reader.hpp"

using otklik::test::XlsxFile;
using otklik::test::XlsxSheet;

namespace {

struct Row {
  std::vector<std::string> text;  // A..H: period, 5 ids, question, answer
  double count;                   // I
};

std::vector<std::string> row_text(const XlsxSheet& sheet, int row) {
  std::vector<std::string> text;
  for (const char* col : {"A", "B", "C", "D", "E", "F", "G", "H"}) {
    const auto* cell = sheet.find(col + std::to_string(row));
    text.push_back(cell ? cell->text : "");
  }
  return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(input_counts_list_every_nonzero_answer_of_every_cell) {
  const XlsxFile file(otklik::test::write_fixture_workbook("input-counts"));
  const XlsxSheet& sheet = file.sheet("Исходные данные");
  BOOST_TEST(sheet.at("A1").text == "Период");
  BOOST_TEST(sheet.at("H1").text == "Ответ");
  BOOST_TEST(sheet.at("I1").text == "Количество");
  // Cells of report_dataset() in order; each answer with a count, in slot
  // order; the zero count of "4" in the last cell is left out.
  const std::vector<Row> expected = {
      {{"2026-Q3", "ls01", "srv01", "tp01", "seg01", "r77", "satisfaction", "1"}, 10},
      {{"2026-Q3", "ls01", "srv01", "tp01", "seg01", "r77", "satisfaction", "2"}, 20},
      {{"2026-Q3", "ls01", "srv01", "tp01", "seg01", "r77", "satisfaction", "3"}, 40},
      {{"2026-Q3", "ls01", "srv01", "tp01", "seg01", "r77", "satisfaction", "4"}, 50},
      {{"2026-Q3", "ls01", "srv01", "tp01", "seg01", "r77", "satisfaction", "dk"}, 5},
      {{"2026-Q3", "ls01", "", "tp02", "", "", "nps", "0"}, 5},
      {{"2026-Q3", "ls01", "", "tp02", "", "", "nps", "3"}, 5},
      {{"2026-Q3", "ls01", "", "tp02", "", "", "nps", "7"}, 10},
      {{"2026-Q3", "ls01", "", "tp02", "", "", "nps", "9"}, 20},
      {{"2026-Q3", "ls01", "", "tp02", "", "", "nps", "10"}, 30},
  };
  // Cells whose cut is hidden: one row each, «—» and the reason, no counts
  // (q_form's 10 answers and satisfaction's 4 could not be published anyway).
  const std::vector<std::vector<std::string>> hidden = {
      {"2026-Q2", "ls02", "", "", "", "", "q_form", "—"},
      {"2026-Q2", "ls02", "", "", "", "", "satisfaction", "—"}};
  BOOST_TEST(sheet.last_row == static_cast<int>(expected.size() + hidden.size()) + 1);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const int row = static_cast<int>(i) + 2;
    BOOST_TEST_CONTEXT("row " << row) {
      BOOST_TEST(row_text(sheet, row) == expected[i].text, boost::test_tools::per_element());
      BOOST_TEST(sheet.at("I" + std::to_string(row)).number() == expected[i].count);
      BOOST_TEST(
          sheet.at("H" + std::to_string(row)).is_string());  // "4" is an answer, not a number
    }
  }
  for (std::size_t i = 0; i < hidden.size(); ++i) {
    const int row = static_cast<int>(expected.size() + i) + 2;
    BOOST_TEST(row_text(sheet, row) == hidden[i], boost::test_tools::per_element());
    BOOST_TEST(sheet.at("I" + std::to_string(row)).text == "скрыто: менее 10 ответов");
  }
  BOOST_TEST(sheet.autofilter() == "A1:I13");
  BOOST_TEST(sheet.frozen_top_left() == "A2");
}

namespace {

// The input counts of `scope` alone in a workbook, at `max_rows` a sheet.
std::filesystem::path input_counts_workbook(const std::string& name,
                                            const otklik::report::WorkbookScope& scope,
                                            uint64_t max_rows) {
  const auto path = otklik::test::temp_workbook(name);
  otklik::report::Workbook workbook(path);
  const auto& data = otklik::test::report_dataset();
  otklik::report::write_input_counts_sheets(
      workbook, data, otklik::metrics::published_cells(otklik::test::report_indicators(), data),
      otklik::test::report_config(), scope, max_rows);
  workbook.close();
  return path;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_life_situations_input_counts_continue_on_a_new_sheet_when_one_is_full) {
  const XlsxFile file(input_counts_workbook("input-counts-split", {0}, 4));
  // ls01's 10 answer rows at 4 a sheet: 4 + 4 + 2.
  const std::vector<std::string> names = {"Исходные данные", "Исходные данные (2)",
                                          "Исходные данные (3)"};
  BOOST_TEST(file.sheet_names() == names, boost::test_tools::per_element());
  BOOST_TEST(file.sheet(names[0]).last_row == 5);
  BOOST_TEST(file.sheet(names[1]).last_row == 5);
  BOOST_TEST(file.sheet(names[2]).last_row == 3);
  BOOST_TEST(file.sheet(names[1]).at("A1").text == "Период");  // each sheet has its header
  // Row 5 of the data is satisfaction's «dk», the first row of sheet 2.
  BOOST_TEST(file.sheet(names[1]).at("H2").text == "dk");
  BOOST_TEST(file.sheet(names[1]).autofilter() == "A1:I5");
  BOOST_TEST(file.sheet(names[2]).at("H3").text == "10");
}

BOOST_AUTO_TEST_CASE(the_whole_bodys_rows_past_one_sheet_become_an_index_of_where_they_are) {
  // 10 answer rows of ls01 and 2 hidden cells of ls02: 12 rows, 5 a sheet;
  // ls03 has no answers.
  const XlsxFile file(input_counts_workbook("input-counts-index", {}, 5));
  BOOST_TEST(file.sheet_names() == std::vector<std::string>{"Исходные данные"},
             boost::test_tools::per_element());
  const XlsxSheet& sheet = file.sheet("Исходные данные");
  const std::vector<std::vector<std::string>> expected = {
      {"Файл", "Лист", "Жизненная ситуация", "Строк"},
      {"workbooks/ls01.xlsx", "Исходные данные … (2)", "Рождение ребёнка", ""},
      {"workbooks/ls02.xlsx", "Исходные данные", "Код _x0041_ и <&> «кавычки»", ""},
      {"workbooks/ls03.xlsx", "Исходные данные", "Переезд", ""},
      {"opendata/input-counts.csv", "—", "все жизненные ситуации", ""}};
  BOOST_TEST(sheet.last_row == 5);
  for (int row = 1; row <= 5; ++row) {
    BOOST_TEST_CONTEXT("row " << row) {
      for (int col = 0; col < 3; ++col) {
        const std::string ref = std::string(1, static_cast<char>('A' + col)) + std::to_string(row);
        BOOST_TEST(sheet.at(ref).text == expected[row - 1][col]);
      }
    }
  }
  BOOST_TEST(sheet.at("D2").number() == 10);
  BOOST_TEST(sheet.at("D3").number() == 2);
  BOOST_TEST(sheet.at("D4").number() == 0);   // a life situation without answers
  BOOST_TEST(sheet.at("D5").number() == 12);  // the rows of input-counts.csv
  BOOST_TEST(sheet.autofilter() == "A1:D5");
  // At the default size the same data fits, and the rows themselves are listed.
  const XlsxFile listed(input_counts_workbook("input-counts-listed", {}, 1000));
  BOOST_TEST(listed.sheet("Исходные данные").last_row == 13);
  BOOST_TEST(listed.sheet("Исходные данные").at("A1").text == "Период");
}

BOOST_AUTO_TEST_CASE(a_life_situations_cells_given_by_position_list_the_same_rows) {
  const auto& data = otklik::test::report_dataset();
  const auto cells = otklik::report::survey_cells_by_life_situation(data);
  BOOST_REQUIRE(cells.size() == 3u);
  BOOST_TEST(cells[0] == (std::vector<uint32_t>{0, 1}), boost::test_tools::per_element());
  BOOST_TEST(cells[1] == (std::vector<uint32_t>{2, 3}), boost::test_tools::per_element());
  BOOST_TEST(cells[2].empty());
  for (otklik::model::DimIndex ls = 0; ls < 3; ++ls) {
    BOOST_TEST_CONTEXT("life situation " << ls) {
      const std::string name = "input-counts-ls" + std::to_string(ls);
      const XlsxFile scanned(input_counts_workbook(name + "-scanned", {ls}, 4));
      const XlsxFile given(input_counts_workbook(name + "-given", {ls, &cells[ls]}, 4));
      BOOST_TEST(given.sheet_names() == scanned.sheet_names(), boost::test_tools::per_element());
      for (const std::string& sheet : scanned.sheet_names()) {
        BOOST_TEST(given.sheet(sheet).last_row == scanned.sheet(sheet).last_row);
        for (int row = 1; row <= scanned.sheet(sheet).last_row; ++row) {
          BOOST_TEST(row_text(given.sheet(sheet), row) == row_text(scanned.sheet(sheet), row),
                     boost::test_tools::per_element());
          const auto* count = scanned.sheet(sheet).find("I" + std::to_string(row));
          const auto* given_count = given.sheet(sheet).find("I" + std::to_string(row));
          BOOST_TEST((count == nullptr) == (given_count == nullptr));
          if (count != nullptr && given_count != nullptr)
            BOOST_TEST(given_count->text == count->text);
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(answer_text_spells_answers_as_survey_csv) {
  struct Case {
    std::size_t slot;
    const char* text;
  };
  for (const Case& c : {Case{0, "0"}, Case{4, "4"}, Case{10, "10"}, Case{11, "dk"}, Case{12, "na"},
                        Case{13, "yes"}, Case{14, "no"}}) {
    BOOST_TEST(otklik::report::answer_text(c.slot) == c.text, "slot " << c.slot);
  }
}
