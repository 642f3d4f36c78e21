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
};

}  // namespace otklik::render
