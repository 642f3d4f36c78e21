// The survey's indicators on hand-built answers: golden values with their
// arithmetic, roll-ups from merged counts, dk-only cuts and internal clients.
#include <boost/test/unit_test.hpp>
#include <cstdint>

#include "dataset_builder.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/measurement.hpp"
#include "reference_counts.hpp"

namespace otklik::metrics {
namespace {

namespace tt = boost::test_tools;
using model::kNone;
using namespace testing;

const IndicatorResult& result(const IndicatorTable& t, const Cut& c, IndicatorId id,
                              std::string_view detail = {}) {
  const IndicatorResult* r = t.find(c, id, detail);
  BOOST_REQUIRE_MESSAGE(r != nullptr, "no " << definition(id).key << " at " << describe(c));
  return *r;
}

const Cut kAll{};
const Cut kBirthCut{.life_situation = kBirth};

BOOST_AUTO_TEST_SUITE(survey_indicators)

BOOST_AUTO_TEST_CASE(satisfaction_share_is_the_top_two_share) {
  // 4: 5, 3: 3, 2: 1, 1: 1, dk: 2. Base 5 + 3 + 1 + 1 = 10 (dk left out),
  // positive 5 + 3 = 8: 8 / 10 = 80.0 % -> «от 70,1 до 80» = 3 stars.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(5, 3, 1, 1, 2));
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult& r = result(t, kBirthCut, IndicatorId::SatisfactionShare);
  BOOST_TEST(r.measurement.n == 10u);
  BOOST_TEST(r.measurement.positive == 8u);
  BOOST_TEST(r.measurement.excluded == 2u);
  BOOST_TEST(r.measurement.value == 80.0, tt::tolerance(1e-9));
  // Wilson interval of 8/10 (statistics_test): 49.0162 .. 94.3318.
  BOOST_TEST(r.measurement.ci.low == 49.0162, tt::tolerance(1e-5));
  BOOST_TEST(r.measurement.ci.high == 94.3318, tt::tolerance(1e-5));
  BOOST_TEST(r.star_level == 3);
  BOOST_TEST((r.unit == Unit::Percent));
  BOOST_TEST((r.estimate == Estimate::Share));
  BOOST_TEST(!r.suppressed);
  BOOST_TEST(!r.low_reliability);
  BOOST_TEST(!r.change.has_value());  // one period only
}

BOOST_AUTO_TEST_CASE(need_satisfaction_share_reads_its_own_question) {
  // 4: 7, 3: 2, 2: 1: (7 + 2) / 10 = 90.0 % -> «от 80,1 до 90» = 4 stars.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .question = kNeed}, four_point(7, 2, 1, 0));
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult& r = result(t, kBirthCut, IndicatorId::NeedSatisfactionShare);
  BOOST_TEST(r.measurement.n == 10u);
  BOOST_TEST(r.measurement.value == 90.0, tt::tolerance(1e-9));
  BOOST_TEST(r.star_level == 4);
  // Need satisfaction is its own question: it does not feed satisfaction or CSI.
  BOOST_TEST(t.find(kBirthCut, IndicatorId::SatisfactionShare) == nullptr);
  BOOST_TEST(t.find(kBirthCut, IndicatorId::Csi) == nullptr);
}

BOOST_AUTO_TEST_CASE(ease_share_is_the_top_two_share) {
  // «Легко» 3, «Скорее легко» 4, «Скорее сложно» 2, «Сложно» 1, dk 5:
  // (3 + 4) / 10 = 70.0 % -> «от 60,1 до 70» = 2 stars.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .question = kEase}, four_point(3, 4, 2, 1, 5));
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult& r = result(t, kBirthCut, IndicatorId::EaseShare);
  BOOST_TEST(r.measurement.n == 10u);
  BOOST_TEST(r.measurement.positive == 7u);
  BOOST_TEST(r.measurement.excluded == 5u);
  BOOST_TEST(r.measurement.value == 70.0, tt::tolerance(1e-9));
  BOOST_TEST(r.star_level == 2);
}

BOOST_AUTO_TEST_CASE(csi_is_the_scaled_mean_score) {
  // 4: 2, 3: 1, 2: 1, dk 3. Scores (answer − 1) / 3 × 100: 100, 100, 66.67,
  // 33.33; sum 300 over 4 answers = 75.0 points. No levels for CSI.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(2, 1, 1, 0, 3));
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult& r = result(t, kBirthCut, IndicatorId::Csi);
  BOOST_TEST(r.measurement.n == 4u);
  BOOST_TEST(r.measurement.excluded == 3u);
  BOOST_TEST(r.measurement.score_sum == 300.0, tt::tolerance(1e-9));
  BOOST_TEST(r.measurement.value == 75.0, tt::tolerance(1e-9));
  BOOST_TEST(r.star_level == -1);
  BOOST_TEST((r.unit == Unit::Points));
  BOOST_TEST((r.estimate == Estimate::Mean));
}

BOOST_AUTO_TEST_CASE(nps_is_promoters_minus_detractors) {
  // 10: 3, 9: 2 (promoters 5); 8: 2, 7: 1 (passives 3); 6: 1, 0: 1
  // (detractors 2); dk 2 left out. (5 − 2) / 10 × 100 = 30 points.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .question = kNps},
           scores({{10, 3}, {9, 2}, {8, 2}, {7, 1}, {6, 1}, {0, 1}}, 2));
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult& r = result(t, kBirthCut, IndicatorId::Nps);
  BOOST_TEST(r.measurement.n == 10u);
  BOOST_TEST(r.measurement.positive == 5u);
  BOOST_TEST(r.measurement.negative == 2u);
  BOOST_TEST(r.measurement.excluded == 2u);
  BOOST_TEST(r.measurement.value == 30.0, tt::tolerance(1e-9));
  // Score variance (0.5 + 0.2 − 0.3²) / 10 = 0.061: 30 ± 1.96 × 24.70 = −18.41 .. 78.41.
  BOOST_TEST(r.measurement.ci.low == -18.4076, tt::tolerance(1e-4));
  BOOST_TEST(r.measurement.ci.high == 78.4076, tt::tolerance(1e-4));
  BOOST_TEST(r.star_level == -1);  // Table 1 grades services with NPS > 0, not NPS
  BOOST_TEST((r.unit == Unit::Points));
  BOOST_TEST((r.estimate == Estimate::NetScore));
}

BOOST_AUTO_TEST_CASE(digital_nps_counts_only_digital_touchpoints) {
  // birth: portal (digital) 10: 4, 5: 1; mfc (offline) 0: 5; no touchpoint 10: 2.
  // move: app (digital) 9: 1, 8: 1, 3: 2.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal, .question = kNps},
           scores({{10, 4}, {5, 1}}));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc, .question = kNps}, scores({{0, 5}}));
  add_cell(d, {.life_situation = kBirth, .question = kNps}, scores({{10, 2}}));
  add_cell(d, {.life_situation = kMove, .touchpoint = kApp, .question = kNps},
           scores({{9, 1}, {8, 1}, {3, 2}}));
  const IndicatorTable t = compute_indicators(d, open_config());

  // Digital NPS of birth = portal only: (4 − 1) / 5 = 60 points -> «свыше 50» = 5 stars.
  const IndicatorResult& birth = result(t, kBirthCut, IndicatorId::DigitalNps);
  BOOST_TEST(birth.measurement.n == 5u);
  BOOST_TEST(birth.measurement.value == 60.0, tt::tolerance(1e-9));
  BOOST_TEST(birth.star_level == 5);
  // NPS of birth counts all 12: promoters 4 + 2, detractors 1 + 5: 0 points.
  BOOST_TEST(result(t, kBirthCut, IndicatorId::Nps).measurement.n == 12u);
  BOOST_TEST(result(t, kBirthCut, IndicatorId::Nps).measurement.value == 0.0, tt::tolerance(1e-9));
  // Digital NPS of all = portal + app: promoters 4 + 1 = 5, detractors
  // 1 + 2 = 3, n = 9: 2 / 9 = 22.22 points -> «от 15,1 до 30» = 3 stars.
  const IndicatorResult& all = result(t, kAll, IndicatorId::DigitalNps);
  BOOST_TEST(all.measurement.n == 9u);
  BOOST_TEST(all.measurement.value == 200.0 / 9, tt::tolerance(1e-9));
  BOOST_TEST(all.star_level == 3);
  // move: (1 − 2) / 4 = −25 points -> «менее 5» = 1 star.
  const IndicatorResult& move = result(t, Cut{.life_situation = kMove}, IndicatorId::DigitalNps);
  BOOST_TEST(move.measurement.value == -25.0, tt::tolerance(1e-9));
  BOOST_TEST(move.star_level == 1);
  // At one digital touchpoint both count the same answers; an offline one has none.
  const Cut portal{.life_situation = kBirth, .touchpoint = kPortal};
  BOOST_TEST(result(t, portal, IndicatorId::DigitalNps).measurement.value ==
             result(t, portal, IndicatorId::Nps).measurement.value);
  BOOST_TEST(t.find(Cut{.touchpoint = kMfc}, IndicatorId::DigitalNps) == nullptr);
  BOOST_TEST(t.find(Cut{.life_situation = kBirth, .touchpoint = kMfc}, IndicatorId::Nps) !=
             nullptr);
}

