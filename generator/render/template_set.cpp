#include "render/template_set.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <vector>

#include "ingest/input_error.hpp"
#include "model/file_bytes.hpp"

namespace otklik::render {
namespace fs = std::filesystem;
namespace {

using ingest::InputError;

std::string read_template(const fs::path& file) {
  std::optional<std::string> text = model::read_file_bytes(file);
  if (!text)
    throw InputError({file.string(), 0, 0},
                     "template not found; the templates folder must hold this file (copy it from "
                     "the templates/ folder of otklik)");
  return std::move(*text);
}

// kainjow reports "Unclosed tag at 123" with a byte offset; the user needs a
// line and a column.
ingest::SourceLocation locate(const fs::path& file, const std::string& text,
                              const std::string& message) {
  std::size_t end = message.size();
  while (end > 0 && std::isdigit(static_cast<unsigned char>(message[end - 1]))) --end;
  if (end == message.size()) return {file.string(), 0, 0};
  const std::size_t offset = std::min<std::size_t>(std::stoul(message.substr(end)), text.size());
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {file.string(), line, column};
}

void check_parses(const fs::path& file, const std::string& text) {
  const kainjow::mustache::mustache parsed(text);
  if (!parsed.is_valid())
    throw InputError(locate(file, text, parsed.error_message()),
                     "Mustache syntax error: " + parsed.error_message() +
                         "; check that every {{#section}} has its {{/section}}");
}

}  // namespace

TemplateSet::TemplateSet(fs::path dir) : dir_(std::move(dir)) {
  const fs::path partials_dir = dir_ / "partials";
  if (!fs::is_directory(partials_dir)) return;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(partials_dir))
    if (entry.is_regular_file() && entry.path().extension() == ".mustache")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::string text = read_template(file);
    check_parses(file, text);
    partials_.emplace(file.stem().string(), std::move(text));
  }
}

const std::string& TemplateSet::text(const std::string& name) const {
  const std::lock_guard lock(texts_mutex_);
  auto found = texts_.find(name);
  if (found != texts_.end()) return found->second;
  const fs::path file = dir_ / (name + ".mustache");
  std::string text = read_template(file);
  check_parses(file, text);
  return texts_.emplace(name, std::move(text)).first->second;
}

TemplateSet::Parsed TemplateSet::take(const std::string& name) const {
  {
    const std::lock_guard lock(texts_mutex_);
    std::vector<Parsed>& idle = idle_[name];
    if (!idle.empty()) {
      Parsed parsed = std::move(idle.back());
      idle.pop_back();
      return parsed;
    }
  }
  return std::make_unique<kainjow::mustache::mustache>(text(name));
}

void TemplateSet::give_back(const std::string& name, Parsed parsed) const {
  const std::lock_guard lock(texts_mutex_);
  idle_[name].push_back(std::move(parsed));
}

std::string TemplateSet::render(const std::string& name, kainjow::mustache::data data) const {
  Parsed page = take(name);
  for (const auto& [partial, partial_text] : partials_) data.set(partial, partial_text);
  std::string out = page->render(data);
  // A copy that failed keeps its error message; it is not reused.
  if (!page->is_valid())
    throw InputError({(dir_ / (name + ".mustache")).string(), 0, 0},
                     "Mustache error while rendering: " + page->error_message());
  give_back(name, std::move(page));
  return out;
}

}  // namespace otklik::render
