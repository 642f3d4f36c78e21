#include "report/dynamics_sheet.hpp"

#include "report/indicator_sheet.hpp"

namespace otklik::report {
namespace {

std::vector<std::string> life_situation_labels(const model::Dataset& data, model::DimIndex ls) {
  if (ls == model::kNone) return {"", std::string(kAllLifeSituations)};
  return {data.life_situations[ls].id, data.life_situations[ls].name};
}

// Every life situation gets its rows, with or without answers: nothing is
// hidden (4.1.12); an empty one says «нет данных за период».
std::vector<IndicatorRow> dynamics_rows(const model::Dataset& data, const WorkbookScope& scope) {
  std::vector<IndicatorRow> rows;
  for (model::DimIndex ls : scope.life_situations(data)) {
    const std::vector<std::string> labels = life_situation_labels(data, ls);
    for (std::size_t p = 0; p < data.periods.size(); ++p) {
      IndicatorRow row;
      row.cut.period = static_cast<uint16_t>(p);
      row.cut.life_situation = ls;
      row.labels.push_back(data.periods[p].label());
      row.labels.insert(row.labels.end(), labels.begin(), labels.end());
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace

void write_dynamics_sheet(Workbook& workbook, const model::Dataset& data,
                          const metrics::IndicatorTable& indicators, const ingest::Config& config,
                          const WorkbookScope& scope) {
  const std::vector<Column> leading = {{"Период", 10}, {"Код ЖС", 10}, {"Жизненная ситуация", 40}};
  write_indicator_sheet(workbook, kDynamicsSheet, leading, dynamics_rows(data, scope), indicators,
                        config);
}

}  // namespace otklik::report
