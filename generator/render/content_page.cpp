#include <chrono>
#include <string>

#include "render/decisions_view.hpp"
#include "render/definitions_view.hpp"
#include "render/page_context.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"
#include "render/russian_format.hpp"

namespace otklik::render {
namespace {

// "2026-11-22" (checked by the front matter reader) -> «22 ноября 2026 г.».
std::string russian_date(const std::string& iso) {
  using namespace std::chrono;
  const int y = std::stoi(iso.substr(0, 4));
  const auto m = static_cast<unsigned>(std::stoi(iso.substr(5, 2)));
  const auto d = static_cast<unsigned>(std::stoi(iso.substr(8, 2)));
  return format_date(sys_days{year{y} / month{m} / day{d}});
}

}  // namespace

// The methodology page (slug "methodology") also gets the definitions table,
// so the published method can never drift from the computed one.
PageFiles render_content_page(const SiteContext& site, const content::ContentPage& page) {
  const std::string path = content_page_path(page);
  kainjow::mustache::data body;
  body.set("content", page.body_html);  // rendered by cmark-gfm in safe mode
  const bool methodology = page.front.slug == "methodology" && page.section.empty();
  body.set("is_methodology", methodology);
  body.set("definitions", methodology
                              ? definitions_view()
                              : kainjow::mustache::data{kainjow::mustache::data::type::list});
  PageFrame frame{.path = path,
                  .title = page.front.title,
                  .crumbs = {{"Главная", kHomePath}},
                  .menu_path = path};
  if (page.section == kDecisionsSection) {
    frame.crumbs.push_back({"Вы сказали — мы сделали", kDecisionsPath});
    frame.menu_path = kDecisionsPath;
  }
  if (!page.front.date.empty()) frame.updated = russian_date(page.front.date);
  return render_page(site, frame, "page", std::move(body));
}

}  // namespace otklik::render
