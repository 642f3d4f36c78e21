#include "render/site.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "ingest/input_error.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"
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
  std::map<std::string, std::string> taken = {{"index.html", "the home page"}};
  for (const auto& ls : site.in.data.life_situations)
    taken.emplace(life_situation_path(ls.id), "a life situation page");
  for (const auto& tp : site.in.data.touchpoints)
    taken.emplace(touchpoint_path(tp.id), "a touchpoint page");
  for (const content::ContentPage& page : site.in.pages) {
    const std::string path = content_page_path(page);
    const auto [it, fresh] = taken.emplace(path, page.source.string());
    if (!fresh || path.starts_with("assets/"))
      throw ingest::InputError({page.source.string(), 1, 1},
                               "the page would be written to " + path + ", which is already " +
                                   (fresh ? "the assets folder" : it->second) +
                                   "; give it another `slug:`");
  }
}

}  // namespace

std::vector<OutputFile> render_site(const SiteInputs& inputs) {
  SiteContext site(inputs);
  check_content_paths(site);
  std::vector<OutputFile> files;
  files.push_back(render_home(site));
  for (const content::ContentPage& page : inputs.pages)
    files.push_back(render_content_page(site, page));
  for (std::size_t i = 0; i < inputs.data.life_situations.size(); ++i)
    files.push_back(render_life_situation(site, static_cast<model::DimIndex>(i)));
  for (std::size_t i = 0; i < inputs.data.touchpoints.size(); ++i)
    files.push_back(render_touchpoint(site, static_cast<model::DimIndex>(i)));
  for (OutputFile& asset : copy_assets(inputs.templates_dir)) files.push_back(std::move(asset));
  return files;
}

}  // namespace otklik::render
