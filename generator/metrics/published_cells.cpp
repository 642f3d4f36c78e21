#include "metrics/published_cells.hpp"

namespace otklik::metrics {

std::vector<IndicatorId> built_in_indicators(std::string_view question) {
  if (question == "satisfaction") return {IndicatorId::SatisfactionShare, IndicatorId::Csi};
  if (question == "need_satisfaction") return {IndicatorId::NeedSatisfactionShare};
  if (question == "ease") return {IndicatorId::EaseShare};
  if (question == "nps") return {IndicatorId::Nps};
  return {};
}

bool is_published(const IndicatorTable& table, const model::Dataset& data,
                  const model::SurveyCell& cell) {
  const model::Question& q = data.questions[cell.key.question];
  IndicatorId id = IndicatorId::Question;
  std::string_view detail = q.id;
  if (q.built_in) {
    const std::vector<IndicatorId> ids = built_in_indicators(q.id);
    if (ids.empty()) return false;
    id = ids.front();  // all of a question's indicators share its disclosure
    detail = {};
  }
  // A cut with no result (never computed) is treated as hidden.
  const IndicatorResult* result = table.find(cut_of(cell.key), id, detail);
  return result != nullptr && !result->suppressed;
}

void PublishedCells::mark(const IndicatorTable& period_table, const model::Dataset& data,
                          uint16_t period) {
  for (std::size_t i = 0; i < data.survey.size(); ++i)
    if (data.survey[i].key.period == period)
      published_[i] = is_published(period_table, data, data.survey[i]) ? 1 : 0;
}

PublishedCells published_cells(const IndicatorTable& table, const model::Dataset& data) {
  PublishedCells published(data);
  for (std::size_t p = 0; p < data.periods.size(); ++p)
    published.mark(table, data, static_cast<uint16_t>(p));
  return published;
}

}  // namespace otklik::metrics
