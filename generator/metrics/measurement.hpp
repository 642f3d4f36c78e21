#pragma once
// An indicator's value on one set of answers, with the counts it came from so
// that every figure can be re-derived.
#include <cstdint>

#include "model/answers.hpp"

namespace otklik::metrics {

struct Interval {
  double low = 0;
  double high = 0;
};

struct Measurement {
  double value = 0;           // percent 0..100 or NPS points -100..100, unrounded
  uint64_t n = 0;             // valid answers: the base
  uint64_t positive = 0;      // top-two answers; NPS promoters (9, 10)
  uint64_t negative = 0;      // NPS detractors (0..6); 0 for shares
  uint64_t excluded = 0;      // dk / na answers left out of the base
  double score_sum = 0;       // CSI: sum of (answer-1)/3*100 over the base
  Interval ci;                // 95 %; {0, 0} where the estimate has no sampling error
  double standard_error = 0;  // in the value's unit; for the test of a change
};

// (n4 + n3) / (n1..n4) * 100; dk excluded and reported. nullopt-like: n == 0.
Measurement top_two_share(const model::AnswerCounts& answers);
// Mean of the answers 1..4 scaled to 0..100: (mean - 1) / 3 * 100.
Measurement csi(const model::AnswerCounts& answers);
// %(9, 10) - %(0..6) over the 0..10 answers, in points.
Measurement nps(const model::AnswerCounts& answers);
// yes / (yes + no) * 100 on a binary question; dk and na excluded and reported.
Measurement yes_share(const model::AnswerCounts& answers);
// positive / n * 100 with its Wilson interval: a share of counted cases.
Measurement share_of(uint64_t positive, uint64_t n);
// positive / n * 100 where every case is counted (shares of services or
// scenarios): no sampling error, so no interval.
Measurement tally_share(uint64_t positive, uint64_t n);
// A plain count (appeals, mentions): the value is the count, and so is n.
Measurement count_of(uint64_t count);

}  // namespace otklik::metrics
