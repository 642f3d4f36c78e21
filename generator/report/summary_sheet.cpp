#include "report/summary_sheet.hpp"

#include <vector>

#include "metrics/detail_names.hpp"
#include "report/indicator_columns.hpp"

namespace otklik::report {
namespace {

using metrics::IndicatorResult;

enum SummaryColumn : lxw_col_t { kPeriod, kKey, kName, kDetail, kUnit, kBlock };
constexpr lxw_col_t kChange = lxw_col_t{kBlock} + lxw_col_t{kBlockWidth};
constexpr lxw_col_t kSignificance = kChange + 1;
constexpr lxw_col_t kNote = kChange + 2;

std::vector<Column> summary_columns() {
  return {{"Период", 10},
          {"Код показателя", 26},
          {"Показатель", 40},
          {"Уточнение", 30},
          {"Единица", 10},
          {"База (n): ответов, обращений, услуг", 12},
          {"Числитель: положительных, промоутеров, сумма баллов", 14},
          {"Вне базы (затрудняюсь) или критиков (0–6)", 13},
          {"Значение", 11},
          {"95 % интервал: от", 11},
          {"95 % интервал: до", 11},
          {"Уровень (звёзды)", 10},
          {"Изменение к прошлому периоду (для долей — п. п.)", 14},
          {"Значимость изменения", 16},
          {"Примечание", 40}};
}

// The results of the scope's cut in `period`, in the order of the definitions
// table; the appeals shares by kind and topic stay on «Обращения».
std::vector<const IndicatorResult*> summary_results(const metrics::IndicatorTable& indicators,
                                                    const metrics::Cut& cut) {
  std::vector<const IndicatorResult*> results;
  for (const metrics::IndicatorDefinition& d : metrics::indicator_definitions()) {
    if (d.has_detail) {
      for (const IndicatorResult* r : indicators.details_of(cut, d.id)) results.push_back(r);
    } else if (const IndicatorResult* r = indicators.find(cut, d.id)) {
      results.push_back(r);
    }
  }
  return results;
}

std::string significance_text(const metrics::Change& change) {
  if (!change.tested) return "не проверяется";
  return change.significant ? "значимо (95 %)" : "незначимо";
}

void write_change(Sheet& sheet, lxw_row_t row, const IndicatorResult& r) {
  if (!r.change || !r.has_value()) return;
  sheet.number(row, kChange, r.change->difference, sheet.formats().points);
  sheet.text(row, kSignificance, significance_text(*r.change));
}

void write_row(Sheet& sheet, lxw_row_t row, const model::Dataset& data,
               const metrics::IndicatorTable& indicators, const IndicatorResult& r,
               const ingest::Config& config) {
  const metrics::IndicatorDefinition& d = metrics::definition(r.indicator);
  sheet.text(row, kPeriod, data.periods[r.cut.period].label());
  sheet.text(row, kKey, indicators.key(r));
  sheet.text(row, kName, d.name);
  if (r.detail != 0)
    sheet.text(row, kDetail, metrics::detail_name(data, r.indicator, indicators.detail(r)));
  sheet.text(row, kUnit, metrics::unit_name(d.unit));
  sheet.text(row, kNote, write_indicator_block(sheet, row, kBlock, &r, config));
  write_change(sheet, row, r);
}

}  // namespace

void write_summary_sheet(Workbook& workbook, const model::Dataset& data,
                         const metrics::IndicatorTable& indicators, const ingest::Config& config,
                         const WorkbookScope& scope) {
  std::vector<const IndicatorResult*> results;
  if (!data.periods.empty())
    results =
        summary_results(indicators, scope.cut(static_cast<uint16_t>(data.periods.size() - 1)));
  Sheet sheet = workbook.add_sheet(kSummarySheet.sheet);
  sheet.table(kSummarySheet.table, summary_columns(), static_cast<lxw_row_t>(results.size()), 3);
  if (results.empty()) {
    sheet.text(1, kNote, "нет данных за период");
    return;
  }
  lxw_row_t row = 1;
  for (const IndicatorResult* r : results) write_row(sheet, row++, data, indicators, *r, config);
}

}  // namespace otklik::report
