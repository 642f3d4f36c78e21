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

double nps_standard_error(uint64_t promoters, uint64_t detractors, uint64_t n) {
  if (n == 0) return 0;
  const double nn = static_cast<double>(n);
  const double pp = static_cast<double>(promoters) / nn;
  const double pd = static_cast<double>(detractors) / nn;
  const double value = pp - pd;
  // Each respondent scores +1, 0 or -1; this is the variance of that score.
  const double variance = (pp + pd - value * value) / nn;
  return 100 * std::sqrt(std::max(0.0, variance));
}

Interval nps_interval(uint64_t promoters, uint64_t detractors, uint64_t n) {
  if (n == 0) return {0, 0};
  const double value = 100 * (static_cast<double>(promoters) - static_cast<double>(detractors)) /
                       static_cast<double>(n);
  const double half = kZ95 * nps_standard_error(promoters, detractors, n);
  return {std::max(-100.0, value - half), std::min(100.0, value + half)};
}

double mean_standard_error(double sum, double sum_squares, uint64_t n) {
  if (n < 2) return 0;
  const double nn = static_cast<double>(n);
  const double mean = sum / nn;
  const double variance = std::max(0.0, (sum_squares - nn * mean * mean) / (nn - 1));
  return std::sqrt(variance / nn);
}

Interval mean_interval(double sum, double sum_squares, uint64_t n) {
  if (n == 0) return {0, 0};
  const double mean = sum / static_cast<double>(n);
  const double half = kZ95 * mean_standard_error(sum, sum_squares, n);
  return {std::max(0.0, mean - half), std::min(100.0, mean + half)};
}

double two_proportion_z(uint64_t x1, uint64_t n1, uint64_t x2, uint64_t n2) {
  if (n1 == 0 || n2 == 0) return 0;
  const double a = static_cast<double>(n1), b = static_cast<double>(n2);
  const double p1 = static_cast<double>(x1) / a, p2 = static_cast<double>(x2) / b;
  const double pooled = static_cast<double>(x1 + x2) / (a + b);
  const double variance = pooled * (1 - pooled) * (1 / a + 1 / b);
  if (variance <= 0) return 0;
  return (p1 - p2) / std::sqrt(variance);
}

double difference_z(double difference, double se1, double se2) {
  const double se = std::sqrt(se1 * se1 + se2 * se2);
  if (se <= 0) return 0;
  return difference / se;
}

}  // namespace otklik::metrics
