// Benchmark 4c, otklik's side: N rows of the «Исходные данные» shape written
// through otklik's own XLSX layer (report::Workbook and report::Sheet: the
// constant-memory libxlsxwriter workbook, the sheet as one Excel table with
// bold headers and a frozen header row, text from data kept as text).
//   bench-xlsx OUT.xlsx [ROWS=1000000] [SEED=7]
// Prints "write N.NNN s": the time from opening the workbook to closing it;
// the rows are generated before, as rows.py does on Python's side.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "report/xlsx_writer.hpp"
#include "rows.hpp"

namespace {

using otklik::report::Column;

// The columns of report/input_counts_sheet.cpp.
const std::vector<Column> kColumns = {{"Период", 10}, {"Код ЖС", 12},       {"Код услуги", 12},
                                      {"Код ТВ", 12}, {"Код сегмента", 12}, {"Код региона", 12},
                                      {"Вопрос", 18}, {"Ответ", 8},         {"Количество", 12}};

void write(const std::string& file, const std::vector<otklik::bench::InputRow>& rows) {
  otklik::report::Workbook workbook(file);
  otklik::report::Sheet sheet = workbook.add_sheet("Исходные данные");
  sheet.table("IskhodnyeDannye", kColumns, static_cast<lxw_row_t>(rows.size()));
  lxw_row_t r = 1;
  for (const auto& row : rows) {
    sheet.text(r, 0, row.period);
    sheet.text(r, 1, row.life_situation);
    sheet.text(r, 2, row.service);
    sheet.text(r, 3, row.touchpoint);
    sheet.text(r, 4, row.segment);
    sheet.text(r, 5, row.region);
    sheet.text(r, 6, row.question);
    sheet.text(r, 7, row.answer);
    sheet.count(r, 8, row.count);
    ++r;
  }
  workbook.close();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::fprintf(stderr, "usage: bench-xlsx OUT.xlsx [ROWS] [SEED]\n");
    return 2;
  }
  const auto count = static_cast<uint32_t>(argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 1000000);
  const auto seed = static_cast<uint32_t>(argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 7);
  if (count == 0 || count > LXW_ROW_MAX - 1) {
    std::fprintf(stderr, "bench-xlsx: ROWS must be 1 to %u\n", LXW_ROW_MAX - 1);
    return 2;
  }
  try {
    const auto rows = otklik::bench::input_rows(count, seed);
    const auto start = std::chrono::steady_clock::now();
    write(argv[1], rows);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::printf("write %.3f s\n", took.count());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench-xlsx: %s\n", e.what());
    return 1;
  }
  return 0;
}
