// Indicators of the administrative files (scenarios, repeat requests, service
// standards, appeals, social-media response times, the pain map) on
// hand-built rows, with the arithmetic beside each golden value.
#include <boost/test/unit_test.hpp>
#include <cstdint>

#include "dataset_builder.hpp"
#include "metrics/indicator_table.hpp"
#include "reference_counts.hpp"

namespace otklik::metrics {
namespace {

namespace tt = boost::test_tools;
using model::kNone;
using namespace testing;

const IndicatorResult& result(const IndicatorTable& t, const Cut& c, IndicatorId id,
                              std::string_view detail = {}) {
  const IndicatorResult* r = t.find(c, id, detail);
  BOOST_REQUIRE_MESSAGE(r != nullptr,
                        "no " << definition(id).key << ":" << detail << " at " << describe(c));
  return *r;
}

BOOST_AUTO_TEST_SUITE(record_indicators)

// birth: svc_a (scenario, proactive), svc_b (scenario), svc_c (outside);
// move: svc_b (outside); pension: svc_c (scenario). svc_d is in no life situation.
model::Dataset scenario_dataset() {
  model::Dataset d = small_dataset();
  set_quarters(d, {2, 3});
  add_scenario_row(d, "birth", "svc_a", true, true);
  add_scenario_row(d, "birth", "svc_b", true, false);
  add_scenario_row(d, "birth", "svc_c", false, false);
  add_scenario_row(d, "move", "svc_b", false, false);
  add_scenario_row(d, "pension", "svc_c", true, false);
  return d;
}

BOOST_AUTO_TEST_CASE(scenario_coverage) {
  const IndicatorTable t = compute_indicators(scenario_dataset(), ingest::Config{});
  // The file has no period: the latest one (2026-Q3, index 1) carries it.
  const uint16_t latest = 1;
  // Body: services in some scenario {svc_a, svc_b, svc_c} of all 4 services
  // = 75.0 % -> «от 70,1 до 90» = 4 stars.
  const IndicatorResult& body = result(t, Cut{.period = latest}, IndicatorId::ScenarioCoverage);
  BOOST_TEST(body.measurement.n == 4u);
  BOOST_TEST(body.measurement.positive == 3u);
  BOOST_TEST(body.measurement.value == 75.0, tt::tolerance(1e-9));
  BOOST_TEST(body.star_level == 4);
  BOOST_TEST((body.estimate == Estimate::Tally));
  BOOST_TEST(!body.low_reliability);  // a count of services, not a sample
  // birth: 2 of its 3 services = 66.7 % -> 3 stars.
  const IndicatorResult& birth =
      result(t, Cut{.period = latest, .life_situation = kBirth}, IndicatorId::ScenarioCoverage);
  BOOST_TEST(birth.measurement.n == 3u);
  BOOST_TEST(birth.measurement.value == 200.0 / 3, tt::tolerance(1e-9));
  BOOST_TEST(birth.star_level == 3);
  // move: 0 of 1 = 0 % -> «уровень не достигнут»; pension 1 of 1 = 100 %.
  const IndicatorResult& move =
      result(t, Cut{.period = latest, .life_situation = kMove}, IndicatorId::ScenarioCoverage);
  BOOST_TEST(move.measurement.value == 0.0);
  BOOST_TEST(move.star_level == 0);
  BOOST_TEST(
      result(t, Cut{.period = latest, .life_situation = kPension}, IndicatorId::ScenarioCoverage)
          .star_level == 5);
  // Nothing in the earlier period.
  BOOST_TEST(t.find(Cut{.period = 0}, IndicatorId::ScenarioCoverage) == nullptr);
}

BOOST_AUTO_TEST_CASE(proactive_share) {
  const IndicatorTable t = compute_indicators(scenario_dataset(), ingest::Config{});
  const uint16_t latest = 1;
  // Body: scenarios are the life situations with a service in scenario
  // (birth, pension); with a proactive service: birth. 1 / 2 = 50.0 %
  // -> «от 35,1 до 50» = 4 stars.
  const IndicatorResult& body = result(t, Cut{.period = latest}, IndicatorId::ProactiveShare);
  BOOST_TEST(body.measurement.n == 2u);
  BOOST_TEST(body.measurement.positive == 1u);
  BOOST_TEST(body.measurement.value == 50.0, tt::tolerance(1e-9));
  BOOST_TEST(body.star_level == 4);
  // birth: proactive services of its scenario, 1 (svc_a) of 2 = 50 %; Table 1
  // grades the body's scenarios, so a life situation gets no level.
  const IndicatorResult& birth =
      result(t, Cut{.period = latest, .life_situation = kBirth}, IndicatorId::ProactiveShare);
  BOOST_TEST(birth.measurement.n == 2u);
  BOOST_TEST(birth.measurement.value == 50.0, tt::tolerance(1e-9));
  BOOST_TEST(birth.star_level == -1);
  // pension: 0 of 1; move has no scenario, so no share at all.
  BOOST_TEST(
      result(t, Cut{.period = latest, .life_situation = kPension}, IndicatorId::ProactiveShare)
          .measurement.value == 0.0);
  BOOST_TEST(t.find(Cut{.period = latest, .life_situation = kMove}, IndicatorId::ProactiveShare) ==
             nullptr);
}

BOOST_AUTO_TEST_CASE(no_scenario_file_no_scenario_indicators) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(1, 0, 0, 0));
  const IndicatorTable t = compute_indicators(d, open_config());
  for (const IndicatorResult& r : t.results())
    BOOST_TEST((r.indicator != IndicatorId::ScenarioCoverage &&
                r.indicator != IndicatorId::ProactiveShare));
}

