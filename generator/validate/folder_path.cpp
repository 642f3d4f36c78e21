#include "validate/folder_path.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "model/file_bytes.hpp"
#include "validate/css.hpp"

namespace otklik::validate {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) { return model::read_file_bytes(path).value_or(""); }

std::string percent_decode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool is_external(const std::string& url) {
  if (url.rfind("//", 0) == 0) return true;
  const std::size_t colon = url.find(':');
  return colon != std::string::npos && url.find_first_of("/?#") > colon;
}

std::string normal_path(std::string_view path) {
  if (path.empty()) return "";
  std::vector<std::string_view> names;
  bool trailing_separator = false;  // the path names a folder: "a/", "a/.", "a/b/.."
  for (std::size_t start = 0; start <= path.size();) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view name = path.substr(start, end - start);
    start = end + 1;
    if (name.empty()) {
      trailing_separator = !names.empty() || trailing_separator;
      continue;
    }
    trailing_separator = false;
    if (name == ".") {
      trailing_separator = true;
    } else if (name == ".." && !names.empty() && names.back() != "..") {
      names.pop_back();
      trailing_separator = true;
    } else {
      names.push_back(name);
    }
  }
  if (names.empty()) return ".";
  std::string normal;
  for (std::string_view name : names) {
    if (!normal.empty()) normal += '/';
    normal += name;
  }
  if (trailing_separator && names.back() != "..") normal += '/';
  return normal;
}

std::string path_from(std::string_view from, std::string_view path) {
  const std::size_t slash = from.rfind('/');
  if (slash == std::string_view::npos) return normal_path(path);
  std::string joined(from.substr(0, slash + 1));
  joined += path;
  return normal_path(joined);
}

std::optional<std::string> resolve_in_folder(const std::string& from, const std::string& url) {
  std::string target = css::trim(url);
  if (is_external(target)) return std::nullopt;
  std::string path = percent_decode(target.substr(0, target.find_first_of("?#")));
  std::string normal = path.empty()          ? normal_path(from)
                       : path.front() == '/' ? normal_path(std::string_view(path).substr(1))
                                             : path_from(from, path);
  if (normal.empty() || normal.rfind("..", 0) == 0) return std::nullopt;
  return normal;
}

FolderListing::FolderListing(const fs::path& dir) {
  const std::size_t prefix = dir.native().size();
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    // The entry's path is `dir` joined with the rest, which is cheaper to cut
    // off than lexically_relative() is to work out.
    std::string relative = entry.path().generic_string().substr(prefix);
    if (!relative.empty() && relative.front() == '/') relative.erase(0, 1);
    if (entry.is_directory()) {
      kinds_.emplace(std::move(relative), Kind::Folder);
    } else if (entry.is_regular_file()) {
      files_.push_back(relative);
      kinds_.emplace(std::move(relative), Kind::File);
    }
  }
  std::sort(files_.begin(), files_.end());
}

FolderListing::Kind FolderListing::kind_of(const std::string& relative) const {
  if (relative.empty() || relative == ".") return Kind::Folder;
  const auto found =
      kinds_.find(relative.back() == '/' ? relative.substr(0, relative.size() - 1) : relative);
  return found == kinds_.end() ? Kind::None : found->second;
}

std::vector<std::string> html_pages(const fs::path& dir) {
  const FolderListing listing(dir);
  std::vector<std::string> pages;
  for (const std::string& file : listing.files())
    if (file.ends_with(".html") || file.ends_with(".htm")) pages.push_back(file);
  return pages;
}

}  // namespace otklik::validate
