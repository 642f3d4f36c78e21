#pragma once
// Confidence intervals (95 %) and the test of a change between two periods.
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

// Standard errors in the value's unit (NPS points, CSI points).
double nps_standard_error(uint64_t promoters, uint64_t detractors, uint64_t n);
double mean_standard_error(double sum, double sum_squares, uint64_t n);

// z of the difference of two shares p1 = x1/n1 and p2 = x2/n2 under the
// pooled null hypothesis p1 = p2. 0 when either n is 0 or the pooled share
// is 0 or 1 (no variation, so no evidence of change).
double two_proportion_z(uint64_t x1, uint64_t n1, uint64_t x2, uint64_t n2);
// z of a difference of two independent estimates from their standard errors;
// 0 when both are 0.
double difference_z(double difference, double se1, double se2);

}  // namespace otklik::metrics
