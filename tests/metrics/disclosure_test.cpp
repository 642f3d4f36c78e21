// Disclosure control of survey results: primary suppression under min_n,
// low reliability under low_n, and complementary suppression so that no
// hidden count can be recovered by subtraction from published ones.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <ostream>
#include <random>

#include "dataset_builder.hpp"
#include "metrics/indicator_table.hpp"
#include "reference_counts.hpp"

namespace otklik::metrics {
namespace {

namespace bdata = boost::unit_test::data;
using model::kNone;
using namespace testing;

// Defaults: min_n = 10, low_n = 100.
const ingest::Config kDefaults{};

const IndicatorResult& result(const IndicatorTable& t, const Cut& c,
                              IndicatorId id = IndicatorId::SatisfactionShare) {
  const IndicatorResult* r = t.find(c, id);
  BOOST_REQUIRE_MESSAGE(r != nullptr, "no result at " << describe(c));
  return *r;
}

bool hidden(const IndicatorTable& t, const Cut& c,
            IndicatorId id = IndicatorId::SatisfactionShare) {
  return result(t, c, id).suppressed;
}

// The general property, for the satisfaction answers of `d`.
void check_satisfaction_disclosure(const model::Dataset& d, const IndicatorTable& t,
                                   uint64_t min_n) {
  const auto true_n = [&d](const Cut& c) {
    return valid_four_point(merged_answers(d, c, kSatisfaction));
  };
  for (const std::string& problem :
       disclosure_violations(t, IndicatorId::SatisfactionShare, true_n, min_n))
    BOOST_ERROR(problem);
}

// The same for NPS and its digital part, and the two kept in step: where
// both count the same answers, one cannot publish what the other hides.
void check_nps_disclosure(const model::Dataset& d, const IndicatorTable& t, uint64_t min_n) {
  const auto nps_n = [&d](const Cut& c) { return valid_nps(merged_answers(d, c, kNps)); };
  const auto digital_n = [&d](const Cut& c) {
    return valid_nps(merged_answers(d, c, kNps, {.digital_only = true}));
  };
  for (const std::string& problem : disclosure_violations(t, IndicatorId::Nps, nps_n, min_n))
    BOOST_ERROR("nps: " << problem);
  for (const std::string& problem :
       disclosure_violations(t, IndicatorId::DigitalNps, digital_n, min_n))
    BOOST_ERROR("digital_nps: " << problem);
  for (const IndicatorResult& r : t.results()) {
    if (r.indicator != IndicatorId::DigitalNps || digital_n(r.cut) != nps_n(r.cut)) continue;
    BOOST_TEST(r.suppressed == hidden(t, r.cut, IndicatorId::Nps), describe(r.cut));
  }
  // The third split of a cut's NPS answers: its digital part, its offline
  // touchpoints and the answers without a touchpoint.
  for (const IndicatorResult& r : t.results()) {
    if (r.indicator != IndicatorId::Nps || r.cut.touchpoint != kNone) continue;
    int unknowns = r.suppressed && nps_n(r.cut) > 0 ? 1 : 0;
    uint64_t parts = digital_n(r.cut);
    if (parts > 0 && hidden(t, r.cut, IndicatorId::DigitalNps)) ++unknowns;
    for (std::size_t tp = 0; tp < d.touchpoints.size(); ++tp) {
      if (d.touchpoints[tp].kind == model::TouchpointKind::Digital) continue;
      Cut offline = r.cut;
      offline.touchpoint = static_cast<model::DimIndex>(tp);
      const uint64_t n = nps_n(offline);
      parts += n;
      if (n > 0 && hidden(t, offline, IndicatorId::Nps)) ++unknowns;
    }
    const uint64_t rest = nps_n(r.cut) - parts;
    if (unknowns == 1 && rest == 0)
      BOOST_ERROR("nps - digital_nps gives a hidden cut away at " << describe(r.cut));
    if (unknowns == 0 && rest > 0 && rest < min_n)
      BOOST_ERROR("nps - digital_nps gives a rest of " << rest << " away at " << describe(r.cut));
  }
}

BOOST_AUTO_TEST_SUITE(disclosure)

struct ThresholdCase {
  uint64_t n;
  bool suppressed;
  bool low_reliability;
};
std::ostream& operator<<(std::ostream& os, const ThresholdCase& c) { return os << "n=" << c.n; }

const ThresholdCase kThresholdCases[] = {
    {1, true, true},      // a lone answer
    {9, true, true},      // min_n - 1: suppressed
    {10, false, true},    // min_n: published, flagged
    {99, false, true},    // low_n - 1: flagged
    {100, false, false},  // low_n: reliable
};

BOOST_DATA_TEST_CASE(primary_suppression_and_low_reliability, bdata::make(kThresholdCases), c) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(c.n, 0, 0, 0, 3));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  for (IndicatorId id : {IndicatorId::SatisfactionShare, IndicatorId::Csi}) {
    // The record is there either way: a hidden cut says so, it does not vanish.
    const IndicatorResult& r = result(t, Cut{.life_situation = kBirth}, id);
    BOOST_TEST(r.suppressed == c.suppressed);
    BOOST_TEST(r.has_value() == !c.suppressed);
    if (c.suppressed) {
      // Nothing of a hidden cut is published: no value, no n, no dk, no level.
      BOOST_TEST(r.measurement.n == 0u);
      BOOST_TEST(r.measurement.value == 0.0);
      BOOST_TEST(r.measurement.positive == 0u);
      BOOST_TEST(r.measurement.excluded == 0u);
      BOOST_TEST(r.measurement.ci.high == 0.0);
      BOOST_TEST(r.star_level == -1);
      BOOST_TEST(!r.low_reliability);  // nothing published, nothing to flag
    } else {
      BOOST_TEST(r.measurement.n == c.n);
      BOOST_TEST(r.measurement.value == 100.0);  // every answer a 4
      BOOST_TEST(r.measurement.excluded == 3u);
      BOOST_TEST(r.low_reliability == c.low_reliability);
    }
  }
  BOOST_TEST(result(t, Cut{.life_situation = kBirth}).star_level == (c.suppressed ? -1 : 5));
  check_satisfaction_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(thresholds_come_from_the_config) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(4, 0, 0, 0));
  ingest::Config config;
  config.min_n = 5;
  config.low_n = 4;
  // n = 4 < min_n = 5: hidden.
  BOOST_TEST(hidden(compute_indicators(d, config), Cut{.life_situation = kBirth}));
  config.min_n = 4;
  // n = 4 = min_n: published; 4 = low_n: reliable.
  const IndicatorResult& r = result(compute_indicators(d, config), Cut{.life_situation = kBirth});
  BOOST_TEST(!r.suppressed);
  BOOST_TEST(!r.low_reliability);
}

