#pragma once
// The stylesheets of the validated folder, each read and parsed once and
// shared by the rules that look at them (flashing and contrast of the rules
// themselves, the cascade of the pages that link them, the layout checks).
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "validate/css.hpp"

namespace otklik::validate {

// Whether a <link>'s rel loads a stylesheet the page starts with: the word
// "stylesheet" and not "alternate" (an alternate one waits until the reader
// picks it). The rules that read a page's stylesheets all decide by this.
bool rel_loads_stylesheet(const char* rel);

// Safe to use from several threads: the pages are checked in parallel.
class FolderStylesheets {
 public:
  explicit FolderStylesheets(std::filesystem::path root);

  // The stylesheet at the folder-relative `path`; nullptr when it is no file.
  const css::Stylesheet* get(const std::string& path);

  // The same, for a file already read.
  const css::Stylesheet& add(const std::string& path, std::string_view text);

 private:
  std::filesystem::path root_;
  // A map's nodes stay in place, so a pointer handed out stays good.
  std::map<std::string, std::unique_ptr<css::Stylesheet>> sheets_;  // nullptr: no file
  std::mutex mutex_;
};

}  // namespace otklik::validate