BOOST_AUTO_TEST_CASE(repeat_request_share) {
  // birth's services svc_a and svc_b, all in its scenario.
  model::Dataset d = small_dataset();
  add_scenario_row(d, "birth", "svc_a", true, false);
  add_scenario_row(d, "birth", "svc_b", true, false);
  add_scenario_row(d, "pension", "svc_b", true, false);
  d.service_requests = {{.service = kSvcA, .completed = 200, .repeated_4w = 1},
                        {.service = kSvcB, .completed = 300, .repeated_4w = 9},
                        {.service = kSvcD, .completed = 500, .repeated_4w = 0}};
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  // svc_a: 1 / 200 = 0.5 % -> touches «0–0,5» and «0,5–1»: the better, 5 stars.
  const IndicatorResult& a = result(t, Cut{.service = kSvcA}, IndicatorId::RepeatRequestShare);
  BOOST_TEST(a.measurement.n == 200u);
  BOOST_TEST(a.measurement.positive == 1u);
  BOOST_TEST(a.measurement.value == 0.5, tt::tolerance(1e-9));
  BOOST_TEST(a.star_level == 5);
  BOOST_TEST((a.estimate == Estimate::Share));
  BOOST_TEST(a.measurement.ci.high > 0.5);  // a sample of requests: Wilson interval
  // svc_b: 9 / 300 = 3.0 % -> «от 1,1 до 4» = 3 stars.
  BOOST_TEST(result(t, Cut{.service = kSvcB}, IndicatorId::RepeatRequestShare).star_level == 3);
  // All: (1 + 9 + 0) / (200 + 300 + 500) = 10 / 1000 = 1.0 % -> 4 stars.
  const IndicatorResult& all = result(t, Cut{}, IndicatorId::RepeatRequestShare);
  BOOST_TEST(all.measurement.n == 1000u);
  BOOST_TEST(all.measurement.value == 1.0, tt::tolerance(1e-9));
  BOOST_TEST(all.star_level == 4);
  BOOST_TEST(!all.low_reliability);  // 1000 >= low_n
  // birth = svc_a + svc_b: 10 / 500 = 2.0 % -> 3 stars; pension = svc_b: 3 %.
  const IndicatorResult& birth =
      result(t, Cut{.life_situation = kBirth}, IndicatorId::RepeatRequestShare);
  BOOST_TEST(birth.measurement.n == 500u);
  BOOST_TEST(birth.measurement.value == 2.0, tt::tolerance(1e-9));
  BOOST_TEST(birth.star_level == 3);
  BOOST_TEST(result(t, Cut{.life_situation = kPension}, IndicatorId::RepeatRequestShare)
                     .measurement.value == 3.0,
             tt::tolerance(1e-9));
  // move lists no service; svc_c had no request.
  BOOST_TEST(t.find(Cut{.life_situation = kMove}, IndicatorId::RepeatRequestShare) == nullptr);
  BOOST_TEST(t.find(Cut{.service = kSvcC}, IndicatorId::RepeatRequestShare) == nullptr);
}

