#pragma once
// The generator's own pseudo-random numbers. std:: engines are portable but
// std:: distributions are implementation-defined, so a data set drawn through
// them could change with the standard library; everything here is integer
// arithmetic plus IEEE-exact +, -, *, / and sqrt, which give the same bits on
// every conforming platform.
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace gendata {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, passes BigCrush, and any
// 64-bit seed is a good one, so a stream can be keyed by a hash.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  // A stream of its own for one cell of the data, keyed by the cell's
  // coordinates: a cell's numbers do not depend on the order cells are drawn,
  // so adding a life situation leaves the others' figures unchanged.
  static Rng keyed(uint64_t seed, std::initializer_list<uint64_t> key) {
    uint64_t h = mix(seed ^ 0x6f746b6c696bULL);  // "otklik"
    for (uint64_t k : key) h = mix(h ^ mix(k + 0x9e3779b97f4a7c15ULL));
    return Rng(h);
  }

  uint64_t next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return mix(state_);
  }

  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

  // Uniform integer in [lo, hi]; the modulo bias is below 2^-40 for the
  // small ranges used here.
  int between(int lo, int hi) {
    return lo + static_cast<int>(next() % static_cast<uint64_t>(hi - lo + 1));
  }

  bool chance(double p) { return uniform() < p; }

  // Approximately standard normal: the Irwin-Hall sum of four uniforms,
  // rescaled to variance 1. Tails stop at ±3.46, which suits counts.
  double normal() {
    double sum = uniform() + uniform() + uniform() + uniform();
    return (sum - 2.0) * kSqrt3;
  }

 private:
  static constexpr double kSqrt3 = 1.7320508075688772;

  static uint64_t mix(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  uint64_t state_;
};

// A stable number for a text id, to key streams by ids rather than positions.
inline uint64_t key_of(std::string_view id) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
  for (unsigned char c : id) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

inline double clamp(double v, double lo, double hi) { return v < lo ? lo : (v > hi ? hi : v); }

}  // namespace gendata
