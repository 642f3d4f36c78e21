#include "render/definitions_view.hpp"
#include "render/page_context.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"

namespace otklik::render {

// The methodology page (slug "methodology") also gets the definitions table,
// so the published method can never drift from the computed one.
OutputFile render_content_page(SiteContext& site, const content::ContentPage& page) {
  const std::string path = content_page_path(page);
  kainjow::mustache::data body;
  body.set("content", page.body_html);  // rendered by cmark-gfm in safe mode
  const bool methodology = page.front.slug == "methodology" && page.section.empty();
  body.set("is_methodology", methodology);
  body.set("definitions", methodology
                              ? definitions_view()
                              : kainjow::mustache::data{kainjow::mustache::data::type::list});
  const PageFrame frame{.path = path,
                        .title = page.front.title,
                        .crumbs = {{"Главная", "index.html"}},
                        .menu_path = path};
  return render_page(site, frame, "page", std::move(body));
}

}  // namespace otklik::render
