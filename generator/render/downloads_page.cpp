#include "render/page_paths.hpp"
#include "render/pages.hpp"

namespace otklik::render {

// The workbooks and open data, with what is inside each file; the workbooks
// of the life situations in a list of their own.
PageFiles render_downloads(const SiteContext& site) {
  using kainjow::mustache::data;
  data files{data::type::list};
  data life_situation_files{data::type::list};
  for (const Download& download : site.in.downloads) {
    data file;
    file.set("href", download.path);
    file.set("label", download.label);
    file.set("format", download.format);
    file.set("description", download.description);
    (download.life_situation_id.empty() ? files : life_situation_files).push_back(file);
  }
  data body;
  body.set("has_files", !files.is_empty_list() || !life_situation_files.is_empty_list());
  body.set("files", std::move(files));
  body.set("has_life_situation_files", !life_situation_files.is_empty_list());
  body.set("life_situation_files", std::move(life_situation_files));
  body.set("data_period", site.data_period_text());
  const PageFrame frame{.path = kDownloadsPath,
                        .title = "Данные и открытые данные",
                        .crumbs = {{"Главная", kHomePath}},
                        .menu_path = kDownloadsPath,
                        .links_files = true};
  return render_page(site, frame, "downloads", std::move(body));
}

}  // namespace otklik::render
