// Appeals (appeals.csv) per period × {all, life situation} × {all, touchpoint}:
// counts by kind, result, channel and topic, and the on-time and repeat shares.
#include <map>
#include <string>

#include "metrics/indicator_sources.hpp"

namespace otklik::metrics {
namespace {

struct AppealTally {
  uint64_t count = 0;
  uint64_t on_time = 0;
  uint64_t repeat = 0;
  std::map<model::AppealKind, uint64_t> by_kind;
  std::map<model::AppealResult, uint64_t> by_result;
  std::map<model::Channel, uint64_t> by_channel;
  std::map<std::string, uint64_t> by_topic;
};

// The cuts one row counts in: an empty key reaches only "all".
std::vector<Cut> cuts_of(const model::AppealRow& row) {
  std::vector<Cut> cuts;
  for (model::DimIndex ls : {model::kNone, row.life_situation}) {
    for (model::DimIndex tp : {model::kNone, row.touchpoint}) {
      Cut c;
      c.period = row.period;
      c.life_situation = ls;
      c.touchpoint = tp;
      cuts.push_back(c);
      if (row.touchpoint == model::kNone) break;
    }
    if (row.life_situation == model::kNone) break;
  }
  return cuts;
}

template <typename Key, typename Name>
void add_breakdown(IndicatorTable& table, const Cut& cut, IndicatorId id,
                   const std::map<Key, uint64_t>& counts, Name name, const ingest::Config& config) {
  for (const auto& [key, count] : counts) {
    IndicatorResult r = make_result(cut, id, count_of(count), config);
    r.detail = table.intern(name(key));
    table.add(std::move(r));
  }
}

}  // namespace

void add_appeal_indicators(const model::Dataset& data, const ingest::Config& config,
                           IndicatorTable& table) {
  std::map<Cut, AppealTally> tallies;
  for (const model::AppealRow& row : data.appeals) {
    for (const Cut& cut : cuts_of(row)) {
      AppealTally& t = tallies[cut];
      t.count += row.count;
      t.on_time += row.on_time;
      t.repeat += row.repeat;
      t.by_kind[row.kind] += row.count;
      t.by_result[row.result] += row.count;
      t.by_topic[row.topic] += row.count;
      // At one touchpoint the channel is that touchpoint's: no breakdown.
      if (cut.touchpoint == model::kNone && row.touchpoint != model::kNone)
        t.by_channel[data.touchpoints[row.touchpoint].channel] += row.count;
    }
  }
  for (const auto& [cut, t] : tallies) {
    table.add(make_result(cut, IndicatorId::AppealsCount, count_of(t.count), config));
    if (t.count > 0) {
      table.add(
          make_result(cut, IndicatorId::AppealsOnTimeShare, share_of(t.on_time, t.count), config));
      table.add(
          make_result(cut, IndicatorId::AppealsRepeatShare, share_of(t.repeat, t.count), config));
    }
    add_breakdown(table, cut, IndicatorId::AppealsByKind, t.by_kind, model::appeal_kind_id, config);
    add_breakdown(table, cut, IndicatorId::AppealsByResult, t.by_result, model::appeal_result_id,
                  config);
    add_breakdown(table, cut, IndicatorId::AppealsByChannel, t.by_channel, model::channel_id,
                  config);
    add_breakdown(
        table, cut, IndicatorId::AppealsByTopic, t.by_topic,
        [](const std::string& topic) -> std::string_view { return topic; }, config);
  }
}

}  // namespace otklik::metrics