BOOST_AUTO_TEST_CASE(a_lone_hidden_touchpoint_hides_its_sibling) {
  // birth = portal 3 + mfc 20 and nothing else: publishing birth (23) and mfc
  // (20) would give portal away as 23 - 20 = 3. So mfc is hidden too.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(3, 0, 0, 0));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc}, four_point(10, 5, 3, 2));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth, .touchpoint = kPortal}));  // primary
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth, .touchpoint = kMfc}));     // complementary
  BOOST_TEST(result(t, Cut{.life_situation = kBirth}).measurement.n == 23u);
  // The same equation one level up: all = portal + mfc.
  BOOST_TEST(hidden(t, Cut{.touchpoint = kPortal}));
  BOOST_TEST(hidden(t, Cut{.touchpoint = kMfc}));
  BOOST_TEST(result(t, Cut{}).measurement.n == 23u);
  // CSI reads the same answers and is hidden in step.
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth, .touchpoint = kMfc}, IndicatorId::Csi));
  check_satisfaction_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(a_large_rest_protects_a_lone_hidden_cell) {
  // birth = portal 3 + mfc 20 + 15 answers without a touchpoint: 38 - 20 =
  // 18 is portal and the rest together, so portal stays unknown.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(3, 0, 0, 0));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc}, four_point(10, 5, 3, 2));
  add_cell(d, {.life_situation = kBirth}, four_point(15, 0, 0, 0));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth, .touchpoint = kPortal}));
  const IndicatorResult& mfc = result(t, Cut{.life_situation = kBirth, .touchpoint = kMfc});
  BOOST_TEST(!mfc.suppressed);
  BOOST_TEST(mfc.measurement.n == 20u);
  BOOST_TEST(result(t, Cut{.life_situation = kBirth}).measurement.n == 38u);
  check_satisfaction_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(a_small_rest_is_protected) {
  // birth = portal 20 + mfc 25 + 4 answers without a touchpoint: with all
  // three published the rest is 49 - 20 - 25 = 4 < min_n. The smaller
  // touchpoint (portal, 20) is hidden to cover it.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(20, 0, 0, 0));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc}, four_point(20, 5, 0, 0));
  add_cell(d, {.life_situation = kBirth}, four_point(0, 0, 0, 4));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth, .touchpoint = kPortal}));
  BOOST_TEST(!hidden(t, Cut{.life_situation = kBirth, .touchpoint = kMfc}));
  BOOST_TEST(result(t, Cut{.life_situation = kBirth}).measurement.n == 49u);
  check_satisfaction_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(a_rest_at_min_n_needs_no_cover) {
  // The same with a rest of exactly min_n = 10: nothing small to protect.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(20, 0, 0, 0));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc}, four_point(20, 5, 0, 0));
  add_cell(d, {.life_situation = kBirth}, four_point(0, 0, 0, 10));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  BOOST_TEST(!hidden(t, Cut{.life_situation = kBirth, .touchpoint = kPortal}));
  BOOST_TEST(!hidden(t, Cut{.life_situation = kBirth, .touchpoint = kMfc}));
  check_satisfaction_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(complementary_suppression_chains_across_dimensions) {
  //            portal  mfc   total
  //   birth       3    20     23
  //   move       30    40     70
  //   total      33    60     93
  // birth's row hides mfc (20) beside portal (3); then the mfc column would
  // give (birth, mfc) away as 60 - 40, so (move, mfc) is hidden; the portal
  // column likewise hides (move, portal). The margins stay published.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(3, 0, 0, 0));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc}, four_point(10, 5, 3, 2));
  add_cell(d, {.life_situation = kMove, .touchpoint = kPortal}, four_point(15, 15, 0, 0));
  add_cell(d, {.life_situation = kMove, .touchpoint = kMfc}, four_point(20, 10, 5, 5));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  for (model::DimIndex ls : {kBirth, kMove})
    for (model::DimIndex tp : {kPortal, kMfc})
      BOOST_TEST(hidden(t, Cut{.life_situation = ls, .touchpoint = tp}),
                 describe(Cut{.life_situation = ls, .touchpoint = tp}));
  for (const Cut& margin : {Cut{}, Cut{.life_situation = kBirth}, Cut{.life_situation = kMove},
                            Cut{.touchpoint = kPortal}, Cut{.touchpoint = kMfc}})
    BOOST_TEST(!hidden(t, margin), describe(margin));
  BOOST_TEST(result(t, Cut{.touchpoint = kMfc}).measurement.n == 60u);
  check_satisfaction_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(a_cover_that_is_an_only_child_hides_its_parent) {
  //            portal  mfc   total
  //   birth      12     —     12
  //   move        3    20     23
  // (move, portal) = 3 is hidden; the portal column then hides (birth,
  // portal) = 12. But birth has no other touchpoint: birth = (birth, portal),
  // so publishing birth (12) would give the hidden cell away, and with it
  // (move, portal) = 15 - 12. birth must be hidden as well.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(6, 6, 0, 0));
  add_cell(d, {.life_situation = kMove, .touchpoint = kPortal}, four_point(0, 0, 0, 3));
  add_cell(d, {.life_situation = kMove, .touchpoint = kMfc}, four_point(10, 5, 3, 2));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  BOOST_TEST(hidden(t, Cut{.life_situation = kMove, .touchpoint = kPortal}));
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth, .touchpoint = kPortal}));
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth}));
  BOOST_TEST(!hidden(t, Cut{}));
  check_satisfaction_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(a_cut_with_only_dk_protects_nothing_and_needs_nothing) {
  // birth has 12 «dk» and no valid answer: n = 0, hidden, but 0 gives
  // nothing away, so move and the total stay published.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(0, 0, 0, 0, 12));
  add_cell(d, {.life_situation = kMove}, four_point(10, 5, 3, 2));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth}));
  BOOST_TEST(!hidden(t, Cut{.life_situation = kMove}));
  BOOST_TEST(result(t, Cut{}).measurement.n == 20u);
  BOOST_TEST(result(t, Cut{}).measurement.excluded == 12u);  // dk is still reported
  check_satisfaction_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(nps_and_digital_nps_are_hidden_in_step) {
  // NPS of birth: portal 3 + app 20 + mfc 12 = 35. On its own the NPS table
  // covers portal with the smallest sibling, mfc (12). But the digital NPS of
  // birth is portal + app = 23, so the digital table hides app; and NPS at
  // app counts exactly the same answers, so it is hidden too. Finally
  // NPS − digital NPS of birth = 35 − 23 would give the hidden mfc away, so
  // the digital NPS of birth is hidden as well.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal, .question = kNps},
           scores({{10, 3}}));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kApp, .question = kNps},
           scores({{10, 10}, {8, 5}, {2, 5}}));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc, .question = kNps},
           scores({{9, 6}, {6, 6}}));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  const Cut birth{.life_situation = kBirth};
  const Cut app{.life_situation = kBirth, .touchpoint = kApp};
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth, .touchpoint = kPortal}, IndicatorId::Nps));
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth, .touchpoint = kMfc}, IndicatorId::Nps));
  BOOST_TEST(hidden(t, app, IndicatorId::DigitalNps));
  BOOST_TEST(hidden(t, app, IndicatorId::Nps));
  BOOST_TEST(hidden(t, birth, IndicatorId::DigitalNps));
  BOOST_TEST(result(t, birth, IndicatorId::Nps).measurement.n == 35u);
  check_nps_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(digital_nps_keeps_a_large_offline_part_unknown) {
  // The same with 15 more answers without a touchpoint: NPS − digital NPS
  // of birth = 50 − 23 = 27 is mfc and the rest together, so the digital NPS
  // of birth can stay.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal, .question = kNps},
           scores({{10, 3}}));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kApp, .question = kNps},
           scores({{10, 10}, {8, 5}, {2, 5}}));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc, .question = kNps},
           scores({{9, 6}, {6, 6}}));
  add_cell(d, {.life_situation = kBirth, .question = kNps}, scores({{7, 15}}));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  const IndicatorResult& digital =
      result(t, Cut{.life_situation = kBirth}, IndicatorId::DigitalNps);
  BOOST_TEST(!digital.suppressed);
  BOOST_TEST(digital.measurement.n == 23u);
  BOOST_TEST(result(t, Cut{.life_situation = kBirth}, IndicatorId::Nps).measurement.n == 50u);
  check_nps_disclosure(d, t, kDefaults.min_n);
}

