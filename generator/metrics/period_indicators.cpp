#include "metrics/period_indicators.hpp"

#include <map>
#include <vector>

#include "metrics/indicator_sources.hpp"

namespace otklik::metrics {
namespace {

// previous[i]: the index of the period right before periods[i], or -1.
// Periods are in chronological order, so previous[i] < i.
std::vector<int> previous_periods(const std::vector<model::Period>& periods) {
  std::vector<int> previous(periods.size(), -1);
  for (std::size_t i = 0; i < periods.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (periods[j].next() == periods[i]) previous[i] = static_cast<int>(j);
  return previous;
}

// Every input but the survey: small, so computed for all periods at once.
IndicatorTable other_indicators(const model::Dataset& data, const ingest::Config& config) {
  IndicatorTable table;
  add_scenario_indicators(data, config, table);
  add_appeal_indicators(data, config, table);
  add_service_request_indicators(data, config, table);
  add_standard_indicators(data, config, table);
  add_response_time_indicators(data, config, table);
  add_pain_map(data, config, table);
  table.sort();
  return table;
}

}  // namespace

void compute_indicators_by_period(const model::Dataset& data, const ingest::Config& config,
                                  const std::function<void(uint16_t, PeriodTable)>& each_period) {
  const IndicatorTable others = other_indicators(data, config);
  const std::vector<int> previous = previous_periods(data.periods);
  // last_use[j]: the last period that takes its changes from period j.
  std::vector<int> last_use(data.periods.size(), -1);
  for (std::size_t i = 0; i < previous.size(); ++i)
    if (previous[i] >= 0) last_use[static_cast<std::size_t>(previous[i])] = static_cast<int>(i);

  std::map<int, PeriodTable> kept;  // tables a later period still compares with
  for (std::size_t p = 0; p < data.periods.size(); ++p) {
    const auto period = static_cast<uint16_t>(p);
    auto table = std::make_shared<IndicatorTable>();
    table->append(others, [period](const IndicatorResult& r) { return r.cut.period == period; });
    // Last, as it reserves room for exactly what it adds (most of the table);
    // sort() gives one order whatever the order of adding.
    add_survey_indicators(data, config, period, *table);
    table->sort();
    if (auto before = kept.find(previous[p]); before != kept.end())
      add_changes(*before->second, *table);
    for (auto it = kept.begin(); it != kept.end();)
      it = last_use[static_cast<std::size_t>(it->first)] <= static_cast<int>(p) ? kept.erase(it)
                                                                                : std::next(it);
    if (last_use[p] > static_cast<int>(p)) kept.emplace(static_cast<int>(p), table);
    each_period(period, std::move(table));
  }
}

IndicatorTable compute_indicators(const model::Dataset& data, const ingest::Config& config) {
  IndicatorTable all;
  compute_indicators_by_period(data, config,
                               [&all](uint16_t, const PeriodTable& table) { all.append(*table); });
  all.sort();  // ranks the details of all periods together; the order stays
  return all;
}

}  // namespace otklik::metrics
