#pragma once
// The charts of the pages, each a <figure> placed right before the table
// with the same numbers: satisfaction by touchpoint or by life situation
// (bars) and over the periods (a line).
#include <string>

#include "metrics/cut.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

// Bars of every touchpoint with results in `cut` (its touchpoint is ignored).
std::string touchpoint_bars(const SiteContext& site, metrics::Cut cut, const std::string& title);
// Bars of every life situation of the dimension file in `cut`.
std::string life_situation_bars(const SiteContext& site, metrics::Cut cut,
                                const std::string& title);
// The line of `cut` over every period of the data (its period is ignored).
std::string dynamics_line(const SiteContext& site, metrics::Cut cut, const std::string& title);

}  // namespace otklik::render
