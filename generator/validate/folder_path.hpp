#pragma once
// Paths inside the validated folder: the rules follow links, images and
// stylesheets from one file of the folder to another.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace otklik::validate {

// The file's bytes, "" when it cannot be read.
std::string read_file(const std::filesystem::path& path);

// %D0%B0 -> the byte: links to files with Cyrillic names are written escaped.
std::string percent_decode(const std::string& text);

// A URL that names a scheme (https:, mailto:, data:) or a host leaves the folder.
bool is_external(const std::string& url);

// A relative path with its "." and "name/.." steps taken out and its
// separators single, exactly as std::filesystem's lexically_normal() writes
// it ("a/./b/../c" -> "a/c", "a/.." -> ".", "../a/" -> "../a/"). Written on
// strings because every page checks some thirty links: through
// std::filesystem::path the resolving was a tenth of the checks.
std::string normal_path(std::string_view path);

// `path` (relative) from the folder of the file `from`, made normal.
std::string path_from(std::string_view from, std::string_view path);

// The folder-relative path `url` names from the file `from`; nullopt for
// other sites, data: URLs and paths that leave the folder. "" stays `from`;
// a leading "/" is the folder's root.
std::optional<std::string> resolve_in_folder(const std::string& from, const std::string& url);

// What each path below a folder is, from one walk of it: the link rule asks
// for every link of every page, and a look at the disk is a system call.
class FolderListing {
 public:
  enum class Kind { None, File, Folder };
  explicit FolderListing(const std::filesystem::path& dir);
  // `relative` is normal (normal_path); "." and "" are the folder itself.
  Kind kind_of(const std::string& relative) const;
  // The regular files, folder-relative with '/', sorted.
  const std::vector<std::string>& files() const { return files_; }

 private:
  std::unordered_map<std::string, Kind> kinds_;
  std::vector<std::string> files_;
};

// The .html and .htm files below `dir`, folder-relative, sorted.
std::vector<std::string> html_pages(const std::filesystem::path& dir);

}  // namespace otklik::validate
