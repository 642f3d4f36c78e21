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

void add_changes(const IndicatorTable& before, IndicatorTable& now) {
  if (before.results().empty()) return;
  const uint16_t previous = before.results().front().cut.period;
  for (IndicatorResult& result : now.results()) {
    if (!result.has_value()) continue;
    Cut before_cut = result.cut;
    before_cut.period = previous;
    const IndicatorResult* was = before.find(before_cut, result.indicator, now.detail(result));
    if (was == nullptr || !was->has_value()) continue;
    result.change = compare(result, *was);
  }
}

}  // namespace otklik::metrics
