#pragma once
// The charts of the pages, each a <figure> placed right before the table
// with the same numbers: satisfaction by touchpoint or by life situation
// (bars) and over the periods (a line).
#include <string>

#include "metrics/cut.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

// Which touchpoints a chart or table of a cut lists.
enum class TouchpointsListed {
  WithAnyResult,           // any indicator, published or suppressed
  WithSatisfactionResult,  // the satisfaction share: a region keeps no other by touchpoint
};

// Bars of the touchpoints listed in `cut` (its touchpoint is ignored).
std::string touchpoint_bars(const SiteContext& site, metrics::Cut cut, const std::string& title,
                            TouchpointsListed listed = TouchpointsListed::WithAnyResult);
// Whether a table or chart of `cut` lists its touchpoint.
bool lists_touchpoint(const SiteContext& site, const metrics::Cut& cut, TouchpointsListed listed);
// Bars of every life situation of the dimension file in `cut`.
std::string life_situation_bars(const SiteContext& site, metrics::Cut cut,
                                const std::string& title);
// The line of `cut` over every period of the data (its period is ignored).
std::string dynamics_line(const SiteContext& site, metrics::Cut cut, const std::string& title);

}  // namespace otklik::render
