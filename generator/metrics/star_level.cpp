#include "metrics/star_level.hpp"

#include <cmath>

namespace otklik::metrics {

double round_one_decimal(double value) {
  // 60.05 is stored as 60.04999…; the epsilon keeps the standard's half-up
  // rule for values that are decimal halves on paper.
  return std::floor(value * 10 + 0.5 + 1e-9) / 10;
}

int star_level(double value, std::span<const StarBand> bands) {
  const double rounded = round_one_decimal(value);
  // Bands are listed best first, so touching ranges go to the better level.
  for (const auto& band : bands)
    if (rounded >= band.low - 1e-9 && rounded <= band.high + 1e-9) return band.level;
  return 0;
}

}  // namespace otklik::metrics