model::Dataset services_with_nps() {
  // svc_a 10: 5 (+100), svc_b 0: 6 (−100), svc_c 10: 3, 0: 3 (0, not
  // positive), svc_d 10: 2 (+100 on 2 answers), 10 passives (7) without a
  // service, which keep svc_d's hiding from spreading.
  model::Dataset d = small_dataset();
  add_cell(d, {.service = kSvcA, .question = kNps}, scores({{10, 5}}));
  add_cell(d, {.service = kSvcB, .question = kNps}, scores({{0, 6}}));
  add_cell(d, {.service = kSvcC, .question = kNps}, scores({{10, 3}, {0, 3}}));
  add_cell(d, {.service = kSvcD, .question = kNps}, scores({{10, 2}}));
  add_cell(d, {.question = kNps}, scores({{7, 10}}));
  return d;
}

BOOST_AUTO_TEST_CASE(positive_nps_services_share_counts_published_services) {
  const model::Dataset d = services_with_nps();
  ingest::Config config = open_config();
  config.min_n = 5;
  const IndicatorTable t = compute_indicators(d, config);
  // svc_d (2 < 5 answers) is hidden and leaves the base: of svc_a, svc_b and
  // svc_c only svc_a is above 0: 1 / 3 = 33.3 % -> below 50,1 = 0 stars.
  BOOST_TEST(result(t, Cut{.service = kSvcD}, IndicatorId::Nps).suppressed);
  BOOST_TEST(!result(t, Cut{.service = kSvcA}, IndicatorId::Nps).suppressed);
  const IndicatorResult& r = result(t, kAll, IndicatorId::PositiveNpsServicesShare);
  BOOST_TEST(r.measurement.n == 3u);
  BOOST_TEST(r.measurement.positive == 1u);
  BOOST_TEST(r.measurement.value == 100.0 / 3, tt::tolerance(1e-9));
  BOOST_TEST(r.star_level == 0);
  BOOST_TEST((r.estimate == Estimate::Tally));
  BOOST_TEST(r.measurement.ci.high == 0.0);  // every service counted: no sampling error
  BOOST_TEST(!r.suppressed);
  BOOST_TEST(!r.low_reliability);
  // Only cuts that do not fix the service have it.
  BOOST_TEST(t.find(Cut{.service = kSvcA}, IndicatorId::PositiveNpsServicesShare) == nullptr);
}

