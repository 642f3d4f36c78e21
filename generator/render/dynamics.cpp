#include "render/dynamics.hpp"

#include "render/indicator_view.hpp"

namespace otklik::render {

kainjow::mustache::data dynamics_rows(const SiteContext& site, metrics::Cut cut) {
  kainjow::mustache::data rows{kainjow::mustache::data::type::list};
  const auto& periods = site.in.data.periods;
  for (std::size_t p = 0; p < periods.size(); ++p) {
    cut.period = static_cast<uint16_t>(p);
    rows.push_back(indicator_row(
        periods[p].russian_label(), "",
        site.in.indicators.find(cut, metrics::IndicatorId::SatisfactionShare), site.in.config));
  }
  return rows;
}

}  // namespace otklik::render
