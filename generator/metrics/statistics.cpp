#include "metrics/statistics.hpp"

#include <algorithm>
#include <cmath>

namespace otklik::metrics {

Interval wilson_interval(uint64_t positive, uint64_t n) {
  if (n == 0) return {0, 0};
  const double nn = static_cast<double>(n);
  const double p = static_cast<double>(positive) / nn;
  const double z2 = kZ95 * kZ95;
  const double centre = (p + z2 / (2 * nn)) / (1 + z2 / nn);
  const double half = kZ95 / (1 + z2 / nn) * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
  return {std::max(0.0, centre - half) * 100, std::min(1.0, centre + half) * 100};
}

Interval nps_interval(uint64_t promoters, uint64_t detractors, uint64_t n) {
  if (n == 0) return {0, 0};
  const double nn = static_cast<double>(n);
  const double pp = static_cast<double>(promoters) / nn;
  const double pd = static_cast<double>(detractors) / nn;
  const double value = pp - pd;
  // Each respondent scores +1, 0 or -1; this is the variance of that score.
  const double variance = (pp + pd - value * value) / nn;
  const double half = kZ95 * std::sqrt(std::max(0.0, variance));
  return {std::max(-100.0, (value - half) * 100), std::min(100.0, (value + half) * 100)};
}

Interval mean_interval(double sum, double sum_squares, uint64_t n) {
  if (n == 0) return {0, 0};
  const double nn = static_cast<double>(n);
  const double mean = sum / nn;
  if (n == 1) return {mean, mean};
  const double variance = std::max(0.0, (sum_squares - nn * mean * mean) / (nn - 1));
  const double half = kZ95 * std::sqrt(variance / nn);
  return {std::max(0.0, mean - half), std::min(100.0, mean + half)};
}

}  // namespace otklik::metrics
