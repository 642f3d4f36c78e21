#include "render/page_charts.hpp"

#include "render/bar_chart.hpp"
#include "render/chart_point.hpp"
#include "render/indicator_view.hpp"
#include "render/line_chart.hpp"

namespace otklik::render {
namespace {

constexpr auto kSatisfaction = metrics::IndicatorId::SatisfactionShare;
constexpr const char* kSubject = "доля удовлетворённых получением услуги";

}  // namespace

bool lists_touchpoint(const SiteContext& site, const metrics::Cut& cut, TouchpointsListed listed) {
  if (listed == TouchpointsListed::WithSatisfactionResult)
    return site.in.indicators.find(cut, kSatisfaction) != nullptr;
  return has_any_result(site.in.indicators, cut);
}

std::string touchpoint_bars(const SiteContext& site, metrics::Cut cut, const std::string& title,
                            TouchpointsListed listed) {
  Chart chart{"touchpoint-chart", title, kSubject, {}};
  const auto& touchpoints = site.in.data.touchpoints;
  for (std::size_t i = 0; i < touchpoints.size(); ++i) {
    cut.touchpoint = static_cast<model::DimIndex>(i);
    if (!lists_touchpoint(site, cut, listed)) continue;
    chart.points.push_back({touchpoints[i].name, site.in.indicators.find(cut, kSatisfaction)});
  }
  return chart_figure(bar_chart(chart, site.in.config));
}

std::string life_situation_bars(const SiteContext& site, metrics::Cut cut,
                                const std::string& title) {
  Chart chart{"life-situation-chart", title, kSubject, {}};
  const auto& situations = site.in.data.life_situations;
  for (std::size_t i = 0; i < situations.size(); ++i) {
    cut.life_situation = static_cast<model::DimIndex>(i);
    chart.points.push_back({situations[i].name, site.in.indicators.find(cut, kSatisfaction)});
  }
  return chart_figure(bar_chart(chart, site.in.config));
}

std::string dynamics_line(const SiteContext& site, metrics::Cut cut, const std::string& title) {
  Chart chart{"dynamics-chart", title, kSubject, {}};
  const auto& periods = site.in.data.periods;
  for (std::size_t p = 0; p < periods.size(); ++p) {
    cut.period = static_cast<uint16_t>(p);
    chart.points.push_back(
        {periods[p].russian_label(), site.in.indicators.find(cut, kSatisfaction)});
  }
  return chart_figure(line_chart(chart, periods));
}

}  // namespace otklik::render
