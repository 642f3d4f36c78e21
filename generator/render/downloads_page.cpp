#include "render/page_paths.hpp"
#include "render/pages.hpp"

namespace otklik::render {

// The workbooks and open data, with what is inside each file.
PageFiles render_downloads(SiteContext& site) {
  kainjow::mustache::data files{kainjow::mustache::data::type::list};
  for (const Download& download : site.in.downloads) {
    kainjow::mustache::data file;
    file.set("href", download.path);
    file.set("label", download.label);
    file.set("format", download.format);
    file.set("description", download.description);
    files.push_back(file);
  }
  kainjow::mustache::data body;
  body.set("has_files", !files.is_empty_list());
  body.set("files", std::move(files));
  body.set("data_period", site.data_period_text());
  const PageFrame frame{.path = kDownloadsPath,
                        .title = "Данные и открытые данные",
                        .crumbs = {{"Главная", kHomePath}},
                        .menu_path = kDownloadsPath,
                        .links_files = true};
  return render_page(site, frame, "downloads", std::move(body));
}

}  // namespace otklik::render
