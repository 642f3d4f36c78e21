#pragma once
// Small helpers for picking among options with the generator's own numbers.
#include <algorithm>
#include <span>
#include <vector>

#include "random.hpp"

namespace gendata {

// k distinct indices of 0..n-1, in ascending order (k is capped at n).
inline std::vector<int> choose(Rng& rng, int n, int k) {
  std::vector<int> pool(n);
  for (int i = 0; i < n; ++i) pool[i] = i;
  std::vector<int> chosen;
  while (static_cast<int>(chosen.size()) < k && !pool.empty()) {
    const int pick = rng.between(0, static_cast<int>(pool.size()) - 1);
    chosen.push_back(pool[pick]);
    pool.erase(pool.begin() + pick);
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

// An index drawn with the given weights.
inline int weighted(Rng& rng, std::span<const double> weights) {
  double total = 0;
  for (double w : weights) total += w;
  double x = rng.uniform() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (x < weights[i]) return static_cast<int>(i);
    x -= weights[i];
  }
  return static_cast<int>(weights.size()) - 1;
}

// Whole number nearest to a non-negative amount.
inline uint64_t whole(double amount) {
  return amount <= 0 ? 0 : static_cast<uint64_t>(amount + 0.5);
}

}  // namespace gendata
