// The change of a value against the period right before it, and its z-test.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <map>
#include <optional>
#include <string>

#include "dataset_builder.hpp"
#include "metrics/indicator_sources.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/statistics.hpp"
#include "reference_counts.hpp"

namespace otklik::metrics {
namespace {

namespace tt = boost::test_tools;
using namespace testing;

const IndicatorResult& result(const IndicatorTable& t, const Cut& c, IndicatorId id,
                              std::string_view detail = {}) {
  const IndicatorResult* r = t.find(c, id, detail);
  BOOST_REQUIRE_MESSAGE(r != nullptr, "no " << definition(id).key << " at " << describe(c));
  return *r;
}

const Change& change_of(const IndicatorResult& r) {
  BOOST_REQUIRE_MESSAGE(r.change.has_value(), "no change at " << describe(r.cut));
  return *r.change;
}

BOOST_AUTO_TEST_SUITE(change)

BOOST_AUTO_TEST_CASE(two_proportion_z_textbook) {
  // 45/100 against 30/100: pooled p = 75 / 200 = 0.375;
  // var = 0.375 × 0.625 × (1/100 + 1/100) = 0.0046875, se = 0.0684653;
  // z = (0.45 − 0.30) / 0.0684653 = 2.19089.
  BOOST_TEST(two_proportion_z(45, 100, 30, 100) == 2.19089, tt::tolerance(1e-5));
  BOOST_TEST(two_proportion_z(30, 100, 45, 100) == -2.19089, tt::tolerance(1e-5));
  // 43/100 against 30/100: pooled 0.365, var = 0.365 × 0.635 × 0.02 =
  // 0.0046355, z = 0.13 / 0.0680845 = 1.90939 (under 1.96).
  BOOST_TEST(two_proportion_z(43, 100, 30, 100) == 1.90939, tt::tolerance(1e-5));
  // 44/100 against 30/100: pooled 0.37, var = 0.37 × 0.63 × 0.02 = 0.004662,
  // z = 0.14 / 0.0682788 = 2.05041 (over 1.96).
  BOOST_TEST(two_proportion_z(44, 100, 30, 100) == 2.05041, tt::tolerance(1e-5));
  // Unequal bases: 60/200 against 20/100: pooled 80/300 = 0.26667,
  // var = 0.26667 × 0.73333 × (0.005 + 0.01) = 0.0029333, z = 0.1 / 0.0541603 = 1.84637.
  BOOST_TEST(two_proportion_z(60, 200, 20, 100) == 1.84637, tt::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(two_proportion_z_without_variation_is_zero) {
  BOOST_TEST(two_proportion_z(0, 0, 5, 10) == 0.0);  // an empty base
  BOOST_TEST(two_proportion_z(5, 10, 0, 0) == 0.0);
  BOOST_TEST(two_proportion_z(10, 10, 20, 20) == 0.0);  // pooled share 1
  BOOST_TEST(two_proportion_z(0, 10, 0, 20) == 0.0);    // pooled share 0
}

BOOST_AUTO_TEST_CASE(difference_z_textbook) {
  // 20 points with standard errors 7.4833 (√56) and 6.6332 (√44): √100 = 10, z = 2.
  BOOST_TEST(difference_z(20, std::sqrt(56.0), std::sqrt(44.0)) == 2.0, tt::tolerance(1e-12));
  // 10 with 3 and 4: the 3-4-5 triangle, z = 2.
  BOOST_TEST(difference_z(10, 3, 4) == 2.0, tt::tolerance(1e-12));
  BOOST_TEST(difference_z(-10, 3, 4) == -2.0, tt::tolerance(1e-12));
  BOOST_TEST(difference_z(5, 0, 0) == 0.0);  // no error at all: nothing to test
}

// 2026-Q2 (index 0) and 2026-Q3 (index 1).
model::Dataset two_quarters() {
  model::Dataset d = small_dataset();
  set_quarters(d, {2, 3});
  // birth: 30/100 satisfied, then 45/100.
  add_cell(d, {.period = 0, .life_situation = kBirth}, four_point(30, 0, 0, 70));
  add_cell(d, {.period = 1, .life_situation = kBirth}, four_point(45, 0, 0, 55));
  // move: 30/100, then 43/100.
  add_cell(d, {.period = 0, .life_situation = kMove}, four_point(30, 0, 0, 70));
  add_cell(d, {.period = 1, .life_situation = kMove}, four_point(43, 0, 0, 57));
  // pension: 30/100, then 44/100.
  add_cell(d, {.period = 0, .life_situation = kPension}, four_point(30, 0, 0, 70));
  add_cell(d, {.period = 1, .life_situation = kPension}, four_point(44, 0, 0, 56));
  return d;
}

BOOST_AUTO_TEST_CASE(share_change_in_points_with_its_test) {
  const IndicatorTable t = compute_indicators(two_quarters(), ingest::Config{});
  struct Row {
    model::DimIndex ls;
    double difference;
    double z;
    bool significant;
  };
  const Row rows[] = {{kBirth, 15.0, 2.19089, true},     // 45 − 30 points
                      {kMove, 13.0, 1.90939, false},     // 43 − 30: just under 1.96
                      {kPension, 14.0, 2.05041, true}};  // 44 − 30: just over
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("life situation " << row.ls) {
      const Change& c = change_of(
          result(t, Cut{.period = 1, .life_situation = row.ls}, IndicatorId::SatisfactionShare));
      BOOST_TEST(c.difference == row.difference, tt::tolerance(1e-9));
      BOOST_TEST(c.tested);
      BOOST_TEST(c.z == row.z, tt::tolerance(1e-5));
      BOOST_TEST(c.significant == row.significant);
    }
  }
  // The first period has nothing to compare with.
  BOOST_TEST(!result(t, Cut{.period = 0, .life_situation = kBirth}, IndicatorId::SatisfactionShare)
                  .change.has_value());
}

BOOST_AUTO_TEST_CASE(csi_change_is_tested_on_the_scores) {
  // birth's answers are only 4s (score 100) and 1s (score 0), so CSI
  // equals the share: 30, then 45 points.
  // Q2: sum 3000, squares 300000; sample variance (300000 − 100 × 30²) / 99
  // = 2121.21; se = √(2121.21 / 100) = 4.60566.
  // Q3: (450000 − 100 × 45²) / 99 = 2500; se = √25 = 5.
  // z = 15 / √(21.2121 + 25) = 15 / 6.79795 = 2.20655.
  const IndicatorTable t = compute_indicators(two_quarters(), ingest::Config{});
  const Change& c =
      change_of(result(t, Cut{.period = 1, .life_situation = kBirth}, IndicatorId::Csi));
  BOOST_TEST(c.difference == 15.0, tt::tolerance(1e-9));
  BOOST_TEST(c.tested);
  BOOST_TEST(c.z == 2.20655, tt::tolerance(1e-5));
  BOOST_TEST(c.significant);
}

BOOST_AUTO_TEST_CASE(nps_change_is_tested_on_the_net_score) {
  // Q2: 40 promoters, 20 detractors of 100: 20 points; score variance
  // (0.4 + 0.2 − 0.2²) / 100 = 0.0056, se = 7.4833 points.
  // Q3: 50 promoters, 10 detractors of 100: 40 points; (0.6 − 0.16) / 100 =
  // 0.0044, se = 6.6332. z = 20 / √(56 + 44) = 2.0: significant.
  model::Dataset d = small_dataset();
  set_quarters(d, {2, 3});
  add_cell(d, {.period = 0, .life_situation = kBirth, .question = kNps},
           scores({{10, 40}, {8, 40}, {3, 20}}));
  add_cell(d, {.period = 1, .life_situation = kBirth, .question = kNps},
           scores({{9, 50}, {7, 40}, {0, 10}}));
  // move: 40 then 39 promoters of 100, no detractors: −1 point, far from significant.
  add_cell(d, {.period = 0, .life_situation = kMove, .question = kNps},
           scores({{10, 40}, {8, 60}}));
  add_cell(d, {.period = 1, .life_situation = kMove, .question = kNps},
           scores({{10, 39}, {8, 61}}));
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  const Change& birth =
      change_of(result(t, Cut{.period = 1, .life_situation = kBirth}, IndicatorId::Nps));
  BOOST_TEST(birth.difference == 20.0, tt::tolerance(1e-9));
  BOOST_TEST(birth.tested);
  BOOST_TEST(birth.z == 2.0, tt::tolerance(1e-9));
  BOOST_TEST(birth.significant);
  const Change& move =
      change_of(result(t, Cut{.period = 1, .life_situation = kMove}, IndicatorId::Nps));
  BOOST_TEST(move.difference == -1.0, tt::tolerance(1e-9));
  BOOST_TEST(move.tested);
  BOOST_TEST(move.z < 0.0);
  BOOST_TEST(!move.significant);
}

BOOST_AUTO_TEST_CASE(tallies_change_without_a_test) {
  model::Dataset d = small_dataset();
  set_quarters(d, {2, 3});
  d.appeals = {{.period = 0, .topic = "Сроки", .count = 20, .on_time = 10},
               {.period = 1, .topic = "Сроки", .count = 26, .on_time = 26}};
  d.response_times = {{.period = 0,
                       .touchpoint = kVk,
                       .request_type = model::RequestType::Mention,
                       .hours_max = 10,
                       .count = 5},  // ≤ 12 h: 2 stars
                      {.period = 1,
                       .touchpoint = kVk,
                       .request_type = model::RequestType::Mention,
                       .hours_max = 3,
                       .count = 5}};  // ≤ 4 h: 5 stars
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  // Counts: 26 − 20 = 6 appeals, a plain difference.
  const Change& count = change_of(result(t, Cut{.period = 1}, IndicatorId::AppealsCount));
  BOOST_TEST(count.difference == 6.0);
  BOOST_TEST(!count.tested);
  BOOST_TEST(!count.significant);
  BOOST_TEST(count.z == 0.0);
  // Levels: 5 − 2 = 3, not tested; hours: 3 − 10 = −7.
  const Change& level = change_of(result(t, Cut{.period = 1}, IndicatorId::SocialResponseLevel));
  BOOST_TEST(level.difference == 3.0);
  BOOST_TEST(!level.tested);
  const Change& hours =
      change_of(result(t, Cut{.period = 1}, IndicatorId::SocialResponseHours, "mention"));
  BOOST_TEST(hours.difference == -7.0);
  BOOST_TEST(!hours.tested);
  // The on-time share is a share of appeals: tested. 10/20 then 26/26:
  // pooled 36/46 = 0.78261, var = 0.78261 × 0.21739 × (1/26 + 1/20) =
  // 0.015050, z = 0.5 / 0.122679 = 4.0757.
  const Change& on_time = change_of(result(t, Cut{.period = 1}, IndicatorId::AppealsOnTimeShare));
  BOOST_TEST(on_time.difference == 50.0, tt::tolerance(1e-9));
  BOOST_TEST(on_time.tested);
  BOOST_TEST(on_time.z == 4.0757, tt::tolerance(1e-4));
  BOOST_TEST(on_time.significant);
}

BOOST_AUTO_TEST_CASE(positive_nps_services_share_change_is_a_tally) {
  // Q2: svc_a +100, svc_b −100: 50 %. Q3: both +100: 100 %. +50 points, untested.
  model::Dataset d = small_dataset();
  set_quarters(d, {2, 3});
  add_cell(d, {.period = 0, .service = kSvcA, .question = kNps}, scores({{10, 2}}));
  add_cell(d, {.period = 0, .service = kSvcB, .question = kNps}, scores({{0, 2}}));
  add_cell(d, {.period = 1, .service = kSvcA, .question = kNps}, scores({{10, 2}}));
  add_cell(d, {.period = 1, .service = kSvcB, .question = kNps}, scores({{9, 2}}));
  const IndicatorTable t = compute_indicators(d, open_config());
  const Change& c = change_of(result(t, Cut{.period = 1}, IndicatorId::PositiveNpsServicesShare));
  BOOST_TEST(c.difference == 50.0, tt::tolerance(1e-9));
  BOOST_TEST(!c.tested);
  BOOST_TEST(!c.significant);
}

BOOST_AUTO_TEST_CASE(no_change_against_a_period_that_is_not_the_one_before) {
  // 2026-Q1 and 2026-Q3: Q2 is missing, so Q3 has nothing to compare with.
  model::Dataset d = small_dataset();
  set_quarters(d, {1, 3});
  add_cell(d, {.period = 0, .life_situation = kBirth}, four_point(30, 0, 0, 70));
  add_cell(d, {.period = 1, .life_situation = kBirth}, four_point(45, 0, 0, 55));
  d.appeals = {{.period = 0, .topic = "Сроки", .count = 20},
               {.period = 1, .topic = "Сроки", .count = 26}};
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  for (const IndicatorResult& r : t.results()) BOOST_TEST(!r.change.has_value(), t.key(r));
  BOOST_TEST(result(t, Cut{.period = 1, .life_situation = kBirth}, IndicatorId::SatisfactionShare)
                 .has_value());
}

BOOST_AUTO_TEST_CASE(change_reaches_across_a_year) {
  // 2025-Q4 is right before 2026-Q1.
  model::Dataset d = small_dataset();
  d.periods = {{.year = 2025, .quarter = 4}, {.year = 2026, .quarter = 1}};
  add_cell(d, {.period = 0, .life_situation = kBirth}, four_point(30, 0, 0, 70));
  add_cell(d, {.period = 1, .life_situation = kBirth}, four_point(45, 0, 0, 55));
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  const Change& c = change_of(
      result(t, Cut{.period = 1, .life_situation = kBirth}, IndicatorId::SatisfactionShare));
  BOOST_TEST(c.difference == 15.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(no_change_against_a_suppressed_period) {
  // Q2 has 5 answers (< min_n = 10): hidden, so Q3 shows no change; the
  // hidden Q2 would otherwise leak through the difference.
  model::Dataset d = small_dataset();
  set_quarters(d, {2, 3});
  add_cell(d, {.period = 0, .life_situation = kBirth}, four_point(5, 0, 0, 0));
  add_cell(d, {.period = 1, .life_situation = kBirth}, four_point(45, 0, 0, 55));
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  BOOST_TEST(result(t, Cut{.period = 0, .life_situation = kBirth}, IndicatorId::SatisfactionShare)
                 .suppressed);
  const IndicatorResult& now =
      result(t, Cut{.period = 1, .life_situation = kBirth}, IndicatorId::SatisfactionShare);
  BOOST_TEST(now.has_value());
  BOOST_TEST(!now.change.has_value());
  // Nor does a hidden result get a change of its own.
  model::Dataset later = small_dataset();
  set_quarters(later, {2, 3});
  add_cell(later, {.period = 0, .life_situation = kBirth}, four_point(45, 0, 0, 55));
  add_cell(later, {.period = 1, .life_situation = kBirth}, four_point(5, 0, 0, 0));
  const IndicatorTable t2 = compute_indicators(later, ingest::Config{});
  BOOST_TEST(!result(t2, Cut{.period = 1, .life_situation = kBirth}, IndicatorId::SatisfactionShare)
                  .change.has_value());
}

BOOST_AUTO_TEST_CASE(change_compares_the_same_detail) {
  // q:polite 6/8 then 2/8; q:clear only in Q3.
  model::Dataset d = small_dataset();
  set_quarters(d, {2, 3});
  const uint16_t polite = add_question(d, "polite", model::Scale::Binary);
  const uint16_t clear = add_question(d, "clear", model::Scale::FourPoint);
  add_cell(d, {.period = 0, .question = polite}, binary(6, 2));
  add_cell(d, {.period = 1, .question = polite}, binary(2, 6));
  add_cell(d, {.period = 1, .question = clear}, four_point(1, 1, 0, 0));
  const IndicatorTable t = compute_indicators(d, open_config());
  // 25 − 75 = −50 points; pooled 8/16 = 0.5, var = 0.25 × (1/8 + 1/8) =
  // 0.0625, z = −0.5 / 0.25 = −2.0.
  const Change& c = change_of(result(t, Cut{.period = 1}, IndicatorId::Question, "polite"));
  BOOST_TEST(c.difference == -50.0, tt::tolerance(1e-9));
  BOOST_TEST(c.z == -2.0, tt::tolerance(1e-9));
  BOOST_TEST(c.significant);
  BOOST_TEST(!result(t, Cut{.period = 1}, IndicatorId::Question, "clear").change.has_value());
}

// add_changes walks both periods' tables side by side: a result must meet
// exactly its own cut, indicator and detail, whatever the other period holds
// around it and whatever order the details were first met in.
BOOST_AUTO_TEST_CASE(each_result_meets_its_own_cut_and_detail_in_the_period_before) {
  const auto add = [](IndicatorTable& t, uint16_t period, model::DimIndex ls,
                      std::string_view detail, double value) {
    IndicatorResult r;
    r.cut = Cut{.period = period, .life_situation = ls};
    r.indicator = detail.empty() ? IndicatorId::SatisfactionShare : IndicatorId::Question;
    r.detail = detail.empty() ? 0 : t.intern(detail);
    r.measurement.value = value;
    r.measurement.n = 100;
    r.measurement.positive = static_cast<uint64_t>(value);
    t.add(std::move(r));
  };
  IndicatorTable before;
  add(before, 0, 2, "zeta", 10);  // gone by period 1
  add(before, 0, 2, "alpha", 20);
  add(before, 0, 1, "", 30);
  add(before, 0, 4, "", 40);  // a cut period 1 lacks, between two it has
  add(before, 0, 5, "", 50);
  before.sort();
  IndicatorTable now;
  add(now, 1, 5, "", 55);
  add(now, 1, 2, "beta", 60);  // new in period 1
  add(now, 1, 2, "alpha", 27);
  add(now, 1, 3, "", 70);  // new in period 1
  add(now, 1, 1, "", 31);
  now.sort();
  add_changes(before, now);
  std::map<std::string, std::optional<double>> got;
  for (const IndicatorResult& r : now.results())
    got[std::to_string(r.cut.life_situation) + " " + now.key(r)] =
        r.change ? std::optional<double>(r.change->difference) : std::nullopt;
  const std::map<std::string, std::optional<double>> expected = {
      {"1 satisfaction_share", 1.0},
      {"2 q:alpha", 7.0},
      {"2 q:beta", std::nullopt},
      {"3 satisfaction_share", std::nullopt},
      {"5 satisfaction_share", 5.0}};
  BOOST_TEST(got.size() == expected.size());
  for (const auto& [key, difference] : expected) {
    BOOST_TEST_CONTEXT(key) {
      BOOST_REQUIRE(got.count(key) == 1u);
      BOOST_TEST(got[key].has_value() == difference.has_value());
      if (difference) BOOST_TEST(*got[key] == *difference, tt::tolerance(1e-9));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
