#include "render/site.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "ingest/input_error.hpp"
#include "render/decisions_view.hpp"
#include "render/page_jobs.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"
#include "render/parallel_jobs.hpp"
#include "render/search_index.hpp"
#include "render/site_context.hpp"

namespace otklik::render {
namespace fs = std::filesystem;
namespace {

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// templates/assets/** as is, in path order.
std::vector<OutputFile> copy_assets(const fs::path& templates_dir) {
  const fs::path dir = templates_dir / "assets";
  if (!fs::is_regular_file(dir / "style.css"))
    throw ingest::InputError({(dir / "style.css").string(), 0, 0},
                             "stylesheet not found; the templates folder must hold "
                             "assets/style.css");
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<OutputFile> out;
  for (const fs::path& file : files)
    out.push_back({"assets/" + fs::relative(file, dir).generic_string(), read_bytes(file)});
  return out;
}

// A content page may not overwrite a generated page or another content page.
void check_content_paths(const SiteContext& site) {
  std::map<std::string, std::string> taken = {
      {kHomePath, "the home page"},           {kAppealsPath, "the appeals page"},
      {kDecisionsPath, "the decisions page"}, {kDownloadsPath, "the downloads page"},
      {kContactsPath, "the contacts page"},   {kAccessibilityPath, "the accessibility statement"},
      {kSitemapPath, "the site map"},         {kNotFoundPath, "the 404 page"},
      {kSearchPath, "the search page"}};
  for (const auto& ls : site.in.data.life_situations)
    taken.emplace(life_situation_path(ls.id), "a life situation page");
  for (const auto& tp : site.in.data.touchpoints)
    taken.emplace(touchpoint_path(tp.id), "a touchpoint page");
  for (const content::ContentPage& page : site.in.pages) {
    const std::string path = content_page_path(page);
    const auto [it, fresh] = taken.emplace(path, page.source.string());
    if (!fresh || path.starts_with("assets/") || path.starts_with(kViFolder))
      throw ingest::InputError({page.source.string(), 1, 1},
                               "the page would be written to " + path + ", which is already " +
                                   (fresh ? "a folder of the site" : it->second) +
                                   "; give it another `slug:`");
  }
}

void add(std::vector<OutputFile>& files, PageFiles page) {
  files.push_back(std::move(page.regular));
  files.push_back(std::move(page.vi));
}

// A decision must name a life situation and touchpoint the data holds, or its
// links would lead nowhere.
void check_decision_ids(const SiteInputs& in) {
  for (const content::ContentPage& page : in.pages) {
    if (page.section != kDecisionsSection) continue;
    const auto& f = page.front;
    if (f.life_situation.empty())
      throw ingest::InputError({page.source.string(), 1, 1},
                               "a decision needs `life_situation: <id>` in its front matter, "
                               "one of the ids of life_situations.csv");
    if (in.data.life_situation_index(f.life_situation) == model::kNone)
      throw ingest::InputError(f.life_situation_at, "`life_situation` \"" + f.life_situation +
                                                        "\" is not an id of life_situations.csv");
    if (!f.touchpoint.empty() && in.data.touchpoint_index(f.touchpoint) == model::kNone)
      throw ingest::InputError(
          f.touchpoint_at, "`touchpoint` \"" + f.touchpoint + "\" is not an id of touchpoints.csv");
  }
}

}  // namespace

std::vector<OutputFile> render_site(const SiteInputs& inputs) {
  SiteContext site(inputs);
  check_content_paths(site);
  check_decision_ids(inputs);
  const std::vector<PageJob> jobs = page_jobs(inputs);
  std::vector<RenderedPage> rendered(jobs.size());
  run_jobs(jobs.size(), 0, [&](std::size_t i) { rendered[i] = render_job(site, jobs[i]); });
  return assemble_site(site, std::move(rendered));
}

std::vector<OutputFile> assemble_site(const SiteContext& site, std::vector<RenderedPage> rendered) {
  std::vector<PageEntry> entries;
  std::vector<const IndexedPage*> indexed;
  for (const RenderedPage& page : rendered) {
    entries.push_back(page.files.entry);
    if (page.index) indexed.push_back(&*page.index);
  }
  OutputFile index = search_index(indexed);
  std::vector<OutputFile> files;
  for (RenderedPage& page : rendered) add(files, std::move(page.files));
  PageFiles sitemap = render_sitemap(site, entries);
  entries.push_back(sitemap.entry);
  add(files, std::move(sitemap));
  for (OutputFile& file : render_search_engine_files(site, entries))
    files.push_back(std::move(file));
  // The vi/ pages link their own copy of the assets, so every relative link
  // of a page works the same in both versions.
  std::vector<OutputFile> assets = copy_assets(site.in.templates_dir);
  assets.push_back(std::move(index));
  for (OutputFile& asset : assets) {
    files.push_back({kViFolder + asset.path, asset.bytes});
    files.push_back(std::move(asset));
  }
  return files;
}

}  // namespace otklik::render
