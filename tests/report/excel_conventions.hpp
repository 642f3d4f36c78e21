#pragma once
// What Excel checks when it opens a workbook, and what the issue asks of
// every sheet, as one list of problems: each sheet one table whose header
// cells are its column names and which holds every row, unique table names,
// a frozen header, column widths, number formats on every number, sheet
// names of at most 31 characters, document properties.
#include <string>
#include <vector>

#include "report/xlsx_reader.hpp"

namespace otklik::test {

// Empty when the workbook follows every convention.
std::vector<std::string> excel_convention_problems(const XlsxFile& file);

}  // namespace otklik::test
