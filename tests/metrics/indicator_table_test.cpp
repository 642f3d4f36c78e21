#include "metrics/indicator_table.hpp"

#include <algorithm>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <tuple>

#include "dataset_builder.hpp"

namespace otklik::metrics {
namespace {

namespace bdata = boost::unit_test::data;
namespace tt = boost::test_tools;
using model::kNone;
using testing::add_cell;
using testing::four_point;
using testing::small_dataset;

constexpr model::DimIndex kBirth = 0, kMove = 1;
constexpr model::DimIndex kSvcA = 0, kSvcB = 1;
constexpr model::DimIndex kPortal = 0, kMfc = 1;
constexpr model::DimIndex kStaff = 1;
constexpr uint16_t kEase = 2, kNps = 3;

// Thresholds of 1 keep every cut published, so the arithmetic is visible.
ingest::Config open_config() {
  ingest::Config c;
  c.min_n = 1;
  c.low_n = 1;
  return c;
}

Cut cut(model::DimIndex ls, model::DimIndex tp = kNone, model::DimIndex svc = kNone) {
  Cut c;
  c.life_situation = ls;
  c.touchpoint = tp;
  c.service = svc;
  return c;
}

BOOST_AUTO_TEST_SUITE(indicator_table)

BOOST_AUTO_TEST_CASE(roll_up_sums_counts_not_values) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(9, 0, 1, 0));  // 90 %
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc}, four_point(1, 1, 1, 97));    // 2 %
  const IndicatorTable t = compute_indicators(d, open_config());
  // Summed counts 10, 1, 2, 97: 11 of 110 = 10 %, not the mean of 90 and 2 (46 %).
  const Measurement expected = top_two_share(four_point(10, 1, 2, 97));
  for (const Cut& c : {cut(kNone), cut(kBirth)}) {
    const IndicatorResult* r = t.find(c, IndicatorId::SatisfactionShare);
    BOOST_REQUIRE(r != nullptr);
    BOOST_TEST(r->measurement.n == 110u);
    BOOST_TEST(r->measurement.value == 10.0, tt::tolerance(1e-9));
    BOOST_TEST(r->measurement.ci.low == expected.ci.low);
    BOOST_TEST(r->measurement.ci.high == expected.ci.high);
    BOOST_TEST(r->star_level == 0);  // 10 % is below "от 50,1"
  }
  // CSI of the roll-up: (10*100 + 1*66.67 + 2*33.33 + 97*0) / 110 = 1133.33 / 110 = 10.30.
  const IndicatorResult* csi_all = t.find(cut(kNone), IndicatorId::Csi);
  BOOST_REQUIRE(csi_all != nullptr);
  BOOST_TEST(csi_all->measurement.value == 1133.3333333 / 110, tt::tolerance(1e-6));
  BOOST_TEST(csi_all->star_level == -1);  // CSI has no levels
  // Each touchpoint keeps its own counts.
  const IndicatorResult* portal = t.find(cut(kBirth, kPortal), IndicatorId::SatisfactionShare);
  BOOST_REQUIRE(portal != nullptr);
  BOOST_TEST(portal->measurement.value == 90.0, tt::tolerance(1e-9));
  BOOST_TEST(portal->star_level == 4);  // 80.1..90
}

BOOST_AUTO_TEST_CASE(every_cut_kind_is_produced) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kMove, .service = kSvcB, .touchpoint = kMfc},
           four_point(3, 1, 0, 0));
  const IndicatorTable t = compute_indicators(d, open_config());
  // all, ls, tp, ls x tp, service, ls x service — each holds the one cell's 4 answers.
  for (const Cut& c : {cut(kNone), cut(kMove), cut(kNone, kMfc), cut(kMove, kMfc),
                       cut(kNone, kNone, kSvcB), cut(kMove, kNone, kSvcB)}) {
    const IndicatorResult* r = t.find(c, IndicatorId::SatisfactionShare);
    BOOST_REQUIRE(r != nullptr);
    BOOST_TEST(r->measurement.n == 4u);
  }
  // Touchpoint x service is not a cut of the design; neither is an absent member.
  BOOST_TEST(t.find(cut(kMove, kMfc, kSvcB), IndicatorId::SatisfactionShare) == nullptr);
  BOOST_TEST(t.find(cut(kBirth), IndicatorId::SatisfactionShare) == nullptr);
  BOOST_TEST(t.find(cut(kNone, kPortal), IndicatorId::SatisfactionShare) == nullptr);
  // 6 cuts x the satisfaction-based indicators (share and CSI) = 12 results.
  BOOST_TEST(t.results().size() == 12u);
}