BOOST_AUTO_TEST_CASE(repeat_request_share_beyond_the_table) {
  // 201 / 2000 = 10.05 % -> rounds to 10.1, past «до 10 %»: 0 stars;
  // 2 / 2000 = 0.1 %: 5 stars; with nothing completed, no share.
  model::Dataset d = small_dataset();
  d.service_requests = {{.service = kSvcA, .completed = 2000, .repeated_4w = 201},
                        {.service = kSvcB, .completed = 2000, .repeated_4w = 2},
                        {.service = kSvcC, .completed = 0, .repeated_4w = 0}};
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  BOOST_TEST(result(t, Cut{.service = kSvcA}, IndicatorId::RepeatRequestShare).star_level == 0);
  BOOST_TEST(result(t, Cut{.service = kSvcB}, IndicatorId::RepeatRequestShare).star_level == 5);
  BOOST_TEST(t.find(Cut{.service = kSvcC}, IndicatorId::RepeatRequestShare) == nullptr);
}

BOOST_AUTO_TEST_CASE(standard_compliance) {
  model::Dataset d = small_dataset();
  using model::ServiceStandard;
  d.service_standards = {
      {.touchpoint = kPortal, .standard = ServiceStandard::Form10min, .met = 45, .total = 50},
      {.touchpoint = kApp, .standard = ServiceStandard::Form10min, .met = 5, .total = 10},
      {.touchpoint = kMfc, .standard = ServiceStandard::Wait15min, .met = 30, .total = 40}};
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  // form_10min, all touchpoints: (45 + 5) / (50 + 10) = 50 / 60 = 83.33 %.
  const IndicatorResult& form = result(t, Cut{}, IndicatorId::StandardCompliance, "form_10min");
  BOOST_TEST(form.measurement.n == 60u);
  BOOST_TEST(form.measurement.positive == 50u);
  BOOST_TEST(form.measurement.value == 250.0 / 3, tt::tolerance(1e-9));
  BOOST_TEST(form.star_level == -1);  // the standard sets no levels
  BOOST_TEST(t.key(form) == "standard_compliance:form_10min");
  // At the portal alone: 45 / 50 = 90 %; wait_15min at the mfc: 30 / 40 = 75 %.
  BOOST_TEST(result(t, Cut{.touchpoint = kPortal}, IndicatorId::StandardCompliance, "form_10min")
                     .measurement.value == 90.0,
             tt::tolerance(1e-9));
  BOOST_TEST(
      result(t, Cut{}, IndicatorId::StandardCompliance, "wait_15min").measurement.value == 75.0,
      tt::tolerance(1e-9));
  // A standard not measured at a touchpoint has no record there.
  BOOST_TEST(t.find(Cut{.touchpoint = kMfc}, IndicatorId::StandardCompliance, "form_10min") ==
             nullptr);
  BOOST_TEST(t.details_of(Cut{}, IndicatorId::StandardCompliance).size() == 2u);
}

// Four rows of appeals.csv.
model::Dataset appeals_dataset() {
  model::Dataset d = small_dataset();
  using model::AppealKind;
  using model::AppealResult;
  d.appeals = {{.life_situation = kBirth,
                .touchpoint = kPortal,
                .topic = "Сроки",
                .kind = AppealKind::Complaint,
                .result = AppealResult::MeasuresTaken,
                .count = 10,
                .on_time = 8,
                .repeat = 2},
               {.life_situation = kBirth,
                .touchpoint = kMfc,
                .topic = "Сроки",
                .kind = AppealKind::Statement,
                .result = AppealResult::Answered,
                .count = 5,
                .on_time = 5,
                .repeat = 0},
               // Neither a life situation nor a touchpoint: counts in "all" only.
               {.topic = "Портал",
                .kind = AppealKind::Complaint,
                .result = AppealResult::Explained,
                .count = 5,
                .on_time = 2,
                .repeat = 1},
               {.life_situation = kMove,
                .topic = "Портал",
                .kind = AppealKind::Proposal,
                .result = AppealResult::Supported,
                .count = 0,
                .on_time = 0,
                .repeat = 0}};
  return d;
}

