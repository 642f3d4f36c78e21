// The one table of definitions: every indicator once, in enum order, with
// the keys the outputs use and the texts the methodology page shows.
#include "metrics/definitions.hpp"

#include <boost/test/unit_test.hpp>
#include <set>
#include <string>

namespace otklik::metrics {
namespace {

struct Row {
  IndicatorId id;
  std::string_view key;
  std::string_view question;
  Unit unit;
  Estimate estimate;
  bool disclosure_control;
  bool has_detail;
};

// Written from DESIGN.md ("Indicators") and the list.
const Row kRows[] = {
    {IndicatorId::SatisfactionShare, "satisfaction_share", "satisfaction", Unit::Percent,
     Estimate::Share, true, false},
    {IndicatorId::NeedSatisfactionShare, "need_satisfaction_share", "need_satisfaction",
     Unit::Percent, Estimate::Share, true, false},
    {IndicatorId::EaseShare, "ease_share", "ease", Unit::Percent, Estimate::Share, true, false},
    {IndicatorId::Csi, "csi", "satisfaction", Unit::Points, Estimate::Mean, true, false},
    {IndicatorId::Nps, "nps", "nps", Unit::Points, Estimate::NetScore, true, false},
    {IndicatorId::DigitalNps, "digital_nps", "nps", Unit::Points, Estimate::NetScore, true, false},
    {IndicatorId::PositiveNpsServicesShare, "positive_nps_services_share", "nps", Unit::Percent,
     Estimate::Tally, false, false},
    {IndicatorId::ScenarioCoverage, "scenario_coverage", "", Unit::Percent, Estimate::Tally, false,
     false},
    {IndicatorId::ProactiveShare, "proactive_share", "", Unit::Percent, Estimate::Tally, false,
     false},
    {IndicatorId::RepeatRequestShare, "repeat_request_share", "", Unit::Percent, Estimate::Share,
     false, false},
    {IndicatorId::StandardCompliance, "standard_compliance", "", Unit::Percent, Estimate::Share,
     false, true},
    {IndicatorId::AppealsCount, "appeals_count", "", Unit::Count, Estimate::Tally, false, false},
    {IndicatorId::AppealsOnTimeShare, "appeals_on_time_share", "", Unit::Percent, Estimate::Share,
     false, false},
    {IndicatorId::AppealsRepeatShare, "appeals_repeat_share", "", Unit::Percent, Estimate::Share,
     false, false},
    {IndicatorId::AppealsByKind, "appeals_kind", "", Unit::Count, Estimate::Tally, false, true},
    {IndicatorId::AppealsByResult, "appeals_result", "", Unit::Count, Estimate::Tally, false, true},
    {IndicatorId::AppealsByChannel, "appeals_channel", "", Unit::Count, Estimate::Tally, false,
     true},
    {IndicatorId::AppealsByTopic, "appeals_topic", "", Unit::Count, Estimate::Tally, false, true},
    {IndicatorId::SocialResponseLevel, "social_response_level", "", Unit::Level, Estimate::Tally,
     false, false},
    {IndicatorId::SocialResponseHours, "social_response_hours", "", Unit::Hours, Estimate::Tally,
     false, true},
    {IndicatorId::PainMentions, "pain_mentions", "", Unit::Count, Estimate::Tally, false, true},
    {IndicatorId::Question, "q", "", Unit::Percent, Estimate::Share, true, true},
};

BOOST_AUTO_TEST_SUITE(definitions)

BOOST_AUTO_TEST_CASE(every_indicator_once_in_enum_order) {
  BOOST_TEST(indicator_definitions().size() == std::size(kRows));
  std::set<std::string_view> keys;
  for (std::size_t i = 0; i < indicator_definitions().size(); ++i) {
    const IndicatorDefinition& d = indicator_definitions()[i];
    BOOST_TEST(static_cast<std::size_t>(d.id) == i);
    BOOST_TEST(&definition(d.id) == &d);
    BOOST_TEST(keys.insert(d.key).second, "duplicate key " << d.key);
  }
}

BOOST_AUTO_TEST_CASE(keys_units_and_estimates) {
  for (const Row& row : kRows) {
    const IndicatorDefinition& d = definition(row.id);
    BOOST_TEST_CONTEXT(row.key) {
      BOOST_TEST(d.key == row.key);
      BOOST_TEST(d.question == row.question);
      BOOST_TEST((d.unit == row.unit));
      BOOST_TEST((d.estimate == row.estimate));
      BOOST_TEST(d.disclosure_control == row.disclosure_control);
      BOOST_TEST(d.has_detail == row.has_detail);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_text_the_methodology_shows_is_written) {
  for (const IndicatorDefinition& d : indicator_definitions()) {
    BOOST_TEST_CONTEXT(d.key) {
      BOOST_TEST(!d.name.empty());
      BOOST_TEST(!d.short_name.empty());
      BOOST_TEST(!d.formula.empty());
      BOOST_TEST(!d.base.empty());
      BOOST_TEST(!d.source.empty());
      BOOST_TEST(!d.input.empty());
      BOOST_TEST(!d.counted.one.empty());
      // A row with levels says how its unclear cells were read.
      if (!d.stars.empty()) BOOST_TEST(!d.star_note.empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(social_response_limits_of_table_two) {
  // «не должно превышать»: 4/2, 6/3, 8/4, 12/6, 24/12 hours at 5..1 stars.
  const ResponseLimit expected[] = {{5, 4, 2}, {4, 6, 3}, {3, 8, 4}, {2, 12, 6}, {1, 24, 12}};
  const auto limits = social_response_limits();
  BOOST_REQUIRE(limits.size() == std::size(expected));
  for (std::size_t i = 0; i < limits.size(); ++i) {
    BOOST_TEST(limits[i].level == expected[i].level);
    BOOST_TEST(limits[i].mention_hours == expected[i].mention_hours);
    BOOST_TEST(limits[i].official_hours == expected[i].official_hours);
  }
  // Each level's band names its limits in words.
  for (const StarBand& band : definition(IndicatorId::SocialResponseLevel).stars)
    BOOST_TEST(!band.text.empty());
}

BOOST_AUTO_TEST_CASE(unit_names_are_russian) {
  BOOST_TEST(unit_name(Unit::Percent) == "%");
  BOOST_TEST(unit_name(Unit::Points) == "пункты");
  BOOST_TEST(unit_name(Unit::Count) == "количество");
  BOOST_TEST(unit_name(Unit::Hours) == "часы");
  BOOST_TEST(!unit_name(Unit::Level).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
