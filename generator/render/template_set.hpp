#pragma once
// The Mustache templates of templates/, read once and checked before use, so
// a broken template fails the build naming its file, line and column.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

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
  using Parsed = std::unique_ptr<kainjow::mustache::mustache>;
  const std::string& text(const std::string& name) const;
  // A parsed copy of the page template that no other thread is using.
  // kainjow's render is not const (it records errors in the object), so
  // each thread needs its own copy; parsing one for every page took a
  // tenth of a 10 000-page build.
  Parsed take(const std::string& name) const;
  void give_back(const std::string& name, Parsed parsed) const;

  std::filesystem::path dir_;
  // Page templates by name, read on first use; a map's elements stay where
  // they are, so a reference handed out stays good while others are added.
  mutable std::map<std::string, std::string> texts_;
  mutable std::mutex texts_mutex_;
  std::map<std::string, std::string> partials_;              // partials by name
  mutable std::map<std::string, std::vector<Parsed>> idle_;  // parsed, not in use
};

}  // namespace otklik::render