BOOST_AUTO_TEST_CASE(appeals_totals_and_shares) {
  const IndicatorTable t = compute_indicators(appeals_dataset(), ingest::Config{});
  // All: 10 + 5 + 5 + 0 = 20 appeals; on time 8 + 5 + 2 = 15 -> 75 %;
  // repeat 2 + 0 + 1 = 3 -> 15 %.
  const IndicatorResult& count = result(t, Cut{}, IndicatorId::AppealsCount);
  BOOST_TEST(count.measurement.value == 20.0);
  BOOST_TEST(count.measurement.n == 20u);
  BOOST_TEST((count.unit == Unit::Count));
  const IndicatorResult& on_time = result(t, Cut{}, IndicatorId::AppealsOnTimeShare);
  BOOST_TEST(on_time.measurement.n == 20u);
  BOOST_TEST(on_time.measurement.value == 75.0, tt::tolerance(1e-9));
  BOOST_TEST(on_time.low_reliability);  // 20 < low_n = 100
  BOOST_TEST(!on_time.suppressed);      // administrative counts are not suppressed
  BOOST_TEST(result(t, Cut{}, IndicatorId::AppealsRepeatShare).measurement.value == 15.0,
             tt::tolerance(1e-9));
  // birth: 10 + 5 = 15; on time 13 / 15 = 86.67 %. birth at the portal: 10, 8 / 10.
  const Cut birth{.life_situation = kBirth};
  BOOST_TEST(result(t, birth, IndicatorId::AppealsCount).measurement.value == 15.0);
  BOOST_TEST(result(t, birth, IndicatorId::AppealsOnTimeShare).measurement.value == 1300.0 / 15,
             tt::tolerance(1e-9));
  const Cut birth_portal{.life_situation = kBirth, .touchpoint = kPortal};
  BOOST_TEST(result(t, birth_portal, IndicatorId::AppealsCount).measurement.value == 10.0);
  BOOST_TEST(result(t, birth_portal, IndicatorId::AppealsOnTimeShare).measurement.value == 80.0,
             tt::tolerance(1e-9));
  // The portal over all life situations: 10.
  BOOST_TEST(result(t, Cut{.touchpoint = kPortal}, IndicatorId::AppealsCount).measurement.value ==
             10.0);
  // move had a row with no appeals: a count of 0 and no share of nothing.
  const Cut move{.life_situation = kMove};
  BOOST_TEST(result(t, move, IndicatorId::AppealsCount).measurement.value == 0.0);
  BOOST_TEST(t.find(move, IndicatorId::AppealsOnTimeShare) == nullptr);
  // Appeals are not cut by service, segment or region.
  BOOST_TEST(t.find(Cut{.service = kSvcA}, IndicatorId::AppealsCount) == nullptr);
}

