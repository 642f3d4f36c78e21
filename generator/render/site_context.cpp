#include "render/site_context.hpp"

#include <algorithm>

#include "model/data_date.hpp"
#include "render/page_paths.hpp"
#include "render/russian_format.hpp"

namespace otklik::render {
namespace {

// Главная and the generated sections first, then the top-level pages of
// content/ by weight (pages of the same weight keep their path order), then
// the regions when the data has them, the data and the contacts.
std::vector<MenuItem> main_menu(const std::vector<content::ContentPage>& pages, bool regions) {
  std::vector<const content::ContentPage*> top;
  for (const auto& page : pages)
    if (page.section.empty()) top.push_back(&page);
  std::stable_sort(top.begin(), top.end(),
                   [](const auto* a, const auto* b) { return a->front.weight < b->front.weight; });
  std::vector<MenuItem> menu = {{"Главная", kHomePath},
                                {"Обращения", kAppealsPath},
                                {"Вы сказали — мы сделали", kDecisionsPath}};
  for (const auto* page : top) menu.push_back({page->front.title, content_page_path(*page)});
  if (regions) menu.push_back({"Регионы", kRegionsPath});
  menu.push_back({"Данные", kDownloadsPath});
  menu.push_back({"Контакты", kContactsPath});
  return menu;
}

}  // namespace

SiteContext::SiteContext(const SiteInputs& inputs)
    : in(inputs),
      templates(inputs.templates_dir),
      menu(main_menu(inputs.pages, !inputs.data.regions.empty())) {
  if (!in.data.periods.empty()) latest_period = static_cast<uint16_t>(in.data.periods.size() - 1);
}

std::string SiteContext::latest_period_label() const {
  if (!latest_period) return "период не определён";
  return in.data.periods[*latest_period].russian_label();
}

std::string SiteContext::data_period_text() const {
  const auto& periods = in.data.periods;
  if (periods.empty()) return "Данных за период пока нет";
  if (periods.size() == 1) return "Данные за " + periods.front().russian_label();
  return "Данные за " + periods.front().russian_label() + " — " + periods.back().russian_label();
}

std::string SiteContext::updated_text() const { return format_date(model::data_date(in.data)); }

}  // namespace otklik::render
