#pragma once
// «Методика»: the indicator definitions and star thresholds the figures were
// computed with, from the same table the code and the methodology page read.
#include <span>
#include <string>
#include <string_view>

#include "metrics/definitions.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {

inline constexpr std::string_view kMethodologySheet = "Методика";

// «5: 90,0–100,0; 4: 80,0–89,9», or «не установлены» for none.
std::string star_bands_text(std::span<const metrics::StarBand> bands);

void write_methodology_sheet(Workbook& workbook);

}  // namespace otklik::report