BOOST_AUTO_TEST_CASE(appeals_by_kind_result_channel_and_topic) {
  const IndicatorTable t = compute_indicators(appeals_dataset(), ingest::Config{});
  const Cut all{};
  auto count = [&t](const Cut& c, IndicatorId id, std::string_view detail) {
    return result(t, c, id, detail).measurement.value;
  };
  // Kinds: complaint 10 + 5 = 15, statement 5, proposal 0.
  BOOST_TEST(count(all, IndicatorId::AppealsByKind, "complaint") == 15.0);
  BOOST_TEST(count(all, IndicatorId::AppealsByKind, "statement") == 5.0);
  BOOST_TEST(count(all, IndicatorId::AppealsByKind, "proposal") == 0.0);
  // Results: measures_taken 10, answered 5, explained 5, supported 0.
  BOOST_TEST(count(all, IndicatorId::AppealsByResult, "measures_taken") == 10.0);
  BOOST_TEST(count(all, IndicatorId::AppealsByResult, "answered") == 5.0);
  BOOST_TEST(count(all, IndicatorId::AppealsByResult, "explained") == 5.0);
  BOOST_TEST(count(all, IndicatorId::AppealsByResult, "supported") == 0.0);
  // Channels of the touchpoints: portal 10, mfc 5; the 5 without a
  // touchpoint are in the total but in no channel.
  BOOST_TEST(count(all, IndicatorId::AppealsByChannel, "portal") == 10.0);
  BOOST_TEST(count(all, IndicatorId::AppealsByChannel, "mfc") == 5.0);
  BOOST_TEST(t.details_of(all, IndicatorId::AppealsByChannel).size() == 2u);
  // At one touchpoint the channel is the touchpoint's own: no breakdown.
  BOOST_TEST(t.find(Cut{.touchpoint = kPortal}, IndicatorId::AppealsByChannel, "portal") ==
             nullptr);
  // Topics as written: «Сроки» 15, «Портал» 5.
  BOOST_TEST(count(all, IndicatorId::AppealsByTopic, "Сроки") == 15.0);
  BOOST_TEST(count(all, IndicatorId::AppealsByTopic, "Портал") == 5.0);
  BOOST_TEST(count(Cut{.life_situation = kBirth}, IndicatorId::AppealsByTopic, "Сроки") == 15.0);
  BOOST_TEST(t.find(Cut{.life_situation = kBirth}, IndicatorId::AppealsByTopic, "Портал") ==
             nullptr);
  // Kinds are listed in the byte order of their ids.
  const auto kinds = t.details_of(all, IndicatorId::AppealsByKind);
  BOOST_REQUIRE(kinds.size() == 3u);
  BOOST_TEST(t.detail(*kinds[0]) == "complaint");
  BOOST_TEST(t.detail(*kinds[1]) == "proposal");
  BOOST_TEST(t.detail(*kinds[2]) == "statement");
  BOOST_TEST(t.key(*kinds[0]) == "appeals_kind:complaint");
}

BOOST_AUTO_TEST_CASE(appeals_shares_of_each_part) {
  const IndicatorTable t = compute_indicators(appeals_dataset(), ingest::Config{});
  const Cut all{};
  auto share = [&t, &all](IndicatorId id, std::string_view detail) {
    return result(t, all, id, detail).measurement;
  };
  // complaint: on time (8 + 2) / 15 = 66.67 %, repeat (2 + 1) / 15 = 20 %.
  BOOST_TEST(share(IndicatorId::AppealsOnTimeShare, "kind:complaint").value == 1000.0 / 15,
             tt::tolerance(1e-9));
  BOOST_TEST(share(IndicatorId::AppealsRepeatShare, "kind:complaint").value == 20.0,
             tt::tolerance(1e-9));
  BOOST_TEST(share(IndicatorId::AppealsRepeatShare, "kind:complaint").n == 15u);
  // explained: on time 2 / 5 = 40 %; channel mfc: 5 / 5 = 100 %;
  // topic «Портал»: repeat 1 / 5 = 20 %.
  BOOST_TEST(share(IndicatorId::AppealsOnTimeShare, "result:explained").value == 40.0,
             tt::tolerance(1e-9));
  BOOST_TEST(share(IndicatorId::AppealsOnTimeShare, "channel:mfc").value == 100.0,
             tt::tolerance(1e-9));
  BOOST_TEST(share(IndicatorId::AppealsRepeatShare, "topic:Портал").value == 20.0,
             tt::tolerance(1e-9));
  // No appeals of a kind: its count is 0 and it has no shares.
  BOOST_TEST(t.find(all, IndicatorId::AppealsOnTimeShare, "kind:proposal") == nullptr);
  const IndicatorResult& detailed =
      result(t, all, IndicatorId::AppealsOnTimeShare, "kind:complaint");
  BOOST_TEST(t.key(detailed) == "appeals_on_time_share:kind:complaint");
}

