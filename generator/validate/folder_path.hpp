#pragma once
// Paths inside the validated folder: the rules follow links, images and
// stylesheets from one file of the folder to another.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace otklik::validate {

// The file's bytes, "" when it cannot be read.
std::string read_file(const std::filesystem::path& path);

// %D0%B0 -> the byte: links to files with Cyrillic names are written escaped.
std::string percent_decode(const std::string& text);

// A URL that names a scheme (https:, mailto:, data:) or a host leaves the folder.
bool is_external(const std::string& url);

// The folder-relative path `url` names from the file `from`; nullopt for
// other sites, data: URLs and paths that leave the folder. "" stays `from`;
// a leading "/" is the folder's root.
std::optional<std::string> resolve_in_folder(const std::string& from, const std::string& url);

// The .html and .htm files below `dir`, folder-relative, sorted.
std::vector<std::string> html_pages(const std::filesystem::path& dir);

}  // namespace otklik::validate
