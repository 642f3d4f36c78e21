#pragma once
// A cut of the data: a period and one value (or "all") of each dimension.
#include <array>
#include <cstdint>
#include <functional>
#include <tuple>

#include "model/dataset.hpp"

namespace otklik::metrics {

// The dimensions a cut can fix, in the order of indicators.csv's columns.
enum class Dimension { LifeSituation, Service, Touchpoint, Segment, Region };
inline constexpr std::array<Dimension, 5> kDimensions = {Dimension::LifeSituation,
                                                         Dimension::Service, Dimension::Touchpoint,
                                                         Dimension::Segment, Dimension::Region};

// One value per key, or kNone meaning "all".
struct Cut {
  uint16_t period = 0;  // index into Dataset::periods
  model::DimIndex life_situation = model::kNone;
  model::DimIndex service = model::kNone;
  model::DimIndex touchpoint = model::kNone;
  model::DimIndex segment = model::kNone;
  model::DimIndex region = model::kNone;

  model::DimIndex& at(Dimension d) {
    switch (d) {
      case Dimension::LifeSituation:
        return life_situation;
      case Dimension::Service:
        return service;
      case Dimension::Touchpoint:
        return touchpoint;
      case Dimension::Segment:
        return segment;
      case Dimension::Region:
        break;
    }
    return region;
  }
  model::DimIndex at(Dimension d) const { return const_cast<Cut&>(*this).at(d); }

  // The same cut with dimension `d` set to "all".
  Cut without(Dimension d) const {
    Cut c = *this;
    c.at(d) = model::kNone;
    return c;
  }

  friend bool operator==(const Cut&, const Cut&) = default;
  // Period first, then the dimensions in column order; "all" (-1) first.
  friend bool operator<(const Cut& a, const Cut& b) {
    return std::tie(a.period, a.life_situation, a.service, a.touchpoint, a.segment, a.region) <
           std::tie(b.period, b.life_situation, b.service, b.touchpoint, b.segment, b.region);
  }
};

// The cut of a survey cell's key (all of its dimensions fixed).
inline Cut cut_of(const model::CellKey& k) {
  return {k.period, k.life_situation, k.service, k.touchpoint, k.segment, k.region};
}

// splitmix64's finaliser: every input bit reaches every output bit, so cuts
// that differ in one small index do not crowd into the same buckets.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

struct CutHash {
  std::size_t operator()(const Cut& c) const {
    uint64_t h = mix64(c.period);
    for (model::DimIndex v : {c.life_situation, c.service, c.touchpoint, c.segment, c.region})
      h = mix64(h ^ static_cast<uint32_t>(v + 1));
    return static_cast<std::size_t>(h);
  }
};

}  // namespace otklik::metrics
