#include "report/input_counts_sheet.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "metrics/published_cells.hpp"
#include "render/page_paths.hpp"
#include "report/indicator_columns.hpp"
#include "report/input_count_records.hpp"

namespace otklik::report {
namespace {

enum InputColumn : lxw_col_t {
  kPeriod,
  kLifeSituation,
  kService,
  kTouchpoint,
  kSegment,
  kRegion,
  kQuestion,
  kAnswer,
  kCount,
  kColumns
};

const std::vector<Column>& input_columns() {
  static const std::vector<Column> columns = {
      {"Период", 10}, {"Код ЖС", 12},       {"Код услуги", 12},
      {"Код ТВ", 12}, {"Код сегмента", 12}, {"Код региона", 12},
      {"Вопрос", 18}, {"Ответ", 8},         {"Количество", 12}};
  return columns;
}

template <typename Row>
std::string_view id_of(const std::vector<Row>& rows, model::DimIndex index) {
  return index == model::kNone ? std::string_view{} : std::string_view{rows[index].id};
}

// Calls visit(position, cell) for each survey cell in scope, in survey order.
template <typename Visit>
void for_each_cell(const model::Dataset& data, const WorkbookScope& scope, Visit visit) {
  if (scope.cells != nullptr) {
    for (const uint32_t i : *scope.cells) visit(i, data.survey[i]);
    return;
  }
  for (std::size_t i = 0; i < data.survey.size(); ++i)
    if (scope.includes(data.survey[i].key.life_situation)) visit(i, data.survey[i]);
}

// Rows a cell takes: one per answer given, or one «—» row when hidden.
uint64_t cell_rows(const model::SurveyCell& cell, bool published) {
  if (!published) return 1;
  uint64_t rows = 0;
  for (std::size_t slot = 0; slot < model::kAnswerSlots; ++slot)
    if (cell.answers[slot] > 0) ++rows;
  return rows;
}

// The current sheet of the input counts and the next free row on it. Each
// sheet is an Excel table whose size is fixed before its first row, so the
// writer is told the total number of rows first.
class InputCountsWriter {
 public:
  InputCountsWriter(Workbook& workbook, uint64_t total_rows, uint64_t max_rows)
      : workbook_(workbook), left_(total_rows), max_rows_(std::max<uint64_t>(max_rows, 1)) {}

  void write(const model::Dataset& data, const model::SurveyCell& cell, std::size_t slot) {
    Sheet& sheet = current_sheet();
    const lxw_row_t row = write_key(sheet, data, cell);
    sheet.text(row, kAnswer, answer_text(slot));
    sheet.count(row, kCount, cell.answers[slot]);
    ++rows_;
  }

  // A cell whose cut disclosure control hides: its key, «—» and the reason,
  // no counts.
  void write_hidden(const model::Dataset& data, const model::SurveyCell& cell,
                    const std::string& reason) {
    Sheet& sheet = current_sheet();
    const lxw_row_t row = write_key(sheet, data, cell);
    sheet.text(row, kAnswer, "—");
    sheet.text(row, kCount, reason);
    ++rows_;
  }

  // The sheet exists even without answers, with one row that says so.
  void finish() {
    if (sheet_) return;
    start_sheet(1);
    sheet_->text(1, kQuestion, "нет ответов");
  }

 private:
  // The key columns of the next row of `sheet` (the current one).
  lxw_row_t write_key(Sheet& sheet, const model::Dataset& data, const model::SurveyCell& cell) {
    const model::CellKey& key = cell.key;
    const lxw_row_t row = static_cast<lxw_row_t>(rows_ + 1);
    sheet.text(row, kPeriod, data.periods[key.period].label());
    sheet.text(row, kLifeSituation, id_of(data.life_situations, key.life_situation));
    sheet.text(row, kService, id_of(data.services, key.service));
    sheet.text(row, kTouchpoint, id_of(data.touchpoints, key.touchpoint));
    sheet.text(row, kSegment, id_of(data.segments, key.segment));
    sheet.text(row, kRegion, id_of(data.regions, key.region));
    sheet.text(row, kQuestion, data.questions[key.question].id);
    return row;
  }