BOOST_AUTO_TEST_CASE(digital_nps_does_not_republish_a_hidden_nps) {
  // birth's NPS answers are all digital (portal 12 + app 15 = 27); move has
  // 3 at mfc. NPS of all = 30 = birth + move hides birth to cover move. The
  // digital NPS of birth counts the very same 27 answers, so publishing it
  // would give move away as 30 - 27.
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal, .question = kNps},
           scores({{10, 6}, {7, 6}}));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kApp, .question = kNps},
           scores({{9, 10}, {5, 5}}));
  add_cell(d, {.life_situation = kMove, .touchpoint = kMfc, .question = kNps}, scores({{0, 3}}));
  const IndicatorTable t = compute_indicators(d, kDefaults);
  BOOST_TEST(hidden(t, Cut{.life_situation = kMove}, IndicatorId::Nps));
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth}, IndicatorId::Nps));
  BOOST_TEST(hidden(t, Cut{.life_situation = kBirth}, IndicatorId::DigitalNps));
  check_nps_disclosure(d, t, kDefaults.min_n);
}

// A survey of small, scattered cells: a cell keeps or drops each key at
// random, so every kind of equation, rest and chain occurs.
model::Dataset random_dataset(uint32_t seed) {
  model::Dataset d = small_dataset();
  std::mt19937 rng(seed);
  // mt19937's output is fixed by the standard; distributions are not, so
  // draw with plain modulo to get the same dataset everywhere.
  const auto pick = [&rng](uint32_t members) {
    const uint32_t r = rng() % (members + 1);
    return r == members ? kNone : static_cast<model::DimIndex>(r);
  };
  for (int i = 0; i < 120; ++i) {
    const CellSpec spec{.life_situation = pick(3),
                        .service = pick(4),
                        .touchpoint = pick(4),
                        .segment = pick(3),
                        .region = pick(2),
                        .question = rng() % 2 == 0 ? kSatisfaction : kNps};
    model::AnswerCounts a;
    if (spec.question == kNps)
      a = scores({{rng() % 11, rng() % 6}, {rng() % 11, rng() % 6}});
    else
      a = four_point(rng() % 5, rng() % 4, rng() % 3, rng() % 3, rng() % 2);
    add_cell(d, spec, a);
  }
  return d;
}

BOOST_AUTO_TEST_CASE(no_lone_unknown_in_a_random_survey) {
  for (uint32_t seed : {20260701u, 7u, 12345u}) {
    BOOST_TEST_CONTEXT("seed " << seed) {
      const model::Dataset d = random_dataset(seed);
      const IndicatorTable t = compute_indicators(d, kDefaults);
      // The dataset is small enough that both outcomes occur.
      std::size_t hidden_count = 0, published = 0;
      for (const IndicatorResult& r : t.results())
        if (r.indicator == IndicatorId::SatisfactionShare)
          ++(r.suppressed ? hidden_count : published);
      BOOST_TEST(hidden_count > 0u);
      BOOST_TEST(published > 0u);
      check_satisfaction_disclosure(d, t, kDefaults.min_n);
      check_nps_disclosure(d, t, kDefaults.min_n);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
