#include "report/control_sheet.hpp"

#include "report/data_date.hpp"

namespace otklik::report {
namespace {

enum ControlColumn : lxw_col_t { kParameter, kValue, kRows, kSha256 };

// One table, so the header freezes and filters like on the other sheets:
// choosing «Входной файл» in the filter leaves the list of inputs.
const std::vector<Column>& control_columns() {
  static const std::vector<Column> columns = {
      {"Параметр", 34}, {"Значение", 30}, {"Строк данных", 14}, {"SHA-256", 68}};
  return columns;
}

// The parameters before the input files: version, period, date, scope,
// organisation, min_n, low_n.
constexpr lxw_row_t kParameters = 7;

}  // namespace

void write_control_sheet(Workbook& workbook, const model::Dataset& data,
                         const ingest::Config& config, const WorkbookScope& scope) {
  Sheet sheet = workbook.add_sheet(kControlSheet.sheet);
  sheet.table(kControlSheet.table, control_columns(),
              kParameters + static_cast<lxw_row_t>(data.inputs.size()));
  lxw_row_t row = 1;
  auto parameter = [&](std::string_view name, std::string_view value) {
    sheet.text(row, kParameter, name);
    sheet.text(row++, kValue, value);
  };
  parameter("Версия генератора", "otklik " OTKLIK_VERSION);
  parameter("Период данных", period_range(data));
  parameter("Дата сборки (конец последнего периода)", iso_date(data_date(data)));
  parameter("Охват книги", scope.description(data));
  parameter("Организация", config.organisation);
  parameter("Скрываются срезы, где ответов менее (min_n)", std::to_string(config.min_n));
  parameter("Малая надёжность, где ответов менее (low_n)", std::to_string(config.low_n));
  for (const model::InputFile& file : data.inputs) {
    sheet.text(row, kParameter, kInputFileParameter);
    sheet.text(row, kValue, file.name);
    sheet.count(row, kRows, file.rows);
    sheet.text(row++, kSha256, file.sha256);
  }
}

}  // namespace otklik::report
