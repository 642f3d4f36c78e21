// Every star row of Tables 1 and 2 at and around each band edge. The edges
// are written here from the standard's text, not read from the definitions
// table, so a wrong band there fails here.
#include "metrics/star_level.hpp"

#include <algorithm>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <optional>
#include <ostream>
#include <span>
#include <vector>

#include "dataset_builder.hpp"
#include "metrics/definitions.hpp"
#include "metrics/indicator_table.hpp"

namespace otklik::metrics {
namespace {

namespace bdata = boost::unit_test::data;
using namespace testing;

struct StarCase {
  IndicatorId indicator;
  double value;
  int expected;
};
std::ostream& operator<<(std::ostream& os, const StarCase& c) {
  return os << definition(c.indicator).key << " " << c.value << " -> " << c.expected;
}

struct ValueLevel {
  double value;
  int level;
};

std::vector<StarCase> cases_for(std::initializer_list<IndicatorId> ids,
                                std::span<const ValueLevel> rows) {
  std::vector<StarCase> cases;
  for (IndicatorId id : ids)
    for (const ValueLevel& row : rows) cases.push_back({id, row.value, row.level});
  return cases;
}

// Table 1, satisfaction and ease («от 50,1 % до 60 %» … «от 90,1 % до
// 100 %»); the same scale for need satisfaction (by interpretation) and the
// share of services with a positive NPS. The value is rounded to 0.1 half up
// first, so x,x4 stays and x,x5 goes up.
constexpr ValueLevel kTopTwo[] = {
    {0.0, 0},   {50.0, 0}, {50.04, 0}, {50.05, 1}, {50.1, 1},  {60.0, 1},  {60.04, 1},
    {60.05, 2}, {60.1, 2}, {70.0, 2},  {70.04, 2}, {70.05, 3}, {80.0, 3},  {80.04, 3},
    {80.05, 4}, {90.0, 4}, {90.04, 4}, {90.05, 5}, {99.95, 5}, {100.0, 5},
};

// Table 2, digital NPS: «менее 5 %» (any lower value, negative too), «от
// 5,1 % до 15 %», «от 15,1 % до 30 %», «от 30,1 % до 50 %», «свыше 50 %».
constexpr ValueLevel kDigitalNps[] = {
    {-100.0, 1}, {-0.1, 1}, {0.0, 1},   {5.0, 1},   {5.04, 1}, {5.05, 2},  {15.0, 2},  {15.04, 2},
    {15.05, 3},  {30.0, 3}, {30.04, 3}, {30.05, 4}, {50.0, 4}, {50.04, 4}, {50.05, 5}, {100.0, 5},
};

// Table 1, scenario coverage: «до 35 %» (from 0,1: 0 % is no level), «от
// 35,1 % до 50 %», «от 50,1 % до 70 %», «от 70,1 % до 90 %», «от 90,1 % до 100 %».
constexpr ValueLevel kCoverage[] = {
    {0.0, 0},   {0.04, 0},  {0.05, 1}, {0.1, 1},   {35.0, 1}, {35.04, 1}, {35.05, 2}, {50.0, 2},
    {50.04, 2}, {50.05, 3}, {70.0, 3}, {70.05, 4}, {90.0, 4}, {90.05, 5}, {100.0, 5},
};

// Table 1, the proactive row as the star note reads it: at least one
// proactive scenario (0,1..19,9) 1; «от 20 %» exactly 20,0 2; «от 20,1 % до
// 35 %» 3; «от 35,1 до 50 %» 4; «от 51 %–70 %» from 50,1 up 5.
constexpr ValueLevel kProactive[] = {
    {0.0, 0},  {0.04, 0},  {0.05, 1},  {19.9, 1}, {19.94, 1}, {19.95, 2},
    {20.0, 2}, {20.04, 2}, {20.05, 3}, {35.0, 3}, {35.04, 3}, {35.05, 4},
    {50.0, 4}, {50.05, 5}, {51.0, 5},  {70.0, 5}, {100.0, 5},
};

// Table 1, repeat requests, lower is better: «от 0 % до 0,5 %» 5, «от 0,5 %
// до 1 %» 4 (the two touch at 0,5: the better level wins), «от 1,1 % до 4 %»
// 3, «от 4,1 % до 7 %» 2, «от 7,1 % до 10 %» 1; above 10,0 no level.
constexpr ValueLevel kRepeat[] = {
    {0.0, 5},  {0.5, 5},  {0.54, 5},  {0.55, 4},  {1.0, 4},  {1.04, 4},
    {1.05, 3}, {4.0, 3},  {4.04, 3},  {4.05, 2},  {7.0, 2},  {7.04, 2},
    {7.05, 1}, {10.0, 1}, {10.04, 1}, {10.05, 0}, {10.1, 0}, {100.0, 0},
};

// Table 2, social response time: the value is already the level.
constexpr ValueLevel kSocialLevel[] = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}};