BOOST_AUTO_TEST_CASE(positive_nps_services_share_with_every_service_published) {
  const IndicatorTable t = compute_indicators(services_with_nps(), open_config());
  // svc_a and svc_d of 4: 2 / 4 = 50.0 % -> «от 50,1» not reached = 0 stars.
  const IndicatorResult& r = result(t, kAll, IndicatorId::PositiveNpsServicesShare);
  BOOST_TEST(r.measurement.n == 4u);
  BOOST_TEST(r.measurement.positive == 2u);
  BOOST_TEST(r.measurement.value == 50.0, tt::tolerance(1e-9));
  BOOST_TEST(r.star_level == 0);
}

BOOST_AUTO_TEST_CASE(positive_nps_services_share_per_life_situation) {
  // birth: svc_a +100 (10: 3), svc_b 10: 2, 9: 1, 0: 1 = (3 − 1) / 4 = +50;
  // move: svc_a 0: 2 = −100. birth 2 / 2 = 100 % = 5 stars; move 0 / 1 = 0 %.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .service = kSvcA, .question = kNps}, scores({{10, 3}}));
  add_cell(d, {.life_situation = kBirth, .service = kSvcB, .question = kNps},
           scores({{10, 2}, {9, 1}, {0, 1}}));
  add_cell(d, {.life_situation = kMove, .service = kSvcA, .question = kNps}, scores({{0, 2}}));
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult& birth = result(t, kBirthCut, IndicatorId::PositiveNpsServicesShare);
  BOOST_TEST(birth.measurement.value == 100.0, tt::tolerance(1e-9));
  BOOST_TEST(birth.star_level == 5);
  const IndicatorResult& move =
      result(t, Cut{.life_situation = kMove}, IndicatorId::PositiveNpsServicesShare);
  BOOST_TEST(move.measurement.n == 1u);
  BOOST_TEST(move.measurement.value == 0.0);
  // All: svc_a merges 3 promoters and 2 detractors = +20, svc_b +50: 2 / 2.
  BOOST_TEST(result(t, kAll, IndicatorId::PositiveNpsServicesShare).measurement.value == 100.0,
             tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(custom_questions) {
  model::Dataset d = small_dataset();
  const uint16_t polite = add_question(d, "polite", model::Scale::Binary);
  const uint16_t clear = add_question(d, "clear", model::Scale::FourPoint);
  const uint16_t app_nps = add_question(d, "app_nps", model::Scale::Nps);
  add_cell(d, {.life_situation = kBirth, .question = polite}, binary(6, 2, 1, 3));
  add_cell(d, {.life_situation = kBirth, .question = clear}, four_point(1, 1, 1, 1, 2));
  add_cell(d, {.life_situation = kBirth, .question = app_nps}, scores({{10, 2}, {7, 1}, {3, 1}}));
  const IndicatorTable t = compute_indicators(d, open_config());

  // binary: yes / (yes + no) = 6 / 8 = 75 %; dk 1 and na 3 reported apart.
  const IndicatorResult& p = result(t, kBirthCut, IndicatorId::Question, "polite");
  BOOST_TEST(p.measurement.n == 8u);
  BOOST_TEST(p.measurement.positive == 6u);
  BOOST_TEST(p.measurement.excluded == 4u);
  BOOST_TEST(p.measurement.value == 75.0, tt::tolerance(1e-9));
  BOOST_TEST(t.key(p) == "q:polite");
  BOOST_TEST(p.star_level == -1);  // the standard grades no custom question
  BOOST_TEST((p.unit == Unit::Percent));
  // four_point: (1 + 1) / 4 = 50 %; dk 2 left out.
  const IndicatorResult& c = result(t, kBirthCut, IndicatorId::Question, "clear");
  BOOST_TEST(c.measurement.n == 4u);
  BOOST_TEST(c.measurement.excluded == 2u);
  BOOST_TEST(c.measurement.value == 50.0, tt::tolerance(1e-9));
  // nps: (2 − 1) / 4 = 25 points, with the NPS unit and test.
  const IndicatorResult& a = result(t, kBirthCut, IndicatorId::Question, "app_nps");
  BOOST_TEST(a.measurement.n == 4u);
  BOOST_TEST(a.measurement.value == 25.0, tt::tolerance(1e-9));
  BOOST_TEST((a.unit == Unit::Points));
  BOOST_TEST((a.estimate == Estimate::NetScore));
  // All three under one indicator, in the byte order of their ids.
  const auto listed = t.details_of(kBirthCut, IndicatorId::Question);
  BOOST_REQUIRE(listed.size() == 3u);
  BOOST_TEST(t.detail(*listed[0]) == "app_nps");
  BOOST_TEST(t.detail(*listed[1]) == "clear");
  BOOST_TEST(t.detail(*listed[2]) == "polite");
  // A custom question feeds none of the built-in indicators.
  BOOST_TEST(t.find(kBirthCut, IndicatorId::SatisfactionShare) == nullptr);
  BOOST_TEST(t.find(kBirthCut, IndicatorId::Nps) == nullptr);
}

// Four cells over every dimension, to roll up by hand.
model::Dataset roll_up_dataset() {
  model::Dataset d = small_dataset();
  // c1: birth, svc_a, portal, citizens, north: 4: 9, 2: 1
  add_cell(d,
           {.life_situation = kBirth,
            .service = kSvcA,
            .touchpoint = kPortal,
            .segment = kCitizens,
            .region = kNorth},
           four_point(9, 0, 1, 0));
  // c2: birth, svc_b, mfc, business, north: 4: 1, 3: 1, 2: 1, 1: 97
  add_cell(d,
           {.life_situation = kBirth,
            .service = kSvcB,
            .touchpoint = kMfc,
            .segment = kBusiness,
            .region = kNorth},
           four_point(1, 1, 1, 97));
  // c3: move, svc_a, portal, citizens, south: 3: 2, 1: 2
  add_cell(d,
           {.life_situation = kMove,
            .service = kSvcA,
            .touchpoint = kPortal,
            .segment = kCitizens,
            .region = kSouth},
           four_point(0, 2, 0, 2));
  // c4: birth at portal, no service, segment or region: 4: 3, 1: 1
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal, .segment = kNone},
           four_point(3, 0, 0, 1));
  return d;
}

