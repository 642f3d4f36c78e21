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

data life_situation_rows(const SiteContext& site, metrics::Cut cut, const std::string& root) {
  data rows{data::type::list};
  const auto& life_situations = site.in.data.life_situations;
  for (std::size_t i = 0; i < life_situations.size(); ++i) {
    cut.life_situation = static_cast<model::DimIndex>(i);
    if (!has_any_result(site.in.indicators, cut)) continue;
    rows.push_back(indicator_row(life_situations[i].name,
                                 root + life_situation_path(life_situations[i].id),
                                 site.in.indicators.find(cut, kSatisfaction), site.in.config));
  }
  return rows;
}

}  // namespace

PageFiles render_touchpoint(const SiteContext& site, model::DimIndex index) {
  const model::Touchpoint& tp = site.in.data.touchpoints[index];
  const PageFrame frame{
      .path = touchpoint_path(tp.id),
      .title = tp.name,
      .crumbs = {{"Главная", "index.html"}, {"Точки взаимодействия", "index.html#touchpoints"}}};
  const std::string root = root_prefix(frame.path);
  const metrics::Cut cut{.period = site.latest_period.value_or(0), .touchpoint = index};
  const std::string period_label = site.latest_period_label();

  data body;
  body.set("channel", std::string(model::channel_name(tp.channel)));
  body.set("kind", tp.kind == model::TouchpointKind::Digital ? "цифровая" : "очная");
  body.set("period_label", period_label);
  body.set("no_answers", !has_any_result(site.in.indicators, cut));
  body.set("indicators",
           indicator_rows(site, cut, IndicatorScope::Touchpoint,
                          "Показатели точки взаимодействия «" + tp.name + "», " + period_label));
  body.set("pain_map", pain_map(site, cut, "Проблемы, которые назвали клиенты, " + period_label));
  body.set(
      "by_life_situation",
      share_table({"by-life-situation", "Удовлетворённость по жизненным ситуациям, " + period_label,
                   "Жизненная ситуация", kSatisfaction},
                  life_situation_rows(site, cut, root)));
  body.set("dynamics_chart", dynamics_line(site, cut, "Удовлетворённость по периодам"));
  body.set("dynamics",
           share_table({"dynamics", "Удовлетворённость по периодам", "Период", kSatisfaction},
                       dynamics_rows(site, cut)));
  return render_page(site, frame, "touchpoint", std::move(body));
}

}  // namespace otklik::render
