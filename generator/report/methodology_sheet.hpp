#pragma once
// «Методика»: the indicator definitions and star thresholds the figures were
// computed with, from the same table the code and the methodology page read.
// The thresholds sit in cells of their own, so that every star level on the
// other sheets is a formula over its value and these cells.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "metrics/definitions.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr SheetName kMethodologySheet = {"Методика", "Metodika"};

// «5: 90,0–100,0; 4: 80,0–89,9», or «не установлены» for none.
std::string star_bands_text(std::span<const metrics::StarBand> bands);

void write_methodology_sheet(Workbook& workbook);

// The star level of the value in `value_cell` (a share stored as a fraction
// when the unit is percent) as an Excel formula over the threshold cells of
// «Методика»: rounded half up to one decimal, then the best level whose range
// holds it, else 0, as metrics::star_level reads Tables 1 and 2. nullopt when
// the indicator's levels are not ranges of its value (social response level).
std::optional<std::string> star_level_formula(metrics::IndicatorId id,
                                              const std::string& value_cell);

}  // namespace otklik::report
