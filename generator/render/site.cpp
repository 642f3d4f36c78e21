#include "render/site.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "ingest/input_error.hpp"
#include "model/file_bytes.hpp"
#include "model/parallel_jobs.hpp"
#include "render/page_jobs.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"
#include "render/search_index.hpp"
#include "render/site_context.hpp"

namespace otklik::render {
namespace fs = std::filesystem;
namespace {

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
    out.push_back({"assets/" + fs::relative(file, dir).generic_string(),
                   model::read_file_bytes(file).value_or("")});
  return out;
}

void add(std::vector<OutputFile>& files, PageFiles page) {
  files.push_back(std::move(page.regular));
  files.push_back(std::move(page.vi));
}

}  // namespace

std::vector<OutputFile> render_site(const SiteInputs& inputs, const model::JobCount& count) {
  const SiteContext site(inputs);
  const std::vector<PageJob> jobs = page_jobs(inputs);
  std::vector<RenderedPage> rendered(jobs.size());
  if (count.total) count.total(jobs.size());
  model::run_jobs(
      jobs.size(), 0, [&](std::size_t i) { rendered[i] = render_job(site, jobs[i]); },
      count.finished);
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
