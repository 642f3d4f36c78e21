#include "report/excel_conventions.hpp"

#include <set>

namespace otklik::test {
namespace {

std::size_t code_points(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string first_cell(const std::string& range) { return range.substr(0, range.find(':')); }
std::string last_cell(const std::string& range) { return range.substr(range.find(':') + 1); }

// "A", "Z", "AA": the column letters of the n-th column (1-based).
std::string column_letters(std::size_t n) {
  std::string letters;
  for (; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), char('A' + (n - 1) % 26));
  return letters;
}

void check_table(const XlsxSheet& sheet, const XlsxTable& table, std::vector<std::string>& out) {
  const std::string where = "«" + sheet.name + "», table " + table.name + ": ";
  if (first_cell(table.ref) != "A1") out.push_back(where + "does not start at A1: " + table.ref);
  if (table.autofilter != table.ref) out.push_back(where + "no filter over the whole table");
  const int last = ref_row(last_cell(table.ref));
  if (last < sheet.last_row || last < 2)
    out.push_back(where + "ends at row " + std::to_string(last) + ", the sheet at " +
                  std::to_string(sheet.last_row));
  if (ref_column(last_cell(table.ref)) != column_letters(table.columns.size()))
    out.push_back(where + "its range and its columns disagree");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const std::string ref = column_letters(i + 1) + "1";
    const XlsxCell* cell = sheet.find(ref);
    if (cell == nullptr || !cell->is_string() || cell->text != table.columns[i])
      out.push_back(where + ref + " is not the column name «" + table.columns[i] + "»");
    if (!seen.insert(table.columns[i]).second)
      out.push_back(where + "column «" + table.columns[i] + "» twice");
  }
}

void check_cells(const XlsxSheet& sheet, std::vector<std::string>& out) {
  for (const auto& [ref, cell] : sheet.cells) {
    if (cell.is_string() || ref_row(ref) == 1) continue;
    if (cell.number_format == "General")
      out.push_back("«" + sheet.name + "» " + ref + ": a number without a number format");
  }
}

void check_sheet(const XlsxSheet& sheet, std::set<std::string>& table_names,
                 std::vector<std::string>& out) {
  if (code_points(sheet.name) > 31) out.push_back("sheet name over 31 characters: " + sheet.name);
  if (sheet.tables.size() != 1) {
    out.push_back("«" + sheet.name + "» has " + std::to_string(sheet.tables.size()) + " tables");
    return;
  }
  if (sheet.xml.find("<autoFilter") != std::string::npos)
    out.push_back("«" + sheet.name + "» has a filter of its own beside the table's");
  if (ref_row(sheet.frozen_top_left()) != 2)
    out.push_back("«" + sheet.name + "»: the header row is not frozen");
  if (sheet.xml.find("<col ") == std::string::npos)
    out.push_back("«" + sheet.name + "»: no column widths");
  const XlsxTable& table = sheet.tables.front();
  if (!table_names.insert(table.name).second) out.push_back("table name twice: " + table.name);
  check_table(sheet, table, out);
  check_cells(sheet, out);
}

void check_properties(const XlsxFile& file, std::vector<std::string>& out) {
  const std::string& core = file.part("docProps/core.xml");
  for (const char* tag : {"<dc:title>", "<dc:subject>", "<dcterms:created"})
    if (core.find(tag) == std::string::npos) out.push_back(std::string("no ") + tag);
  if (file.part("docProps/app.xml").find("<Company>") == std::string::npos)
    out.push_back("no <Company>");
}

}  // namespace

std::vector<std::string> excel_convention_problems(const XlsxFile& file) {
  std::vector<std::string> problems;
  std::set<std::string> table_names;
  for (const std::string& name : file.sheet_names())
    check_sheet(file.sheet(name), table_names, problems);
  check_properties(file, problems);
  return problems;
}

}  // namespace otklik::test
