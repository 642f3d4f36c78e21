// Scenario coverage and proactive share (Table 1) from the client scenarios
// of life_situation_services.csv. The file has no period: it describes the
// scenarios as they stand, so its indicators belong to the latest period.
#include <set>

#include "metrics/indicator_sources.hpp"

namespace otklik::metrics {
namespace {

struct ScenarioTally {
  uint64_t services = 0;
  uint64_t in_scenario = 0;
  uint64_t proactive = 0;  // of those in the scenario
};

void add(IndicatorTable& table, const Cut& cut, IndicatorId id, uint64_t positive, uint64_t n,
         const ingest::Config& config) {
  if (n == 0) return;
  table.add(make_result(cut, id, tally_share(positive, n), config));
}

}  // namespace

void add_scenario_indicators(const model::Dataset& data, const ingest::Config& config,
                             IndicatorTable& table) {
  if (data.periods.empty() || data.life_situation_services.empty()) return;
  Cut all;
  all.period = static_cast<uint16_t>(data.periods.size() - 1);

  std::vector<ScenarioTally> per_ls(data.life_situations.size());
  std::set<std::string> in_some_scenario;
  for (const model::LifeSituationService& row : data.life_situation_services) {
    ScenarioTally& t = per_ls[data.life_situation_index(row.life_situation_id)];
    ++t.services;
    if (!row.in_scenario) continue;
    ++t.in_scenario;
    if (row.proactive) ++t.proactive;
    in_some_scenario.insert(row.service_id);
  }

  uint64_t scenarios = 0, proactive_scenarios = 0;
  for (std::size_t ls = 0; ls < per_ls.size(); ++ls) {
    const ScenarioTally& t = per_ls[ls];
    Cut cut = all;
    cut.life_situation = static_cast<model::DimIndex>(ls);
    add(table, cut, IndicatorId::ScenarioCoverage, t.in_scenario, t.services, config);
    add(table, cut, IndicatorId::ProactiveShare, t.proactive, t.in_scenario, config);
    // Table 1 grades a body's share of scenarios, not one scenario's services.
    if (t.in_scenario > 0) table.results().back().star_level = -1;
    if (t.in_scenario > 0) ++scenarios;
    if (t.proactive > 0) ++proactive_scenarios;
  }
  add(table, all, IndicatorId::ScenarioCoverage, in_some_scenario.size(), data.services.size(),
      config);
  add(table, all, IndicatorId::ProactiveShare, proactive_scenarios, scenarios, config);
}

}  // namespace otklik::metrics