BOOST_AUTO_TEST_SUITE(star_levels)

BOOST_DATA_TEST_CASE(
    top_two_rows,
    bdata::make(cases_for({IndicatorId::SatisfactionShare, IndicatorId::NeedSatisfactionShare,
                           IndicatorId::EaseShare, IndicatorId::PositiveNpsServicesShare},
                          kTopTwo)),
    c) {
  BOOST_TEST(star_level(c.value, definition(c.indicator).stars) == c.expected);
}
BOOST_DATA_TEST_CASE(digital_nps_row,
                     bdata::make(cases_for({IndicatorId::DigitalNps}, kDigitalNps)), c) {
  BOOST_TEST(star_level(c.value, definition(c.indicator).stars) == c.expected);
}
BOOST_DATA_TEST_CASE(scenario_coverage_row,
                     bdata::make(cases_for({IndicatorId::ScenarioCoverage}, kCoverage)), c) {
  BOOST_TEST(star_level(c.value, definition(c.indicator).stars) == c.expected);
}
BOOST_DATA_TEST_CASE(proactive_row,
                     bdata::make(cases_for({IndicatorId::ProactiveShare}, kProactive)), c) {
  BOOST_TEST(star_level(c.value, definition(c.indicator).stars) == c.expected);
}
BOOST_DATA_TEST_CASE(repeat_request_row,
                     bdata::make(cases_for({IndicatorId::RepeatRequestShare}, kRepeat)), c) {
  BOOST_TEST(star_level(c.value, definition(c.indicator).stars) == c.expected);
}
BOOST_DATA_TEST_CASE(social_response_row,
                     bdata::make(cases_for({IndicatorId::SocialResponseLevel}, kSocialLevel)), c) {
  BOOST_TEST(star_level(c.value, definition(c.indicator).stars) == c.expected);
}

BOOST_AUTO_TEST_CASE(only_the_rows_of_the_tables_have_levels) {
  const IndicatorId graded[] = {IndicatorId::SatisfactionShare,
                                IndicatorId::NeedSatisfactionShare,
                                IndicatorId::EaseShare,
                                IndicatorId::DigitalNps,
                                IndicatorId::PositiveNpsServicesShare,
                                IndicatorId::ScenarioCoverage,
                                IndicatorId::ProactiveShare,
                                IndicatorId::RepeatRequestShare,
                                IndicatorId::SocialResponseLevel};
  for (const IndicatorDefinition& d : indicator_definitions()) {
    const bool expected = std::find(std::begin(graded), std::end(graded), d.id) != std::end(graded);
    BOOST_TEST(!d.stars.empty() == expected, d.key);
    // Every level the standard sets, best first, so touching ranges go to the better one.
    if (expected) {
      BOOST_TEST(d.stars.size() == 5u, d.key);
      for (std::size_t i = 0; i < d.stars.size(); ++i)
        BOOST_TEST(d.stars[i].level == static_cast<int>(5 - i), d.key);
    }
  }
  BOOST_TEST(star_level(99.0, definition(IndicatorId::Csi).stars) == 0);  // no bands, no level
}

struct RoundCase {
  double value;
  double expected;
};
std::ostream& operator<<(std::ostream& os, const RoundCase& c) { return os << c.value; }

const RoundCase kRoundCases[] = {
    {60.05, 60.1},  // binary 60.04999…: the half still goes up
    {60.04, 60.0},     {0.15, 0.2},   {99.95, 100.0}, {0.5, 0.5}, {10.05, 10.1},
    {66.666666, 66.7}, {-5.04, -5.0}, {-5.05, -5.0},  // half up means towards +inf, also below zero
    {-5.06, -5.1},
};

BOOST_DATA_TEST_CASE(round_one_decimal_half_up, bdata::make(kRoundCases), c) {
  BOOST_TEST(round_one_decimal(c.value) == c.expected, boost::test_tools::tolerance(1e-12));
}

struct ShareCase {
  uint64_t positive;
  uint64_t n;
  int expected;
};
std::ostream& operator<<(std::ostream& os, const ShareCase& c) {
  return os << c.positive << "/" << c.n;
}

