#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

#include "content/front_matter.hpp"
#include "content/markdown.hpp"
#include "content/page.hpp"
#include "content/slug.hpp"
#include "ingest/input_error.hpp"
#include "model/file_bytes.hpp"
#include "model/parallel_jobs.hpp"

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
  std::optional<std::string> bytes = model::read_file_bytes(file);
  if (!bytes)
    throw ingest::InputError({file.string(), 0, 0}, "cannot read the page; check its permissions");
  return std::move(*bytes);
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

std::optional<ContentPage> load_page(const fs::path& dir, const fs::path& file,
                                     const ContentOptions& options) {
  SplitPage split = split_front_matter(read_text(file), file.string());
  if (split.front.draft) return std::nullopt;
  ContentPage page;
  page.source = file;
  // Lexically: `file` was found below `dir`, and fs::relative would ask the
  // disk for the real path of both, for each of 10 000 pages.
  page.section = file.parent_path().lexically_relative(dir).generic_string();
  if (page.section == ".") page.section.clear();
  page.front = std::move(split.front);
  if (page.front.slug.empty()) page.front.slug = default_slug(file);
  page.body_html = markdown_to_html(split.markdown, options.allow_raw_html);
  return page;
}

}  // namespace

// The pages are read and converted on every core (10 000 news pages took
// 0.6 s on one); the error of the first bad file in path order is the one
// reported, whatever the timing.
std::vector<ContentPage> load_content(const fs::path& dir, const ContentOptions& options) {
  const std::vector<fs::path> files = markdown_files(dir);
  std::vector<std::optional<ContentPage>> loaded(files.size());
  prepare_markdown();
  model::run_jobs(files.size(), 0,
                  [&](std::size_t i) { loaded[i] = load_page(dir, files[i], options); });
  std::vector<ContentPage> pages;
  pages.reserve(files.size());
  for (std::optional<ContentPage>& page : loaded)
    if (page) pages.push_back(std::move(*page));
  return pages;
}

}  // namespace otklik::content
