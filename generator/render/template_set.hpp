#pragma once
// The Mustache templates of templates/, read once and checked before use, so
// a broken template fails the build naming its file, line and column.
#include <filesystem>
#include <map>
#include <string>

#include <kainjow/mustache.hpp>

namespace otklik::render {

class TemplateSet {
 public:
  // Reads every partial of `dir`/partials/*.mustache; page templates are read on first use.
  explicit TemplateSet(std::filesystem::path dir);

  // Renders `dir`/<name>.mustache with `data`; the partials are available as
  // {{> partial-name}}. Throws ingest::InputError naming the template.
  std::string render(const std::string& name, kainjow::mustache::data data);

  const std::filesystem::path& dir() const { return dir_; }

 private:
  const std::string& text(const std::string& name);

  std::filesystem::path dir_;
  std::map<std::string, std::string> texts_;     // page templates by name
  std::map<std::string, std::string> partials_;  // partials by name
};

}  // namespace otklik::render