BOOST_AUTO_TEST_CASE(roll_up_equals_the_direct_computation_on_merged_counts) {
  const model::Dataset d = roll_up_dataset();
  const IndicatorTable t = compute_indicators(d, open_config());
  struct Merged {
    Cut cut;
    model::AnswerCounts answers;  // the cells' counts summed by hand
  };
  const Merged merged[] = {
      // all: 4: 9+1+0+3 = 13, 3: 0+1+2+0 = 3, 2: 1+1+0+0 = 2, 1: 0+97+2+1 = 100
      // -> 16 / 118 = 13.56 %, not the mean of the cells' 90, 2, 50 and 75 %.
      {kAll, four_point(13, 3, 2, 100)},
      // birth = c1 + c2 + c4: 14 / 114
      {kBirthCut, four_point(13, 1, 2, 98)},
      // portal = c1 + c3 + c4: 14 / 18
      {Cut{.touchpoint = kPortal}, four_point(12, 2, 1, 3)},
      // birth at portal = c1 + c4: 12 / 14
      {Cut{.life_situation = kBirth, .touchpoint = kPortal}, four_point(12, 0, 1, 1)},
      // svc_a = c1 + c3; citizens likewise
      {Cut{.service = kSvcA}, four_point(9, 2, 1, 2)},
      {Cut{.segment = kCitizens}, four_point(9, 2, 1, 2)},
      // north = c1 + c2; portal in the north = c1
      {Cut{.region = kNorth}, four_point(10, 1, 2, 97)},
      {Cut{.touchpoint = kPortal, .region = kNorth}, four_point(9, 0, 1, 0)},
      // svc_a at portal = c1 + c3 (c4 has no service)
      {Cut{.service = kSvcA, .touchpoint = kPortal}, four_point(9, 2, 1, 2)},
  };
  for (const Merged& m : merged) {
    BOOST_TEST_CONTEXT(describe(m.cut)) {
      const Measurement share = top_two_share(m.answers);
      const Measurement index = csi(m.answers);
      const IndicatorResult& s = result(t, m.cut, IndicatorId::SatisfactionShare);
      BOOST_TEST(s.measurement.n == share.n);
      BOOST_TEST(s.measurement.positive == share.positive);
      BOOST_TEST(s.measurement.value == share.value, tt::tolerance(1e-12));
      BOOST_TEST(s.measurement.ci.low == share.ci.low, tt::tolerance(1e-12));
      BOOST_TEST(s.measurement.ci.high == share.ci.high, tt::tolerance(1e-12));
      const IndicatorResult& c = result(t, m.cut, IndicatorId::Csi);
      BOOST_TEST(c.measurement.value == index.value, tt::tolerance(1e-12));
      BOOST_TEST(c.measurement.standard_error == index.standard_error, tt::tolerance(1e-12));
    }
  }
  BOOST_TEST(result(t, kAll, IndicatorId::SatisfactionShare).measurement.value == 1600.0 / 118,
             tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(every_ancestor_of_every_cell_is_a_cut_with_merged_counts) {
  const model::Dataset d = roll_up_dataset();
  const IndicatorTable t = compute_indicators(d, open_config());
  // Each cell reaches every cut that keeps some of its keys: 2^5 for the
  // first three, 2^2 for c4.
  for (const model::SurveyCell& cell : d.survey) {
    const Cut finest = cut_of(cell.key);
    for (unsigned mask = 0; mask < 32; ++mask) {
      Cut c = finest;
      for (std::size_t i = 0; i < kDimensions.size(); ++i)
        if ((mask & (1u << i)) == 0) c.at(kDimensions[i]) = kNone;
      BOOST_TEST(t.find(c, IndicatorId::SatisfactionShare) != nullptr, describe(c));
    }
  }
  // And every result holds what the cells it reaches hold, nothing else.
  std::size_t checked = 0;
  for (const IndicatorResult& r : t.results()) {
    if (r.indicator != IndicatorId::SatisfactionShare) continue;
    const model::AnswerCounts a = merged_answers(d, r.cut, kSatisfaction);
    BOOST_TEST(r.measurement.n == valid_four_point(a), describe(r.cut));
    BOOST_TEST(r.measurement.value == top_two_share(a).value, tt::tolerance(1e-12));
    ++checked;
  }
  BOOST_TEST(checked > 32u);
}

BOOST_AUTO_TEST_CASE(nps_rolls_up_from_counts) {
  // birth: 10: 8, 0: 2 (+60 on 10); move: 9: 1, 3: 29 (−93.3 on 30).
  // Merged: promoters 9, detractors 31, n 40: −22 / 40 = −55 points, not the
  // mean of +60 and −93.3 (−16.7).
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .question = kNps}, scores({{10, 8}, {0, 2}}));
  add_cell(d, {.life_situation = kMove, .question = kNps}, scores({{9, 1}, {3, 29}}));
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult& r = result(t, kAll, IndicatorId::Nps);
  const Measurement expected = nps(scores({{10, 8}, {9, 1}, {3, 29}, {0, 2}}));
  BOOST_TEST(r.measurement.n == 40u);
  BOOST_TEST(r.measurement.value == -55.0, tt::tolerance(1e-9));
  BOOST_TEST(r.measurement.ci.low == expected.ci.low, tt::tolerance(1e-12));
  BOOST_TEST(r.measurement.ci.high == expected.ci.high, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_cut_with_only_dk_is_a_suppressed_record) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(0, 0, 0, 0, 12));
  add_cell(d, {.life_situation = kBirth, .question = kEase}, four_point(2, 0, 0, 0));
  const IndicatorTable t = compute_indicators(d, open_config());
  // 12 «dk» and no valid answer: n = 0, below any min_n. The record says
  // the question was asked and nothing can be published.
  for (IndicatorId id : {IndicatorId::SatisfactionShare, IndicatorId::Csi}) {
    const IndicatorResult& r = result(t, kBirthCut, id);
    BOOST_TEST(r.suppressed);
    BOOST_TEST(!r.has_value());
    BOOST_TEST(r.measurement.n == 0u);
    BOOST_TEST(r.star_level == -1);
  }
  const IndicatorResult& ease = result(t, kBirthCut, IndicatorId::EaseShare);
  BOOST_TEST(!ease.suppressed);
  BOOST_TEST(ease.measurement.n == 2u);
  BOOST_TEST(ease.measurement.value == 100.0);
  // A question nobody was asked in a cut has no record there at all.
  BOOST_TEST(t.find(kBirthCut, IndicatorId::Nps) == nullptr);
}

