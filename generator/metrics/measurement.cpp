#include "metrics/measurement.hpp"

#include <cmath>

#include "metrics/statistics.hpp"

namespace otklik::metrics {
namespace {

constexpr std::size_t kDk = static_cast<std::size_t>(model::AnswerSlot::Dk);
constexpr std::size_t kNa = static_cast<std::size_t>(model::AnswerSlot::Na);
constexpr std::size_t kYes = static_cast<std::size_t>(model::AnswerSlot::Yes);
constexpr std::size_t kNo = static_cast<std::size_t>(model::AnswerSlot::No);

}  // namespace

Measurement share_of(uint64_t positive, uint64_t n) {
  Measurement m;
  m.n = n;
  m.positive = positive;
  if (n == 0) return m;
  const double p = static_cast<double>(positive) / static_cast<double>(n);
  m.value = 100.0 * p;
  m.ci = wilson_interval(positive, n);
  m.standard_error = 100.0 * std::sqrt(p * (1 - p) / static_cast<double>(n));
  return m;
}

Measurement tally_share(uint64_t positive, uint64_t n) {
  Measurement m = share_of(positive, n);
  m.ci = {};
  m.standard_error = 0;
  return m;
}

Measurement count_of(uint64_t count) {
  Measurement m;
  m.n = count;
  m.positive = count;
  m.value = static_cast<double>(count);
  return m;
}

Measurement top_two_share(const model::AnswerCounts& a) {
  Measurement m = share_of(a[3] + a[4], a[1] + a[2] + a[3] + a[4]);
  m.excluded = a[kDk];
  return m;
}

Measurement yes_share(const model::AnswerCounts& a) {
  Measurement m = share_of(a[kYes], a[kYes] + a[kNo]);
  m.excluded = a[kDk] + a[kNa];
  return m;
}

Measurement csi(const model::AnswerCounts& a) {
  Measurement m;
  m.excluded = a[kDk];
  double sum_squares = 0;
  for (std::size_t answer = 1; answer <= 4; ++answer) {
    const double score = (static_cast<double>(answer) - 1) / 3 * 100;  // 0, 33.3, 66.7, 100
    m.n += a[answer];
    m.score_sum += score * static_cast<double>(a[answer]);
    sum_squares += score * score * static_cast<double>(a[answer]);
  }
  m.positive = a[3] + a[4];
  if (m.n == 0) return m;
  m.value = m.score_sum / static_cast<double>(m.n);
  m.ci = mean_interval(m.score_sum, sum_squares, m.n);
  m.standard_error = mean_standard_error(m.score_sum, sum_squares, m.n);
  return m;
}

Measurement nps(const model::AnswerCounts& a) {
  Measurement m;
  for (std::size_t answer = 0; answer <= 10; ++answer) m.n += a[answer];
  m.positive = a[9] + a[10];
  for (std::size_t answer = 0; answer <= 6; ++answer) m.negative += a[answer];
  m.excluded = a[kDk];
  if (m.n == 0) return m;
  const double n = static_cast<double>(m.n);
  m.value = 100.0 * (static_cast<double>(m.positive) - static_cast<double>(m.negative)) / n;
  m.ci = nps_interval(m.positive, m.negative, m.n);
  m.standard_error = nps_standard_error(m.positive, m.negative, m.n);
  return m;
}

}  // namespace otklik::metrics
