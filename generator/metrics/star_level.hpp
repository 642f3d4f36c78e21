#pragma once
// Star levels of Tables 1 and 2: 1..5, and 0 «уровень не достигнут».
#include <span>

#include "metrics/definitions.hpp"

namespace otklik::metrics {

// Rounds half up to one decimal, as the standard's thresholds are written
// (60,05 -> 60,1). Guards against binary representation (60.05 is 60.0499…).
double round_one_decimal(double value);

// The star level of a value: rounded first, then the best band that holds it;
// 0 when none does.
int star_level(double value, std::span<const StarBand> bands);

}  // namespace otklik::metrics