// Satisfaction shares computed from answers, then graded: the level reads
// the unrounded share through the rounding rule.
const ShareCase kShareCases[] = {
    {1201, 2000, 2},   // 60.05 % -> 60.1 -> 2 stars
    {6004, 10000, 1},  // 60.04 % -> 60.0 -> 1 star
    {601, 1000, 2},    // 60.1 %
    {6, 10, 1},        // 60.0 %
    {1001, 2000, 1},   // 50.05 % -> 50.1 -> 1 star
    {1, 2, 0},         // 50.0 %: no level
    {1801, 2000, 5},   // 90.05 % -> 90.1 -> 5 stars
};

BOOST_DATA_TEST_CASE(computed_share_is_rounded_before_grading, bdata::make(kShareCases), c) {
  model::Dataset d = small_dataset();
  add_cell(d, {.life_situation = kBirth}, four_point(c.positive, 0, 0, c.n - c.positive));
  const IndicatorTable t = compute_indicators(d, open_config());
  const IndicatorResult* r = t.find(Cut{.life_situation = kBirth}, IndicatorId::SatisfactionShare);
  BOOST_REQUIRE(r != nullptr);
  BOOST_TEST(r->star_level == c.expected);
  BOOST_TEST(r->measurement.value == 100.0 * c.positive / c.n, boost::test_tools::tolerance(1e-9));
}

// Table 2, response time in social media: «не должно превышать» 4/2, 6/3,
// 8/4, 12/6 and 24/12 hours for mentions/official requests at 5..1 stars.
struct ResponseCase {
  std::optional<double> mention_hours;  // the longest response; none: no mentions
  std::optional<double> official_hours;
  int expected;
};
std::ostream& operator<<(std::ostream& os, const ResponseCase& c) {
  return os << "mention " << c.mention_hours.value_or(-1) << " h, official "
            << c.official_hours.value_or(-1) << " h";
}

const ResponseCase kResponseCases[] = {
    // Only mentions: the official limits do not apply.
    {0.0, {}, 5},
    {4.0, {}, 5},
    {4.01, {}, 4},
    {6.0, {}, 4},
    {6.01, {}, 3},
    {8.0, {}, 3},
    {8.01, {}, 2},
    {12.0, {}, 2},
    {12.01, {}, 1},
    {24.0, {}, 1},
    {24.01, {}, 0},
    // Only official requests.
    {{}, 2.0, 5},
    {{}, 2.01, 4},
    {{}, 3.0, 4},
    {{}, 3.01, 3},
    {{}, 4.0, 3},
    {{}, 4.01, 2},
    {{}, 6.0, 2},
    {{}, 6.01, 1},
    {{}, 12.0, 1},
    {{}, 12.01, 0},
    // Both: each must keep to the level's limit, so the worse one decides.
    {4.0, 2.0, 5},
    {4.0, 2.01, 4},
    {4.01, 2.0, 4},
    {4.0, 6.0, 2},
    {24.0, 3.0, 1},
    {2.0, 12.01, 0},
    {30.0, 1.0, 0},
};

BOOST_DATA_TEST_CASE(social_response_level_by_limits, bdata::make(kResponseCases), c) {
  model::Dataset d = small_dataset();
  auto respond = [&d](model::RequestType type, double hours) {
    // A fast band and the slowest band: the longest response decides.
    d.response_times.push_back(
        {.touchpoint = kVk, .request_type = type, .hours_max = 0.5, .count = 40});
    d.response_times.push_back(
        {.touchpoint = kVk, .request_type = type, .hours_max = hours, .count = 1});
  };
  if (c.mention_hours) respond(model::RequestType::Mention, *c.mention_hours);
  if (c.official_hours) respond(model::RequestType::Official, *c.official_hours);
  // A band without answers says nothing about the time.
  d.response_times.push_back({.touchpoint = kVk,
                              .request_type = model::RequestType::Official,
                              .hours_max = 99,
                              .count = 0});
  const IndicatorTable t = compute_indicators(d, ingest::Config{});
  for (const Cut& cut : {Cut{}, Cut{.touchpoint = kVk}}) {
    const IndicatorResult* r = t.find(cut, IndicatorId::SocialResponseLevel);
    BOOST_REQUIRE(r != nullptr);
    BOOST_TEST(r->star_level == c.expected);
    BOOST_TEST(r->measurement.value == c.expected);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
