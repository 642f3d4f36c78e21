#pragma once
// The Mustache templates of templates/, read once and checked before use, so
// a broken template fails the build naming its file, line and column.
#include <filesystem>
#include <map>
#include <mutex>
#include <string>

#include <kainjow/mustache.hpp>

namespace otklik::render {

class TemplateSet {
 public:
  // Reads every partial of `dir`/partials/*.mustache; page templates are read on first use.
  explicit TemplateSet(std::filesystem::path dir);

  // Renders `dir`/<name>.mustache with `data`; the partials are available as
  // {{> partial-name}}. Throws ingest::InputError naming the template. Safe
  // to call from several threads: the pages render in parallel.
  std::string render(const std::string& name, kainjow::mustache::data data) const;

  const std::filesystem::path& dir() const { return dir_; }

 private:
  const std::string& text(const std::string& name) const;

  std::filesystem::path dir_;
  // Page templates by name, read on first use; a map's elements stay where
  // they are, so a reference handed out stays good while others are added.
  mutable std::map<std::string, std::string> texts_;
  mutable std::mutex texts_mutex_;
  std::map<std::string, std::string> partials_;  // partials by name
};

}  // namespace otklik::render
