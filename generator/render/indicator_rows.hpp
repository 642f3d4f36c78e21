#pragma once
// The indicator table of the home, life-situation, touchpoint and region pages: a row
// per indicator with its value and interval, star level in words, change
// against the previous period in words, base and reliability mark.
#include <kainjow/mustache.hpp>

#include "metrics/cut.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

// Which indicators a page's table lists: those computed for cuts of its kind.
// A region's cuts (Region, a region's life situation: RegionLifeSituation)
// have only what survey.csv gives, the one input with a region column.
enum class IndicatorScope { Body, LifeSituation, Touchpoint, Region, RegionLifeSituation };

// A view for the indicator-rows partial: table_id, caption, rows. Each row has
// the keys name, has_value, value, has_interval, interval, low_reliability,
// low_text, has_stars, star_symbols, star_text, has_change, change_arrow,
// change_text, n_text, has_excluded, excluded_text, suppressed,
// suppressed_text, no_data, not_computed, not_computed_text.
kainjow::mustache::data indicator_rows(const SiteContext& site, const metrics::Cut& cut,
                                       IndicatorScope scope, const std::string& caption);

}  // namespace otklik::render
