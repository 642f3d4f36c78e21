#pragma once
// Satisfaction of one cut in every period of the data, oldest first.
#include <kainjow/mustache.hpp>

#include "metrics/indicator_table.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

// indicator_row() views, one per period; `cut.period` is ignored.
kainjow::mustache::data dynamics_rows(const SiteContext& site, metrics::Cut cut);

}  // namespace otklik::render
