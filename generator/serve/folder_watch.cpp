#include "serve/folder_watch.hpp"

#include <algorithm>
#include <system_error>

namespace otklik::serve {
namespace fs = std::filesystem;

FolderWatch::FolderWatch(std::vector<fs::path> watched)
    : watched_(std::move(watched)), last_(scan()) {}

std::map<fs::path, FolderWatch::Stamp> FolderWatch::scan() const {
  std::map<fs::path, Stamp> files;
  std::error_code ec;
  const auto add = [&](const fs::path& file) {
    std::error_code e;
    const auto time = fs::last_write_time(file, e);
    const auto size = fs::file_size(file, e);
    if (!e) files[file] = {time, size};
  };
  for (const fs::path& w : watched_) {
    if (fs::is_regular_file(w, ec)) add(w);
    if (!fs::is_directory(w, ec)) continue;
    // A file removed during the scan is simply not listed.
    for (auto it = fs::recursive_directory_iterator(w, ec); !ec && it != fs::end(it);
         it.increment(ec))
      if (it->is_regular_file(ec)) add(it->path());
  }
  return files;
}

std::vector<fs::path> FolderWatch::changes() {
  std::map<fs::path, Stamp> now = scan();
  std::vector<fs::path> changed;
  for (const auto& [file, stamp] : now)
    if (auto it = last_.find(file); it == last_.end() || it->second != stamp)
      changed.push_back(file);
  for (const auto& [file, stamp] : last_)
    if (!now.contains(file)) changed.push_back(file);
  std::sort(changed.begin(), changed.end());
  last_ = std::move(now);
  return changed;
}

}  // namespace otklik::serve
