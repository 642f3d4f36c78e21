#pragma once
// A horizontal bar chart as inline SVG: one bar per point with its label on
// its own line above, the value written at the bar's end and the 95 %
// interval as a whisker under it. Hidden and missing points say so in words.
#include <string>

#include "ingest/config.hpp"
#include "render/chart_point.hpp"

namespace otklik::render {

// The <svg> element; "" when the chart has no points.
std::string bar_chart(const Chart& chart, const ingest::Config& config);

}  // namespace otklik::render
