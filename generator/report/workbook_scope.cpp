#include "report/workbook_scope.hpp"

namespace otklik::report {

std::vector<model::DimIndex> WorkbookScope::life_situations(const model::Dataset& data) const {
  if (!whole_body()) return {life_situation};
  std::vector<model::DimIndex> all{model::kNone};
  for (std::size_t ls = 0; ls < data.life_situations.size(); ++ls)
    all.push_back(static_cast<model::DimIndex>(ls));
  return all;
}

metrics::Cut WorkbookScope::cut(uint16_t period) const {
  metrics::Cut cut;
  cut.period = period;
  cut.life_situation = life_situation;
  return cut;
}

std::string WorkbookScope::description(const model::Dataset& data) const {
  if (whole_body()) return "все жизненные ситуации";
  const model::LifeSituation& ls = data.life_situations[life_situation];
  return ls.id + " " + ls.name;
}

std::vector<std::vector<uint32_t>> survey_cells_by_life_situation(const model::Dataset& data) {
  std::vector<std::vector<uint32_t>> cells(data.life_situations.size());
  for (std::size_t i = 0; i < data.survey.size(); ++i)
    cells[data.survey[i].key.life_situation].push_back(static_cast<uint32_t>(i));
  return cells;
}

}  // namespace otklik::report
