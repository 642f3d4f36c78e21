#pragma once
// Appeals (обращения) of a cut as tables: by kind, result, channel and topic,
// each with its count, on-time share and repeat share.
#include <string>

#include <kainjow/mustache.hpp>

#include "metrics/cut.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

// Keys: has_file, has_appeals, summary (count, on-time and repeat shares in
// words), groups (table_id, caption, first_header, rows: name, count,
// on_time, repeat). `subject` ends the captions: «…, III квартал 2026 г.».
kainjow::mustache::data appeals_view(const SiteContext& site, const metrics::Cut& cut,
                                     const std::string& subject);

// «1 234 обращения, в срок — 95,1 %, повторных — 2,0 %», or "" without appeals.
std::string appeals_summary(const SiteContext& site, const metrics::Cut& cut);

}  // namespace otklik::render
