#pragma once
// The one table of indicator definitions (standard «Государство для людей»,
// section 6, Tables 1 and 2). Code, methodology page and XLSX all read it.
#include <span>
#include <string_view>
#include <vector>

namespace otklik::metrics {

enum class IndicatorId {
  SatisfactionShare,
  NeedSatisfactionShare,
  EaseShare,
  Csi,
  Nps,
};

enum class Unit { Percent, Points };

// A star level and the closed range of values (already rounded to one
// decimal) that earns it. Ranges are checked from the best level down, so
// where two ranges touch the better level wins.
struct StarBand {
  int level;    // 1..5
  double low;   // inclusive
  double high;  // inclusive
};

struct IndicatorDefinition {
  IndicatorId id;
  std::string_view key;         // "satisfaction_share", as in indicators.csv
  std::string_view name;        // Russian name
  std::string_view short_name;  // Russian, for table headers
  std::string_view formula;     // Russian formula text
  std::string_view base;        // what is counted and what is excluded
  std::string_view source;      // the table and row of the standard
  std::string_view question;    // survey question id it is computed from
  Unit unit;
  std::vector<StarBand> stars;  // empty: the standard sets no levels
  std::string_view star_note;   // how an unclear cell of the table was read
};

const std::vector<IndicatorDefinition>& indicator_definitions();
const IndicatorDefinition& definition(IndicatorId id);

}  // namespace otklik::metrics