BOOST_AUTO_TEST_CASE(a_question_missing_from_the_dataset_gives_no_indicator) {
  model::Dataset d = small_dataset();
  d.questions.pop_back();  // no "nps" question at all
  add_cell(d, {.life_situation = kBirth}, four_point(1, 0, 0, 0));
  const IndicatorTable t = compute_indicators(d, open_config());
  BOOST_TEST(!t.results().empty());
  for (const IndicatorResult& r : t.results())
    BOOST_TEST((r.indicator != IndicatorId::Nps && r.indicator != IndicatorId::DigitalNps &&
                r.indicator != IndicatorId::PositiveNpsServicesShare));
}

model::Dataset with_internal_clients() {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(4, 0, 0, 0));
  add_cell(d, {.life_situation = kBirth, .segment = kStaff}, four_point(0, 0, 0, 6));
  add_cell(d, {.life_situation = kMove, .touchpoint = kPortal, .segment = kStaff},
           four_point(0, 0, 0, 3));
  add_cell(d, {.life_situation = kMove, .touchpoint = kPortal, .segment = kStaff, .question = kNps},
           scores({{0, 3}}));
  return d;
}

BOOST_AUTO_TEST_CASE(internal_clients_are_left_out_of_every_cut) {
  const model::Dataset d = with_internal_clients();
  const IndicatorTable t = compute_indicators(d, open_config());
  // Only the citizens' 4 answers remain, in every cut, totals included.
  BOOST_TEST(result(t, kAll, IndicatorId::SatisfactionShare).measurement.n == 4u);
  BOOST_TEST(result(t, kBirthCut, IndicatorId::SatisfactionShare).measurement.value == 100.0);
  for (const IndicatorResult& r : t.results()) {
    BOOST_TEST(r.cut.segment != kStaff, describe(r.cut));
    BOOST_TEST(r.cut.life_situation != kMove, describe(r.cut));  // move had only staff
    BOOST_TEST(r.measurement.n == valid_four_point(merged_answers(d, r.cut, kSatisfaction)),
               describe(r.cut));
  }
  // Staff were the only ones asked about NPS: no NPS anywhere.
  BOOST_TEST(t.find(kAll, IndicatorId::Nps) == nullptr);
  BOOST_TEST(t.find(kAll, IndicatorId::DigitalNps) == nullptr);
}

