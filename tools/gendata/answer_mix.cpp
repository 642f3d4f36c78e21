#include "answer_mix.hpp"

#include <cmath>
#include <stdexcept>

namespace gendata {

std::array<double, 5> four_point_shares(double top_two, double dk) {
  const double valid = 1.0 - dk;
  // Among the satisfied, «4» outweighs «3» more the happier people are.
  const double four = top_two * (0.35 + 0.35 * top_two);
  const double bottom = 1.0 - top_two;
  return {valid * four, valid * (top_two - four), valid * bottom * 0.6, valid * bottom * 0.4, dk};
}

std::array<double, 11> nps_shares(double nps, double passives) {
  const double promoters = (1.0 - passives + nps) / 2.0;
  const double detractors = 1.0 - passives - promoters;
  // Detractors cluster at 5 and 6 with a spike at 0, as rating scales do.
  constexpr std::array<double, 7> kDetractorShape = {0.12, 0.04, 0.05, 0.08, 0.1, 0.23, 0.38};
  std::array<double, 11> shares{};
  for (int i = 0; i < 7; ++i) shares[i] = detractors * kDetractorShape[i];
  shares[7] = passives * 0.42;
  shares[8] = passives * 0.58;
  shares[9] = promoters * 0.38;
  shares[10] = promoters * 0.62;
  return shares;
}

std::array<double, 4> binary_shares(double yes_of_valid, double dk, double na) {
  const double valid = 1.0 - dk - na;
  return {valid * yes_of_valid, valid * (1.0 - yes_of_valid), dk, na};
}

void split_counts(uint64_t n, std::span<const double> weights, std::span<uint64_t> counts) {
  if (weights.size() > 32) throw std::logic_error("split_counts: more than 32 parts");
  double total = 0;
  for (double w : weights) total += w;
  std::array<double, 32> remainder{};  // no scale has more answers, no cell more parts
  uint64_t given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double exact = total > 0 ? static_cast<double>(n) * weights[i] / total : 0;
    counts[i] = static_cast<uint64_t>(exact);
    remainder[i] = exact - static_cast<double>(counts[i]);
    given += counts[i];
  }
  // The remaining units go to the largest remainders; ties to the first.
  while (given < n && total > 0) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < weights.size(); ++i)
      if (remainder[i] > remainder[best]) best = i;
    ++counts[best];
    remainder[best] = -1;
    ++given;
  }
}

void draw_counts(uint64_t n, std::span<const double> shares, Rng& rng, std::span<uint64_t> counts) {
  std::array<double, 16> noisy{};
  const double size = n > 0 ? static_cast<double>(n) : 1.0;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    const double p = shares[i];
    const double jitter = rng.normal() * std::sqrt(p * (1.0 - p) / size);
    noisy[i] = clamp(p + jitter, 0.0, 1.0);
  }
  double total = 0;
  for (std::size_t i = 0; i < shares.size(); ++i) total += noisy[i];
  if (total <= 0) {  // every share jittered to zero: keep the expected mix
    split_counts(n, shares, counts);
    return;
  }
  split_counts(n, std::span<const double>(noisy.data(), shares.size()), counts);
}

}  // namespace gendata
