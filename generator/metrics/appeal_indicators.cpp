// Appeals (appeals.csv) per period × {all, life situation} × {all, touchpoint}:
// the count, on-time share and repeat share of all appeals and of each kind,
// result, channel and topic.
#include <map>
#include <string>
#include <tuple>

#include "metrics/indicator_sources.hpp"

namespace otklik::metrics {
namespace {

struct AppealCounts {
  uint64_t count = 0;
  uint64_t on_time = 0;
  uint64_t repeat = 0;

  void add(const model::AppealRow& row) {
    count += row.count;
    on_time += row.on_time;
    repeat += row.repeat;
  }
};

// A breakdown of appeals: "kind", "result", "channel" or "topic", and its
// value's id. The detail of a share is "kind:complaint"; of a count, the id.
struct Part {
  IndicatorId count_indicator;
  std::string value;
  friend bool operator<(const Part& a, const Part& b) {
    return std::tie(a.count_indicator, a.value) < std::tie(b.count_indicator, b.value);
  }
};

struct AppealTally {
  AppealCounts all;
  std::map<Part, AppealCounts> parts;
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

std::vector<Part> parts_of(const model::Dataset& data, const model::AppealRow& row,
                           const Cut& cut) {
  std::vector<Part> parts = {
      {IndicatorId::AppealsByKind, std::string(model::appeal_kind_id(row.kind))},
      {IndicatorId::AppealsByResult, std::string(model::appeal_result_id(row.result))},
      {IndicatorId::AppealsByTopic, row.topic}};
  // At one touchpoint the channel is that touchpoint's: no breakdown.
  if (cut.touchpoint == model::kNone && row.touchpoint != model::kNone)
    parts.push_back({IndicatorId::AppealsByChannel,
                     std::string(model::channel_id(data.touchpoints[row.touchpoint].channel))});
  return parts;
}

std::string_view dimension_of(IndicatorId count_indicator) {
  switch (count_indicator) {
    case IndicatorId::AppealsByKind:
      return "kind";
    case IndicatorId::AppealsByResult:
      return "result";
    case IndicatorId::AppealsByChannel:
      return "channel";
    default:
      return "topic";
  }
}

void add(IndicatorTable& table, const Cut& cut, IndicatorId id, const Measurement& m,
         std::string_view detail, const ingest::Config& config) {
  IndicatorResult r = make_result(cut, id, m, config);
  if (!detail.empty()) r.detail = table.intern(detail);
  table.add(std::move(r));
}

void add_counts(IndicatorTable& table, const Cut& cut, const AppealCounts& c,
                IndicatorId count_indicator, std::string_view value, std::string_view share_detail,
                const ingest::Config& config) {
  add(table, cut, count_indicator, count_of(c.count), value, config);
  if (c.count == 0) return;
  add(table, cut, IndicatorId::AppealsOnTimeShare, share_of(c.on_time, c.count), share_detail,
      config);
  add(table, cut, IndicatorId::AppealsRepeatShare, share_of(c.repeat, c.count), share_detail,
      config);
}

}  // namespace

void add_appeal_indicators(const model::Dataset& data, const ingest::Config& config,
                           IndicatorTable& table) {
  std::map<Cut, AppealTally> tallies;
  for (const model::AppealRow& row : data.appeals) {
    for (const Cut& cut : cuts_of(row)) {
      AppealTally& t = tallies[cut];
      t.all.add(row);
      for (const Part& part : parts_of(data, row, cut)) t.parts[part].add(row);
    }
  }
  for (const auto& [cut, t] : tallies) {
    add_counts(table, cut, t.all, IndicatorId::AppealsCount, "", "", config);
    for (const auto& [part, counts] : t.parts)
      add_counts(table, cut, counts, part.count_indicator, part.value,
                 std::string(dimension_of(part.count_indicator)) + ":" + part.value, config);
  }
}

}  // namespace otklik::metrics
