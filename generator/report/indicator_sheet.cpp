#include "report/indicator_sheet.hpp"

#include <utility>

#include "report/indicator_columns.hpp"

namespace otklik::report {
namespace {

using Notes = std::vector<std::pair<metrics::IndicatorId, std::string>>;

std::vector<Column> sheet_columns(const std::vector<Column>& leading) {
  std::vector<Column> columns = leading;
  for (metrics::IndicatorId id : summary_indicators()) {
    auto block = indicator_columns(id);
    columns.insert(columns.end(), block.begin(), block.end());
  }
  columns.push_back({"Примечание", 40});
  return columns;
}

// One note for the row: plain when every indicator says the same, otherwise
// prefixed with the indicator it belongs to.
std::string row_note(const Notes& notes) {
  if (notes.empty()) return std::string(kNoDataNote);
  bool same = true;
  for (const auto& [id, note] : notes) same = same && note == notes.front().second;
  if (same) return notes.front().second;
  std::string joined;
  for (const auto& [id, note] : notes) {
    if (note.empty()) continue;
    if (!joined.empty()) joined += "; ";
    joined += std::string(metrics::definition(id).short_name) + ": " + note;
  }
  return joined;
}

void write_row(Sheet& sheet, lxw_row_t row, const IndicatorRow& data,
               const metrics::IndicatorTable& indicators, const ingest::Config& config) {
  lxw_col_t col = 0;
  for (const auto& label : data.labels) sheet.text(row, col++, label);
  Notes notes;
  for (metrics::IndicatorId id : summary_indicators()) {
    const metrics::IndicatorResult* result = indicators.find(data.cut, id);
    std::string note = write_indicator_block(sheet, row, col, result, config);
    if (result != nullptr) notes.emplace_back(id, std::move(note));
    col += kBlockWidth;
  }
  sheet.text(row, col, row_note(notes));
}

}  // namespace

void write_indicator_sheet(Workbook& workbook, const SheetName& name,
                           const std::vector<Column>& leading,
                           const std::vector<IndicatorRow>& rows,
                           const metrics::IndicatorTable& indicators,
                           const ingest::Config& config) {
  Sheet sheet = workbook.add_sheet(name.sheet);
  const std::vector<Column> columns = sheet_columns(leading);
  sheet.table(name.table, columns, static_cast<lxw_row_t>(rows.size()),
              static_cast<lxw_col_t>(leading.size()));
  if (rows.empty()) {
    sheet.text(1, static_cast<lxw_col_t>(columns.size() - 1), kNoDataNote);
    return;
  }
  lxw_row_t row = 1;
  for (const IndicatorRow& data : rows) write_row(sheet, row++, data, indicators, config);
}

}  // namespace otklik::report
