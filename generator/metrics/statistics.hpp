#pragma once
// Confidence intervals (95 %).
#include <cstdint>

#include "metrics/measurement.hpp"

namespace otklik::metrics {

inline constexpr double kZ95 = 1.959963984540054;

// Wilson score interval of a share positive/n, in percent.
Interval wilson_interval(uint64_t positive, uint64_t n);
// Interval of NPS in points: normal approximation on the per-answer score
// (+1 promoter, -1 detractor, 0 passive), clamped to [-100, 100].
Interval nps_interval(uint64_t promoters, uint64_t detractors, uint64_t n);
// Normal interval of a mean of CSI scores (0..100) from the sum and sum of squares.
Interval mean_interval(double sum, double sum_squares, uint64_t n);

}  // namespace otklik::metrics
