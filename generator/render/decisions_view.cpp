#include "render/decisions_view.hpp"

#include <algorithm>
#include <vector>

#include "model/period.hpp"
#include "render/page_paths.hpp"

namespace otklik::render {
namespace {

using kainjow::mustache::data;

bool is_decision(const content::ContentPage& page) { return page.section == kDecisionsSection; }

// Newest first; a decision without a period after those with one.
bool newer(const content::ContentPage* a, const content::ContentPage* b) {
  const auto pa = model::Period::parse(a->front.period);
  const auto pb = model::Period::parse(b->front.period);
  if (pa.has_value() != pb.has_value()) return pa.has_value();
  if (pa && pb && (*pa < *pb || *pb < *pa)) return *pb < *pa;
  return a->front.title < b->front.title;
}

std::string period_text(const std::string& period) {
  const auto parsed = model::Period::parse(period);
  return parsed ? parsed->russian_label() : "";
}

}  // namespace

std::string_view decision_status_text(const std::string& status) {
  if (status == "planned") return "запланировано";
  if (status == "in_progress") return "выполняется";
  if (status == "done") return "выполнено";
  return "статус не указан";
}

data decision_items(const SiteContext& site, const std::string& root,
                    std::string_view life_situation_id) {
  std::vector<const content::ContentPage*> pages;
  for (const content::ContentPage& page : site.in.pages)
    if (is_decision(page) &&
        (life_situation_id.empty() || page.front.life_situation == life_situation_id))
      pages.push_back(&page);
  std::stable_sort(pages.begin(), pages.end(), newer);

  const model::Dataset& d = site.in.data;
  data items{data::type::list};
  for (const content::ContentPage* page : pages) {
    data item;
    item.set("title", page->front.title);
    item.set("href", root + content_page_path(*page));
    item.set("status", std::string(decision_status_text(page->front.status)));
    item.set("period", period_text(page->front.period));
    item.set("has_period", !period_text(page->front.period).empty());
    const model::DimIndex ls = d.life_situation_index(page->front.life_situation);
    item.set("has_life_situation", ls != model::kNone);
    if (ls != model::kNone) {
      item.set("life_situation", d.life_situations[ls].name);
      item.set("life_situation_href", root + life_situation_path(d.life_situations[ls].id));
    }
    const model::DimIndex tp = d.touchpoint_index(page->front.touchpoint);
    item.set("has_touchpoint", tp != model::kNone);
    if (tp != model::kNone) item.set("touchpoint", d.touchpoints[tp].name);
    items.push_back(item);
  }
  return items;
}

}  // namespace otklik::render