BOOST_AUTO_TEST_CASE(unattributed_touchpoint_counts_only_in_total) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(5, 0, 0, 0));  // no touchpoint
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(0, 0, 0, 5));
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult* total = t.find(cut(kBirth), IndicatorId::SatisfactionShare);
  BOOST_REQUIRE(total != nullptr);
  BOOST_TEST(total->measurement.n == 10u);  // 5 + 5
  const IndicatorResult* portal = t.find(cut(kBirth, kPortal), IndicatorId::SatisfactionShare);
  BOOST_REQUIRE(portal != nullptr);
  BOOST_TEST(portal->measurement.n == 5u);  // the unattributed 5 are not here
  BOOST_TEST(portal->measurement.value == 0.0);
  // Touchpoint-attributed results over all touchpoint cuts hold only the 5 "1" answers.
  for (const IndicatorResult& r : t.results())
    if (r.cut.touchpoint != kNone) BOOST_TEST(r.measurement.n == 5u);
}

struct ThresholdCase {
  uint64_t n;
  bool suppressed;
  bool low_reliability;
};
std::ostream& operator<<(std::ostream& os, const ThresholdCase& c) { return os << "n=" << c.n; }

// Defaults: min_n = 10, low_n = 100.
const ThresholdCase kThresholdCases[] = {
    {9, true, true},      // min_n - 1: suppressed
    {10, false, true},    // min_n: published, flagged
    {99, false, true},    // low_n - 1: flagged
    {100, false, false},  // low_n: reliable
};

BOOST_DATA_TEST_CASE(suppression_and_low_reliability, bdata::make(kThresholdCases), c) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(c.n, 0, 0, 0, 3));
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  const IndicatorResult* r = t.find(cut(kBirth), IndicatorId::SatisfactionShare);
  BOOST_REQUIRE(r != nullptr);
  BOOST_TEST(r->suppressed == c.suppressed);
  BOOST_TEST(r->low_reliability == c.low_reliability);
  if (c.suppressed) {
    // Nothing of a suppressed cut is published: no value, no n, no dk, no level.
    BOOST_TEST(r->measurement.n == 0u);
    BOOST_TEST(r->measurement.value == 0.0);
    BOOST_TEST(r->measurement.excluded == 0u);
    BOOST_TEST(r->star_level == -1);
  } else {
    BOOST_TEST(r->measurement.n == c.n);
    BOOST_TEST(r->measurement.value == 100.0);
    BOOST_TEST(r->measurement.excluded == 3u);
    BOOST_TEST(r->star_level == 5);
  }
}

BOOST_AUTO_TEST_CASE(internal_segment_excluded_unless_published) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(4, 0, 0, 0));
  add_cell(d, {.life_situation = kBirth, .segment = kStaff}, four_point(0, 0, 0, 6));
  ingest::Config config = open_config();
  {
    const IndicatorTable t = compute_indicators(d, config);
    const IndicatorResult* r = t.find(cut(kBirth), IndicatorId::SatisfactionShare);
    BOOST_REQUIRE(r != nullptr);
    BOOST_TEST(r->measurement.n == 4u);  // staff's 6 left out
    BOOST_TEST(r->measurement.value == 100.0);
  }
  config.publish_internal = true;
  {
    const IndicatorTable t = compute_indicators(d, config);
    const IndicatorResult* r = t.find(cut(kBirth), IndicatorId::SatisfactionShare);
    BOOST_REQUIRE(r != nullptr);
    BOOST_TEST(r->measurement.n == 10u);  // 4 + 6: 4 of 10 = 40 %
    BOOST_TEST(r->measurement.value == 40.0, tt::tolerance(1e-9));
  }
}

BOOST_AUTO_TEST_CASE(only_dk_cut_has_no_result) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(0, 0, 0, 0, 12));
  add_cell(d, {.life_situation = kBirth, .question = kEase}, four_point(2, 0, 0, 0));
  const IndicatorTable t = compute_indicators(d, open_config());
  BOOST_TEST(t.find(cut(kBirth), IndicatorId::SatisfactionShare) == nullptr);
  BOOST_TEST(t.find(cut(kBirth), IndicatorId::Csi) == nullptr);
  BOOST_REQUIRE(t.find(cut(kBirth), IndicatorId::EaseShare) != nullptr);
  BOOST_TEST(t.find(cut(kBirth), IndicatorId::EaseShare)->measurement.n == 2u);
}

