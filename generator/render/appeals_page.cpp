#include "render/appeals_view.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"

namespace otklik::render {

using kainjow::mustache::data;

// The appeals of the latest period: for the whole body, by life situation,
// and by kind, result, channel and topic.
PageFiles render_appeals(const SiteContext& site) {
  const uint16_t period = site.latest_period.value_or(0);
  const std::string period_label = site.latest_period_label();
  const model::Dataset& d = site.in.data;
  data by_life_situation{data::type::list};
  for (std::size_t i = 0; i < d.life_situations.size(); ++i) {
    const metrics::Cut cut{.period = period, .life_situation = static_cast<model::DimIndex>(i)};
    const std::string summary = appeals_summary(site, cut);
    if (summary.empty()) continue;
    data row;
    row.set("name", d.life_situations[i].name);
    row.set("href", life_situation_path(d.life_situations[i].id) + "#appeals-title");
    row.set("summary", summary);
    by_life_situation.push_back(row);
  }
  data body;
  body.set("period_label", period_label);
  body.set("has_by_life_situation", !by_life_situation.is_empty_list());
  body.set("by_life_situation", std::move(by_life_situation));
  body.set("appeals", appeals_view(site, {.period = period}, period_label));
  const PageFrame frame{.path = kAppealsPath,
                        .title = "Обращения граждан",
                        .crumbs = {{"Главная", kHomePath}},
                        .menu_path = kAppealsPath};
  return render_page(site, frame, "appeals", std::move(body));
}

}  // namespace otklik::render
