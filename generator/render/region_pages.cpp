// The pages of the regions, made when regions.csv lists regions: the
// list of regions, a page per region and a page per life situation in
// each region. Only the survey has regions, so these pages show the
// survey's indicators; appeals, operations and decisions stay on the
// national pages they link to.
#include "render/dynamics.hpp"
#include "render/indicator_rows.hpp"
#include "render/indicator_view.hpp"
#include "render/page_charts.hpp"
#include "render/page_context.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"
#include "render/share_table.hpp"

namespace otklik::render {
namespace {

using kainjow::mustache::data;
constexpr auto kSatisfaction = metrics::IndicatorId::SatisfactionShare;

// Every life situation of the dimension file, answered in the region or not:
// a reader looking for a situation finds it with «нет данных за период».
data life_situation_rows(const SiteContext& site, metrics::Cut cut, const std::string& root) {
  data rows{data::type::list};
  const model::Region& region = site.in.data.regions[cut.region];
  const auto& life_situations = site.in.data.life_situations;
  for (std::size_t i = 0; i < life_situations.size(); ++i) {
    cut.life_situation = static_cast<model::DimIndex>(i);
    rows.push_back(
        indicator_row(life_situations[i].name,
                      root + region_life_situation_path(region.id, life_situations[i].id),
                      site.in.indicators.find(cut, kSatisfaction), site.in.config));
  }
  return rows;
}

// The touchpoints with a satisfaction share in the cut, the one indicator a
// build keeps of a region's touchpoints (metrics::is_site_result). The
// national touchpoint pages are not the region's: the rows do not link there.
constexpr auto kListed = TouchpointsListed::WithSatisfactionResult;

data touchpoint_rows(const SiteContext& site, metrics::Cut cut) {
  data rows{data::type::list};
  const auto& touchpoints = site.in.data.touchpoints;
  for (std::size_t i = 0; i < touchpoints.size(); ++i) {
    cut.touchpoint = static_cast<model::DimIndex>(i);
    if (!lists_touchpoint(site, cut, kListed)) continue;
    rows.push_back(indicator_row(touchpoints[i].name, "",
                                 site.in.indicators.find(cut, kSatisfaction), site.in.config));
  }
  return rows;
}

// What the region's pages share: the period, the touchpoints and the dynamics.
void set_cut_sections(data& body, const SiteContext& site, const metrics::Cut& cut,
                      const std::string& period_label) {
  body.set("period_label", period_label);
  body.set("no_answers", !has_any_result(site.in.indicators, cut));
  body.set(
      "by_touchpoint",
      share_table({"by-touchpoint", "Удовлетворённость по точкам взаимодействия, " + period_label,
                   "Точка взаимодействия", kSatisfaction},
                  touchpoint_rows(site, cut)));
  body.set("touchpoint_chart",
           touchpoint_bars(site, cut, "Удовлетворённость по точкам взаимодействия, " + period_label,
                           kListed));
  body.set("dynamics_chart", dynamics_line(site, cut, "Удовлетворённость по периодам"));
  body.set("dynamics",
           share_table({"dynamics", "Удовлетворённость по периодам", "Период", kSatisfaction},
                       dynamics_rows(site, cut)));
}

}  // namespace

PageFiles render_regions(const SiteContext& site) {
  const uint16_t period = site.latest_period.value_or(0);
  const std::string period_label = site.latest_period_label();
  data rows{data::type::list};
  const auto& regions = site.in.data.regions;
  for (std::size_t r = 0; r < regions.size(); ++r) {
    const metrics::Cut cut{.period = period, .region = static_cast<model::DimIndex>(r)};
    rows.push_back(indicator_row(regions[r].name, region_path(regions[r].id),
                                 site.in.indicators.find(cut, kSatisfaction), site.in.config));
  }
  data body;
  body.set("period_label", period_label);
  body.set("regions", share_table({"regions-table", "Регионы: удовлетворённость, " + period_label,
                                   "Регион", kSatisfaction},
                                  std::move(rows)));
  const PageFrame frame{.path = kRegionsPath,
                        .title = "Регионы",
                        .crumbs = {{"Главная", kHomePath}},
                        .menu_path = kRegionsPath};
  return render_page(site, frame, "regions", std::move(body));
}

PageFiles render_region(const SiteContext& site, model::DimIndex index) {
  const model::Region& region = site.in.data.regions[index];
  const PageFrame frame{.path = region_path(region.id),
                        .title = region.name,
                        .crumbs = {{"Главная", kHomePath}, Crumb{"Регионы", kRegionsPath}},
                        .menu_path = kRegionsPath};
  const std::string root = root_prefix(frame.path);
  const metrics::Cut cut{.period = site.latest_period.value_or(0), .region = index};
  const std::string period_label = site.latest_period_label();

  data body;
  set_cut_sections(body, site, cut, period_label);
  body.set("indicators", indicator_rows(site, cut, IndicatorScope::Region,
                                        region.name + ": показатели опроса, " + period_label));
  body.set(
      "life_situation_chart",
      life_situation_bars(site, cut, "Удовлетворённость по жизненным ситуациям, " + period_label));
  body.set("life_situations", share_table({"life-situations-table",
                                           "Жизненные ситуации: удовлетворённость, " + period_label,
                                           "Жизненная ситуация", kSatisfaction},
                                          life_situation_rows(site, cut, root)));
  return render_page(site, frame, "region", std::move(body));
}

PageFiles render_region_life_situation(const SiteContext& site, model::DimIndex region_index,
                                       model::DimIndex ls_index) {
  const model::Region& region = site.in.data.regions[region_index];
  const model::LifeSituation& ls = site.in.data.life_situations[ls_index];
  const PageFrame frame{.path = region_life_situation_path(region.id, ls.id),
                        .title = ls.name + " — " + region.name,
                        .crumbs = {{"Главная", kHomePath},
                                   Crumb{"Регионы", kRegionsPath},
                                   {region.name, region_path(region.id)}},
                        .menu_path = kRegionsPath,
                        .crumb_label = ls.name};
  const std::string root = root_prefix(frame.path);
  const metrics::Cut cut{
      .period = site.latest_period.value_or(0), .life_situation = ls_index, .region = region_index};
  const std::string period_label = site.latest_period_label();

  data body;
  set_cut_sections(body, site, cut, period_label);
  body.set("indicators", indicator_rows(site, cut, IndicatorScope::RegionLifeSituation,
                                        "Показатели жизненной ситуации «" + ls.name +
                                            "» в регионе «" + region.name + "», " + period_label));
  body.set("region_name", region.name);
  body.set("life_situation_name", ls.name);
  body.set("life_situation_href", root + life_situation_path(ls.id));
  return render_page(site, frame, "region_life_situation", std::move(body));
}

}  // namespace otklik::render
