#include "render/indicator_rows.hpp"
#include "render/indicator_view.hpp"
#include "render/page_charts.hpp"
#include "render/page_context.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"
#include "render/share_table.hpp"

namespace otklik::render {

using kainjow::mustache::data;

// The latest period for the whole ministry, then every life situation and
// touchpoint of the dimension files, with or without answers, and a way to
// the regions when the data has them.
PageFiles render_home(const SiteContext& site) {
  const auto& in = site.in;
  const uint16_t period = site.latest_period.value_or(0);
  const auto satisfaction = metrics::IndicatorId::SatisfactionShare;

  data life_situations{data::type::list};
  for (std::size_t i = 0; i < in.data.life_situations.size(); ++i) {
    const metrics::Cut cut{.period = period, .life_situation = static_cast<model::DimIndex>(i)};
    const auto& ls = in.data.life_situations[i];
    life_situations.push_back(indicator_row(ls.name, life_situation_path(ls.id),
                                            in.indicators.find(cut, satisfaction), in.config));
  }
  data touchpoints{data::type::list};
  for (std::size_t i = 0; i < in.data.touchpoints.size(); ++i) {
    const metrics::Cut cut{.period = period, .touchpoint = static_cast<model::DimIndex>(i)};
    const auto& tp = in.data.touchpoints[i];
    touchpoints.push_back(indicator_row(tp.name, touchpoint_path(tp.id),
                                        in.indicators.find(cut, satisfaction), in.config));
  }

  const std::string period_label = site.latest_period_label();
  data body;
  body.set("organisation", in.config.organisation);
  body.set("period_label", period_label);
  body.set("indicators",
           indicator_rows(site, {.period = period}, IndicatorScope::Body,
                          in.config.organisation + ": показатели стандарта, " + period_label));
  body.set("life_situation_chart",
           life_situation_bars(site, {.period = period},
                               "Удовлетворённость по жизненным ситуациям, " + period_label));
  body.set("life_situations", share_table({"life-situations-table",
                                           "Жизненные ситуации: удовлетворённость, " + period_label,
                                           "Жизненная ситуация", satisfaction},
                                          std::move(life_situations)));
  body.set("touchpoints", share_table({"touchpoints-table",
                                       "Точки взаимодействия: удовлетворённость, " + period_label,
                                       "Точка взаимодействия", satisfaction},
                                      std::move(touchpoints)));
  body.set("has_regions", !in.data.regions.empty());
  const PageFrame frame{.path = "index.html",
                        .title = in.config.site_title,
                        .menu_path = "index.html",
                        .crumb_label = "Главная"};
  return render_page(site, frame, "home", std::move(body));
}

}  // namespace otklik::render
