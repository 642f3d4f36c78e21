#include "render/decisions_view.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"

namespace otklik::render {

// «Вы сказали — мы сделали»: every decision taken on the feedback.
PageFiles render_decisions(const SiteContext& site) {
  kainjow::mustache::data items = decision_items(site, "");
  kainjow::mustache::data body;
  body.set("has_decisions", !items.is_empty_list());
  body.set("decisions", std::move(items));
  const PageFrame frame{.path = kDecisionsPath,
                        .title = "Вы сказали — мы сделали",
                        .crumbs = {{"Главная", kHomePath}},
                        .menu_path = kDecisionsPath};
  return render_page(site, frame, "decisions", std::move(body));
}

}  // namespace otklik::render
