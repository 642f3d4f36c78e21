#pragma once
// The pain map (карта болей) of a life situation or touchpoint: the themes
// clients named, ranked by mentions.
#include <kainjow/mustache.hpp>

#include "metrics/cut.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

// Keys: has_file, has_themes, caption, themes (rank, theme, mentions).
kainjow::mustache::data pain_map(const SiteContext& site, const metrics::Cut& cut,
                                 const std::string& caption);

}  // namespace otklik::render
