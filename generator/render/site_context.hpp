#pragma once
// What every page renderer shares: the inputs, the templates, the latest
// period and the main menu, worked out once per site. Read-only once built,
// so the pages render on several threads at once; what lists the pages (the
// site maps, the search index) is gathered from their results afterwards.
#include <optional>
#include <string>
#include <vector>

#include "render/site.hpp"
#include "render/template_set.hpp"

namespace otklik::render {

struct MenuItem {
  std::string label;
  std::string path;  // relative to the site root: "index.html", "methodology.html"
  bool operator==(const MenuItem&) const = default;
};

// A page as the site maps list it.
struct PageEntry {
  std::string path;
  std::string title;
  bool operator==(const PageEntry&) const = default;
};

struct SiteContext {
  explicit SiteContext(const SiteInputs& inputs);

  const SiteInputs& in;
  const TemplateSet templates;
  std::optional<uint16_t> latest_period;  // index into data.periods; none when there is no data
  std::vector<MenuItem> menu;

  // "III квартал 2026 г.", or «период не определён» without data.
  std::string latest_period_label() const;
  // «Данные за IV квартал 2024 г. — III квартал 2026 г.»
  std::string data_period_text() const;
  // «30 сентября 2026 г.»: the end of the last data period, the date the
  // figures stand at (never the clock: the same input gives the same bytes).
  std::string updated_text() const;
};

}  // namespace otklik::render