BOOST_AUTO_TEST_CASE(internal_clients_are_published_when_configured) {
  const model::Dataset d = with_internal_clients();
  ingest::Config config = open_config();
  config.publish_internal = true;
  const IndicatorTable t = compute_indicators(d, config);
  // birth: 4 + 6 = 10, 4 of 10 = 40 %; all: 13, 4 of 13.
  BOOST_TEST(result(t, kBirthCut, IndicatorId::SatisfactionShare).measurement.n == 10u);
  BOOST_TEST(result(t, kBirthCut, IndicatorId::SatisfactionShare).measurement.value == 40.0,
             tt::tolerance(1e-9));
  BOOST_TEST(result(t, kAll, IndicatorId::SatisfactionShare).measurement.n == 13u);
  BOOST_TEST(result(t, Cut{.segment = kStaff}, IndicatorId::SatisfactionShare).measurement.n == 9u);
  BOOST_TEST(result(t, kAll, IndicatorId::Nps).measurement.n == 3u);
  for (const IndicatorResult& r : t.results())
    if (r.indicator == IndicatorId::SatisfactionShare)
      BOOST_TEST(r.measurement.n == valid_four_point(merged_answers(d, r.cut, kSatisfaction,
                                                                    {.publish_internal = true})),
                 describe(r.cut));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
