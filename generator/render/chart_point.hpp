#pragma once
// What both charts draw: a labelled share that may be hidden or missing.
#include <string>
#include <vector>

#include "metrics/indicator_table.hpp"

namespace otklik::render {

struct ChartPoint {
  std::string label;  // «Единый портал госуслуг», «III квартал 2026 г.»
  const metrics::IndicatorResult* result = nullptr;  // nullptr: no data for the cut
};

struct Chart {
  std::string id;     // unique on the page: the <title> and <desc> ids start with it
  std::string title;  // «Удовлетворённость по точкам взаимодействия, III квартал 2026 г.»
  std::string subject;  // «удовлетворённость» (lower case), for the description
  std::vector<ChartPoint> points;
};

inline bool is_drawn(const ChartPoint& p) { return p.result != nullptr && p.result->has_value(); }

// «Выше всего — Портал, 85,1 %; ниже всего — МФЦ, 61,0 %.», or a sentence
// saying there is nothing to compare.
std::string extremes_text(const std::vector<ChartPoint>& points);

// The chart in a <figure> whose caption points to the table beside it; ""
// for an empty chart.
std::string chart_figure(const std::string& svg);

}  // namespace otklik::render
