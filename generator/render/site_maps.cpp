// The maps of the site: sitemap.html for readers (4.6.1.15), sitemap.xml and
// robots.txt for search engines, and the 404 page that points back into it.
#include <string_view>

#include "model/data_date.hpp"
#include "render/decisions_view.hpp"
#include "render/markup.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"

namespace otklik::render {
namespace {

using kainjow::mustache::data;

struct MapGroup {
  std::string_view prefix;  // "" for the top-level pages
  const char* title;
  // Only the pages right in the folder: a region's life situations (85 × 60
  // pages nationally) are listed on the region's page, or the map would be
  // thousands of links long.
  bool top_only = false;
};

constexpr MapGroup kGroups[] = {{"", "Основные страницы", true},
                                {"life-situations/", "Жизненные ситуации"},
                                {"touchpoints/", "Точки взаимодействия"},
                                {"regions/", "Регионы", true},
                                {"decisions/", "Решения по отзывам"}};

bool in_group(std::string_view path, const MapGroup& group) {
  if (!path.starts_with(group.prefix)) return false;
  return !group.top_only || path.find('/', group.prefix.size()) == std::string_view::npos;
}

bool is_absolute_url(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

std::string with_slash(std::string url) {
  if (url.empty() || url.back() != '/') url += '/';
  return url;
}

// The path part of base_url: "https://x.ru/otklik/" -> "/otklik/".
std::string base_path(const std::string& base_url) {
  std::string_view url = base_url;
  if (is_absolute_url(url)) {
    url.remove_prefix(url.find("//") + 2);
    const std::size_t slash = url.find('/');
    url = slash == std::string_view::npos ? std::string_view("/") : url.substr(slash);
  }
  return with_slash(url.empty() ? "/" : std::string(url));
}

}  // namespace

PageFiles render_sitemap(const SiteContext& site, const std::vector<PageEntry>& pages) {
  const PageFrame frame{
      .path = kSitemapPath, .title = "Карта сайта", .crumbs = {{"Главная", kHomePath}}};
  std::vector<PageEntry> listed = pages;
  listed.push_back({frame.path, frame.title});
  data groups{data::type::list};
  for (const MapGroup& group : kGroups) {
    data pages{data::type::list};
    for (const PageEntry& page : listed) {
      if (!in_group(page.path, group) || page.path == kNotFoundPath) continue;
      data item;
      item.set("href", page.path);
      item.set("title", page.title);
      pages.push_back(item);
    }
    if (pages.is_empty_list()) continue;
    data g;
    g.set("title", group.title);
    g.set("pages", std::move(pages));
    groups.push_back(g);
  }
  data body;
  body.set("groups", std::move(groups));
  return render_page(site, frame, "sitemap", std::move(body));
}

PageFiles render_not_found(const SiteContext& site) {
  data body;
  body.set("sitemap", kSitemapPath);
  const PageFrame frame{.path = kNotFoundPath,
                        .title = "Страница не найдена",
                        .crumbs = {{"Главная", kHomePath}},
                        .fixed_root = base_path(site.in.config.base_url)};
  return render_page(site, frame, "not_found", std::move(body));
}

std::vector<OutputFile> render_search_engine_files(const SiteContext& site,
                                                   const std::vector<PageEntry>& pages) {
  const std::string& base_url = site.in.config.base_url;
  std::string robots = "User-agent: *\nAllow: /\n";
  std::vector<OutputFile> files;
  if (is_absolute_url(base_url)) {
    const std::string base = with_slash(base_url);
    const std::string lastmod = model::iso_date(model::data_date(site.in.data));
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const PageEntry& page : pages) {
      if (page.path == kNotFoundPath) continue;
      const std::string address = page.path == kHomePath ? base : base + page.path;
      xml +=
          "<url><loc>" + xml_escape(address) + "</loc><lastmod>" + lastmod + "</lastmod></url>\n";
    }
    xml += "</urlset>\n";
    files.push_back({"sitemap.xml", std::move(xml)});
    robots += "Sitemap: " + base + "sitemap.xml\n";
  }
  files.push_back({"robots.txt", std::move(robots)});
  return files;
}

}  // namespace otklik::render
