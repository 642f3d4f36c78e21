#pragma once
// What every page renderer shares: the inputs, the templates, the latest
// period and the main menu, worked out once per site.
#include <optional>
#include <string>
#include <vector>

#include "render/site.hpp"
#include "render/template_set.hpp"

namespace otklik::render {

struct MenuItem {
  std::string label;
  std::string path;  // relative to the site root: "index.html", "methodology.html"
};

// A page as the site maps list it.
struct PageEntry {
  std::string path;
  std::string title;
};

struct SiteContext {
  explicit SiteContext(const SiteInputs& inputs);

  const SiteInputs& in;
  TemplateSet templates;
  std::optional<uint16_t> latest_period;  // index into data.periods; none when there is no data
  std::vector<MenuItem> menu;

  // "III квартал 2026 г.", or «период не определён» without data.
  std::string latest_period_label() const;
  // «Данные за IV квартал 2024 г. — III квартал 2026 г.»
  std::string data_period_text() const;
  // «30 сентября 2026 г.»: the end of the last data period, the date the
  // figures stand at (never the clock: the same input gives the same bytes).
  std::string updated_text() const;

  // Every page rendered so far, for sitemap.html and sitemap.xml.
  void record_page(std::string path, std::string title) {
    pages_written.push_back({std::move(path), std::move(title)});
  }
  std::vector<PageEntry> pages_written;
};

}  // namespace otklik::render