  Sheet& current_sheet() {
    if (!sheet_ || rows_ == max_rows_) start_sheet(std::min(left_, max_rows_));
    return *sheet_;
  }

  void start_sheet(uint64_t rows) {
    ++sheets_;
    std::string name(kInputCountsSheet.sheet);
    std::string table(kInputCountsSheet.table);
    if (sheets_ > 1) {
      name += " (" + std::to_string(sheets_) + ")";
      table += std::to_string(sheets_);
    }
    sheet_.emplace(workbook_.add_sheet(name));
    sheet_->table(table, input_columns(), static_cast<lxw_row_t>(rows));
    left_ -= std::min(left_, rows);
    rows_ = 0;
  }

  Workbook& workbook_;
  uint64_t left_;  // rows not yet given a sheet
  uint64_t max_rows_;
  std::optional<Sheet> sheet_;
  uint64_t rows_ = 0;
  int sheets_ = 0;
};

}  // namespace

std::string answer_text(std::size_t slot) {
  switch (static_cast<model::AnswerSlot>(slot)) {
    case model::AnswerSlot::Dk:
      return "dk";
    case model::AnswerSlot::Na:
      return "na";
    case model::AnswerSlot::Yes:
      return "yes";
    case model::AnswerSlot::No:
      return "no";
  }
  return std::to_string(slot);  // the numeric answers 0..10 sit in their own slot
}

namespace {

// The index the whole body's workbook carries when its rows would need more
// than one sheet: each life situation's workbook with its rows, and the
// open data that lists them all.
void write_input_counts_index(Workbook& workbook, const model::Dataset& data,
                              const std::vector<uint64_t>& rows_of, uint64_t total,
                              uint64_t max_rows) {
  static const std::vector<Column> columns = {
      {"Файл", 28}, {"Лист", 24}, {"Жизненная ситуация", 48}, {"Строк", 14}};
  Sheet sheet = workbook.add_sheet(kInputCountsSheet.sheet);
  sheet.table(kInputCountsSheet.table, columns,
              static_cast<lxw_row_t>(data.life_situations.size() + 1));
  lxw_row_t row = 1;
  for (std::size_t ls = 0; ls < data.life_situations.size(); ++ls, ++row) {
    const uint64_t sheets = std::max<uint64_t>(1, (rows_of[ls] + max_rows - 1) / max_rows);
    std::string name(kInputCountsSheet.sheet);
    if (sheets > 1) name += " … (" + std::to_string(sheets) + ")";
    sheet.text(row, 0, render::life_situation_workbook_path(data.life_situations[ls].id));
    sheet.text(row, 1, name);
    sheet.text(row, 2, data.life_situations[ls].name);
    sheet.count(row, 3, rows_of[ls]);
  }
  sheet.text(row, 0, kInputCountsCsvPath);
  sheet.text(row, 1, "—");
  sheet.text(row, 2, "все жизненные ситуации");
  sheet.count(row, 3, total);
}

}  // namespace

void write_input_counts_sheets(Workbook& workbook, const model::Dataset& data,
                               const metrics::PublishedCells& published,
                               const ingest::Config& config, const WorkbookScope& scope,
                               uint64_t max_rows) {
  // Two passes over the cells: the tables' sizes first, then their rows, so
  // the sheets still stream in constant memory.
  uint64_t total = 0;
  std::vector<uint64_t> rows_of(data.life_situations.size(), 0);
  for_each_cell(data, scope, [&](std::size_t i, const model::SurveyCell& cell) {
    const uint64_t rows = cell_rows(cell, published[i]);
    total += rows;
    rows_of[cell.key.life_situation] += rows;
  });
  if (scope.whole_body() && total > max_rows)
    return write_input_counts_index(workbook, data, rows_of, total, max_rows);
  InputCountsWriter writer(workbook, total, max_rows);
  const std::string hidden = suppressed_note(config.min_n);
  for_each_cell(data, scope, [&](std::size_t i, const model::SurveyCell& cell) {
    if (!published[i]) {
      writer.write_hidden(data, cell, hidden);
      return;
    }
    for (std::size_t slot = 0; slot < model::kAnswerSlots; ++slot)
      if (cell.answers[slot] > 0) writer.write(data, cell, slot);
  });
  writer.finish();
}

}  // namespace otklik::report
