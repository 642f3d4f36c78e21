#pragma once
// The computations behind compute_indicators, one per input file; each adds
// its results to the table. An optional file that is absent adds nothing.
#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

// survey.csv: the answer-based indicators of every cut of one period, under
// disclosure control (whose equations never cross periods).
void add_survey_indicators(const model::Dataset& data, const ingest::Config& config,
                           uint16_t period, IndicatorTable& table);
// life_situation_services.csv: scenario coverage and proactive share.
void add_scenario_indicators(const model::Dataset& data, const ingest::Config& config,
                             IndicatorTable& table);
// appeals.csv: counts by kind, result, channel, topic; on-time and repeat shares.
void add_appeal_indicators(const model::Dataset& data, const ingest::Config& config,
                           IndicatorTable& table);
// service_requests.csv and service_standards.csv.
void add_service_request_indicators(const model::Dataset& data, const ingest::Config& config,
                                    IndicatorTable& table);
void add_standard_indicators(const model::Dataset& data, const ingest::Config& config,
                             IndicatorTable& table);
// response_times.csv: the social-media response level of Table 2.
void add_response_time_indicators(const model::Dataset& data, const ingest::Config& config,
                                  IndicatorTable& table);
// pain_points.csv: mentions per theme.
void add_pain_map(const model::Dataset& data, const ingest::Config& config, IndicatorTable& table);
// The change of every result of `now` against the same cut in `before`, the
// results of the period right before `now`'s.
void add_changes(const IndicatorTable& before, IndicatorTable& now);

}  // namespace otklik::metrics
