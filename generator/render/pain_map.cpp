#include "render/pain_map.hpp"

#include <algorithm>

#include "render/russian_format.hpp"

namespace otklik::render {

kainjow::mustache::data pain_map(const SiteContext& site, const metrics::Cut& cut,
                                 const std::string& caption) {
  using kainjow::mustache::data;
  const metrics::IndicatorTable& table = site.in.indicators;
  auto found = table.details_of(cut, metrics::IndicatorId::PainMentions);
  // Most mentioned first; equal counts in the theme's own order, so the
  // ranking never depends on the order of the input rows.
  std::stable_sort(found.begin(), found.end(), [](const auto* a, const auto* b) {
    return a->measurement.n > b->measurement.n;
  });
  data themes{data::type::list};
  for (std::size_t i = 0; i < found.size(); ++i) {
    data theme;
    theme.set("rank", std::to_string(i + 1));
    theme.set("theme", std::string(table.detail(*found[i])));
    theme.set("mentions", format_count(found[i]->measurement.n));
    themes.push_back(theme);
  }
  data view;
  view.set("has_file", !site.in.data.lacks_optional_input("pain_points.csv"));
  view.set("has_themes", !found.empty());
  view.set("caption", caption);
  view.set("themes", std::move(themes));
  return view;
}

}  // namespace otklik::render
