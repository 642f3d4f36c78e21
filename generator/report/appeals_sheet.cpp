#include "report/appeals_sheet.hpp"

#include <string>
#include <vector>

#include "model/appeals.hpp"
#include "report/dynamics_sheet.hpp"

namespace otklik::report {
namespace {

using metrics::IndicatorId;

enum AppealsColumn : lxw_col_t {
  kPeriod,
  kLifeSituationCode,
  kLifeSituationName,
  kBreakdown,
  kCode,
  kName,
  kCount,
  kOnTime,
  kOnTimeShare,
  kRepeat,
  kRepeatShare,
  kNote
};

const std::vector<Column>& appeals_columns() {
  static const std::vector<Column> columns = {{"Период", 10},
                                              {"Код ЖС", 10},
                                              {"Жизненная ситуация", 36},
                                              {"Разрез", 12},
                                              {"Код", 16},
                                              {"Значение", 30},
                                              {"Обращений", 12},
                                              {"Рассмотрено в срок", 12},
                                              {"Доля в срок", 10},
                                              {"Повторных", 11},
                                              {"Доля повторных", 10},
                                              {"Примечание", 30}};
  return columns;
}

struct Breakdown {
  IndicatorId counted;
  std::string_view part;  // the detail prefix of the shares: "kind"
  std::string_view name;  // the value of the «Разрез» column
};

constexpr Breakdown kBreakdowns[] = {
    {IndicatorId::AppealsByKind, "kind", "вид"},
    {IndicatorId::AppealsByResult, "result", "результат"},
    {IndicatorId::AppealsByChannel, "channel", "канал"},
    {IndicatorId::AppealsByTopic, "topic", "тема"},
};

struct AppealsRow {
  uint16_t period = 0;
  model::DimIndex life_situation = model::kNone;
  std::string_view breakdown;  // «всего» or a Breakdown's name
  std::string code;
  std::string name;
  const metrics::IndicatorResult* count = nullptr;
  const metrics::IndicatorResult* on_time = nullptr;
  const metrics::IndicatorResult* repeat = nullptr;
};

void add_cut_rows(const metrics::IndicatorTable& table, const metrics::Cut& cut, model::DimIndex ls,
                  std::vector<AppealsRow>& rows) {
  const metrics::IndicatorResult* total = table.find(cut, IndicatorId::AppealsCount);
  if (total == nullptr) return;
  rows.push_back({cut.period, ls, "всего", "", "все обращения", total,
                  table.find(cut, IndicatorId::AppealsOnTimeShare),
                  table.find(cut, IndicatorId::AppealsRepeatShare)});
  for (const Breakdown& b : kBreakdowns) {
    for (const metrics::IndicatorResult* counted : table.details_of(cut, b.counted)) {
      const std::string code(table.detail(*counted));
      const std::string detail = std::string(b.part) + ":" + code;
      rows.push_back({cut.period, ls, b.name, code, model::appeal_detail_name(b.part, code),
                      counted, table.find(cut, IndicatorId::AppealsOnTimeShare, detail),
                      table.find(cut, IndicatorId::AppealsRepeatShare, detail)});
    }
  }
}

std::vector<AppealsRow> appeals_rows(const model::Dataset& data,
                                     const metrics::IndicatorTable& indicators,
                                     const WorkbookScope& scope) {
  std::vector<AppealsRow> rows;
  for (model::DimIndex ls : scope.life_situations(data)) {
    for (std::size_t p = 0; p < data.periods.size(); ++p) {
      metrics::Cut cut;
      cut.period = static_cast<uint16_t>(p);
      cut.life_situation = ls;
      add_cut_rows(indicators, cut, ls, rows);
    }
  }
  return rows;
}

// A share as a formula over the count cells of its row; «—» without a value.
void write_share(Sheet& sheet, lxw_row_t row, lxw_col_t part_col, lxw_col_t share_col,
                 const metrics::IndicatorResult* share) {
  if (share == nullptr || !share->has_value()) {
    sheet.missing(row, share_col);
    return;
  }
  const metrics::Measurement& m = share->measurement;
  sheet.count(row, part_col, m.positive);
  // The share's base is the appeals counted in the row (appeals.csv's count).
  sheet.formula(row, share_col, "=" + Sheet::cell(row, part_col) + "/" + Sheet::cell(row, kCount),
                static_cast<double>(m.positive) / static_cast<double>(m.n),
                sheet.formats().percent);
}

void write_row(Sheet& sheet, lxw_row_t row, const model::Dataset& data, const AppealsRow& r) {
  sheet.text(row, kPeriod, data.periods[r.period].label());
  if (r.life_situation == model::kNone) {
    sheet.text(row, kLifeSituationName, kAllLifeSituations);
  } else {
    sheet.text(row, kLifeSituationCode, data.life_situations[r.life_situation].id);
    sheet.text(row, kLifeSituationName, data.life_situations[r.life_situation].name);
  }
  sheet.text(row, kBreakdown, r.breakdown);
  sheet.text(row, kCode, r.code);
  sheet.text(row, kName, r.name);
  sheet.count(row, kCount, r.count->measurement.n);
  write_share(sheet, row, kOnTime, kOnTimeShare, r.on_time);
  write_share(sheet, row, kRepeat, kRepeatShare, r.repeat);
}

std::string no_appeals_note(const model::Dataset& data) {
  if (data.lacks_optional_input("appeals.csv"))
    return "не рассчитывается: файл appeals.csv не представлен";
  return "нет обращений за период";
}

}  // namespace

void write_appeals_sheet(Workbook& workbook, const model::Dataset& data,
                         const metrics::IndicatorTable& indicators, const WorkbookScope& scope) {
  const std::vector<AppealsRow> rows = appeals_rows(data, indicators, scope);
  Sheet sheet = workbook.add_sheet(kAppealsSheet.sheet);
  sheet.table(kAppealsSheet.table, appeals_columns(), static_cast<lxw_row_t>(rows.size()), 3);
  if (rows.empty()) {
    sheet.text(1, kNote, no_appeals_note(data));
    return;
  }
  lxw_row_t row = 1;
  for (const AppealsRow& r : rows) write_row(sheet, row++, data, r);
}

}  // namespace otklik::report
