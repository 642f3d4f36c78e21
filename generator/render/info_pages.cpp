// The pages every public site of a body must have: contacts (4.6.1.10) and
// the accessibility statement; and the search page (4.6.1.14).
#include "render/page_paths.hpp"
#include "render/pages.hpp"
#include "render/search_index.hpp"

namespace otklik::render {

PageFiles render_contacts(const SiteContext& site) {
  const ingest::Config& config = site.in.config;
  kainjow::mustache::data body;
  body.set("organisation", config.organisation);
  body.set("phone", config.support.phone);
  body.set("email", config.support.email);
  body.set("hours", config.support.hours);
  const PageFrame frame{.path = kContactsPath,
                        .title = "Контакты",
                        .crumbs = {{"Главная", kHomePath}},
                        .menu_path = kContactsPath};
  return render_page(site, frame, "contacts", std::move(body));
}

PageFiles render_accessibility(const SiteContext& site) {
  kainjow::mustache::data body;
  body.set("organisation", site.in.config.organisation);
  body.set("updated", site.updated_text());
  const PageFrame frame{
      .path = kAccessibilityPath, .title = "Доступность сайта", .crumbs = {{"Главная", kHomePath}}};
  return render_page(site, frame, "accessibility", std::move(body));
}

PageFiles render_search(const SiteContext& site) {
  const PageFrame frame{
      .path = kSearchPath, .title = "Поиск по сайту", .crumbs = {{"Главная", kHomePath}}};
  return render_page(site, frame, "search", kainjow::mustache::data{});
}

}  // namespace otklik::render
