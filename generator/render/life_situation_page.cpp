#include <string_view>

#include "render/appeals_view.hpp"
#include "render/decisions_view.hpp"
#include "render/dynamics.hpp"
#include "render/indicator_rows.hpp"
#include "render/indicator_view.hpp"
#include "render/page_charts.hpp"
#include "render/page_context.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"
#include "render/pain_map.hpp"
#include "render/share_table.hpp"

namespace otklik::render {
namespace {

using kainjow::mustache::data;
constexpr auto kSatisfaction = metrics::IndicatorId::SatisfactionShare;

data touchpoint_rows(const SiteContext& site, metrics::Cut cut, const std::string& root) {
  data rows{data::type::list};
  const auto& touchpoints = site.in.data.touchpoints;
  for (std::size_t i = 0; i < touchpoints.size(); ++i) {
    cut.touchpoint = static_cast<model::DimIndex>(i);
    if (!has_any_result(site.in.indicators, cut)) continue;
    rows.push_back(indicator_row(touchpoints[i].name, root + touchpoint_path(touchpoints[i].id),
                                 site.in.indicators.find(cut, kSatisfaction), site.in.config));
  }
  return rows;
}

// The services of the life situation's scenario, and any other service with
// answers in it: a scenario service without answers is shown, not hidden.
data service_rows(const SiteContext& site, metrics::Cut cut, const std::string& ls_id) {
  data rows{data::type::list};
  const auto& data_set = site.in.data;
  for (std::size_t i = 0; i < data_set.services.size(); ++i) {
    cut.service = static_cast<model::DimIndex>(i);
    bool in_scenario = false;
    for (const auto& link : data_set.life_situation_services)
      in_scenario |= link.life_situation_id == ls_id && link.service_id == data_set.services[i].id;
    if (!in_scenario && !has_any_result(site.in.indicators, cut)) continue;
    rows.push_back(indicator_row(data_set.services[i].name, "",
                                 site.in.indicators.find(cut, kSatisfaction), site.in.config));
  }
  return rows;
}

// The link to the life situation's own workbook, when the build writes one.
void set_workbook(data& body, const SiteContext& site, const std::string& ls_id) {
  for (const Download& download : site.in.downloads) {
    if (download.life_situation_id != ls_id) continue;
    body.set("has_workbook", true);
    body.set("workbook_href", download.path);
    body.set("workbook_format", download.format);
    return;
  }
  body.set("has_workbook", false);
}

}  // namespace

PageFiles render_life_situation(const SiteContext& site, model::DimIndex index) {
  const model::LifeSituation& ls = site.in.data.life_situations[index];
  const PageFrame frame{
      .path = life_situation_path(ls.id),
      .title = ls.name,
      .crumbs = {{"Главная", "index.html"}, {"Жизненные ситуации", "index.html#life-situations"}},
      .links_files = true};
  const std::string root = root_prefix(frame.path);
  const metrics::Cut cut{.period = site.latest_period.value_or(0), .life_situation = index};
  const std::string period_label = site.latest_period_label();

  data body;
  body.set("description", ls.description);
  body.set("has_description", !ls.description.empty());
  body.set("sphere", ls.sphere);
  body.set("has_sphere", !ls.sphere.empty());
  body.set("priority", ls.priority);
  body.set("period_label", period_label);
  body.set("no_answers", !has_any_result(site.in.indicators, cut));
  body.set("indicators",
           indicator_rows(site, cut, IndicatorScope::LifeSituation,
                          "Показатели жизненной ситуации «" + ls.name + "», " + period_label));
  body.set("pain_map", pain_map(site, cut, "Проблемы, которые назвали клиенты, " + period_label));
  body.set(
      "by_touchpoint",
      share_table({"by-touchpoint", "Удовлетворённость по точкам взаимодействия, " + period_label,
                   "Точка взаимодействия", kSatisfaction},
                  touchpoint_rows(site, cut, root)));
  body.set(
      "touchpoint_chart",
      touchpoint_bars(site, cut, "Удовлетворённость по точкам взаимодействия, " + period_label));
  body.set("dynamics_chart", dynamics_line(site, cut, "Удовлетворённость по периодам"));
  body.set("by_service", share_table({"by-service", "Удовлетворённость по услугам, " + period_label,
                                      "Услуга", kSatisfaction},
                                     service_rows(site, cut, ls.id)));
  body.set("dynamics",
           share_table({"dynamics", "Удовлетворённость по периодам", "Период", kSatisfaction},
                       dynamics_rows(site, cut)));
  data decisions = decision_items(site, root, ls.id);
  body.set("has_decisions", !decisions.is_empty_list());
  body.set("decisions", std::move(decisions));
  body.set("appeals", appeals_view(site, cut, period_label));
  set_workbook(body, site, ls.id);
  return render_page(site, frame, "life_situation", std::move(body));
}

}  // namespace otklik::render