BOOST_AUTO_TEST_CASE(nps_is_graded_by_table_two) {
  model::Dataset d = small_dataset();
  model::AnswerCounts a;
  a[10] = 6;  // promoters 6
  a[8] = 3;
  a[3] = 1;  // detractors 1 -> (6 - 1) / 10 = 50 points: "от 30,1 до 50" -> 4
  add_cell(d, {.life_situation = kBirth, .question = kNps}, a);
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult* r = t.find(cut(kBirth), IndicatorId::Nps);
  BOOST_REQUIRE(r != nullptr);
  BOOST_TEST(r->measurement.value == 50.0, tt::tolerance(1e-9));
  BOOST_TEST(r->star_level == 4);
}

BOOST_AUTO_TEST_CASE(question_missing_from_dataset_gives_no_indicator) {
  model::Dataset d = small_dataset();
  d.questions.pop_back();  // no "nps" question at all
  add_cell(d, {.life_situation = kBirth}, four_point(1, 0, 0, 0));
  const IndicatorTable t = compute_indicators(d, open_config());
  for (const IndicatorResult& r : t.results()) BOOST_TEST((r.indicator != IndicatorId::Nps));
  BOOST_TEST(!t.results().empty());
}

BOOST_AUTO_TEST_CASE(find_distinguishes_every_cut_field) {
  IndicatorTable t;
  IndicatorResult r;
  r.cut = cut(kBirth, kMfc);  // (0, 1)
  r.measurement.n = 7;
  t.add(r);
  Cut other_segment = r.cut;
  other_segment.segment = 0;
  Cut other_region = r.cut;
  other_region.region = 0;
  Cut other_period = r.cut;
  other_period.period = 1;
  BOOST_REQUIRE(t.find(r.cut, IndicatorId::SatisfactionShare) != nullptr);
  BOOST_TEST(t.find(r.cut, IndicatorId::SatisfactionShare)->measurement.n == 7u);
  BOOST_TEST(t.find(r.cut, IndicatorId::EaseShare) == nullptr);
  BOOST_TEST(t.find(other_segment, IndicatorId::SatisfactionShare) == nullptr);
  BOOST_TEST(t.find(other_region, IndicatorId::SatisfactionShare) == nullptr);
  BOOST_TEST(t.find(other_period, IndicatorId::SatisfactionShare) == nullptr);
  BOOST_TEST(t.find(cut(kMove, kPortal), IndicatorId::SatisfactionShare) == nullptr);
}

auto sort_key(const IndicatorResult& r) {
  const Cut& c = r.cut;
  return std::tuple(c.period, c.life_situation, c.touchpoint, c.service, c.segment, c.region,
                    static_cast<int>(r.indicator));
}

BOOST_AUTO_TEST_CASE(results_are_ordered_whatever_the_cell_order) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kMove, .service = kSvcA, .touchpoint = kMfc},
           four_point(1, 1, 0, 0));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal, .question = kNps}, [] {
    model::AnswerCounts a;
    a[9] = 2;
    return a;
  }());
  add_cell(d, {.life_situation = kBirth, .service = kSvcB, .question = kEase},
           four_point(0, 2, 1, 0));
  const IndicatorTable forward = compute_indicators(d, open_config());
  std::reverse(d.survey.begin(), d.survey.end());
  const IndicatorTable backward = compute_indicators(d, open_config());

  const auto& results = forward.results();
  BOOST_TEST(std::is_sorted(results.begin(), results.end(), [](const auto& a, const auto& b) {
    return sort_key(a) < sort_key(b);
  }));
  BOOST_REQUIRE(results.size() == backward.results().size());
  for (std::size_t i = 0; i < results.size(); ++i) {
    BOOST_TEST((sort_key(results[i]) == sort_key(backward.results()[i])));
    BOOST_TEST(results[i].measurement.value == backward.results()[i].measurement.value);
  }
  // "All" (kNone = -1) comes first, and within it the enum order.
  BOOST_REQUIRE(results.size() >= 2u);
  BOOST_TEST((results[0].cut == cut(kNone)));
  BOOST_TEST((results[0].indicator == IndicatorId::SatisfactionShare));
  BOOST_TEST((results[1].indicator == IndicatorId::EaseShare));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