BOOST_AUTO_TEST_CASE(social_response_hours_and_level) {
  model::Dataset d = small_dataset();
  using model::RequestType;
  // vk: mentions within 3.5 h (10 answers) and 5 h (2); official within 1.5 h (4).
  // portal: official within 2.5 h (3).
  d.response_times = {
      {.touchpoint = kVk, .request_type = RequestType::Mention, .hours_max = 3.5, .count = 10},
      {.touchpoint = kVk, .request_type = RequestType::Mention, .hours_max = 5.0, .count = 2},
      {.touchpoint = kVk, .request_type = RequestType::Official, .hours_max = 1.5, .count = 4},
      {.touchpoint = kPortal, .request_type = RequestType::Official, .hours_max = 2.5, .count = 3}};
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  // All: longest mention 5 h, longest official 2.5 h.
  const IndicatorResult& mention = result(t, Cut{}, IndicatorId::SocialResponseHours, "mention");
  BOOST_TEST(mention.measurement.value == 5.0);
  BOOST_TEST(mention.measurement.n == 12u);  // 10 + 2 answers
  BOOST_TEST((mention.unit == Unit::Hours));
  const IndicatorResult& official = result(t, Cut{}, IndicatorId::SocialResponseHours, "official");
  BOOST_TEST(official.measurement.value == 2.5);
  BOOST_TEST(official.measurement.n == 7u);
  // Level: 5 h ≤ 6 (4 stars) for mentions, 2.5 h ≤ 3 (4 stars) for official: 4.
  const IndicatorResult& level = result(t, Cut{}, IndicatorId::SocialResponseLevel);
  BOOST_TEST(level.star_level == 4);
  BOOST_TEST(level.measurement.value == 4.0);
  BOOST_TEST(level.measurement.n == 19u);
  // vk alone: mentions 5 h (4 stars), official 1.5 h (5 stars): the worse, 4.
  BOOST_TEST(result(t, Cut{.touchpoint = kVk}, IndicatorId::SocialResponseLevel).star_level == 4);
  // portal: only official requests, 2.5 h: 4 stars; no mention hours there.
  BOOST_TEST(result(t, Cut{.touchpoint = kPortal}, IndicatorId::SocialResponseLevel).star_level ==
             4);
  BOOST_TEST(t.find(Cut{.touchpoint = kPortal}, IndicatorId::SocialResponseHours, "mention") ==
             nullptr);
}

BOOST_AUTO_TEST_CASE(pain_mentions) {
  model::Dataset d = small_dataset();
  d.pain_points = {
      {.life_situation = kBirth, .touchpoint = kPortal, .theme = "Ошибка", .mentions = 63},
      {.life_situation = kBirth, .theme = "Нет информации", .mentions = 26},
      {.life_situation = kMove, .touchpoint = kMfc, .theme = "Ошибка", .mentions = 7}};
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  auto mentions = [&t](const Cut& c, std::string_view theme) {
    return result(t, c, IndicatorId::PainMentions, theme).measurement.value;
  };
  // All: «Ошибка» 63 + 7 = 70, «Нет информации» 26.
  BOOST_TEST(mentions(Cut{}, "Ошибка") == 70.0);
  BOOST_TEST(mentions(Cut{}, "Нет информации") == 26.0);
  // birth: 63 and 26; birth at the portal: 63; portal over all: 63; mfc: 7.
  BOOST_TEST(mentions(Cut{.life_situation = kBirth}, "Ошибка") == 63.0);
  BOOST_TEST(mentions(Cut{.life_situation = kBirth, .touchpoint = kPortal}, "Ошибка") == 63.0);
  BOOST_TEST(mentions(Cut{.touchpoint = kPortal}, "Ошибка") == 63.0);
  BOOST_TEST(mentions(Cut{.touchpoint = kMfc}, "Ошибка") == 7.0);
  // A pain of the life situation as a whole is at no touchpoint.
  BOOST_TEST(t.find(Cut{.touchpoint = kPortal}, IndicatorId::PainMentions, "Нет информации") ==
             nullptr);
  BOOST_TEST(t.find(Cut{.life_situation = kBirth, .touchpoint = kPortal}, IndicatorId::PainMentions,
                    "Нет информации") == nullptr);
  const IndicatorResult& r = result(t, Cut{}, IndicatorId::PainMentions, "Ошибка");
  BOOST_TEST(t.key(r) == "pain_mentions:Ошибка");
  BOOST_TEST(r.star_level == -1);
  BOOST_TEST(!r.suppressed);
  BOOST_TEST(t.details_of(Cut{}, IndicatorId::PainMentions).size() == 2u);
}

BOOST_AUTO_TEST_CASE(absent_optional_files_add_nothing) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(1, 0, 0, 0));
  const IndicatorTable t = compute_indicators(d, open_config());
  for (const IndicatorResult& r : t.results()) {
    const bool survey = definition(r.indicator).disclosure_control ||
                        r.indicator == IndicatorId::PositiveNpsServicesShare;
    BOOST_TEST(survey, t.key(r));
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
