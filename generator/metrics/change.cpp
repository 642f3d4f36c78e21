// The change of each result against the same cut in the period right before
// it, tested for significance where the value is a sample estimate.
#include <cmath>

#include "metrics/indicator_sources.hpp"
#include "metrics/statistics.hpp"

namespace otklik::metrics {
namespace {

Change compare(const IndicatorResult& now, const IndicatorResult& before) {
  const Measurement& a = now.measurement;
  const Measurement& b = before.measurement;
  Change c;
  c.difference = a.value - b.value;
  switch (now.estimate) {
    case Estimate::Share:
      c.tested = true;
      c.z = two_proportion_z(a.positive, a.n, b.positive, b.n);
      break;
    case Estimate::NetScore:
    case Estimate::Mean:
      c.tested = true;
      c.z = difference_z(c.difference, a.standard_error, b.standard_error);
      break;
    case Estimate::Tally:
      break;
  }
  c.significant = c.tested && std::abs(c.z) >= kZ95;
  return c;
}

}  // namespace

void add_changes(const std::vector<model::Period>& periods, IndicatorTable& table) {
  // previous[i]: the index of the period right before periods[i], or -1.
  std::vector<int> previous(periods.size(), -1);
  for (std::size_t i = 0; i < periods.size(); ++i)
    for (std::size_t j = 0; j < periods.size(); ++j)
      if (periods[j].next() == periods[i]) previous[i] = static_cast<int>(j);

  for (IndicatorResult& now : table.results()) {
    if (!now.has_value() || previous[now.cut.period] < 0) continue;
    Cut before_cut = now.cut;
    before_cut.period = static_cast<uint16_t>(previous[now.cut.period]);
    const IndicatorResult* before = table.find(before_cut, now.indicator, table.detail(now));
    if (before == nullptr || !before->has_value()) continue;
    now.change = compare(now, *before);
  }
}

}  // namespace otklik::metrics
