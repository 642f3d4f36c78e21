#include <algorithm>
#include <fstream>
#include <sstream>

#include "content/front_matter.hpp"
#include "content/markdown.hpp"
#include "content/page.hpp"
#include "content/slug.hpp"
#include "ingest/input_error.hpp"

namespace otklik::content {
namespace fs = std::filesystem;
namespace {

std::vector<fs::path> markdown_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
  }
  // Directory order differs between file systems; output must not.
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
    return a.generic_string() < b.generic_string();
  });
  return files;
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw ingest::InputError({file.string(), 0, 0}, "cannot read the page; check its permissions");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string default_slug(const fs::path& file) {
  const std::string stem = file.stem().string();
  if (!is_valid_slug(stem))
    throw ingest::InputError({file.string(), 1, 1},
                             "the file name \"" + stem +
                                 "\" cannot be a page address; add `slug: latin-name` to the "
                                 "front matter or rename the file with Latin letters, digits, `-`");
  return stem;
}

}  // namespace

std::vector<ContentPage> load_content(const fs::path& dir, const ContentOptions& options) {
  std::vector<ContentPage> pages;
  for (const fs::path& file : markdown_files(dir)) {
    SplitPage split = split_front_matter(read_text(file), file.string());
    if (split.front.draft) continue;
    ContentPage page;
    page.source = file;
    page.section = fs::relative(file.parent_path(), dir).generic_string();
    if (page.section == ".") page.section.clear();
    page.front = std::move(split.front);
    if (page.front.slug.empty()) page.front.slug = default_slug(file);
    page.body_html = markdown_to_html(split.markdown, options.allow_raw_html);
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace otklik::content
