#pragma once
// What the pages and workbooks read of the indicators. Only the open data
// goes down to a segment, or to a region's service; those results are most of
// the national set, so a build keeps only the site's results in memory and
// streams the others to the open-data files.
#include "metrics/indicator_table.hpp"

namespace otklik::metrics {

// The cuts the pages and workbooks show: all segments together, and either
// all regions, or one region with all services (a region's pages show its
// life situations and touchpoints, not its services).
inline bool is_site_cut(const Cut& cut) {
  return cut.segment == model::kNone && (cut.region == model::kNone || cut.service == model::kNone);
}

// The site's cuts, and of a region's cut by touchpoint only the
// satisfaction share: its tables of touchpoints show nothing else. That is
// most of a region's cuts; keeping every indicator of them cost the national
// build a quarter of a gigabyte.
inline bool is_site_result(const IndicatorResult& result) {
  const Cut& cut = result.cut;
  return is_site_cut(cut) && (cut.region == model::kNone || cut.touchpoint == model::kNone ||
                              result.indicator == IndicatorId::SatisfactionShare);
}

}  // namespace otklik::metrics
