#include "metrics/measurement.hpp"

#include "metrics/statistics.hpp"

namespace otklik::metrics {
namespace {

constexpr std::size_t kDk = static_cast<std::size_t>(model::AnswerSlot::Dk);

}  // namespace

Measurement top_two_share(const model::AnswerCounts& a) {
  Measurement m;
  m.n = a[1] + a[2] + a[3] + a[4];
  m.positive = a[3] + a[4];
  m.excluded = a[kDk];
  if (m.n == 0) return m;
  m.value = 100.0 * static_cast<double>(m.positive) / static_cast<double>(m.n);
  m.ci = wilson_interval(m.positive, m.n);
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
  return m;
}

}  // namespace otklik::metrics
