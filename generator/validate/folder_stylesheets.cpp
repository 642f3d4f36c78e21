#include "validate/folder_stylesheets.hpp"

#include <algorithm>
#include <vector>

#include "validate/folder_path.hpp"

namespace otklik::validate {

bool rel_loads_stylesheet(const char* rel) {
  if (rel == nullptr) return false;
  const std::vector<std::string> words = css::split_words(css::to_lower(rel));
  auto has = [&](const char* word) {
    return std::find(words.begin(), words.end(), word) != words.end();
  };
  return has("stylesheet") && !has("alternate");
}

FolderStylesheets::FolderStylesheets(std::filesystem::path root) : root_(std::move(root)) {}

const css::Stylesheet* FolderStylesheets::get(const std::string& path) {
  const std::lock_guard lock(mutex_);
  auto found = sheets_.find(path);
  if (found != sheets_.end()) return found->second.get();
  std::unique_ptr<css::Stylesheet> sheet;
  std::error_code error;
  if (std::filesystem::is_regular_file(root_ / path, error))
    sheet = std::make_unique<css::Stylesheet>(css::parse_stylesheet(read_file(root_ / path)));
  return sheets_.emplace(path, std::move(sheet)).first->second.get();
}

const css::Stylesheet& FolderStylesheets::add(const std::string& path, std::string_view text) {
  const std::lock_guard lock(mutex_);
  auto& slot = sheets_[path];
  if (!slot) slot = std::make_unique<css::Stylesheet>(css::parse_stylesheet(text));
  return *slot;
}

}  // namespace otklik::validate
