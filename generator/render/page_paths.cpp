#include "render/page_paths.hpp"

#include <algorithm>

#include "content/slug.hpp"
#include "ingest/input_error.hpp"

namespace otklik::render {
namespace {

// An id from a CSV becomes a file name: it must not hold '/', '..' or
// characters a URL would have to escape.
std::string file_name(const std::string& id, const char* file, const char* extension) {
  if (!content::is_valid_slug(id))
    throw ingest::InputError(
        {file, 0, 0}, "id \"" + id +
                          "\" cannot name a page of the site; use Latin letters, digits, `-` "
                          "and `_` in ids");
  return id + extension;
}

std::string page_name(const std::string& id, const char* file) {
  return file_name(id, file, ".html");
}

}  // namespace

std::string root_prefix(std::string_view page_path) {
  std::string prefix;
  for (std::size_t depth = std::count(page_path.begin(), page_path.end(), '/'); depth > 0; --depth)
    prefix += "../";
  return prefix;
}

std::string life_situation_path(const std::string& id) {
  return "life-situations/" + page_name(id, "life_situations.csv");
}

std::string touchpoint_path(const std::string& id) {
  return "touchpoints/" + page_name(id, "touchpoints.csv");
}

std::string region_path(const std::string& id) { return "regions/" + page_name(id, "regions.csv"); }

std::string region_life_situation_path(const std::string& region_id, const std::string& ls_id) {
  return "regions/" + file_name(region_id, "regions.csv", "/") +
         page_name(ls_id, "life_situations.csv");
}

bool is_region_life_situation_path(std::string_view path) {
  constexpr std::string_view kFolder = "regions/";
  return path.starts_with(kFolder) && path.find('/', kFolder.size()) != std::string_view::npos;
}

std::string life_situation_workbook_path(const std::string& id) {
  return "workbooks/" + file_name(id, "life_situations.csv", ".xlsx");
}

std::string content_page_path(const content::ContentPage& page) {
  std::string path;
  std::string_view rest = page.section;
  while (!rest.empty()) {
    const std::size_t slash = std::min(rest.find('/'), rest.size());
    const std::string folder(rest.substr(0, slash));
    if (!content::is_valid_slug(folder))
      throw ingest::InputError({page.source.string(), 0, 0},
                               "the folder name \"" + folder +
                                   "\" cannot be part of a page address; rename it with Latin "
                                   "letters, digits, `-` and `_`");
    path += folder + "/";
    rest.remove_prefix(std::min(slash + 1, rest.size()));
  }
  return path + page.front.slug + ".html";
}

}  // namespace otklik::render
