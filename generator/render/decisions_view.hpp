#pragma once
// Decisions taken on the feedback (content/decisions/*.md, 4.5.7.4–4.5.7.5):
// «Вы сказали — мы сделали».
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "render/site_context.hpp"

namespace otklik::render {

inline constexpr const char* kDecisionsSection = "decisions";

// The decision pages, newest period first, then by title; only those of one
// life situation when `life_situation_id` is given. Each item: title, href,
// status, period, has_period, life_situation, life_situation_href,
// has_life_situation, touchpoint, has_touchpoint. Links start with `root`.
kainjow::mustache::data decision_items(const SiteContext& site, const std::string& root,
                                       std::string_view life_situation_id = {});

// «запланировано», «выполняется», «выполнено».
std::string_view decision_status_text(const std::string& status);

}  // namespace otklik::render
