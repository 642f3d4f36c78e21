#include "metrics/star_level.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <ostream>

#include "metrics/definitions.hpp"

namespace otklik::metrics {
namespace {

namespace bdata = boost::unit_test::data;

struct StarCase {
  IndicatorId indicator;
  double value;
  int expected;
};
std::ostream& operator<<(std::ostream& os, const StarCase& c) {
  return os << static_cast<int>(c.indicator) << ":" << c.value << "->" << c.expected;
}

// Table 1 (satisfaction, ease, need_satisfaction by interpretation) and
// Table 2's digital NPS row. The value is rounded to 0.1 half up first.
const StarCase kStarCases[] = {
    {IndicatorId::SatisfactionShare, 0.0, 0},
    {IndicatorId::SatisfactionShare, 50.0, 0},   // "от 50,1" not reached
    {IndicatorId::SatisfactionShare, 50.04, 0},  // rounds to 50.0
    {IndicatorId::SatisfactionShare, 50.05, 1},  // rounds to 50.1
    {IndicatorId::SatisfactionShare, 60.0, 1},   // "до 60 %" inclusive
    {IndicatorId::SatisfactionShare, 60.05, 2},  // 60.0499… in binary, still 60.1
    {IndicatorId::SatisfactionShare, 70.0, 2},
    {IndicatorId::SatisfactionShare, 80.1, 4},
    {IndicatorId::SatisfactionShare, 90.0, 4},
    {IndicatorId::SatisfactionShare, 90.1, 5},
    {IndicatorId::SatisfactionShare, 100.0, 5},
    {IndicatorId::EaseShare, 75.0, 3},
    {IndicatorId::EaseShare, 50.0, 0},
    {IndicatorId::NeedSatisfactionShare, 60.05, 2},
    {IndicatorId::Nps, -100.0, 1},  // "менее 5 %": every value up to 5.0
    {IndicatorId::Nps, 5.0, 1},
    {IndicatorId::Nps, 5.04, 1},
    {IndicatorId::Nps, 5.05, 2},  // rounds to 5.1
    {IndicatorId::Nps, 15.1, 3},
    {IndicatorId::Nps, 50.0, 4},
    {IndicatorId::Nps, 50.1, 5},  // "свыше 50 %"
    {IndicatorId::Nps, 100.0, 5},
};

BOOST_AUTO_TEST_SUITE(star_levels)

BOOST_DATA_TEST_CASE(star_level_by_table, bdata::make(kStarCases), c) {
  BOOST_TEST(star_level(c.value, definition(c.indicator).stars) == c.expected);
}

struct RoundCase {
  double value;
  double expected;
};
std::ostream& operator<<(std::ostream& os, const RoundCase& c) { return os << c.value; }

const RoundCase kRoundCases[] = {
    {60.05, 60.1},  // binary 60.04999…: the half still goes up
    {60.04, 60.0},     {0.15, 0.2},   {99.95, 100.0},
    {66.666666, 66.7}, {-5.04, -5.0}, {-5.05, -5.0},  // half up means towards +inf, also below zero
    {-5.06, -5.1},
};

BOOST_DATA_TEST_CASE(round_one_decimal_half_up, bdata::make(kRoundCases), c) {
  BOOST_TEST(round_one_decimal(c.value) == c.expected, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(no_bands_gives_zero) {
  BOOST_TEST(definition(IndicatorId::Csi).stars.empty());
  BOOST_TEST(star_level(99.0, definition(IndicatorId::Csi).stars) == 0);
}

BOOST_AUTO_TEST_CASE(definitions_name_their_questions) {
  struct Row {
    IndicatorId id;
    std::string_view key;
    std::string_view question;
    Unit unit;
  };
  const Row rows[] = {
      {IndicatorId::SatisfactionShare, "satisfaction_share", "satisfaction", Unit::Percent},
      {IndicatorId::NeedSatisfactionShare, "need_satisfaction_share", "need_satisfaction",
       Unit::Percent},
      {IndicatorId::EaseShare, "ease_share", "ease", Unit::Percent},
      {IndicatorId::Csi, "csi", "satisfaction", Unit::Points},
      {IndicatorId::Nps, "nps", "nps", Unit::Points}};
  BOOST_TEST(indicator_definitions().size() == std::size(rows));
  for (const Row& row : rows) {
    const IndicatorDefinition& d = definition(row.id);
    BOOST_TEST((d.id == row.id));
    BOOST_TEST(d.key == row.key);
    BOOST_TEST(d.question == row.question);
    BOOST_TEST((d.unit == row.unit));
    BOOST_TEST(!d.name.empty());
    BOOST_TEST(!d.short_name.empty());
    BOOST_TEST(!d.formula.empty());
    BOOST_TEST(!d.base.empty());
    BOOST_TEST(!d.source.empty());
    // Bands are listed best first so that touching ranges go to the better level.
    for (std::size_t i = 1; i < d.stars.size(); ++i)
      BOOST_TEST(d.stars[i - 1].level > d.stars[i].level);
  }
  BOOST_TEST(!definition(IndicatorId::Nps).star_note.empty());
  BOOST_TEST(!definition(IndicatorId::NeedSatisfactionShare).star_note.empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
