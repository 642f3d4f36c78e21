// Indicators of the optional operational files: repeat requests
// (service_requests.csv), service standards (service_standards.csv),
// social-media response times (response_times.csv) and the pain map
// (pain_points.csv). An absent file has no rows and adds nothing.
#include <algorithm>
#include <map>
#include <string>

#include "metrics/indicator_sources.hpp"

namespace otklik::metrics {
namespace {

Cut period_cut(uint16_t period, model::DimIndex life_situation = model::kNone,
               model::DimIndex touchpoint = model::kNone, model::DimIndex service = model::kNone) {
  Cut c;
  c.period = period;
  c.life_situation = life_situation;
  c.touchpoint = touchpoint;
  c.service = service;
  return c;
}

void add_with_detail(IndicatorTable& table, IndicatorResult r, std::string_view detail) {
  r.detail = table.intern(detail);
  table.add(std::move(r));
}

struct Ratio {
  uint64_t part = 0;
  uint64_t whole = 0;
};

// The longest response of each request type, and how many answers.
struct ResponseTally {
  double longest[2] = {-1, -1};  // per RequestType; -1: no answer of that type
  uint64_t answers[2] = {0, 0};
};

int response_level(const ResponseTally& t) {
  for (const ResponseLimit& limit : social_response_limits()) {
    const double limits[2] = {limit.mention_hours, limit.official_hours};
    bool met = true;
    for (int type = 0; type < 2; ++type)
      if (t.answers[type] > 0 && t.longest[type] > limits[type]) met = false;
    if (met) return limit.level;
  }
  return 0;
}

}  // namespace

void add_service_request_indicators(const model::Dataset& data, const ingest::Config& config,
                                    IndicatorTable& table) {
  // Services of each life situation's scenario, to roll requests up to it.
  std::vector<std::vector<model::DimIndex>> situations_of(data.services.size());
  for (const model::LifeSituationService& row : data.life_situation_services)
    situations_of[data.service_index(row.service_id)].push_back(
        data.life_situation_index(row.life_situation_id));
  std::map<Cut, Ratio> ratios;
  for (const model::ServiceRequestRow& row : data.service_requests) {
    std::vector<Cut> cuts = {period_cut(row.period),
                             period_cut(row.period, model::kNone, model::kNone, row.service)};
    for (model::DimIndex ls : situations_of[row.service])
      cuts.push_back(period_cut(row.period, ls));
    for (const Cut& cut : cuts) {
      ratios[cut].part += row.repeated_4w;
      ratios[cut].whole += row.completed;
    }
  }
  for (const auto& [cut, r] : ratios)
    if (r.whole > 0)
      table.add(
          make_result(cut, IndicatorId::RepeatRequestShare, share_of(r.part, r.whole), config));
}

void add_standard_indicators(const model::Dataset& data, const ingest::Config& config,
                             IndicatorTable& table) {
  std::map<std::pair<Cut, model::ServiceStandard>, Ratio> ratios;
  for (const model::ServiceStandardRow& row : data.service_standards) {
    for (model::DimIndex tp : {model::kNone, row.touchpoint}) {
      Ratio& r = ratios[{period_cut(row.period, model::kNone, tp), row.standard}];
      r.part += row.met;
      r.whole += row.total;
    }
  }
  for (const auto& [key, r] : ratios)
    if (r.whole > 0)
      add_with_detail(table,
                      make_result(key.first, IndicatorId::StandardCompliance,
                                  share_of(r.part, r.whole), config),
                      model::service_standard_id(key.second));
}

void add_response_time_indicators(const model::Dataset& data, const ingest::Config& config,
                                  IndicatorTable& table) {
  std::map<Cut, ResponseTally> tallies;
  for (const model::ResponseTimeRow& row : data.response_times) {
    if (row.count == 0) continue;
    const int type = row.request_type == model::RequestType::Mention ? 0 : 1;
    for (model::DimIndex tp : {model::kNone, row.touchpoint}) {
      ResponseTally& t = tallies[period_cut(row.period, model::kNone, tp)];
      t.longest[type] = std::max(t.longest[type], row.hours_max);
      t.answers[type] += row.count;
    }
  }
  for (const auto& [cut, t] : tallies) {
    for (model::RequestType type : {model::RequestType::Mention, model::RequestType::Official}) {
      const int i = type == model::RequestType::Mention ? 0 : 1;
      if (t.answers[i] == 0) continue;
      Measurement m = count_of(t.answers[i]);
      m.value = t.longest[i];
      add_with_detail(table, make_result(cut, IndicatorId::SocialResponseHours, m, config),
                      model::request_type_id(type));
    }
    const int level = response_level(t);
    Measurement m = count_of(t.answers[0] + t.answers[1]);
    m.value = level;
    IndicatorResult r = make_result(cut, IndicatorId::SocialResponseLevel, m, config);
    r.star_level = level;
    table.add(std::move(r));
  }
}

void add_pain_map(const model::Dataset& data, const ingest::Config& config, IndicatorTable& table) {
  std::map<std::pair<Cut, std::string>, uint64_t> mentions;
  for (const model::PainPointRow& row : data.pain_points) {
    for (model::DimIndex ls : {model::kNone, row.life_situation}) {
      mentions[{period_cut(row.period, ls), row.theme}] += row.mentions;
      if (row.touchpoint != model::kNone)
        mentions[{period_cut(row.period, ls, row.touchpoint), row.theme}] += row.mentions;
    }
  }
  for (const auto& [key, count] : mentions)
    add_with_detail(table,
                    make_result(key.first, IndicatorId::PainMentions, count_of(count), config),
                    key.second);
}

}  // namespace otklik::metrics
