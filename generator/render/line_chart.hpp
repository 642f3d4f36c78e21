#pragma once
// A line chart of a share over the periods as inline SVG: a marker and its
// value at every period, the line broken where a period is hidden or has no
// data, and the periods written under the axis.
#include <string>
#include <vector>

#include "model/period.hpp"
#include "render/chart_point.hpp"

namespace otklik::render {

// `chart.points[i]` belongs to `periods[i]`. The <svg> element; "" when
// fewer than two periods have a value (a line needs two points).
std::string line_chart(const Chart& chart, const std::vector<model::Period>& periods);

}  // namespace otklik::render
