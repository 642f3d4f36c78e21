#pragma once
// Notices changed, added and removed files under a few folders by polling
// their modification times. Polling, not inotify: Poco's DirectoryWatcher
// watches one folder without its subfolders (content/decisions/ is one),
// and a scan of a project's few hundred files every 100 ms costs
// microseconds; editors that replace a file by renaming are seen the same way.
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace otklik::serve {

class FolderWatch {
 public:
  // Folders or single files; one that does not exist yet is watched too.
  explicit FolderWatch(std::vector<std::filesystem::path> watched);

  // The files changed, added or removed since the last call (or the
  // constructor), in path order.
  std::vector<std::filesystem::path> changes();

 private:
  using Stamp = std::pair<std::filesystem::file_time_type, std::uintmax_t>;
  std::map<std::filesystem::path, Stamp> scan() const;

  std::vector<std::filesystem::path> watched_;
  std::map<std::filesystem::path, Stamp> last_;
};

}  // namespace otklik::serve
