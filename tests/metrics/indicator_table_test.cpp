// The IndicatorTable itself: lookup, details, keys and the output order.
#include "metrics/indicator_table.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <tuple>

#include "dataset_builder.hpp"
#include "reference_counts.hpp"

namespace otklik::metrics {
namespace {

using model::kNone;
using namespace testing;

BOOST_AUTO_TEST_SUITE(indicator_table)

BOOST_AUTO_TEST_CASE(find_distinguishes_every_cut_field) {
  IndicatorTable t;
  IndicatorResult r;
  r.cut = Cut{.life_situation = kBirth, .touchpoint = kMfc};
  r.measurement.n = 7;
  t.add(r);
  BOOST_REQUIRE(t.find(r.cut, IndicatorId::SatisfactionShare) != nullptr);
  BOOST_TEST(t.find(r.cut, IndicatorId::SatisfactionShare)->measurement.n == 7u);
  BOOST_TEST(t.find(r.cut, IndicatorId::EaseShare) == nullptr);
  BOOST_TEST(t.find(r.cut, IndicatorId::SatisfactionShare, "polite") == nullptr);
  for (Dimension d : kDimensions) {
    Cut other = r.cut;
    other.at(d) = other.at(d) == kNone ? 0 : kNone;
    BOOST_TEST(t.find(other, IndicatorId::SatisfactionShare) == nullptr, describe(other));
  }
  Cut other_period = r.cut;
  other_period.period = 1;
  BOOST_TEST(t.find(other_period, IndicatorId::SatisfactionShare) == nullptr);
  // Swapped values of two dimensions are another cut.
  BOOST_TEST(t.find(Cut{.life_situation = kMfc, .touchpoint = kBirth},
                    IndicatorId::SatisfactionShare) == nullptr);
}

BOOST_AUTO_TEST_CASE(details_are_interned_once_and_keyed) {
  IndicatorTable t;
  const uint32_t polite = t.intern("polite");
  BOOST_TEST(polite != 0u);
  BOOST_TEST(t.intern("polite") == polite);
  BOOST_TEST(t.intern("") == 0u);
  IndicatorResult r;
  r.indicator = IndicatorId::Question;
  r.detail = polite;
  t.add(r);
  IndicatorResult plain;
  plain.indicator = IndicatorId::AppealsOnTimeShare;
  t.add(plain);
  BOOST_TEST(t.key(t.results()[0]) == "q:polite");
  BOOST_TEST(t.detail(t.results()[0]) == "polite");
  BOOST_TEST(t.key(t.results()[1]) == "appeals_on_time_share");
  BOOST_TEST(t.find(Cut{}, IndicatorId::Question, "polite") == &t.results()[0]);
  BOOST_TEST(t.find(Cut{}, IndicatorId::Question) == nullptr);  // only with its detail
  BOOST_TEST(t.details_of(Cut{}, IndicatorId::Question).size() == 1u);
  BOOST_TEST(t.details_of(Cut{}, IndicatorId::AppealsOnTimeShare).empty());
}

// The output order: period, then life situation, service, touchpoint,
// segment, region ("all" = −1 first), then indicator, then detail text.
auto output_key(const IndicatorTable& t, const IndicatorResult& r) {
  const Cut& c = r.cut;
  return std::tuple(c.period, c.life_situation, c.service, c.touchpoint, c.segment, c.region,
                    static_cast<int>(r.indicator), std::string(t.detail(r)));
}

model::Dataset mixed_dataset() {
  model::Dataset d = small_dataset();
  set_quarters(d, {2, 3});
  const uint16_t polite = add_question(d, "polite", model::Scale::Binary);
  const uint16_t clear = add_question(d, "clear", model::Scale::FourPoint);
  add_cell(d, {.period = 1, .life_situation = kMove, .service = kSvcA, .touchpoint = kMfc},
           four_point(1, 1, 0, 0));
  add_cell(d, {.period = 0, .life_situation = kBirth, .touchpoint = kPortal, .question = kNps},
           scores({{9, 2}}));
  add_cell(d, {.period = 1, .life_situation = kBirth, .service = kSvcB, .question = kEase},
           four_point(0, 2, 1, 0));
  add_cell(d, {.period = 1, .touchpoint = kApp, .question = polite}, binary(1, 1));
  add_cell(d, {.period = 1, .touchpoint = kApp, .question = clear}, four_point(1, 0, 0, 0));
  d.appeals = {{.period = 1, .topic = "Сроки", .count = 3},
               {.period = 1, .topic = "Адрес", .count = 2},
               {.period = 0, .life_situation = kMove, .topic = "Сроки", .count = 1}};
  return d;
}

BOOST_AUTO_TEST_CASE(results_are_in_output_order_whatever_the_input_order) {
  model::Dataset d = mixed_dataset();
  const IndicatorTable forward = compute_indicators(d, open_config());
  std::reverse(d.survey.begin(), d.survey.end());
  std::reverse(d.appeals.begin(), d.appeals.end());
  const IndicatorTable backward = compute_indicators(d, open_config());

  const auto& results = forward.results();
  for (std::size_t i = 1; i < results.size(); ++i)
    BOOST_TEST((output_key(forward, results[i - 1]) < output_key(forward, results[i])),
               "at " << i << ": " << forward.key(results[i]) << " " << describe(results[i].cut));
  BOOST_REQUIRE(results.size() == backward.results().size());
  for (std::size_t i = 0; i < results.size(); ++i) {
    BOOST_TEST((output_key(forward, results[i]) == output_key(backward, backward.results()[i])));
    BOOST_TEST(results[i].measurement.value == backward.results()[i].measurement.value);
  }
  // The very first result: the first period, every dimension "all", the
  // first indicator the data holds there (NPS; no satisfaction in Q2).
  BOOST_REQUIRE(!results.empty());
  BOOST_TEST((results[0].cut == Cut{}));
  BOOST_TEST((results[0].indicator == IndicatorId::Nps));
}

BOOST_AUTO_TEST_CASE(extended_results_are_filled_in_place_and_sorted_with_the_rest) {
  IndicatorTable t;
  const auto result = [](model::DimIndex life_situation, IndicatorId id) {
    return make_result(Cut{.life_situation = life_situation}, id, {.value = 50, .n = 4}, {});
  };
  t.add(result(kMove, IndicatorId::Nps));
  t.sort();
  t.reserve(4);
  const IndicatorResult* before = t.results().data();
  const std::span<IndicatorResult> block = t.extend(3);
  BOOST_TEST(t.results().data() == before);  // within the room reserved, nothing moves
  BOOST_TEST(t.results().size() == 4u);
  BOOST_TEST(block.data() == t.results().data() + 1);
  BOOST_TEST(block.size() == 3u);
  BOOST_TEST(!t.sorted());
  block[2] = result(kBirth, IndicatorId::Nps);
  block[0] = result(kPension, IndicatorId::SatisfactionShare);
  block[1] = result(kBirth, IndicatorId::SatisfactionShare);
  t.sort();
  BOOST_TEST(t.find(Cut{.life_situation = kMove}, IndicatorId::Nps) == &t.results()[2]);
  BOOST_TEST(t.find(Cut{.life_situation = kBirth}, IndicatorId::Nps) == &t.results()[1]);
  BOOST_TEST(t.find(Cut{.life_situation = kPension}, IndicatorId::SatisfactionShare) ==
             &t.results()[3]);
  BOOST_TEST(t.extend(0).empty());
  BOOST_TEST(t.sorted());  // nothing added, so still in order
}

BOOST_AUTO_TEST_CASE(service_is_compared_before_touchpoint) {
  const IndicatorTable t = compute_indicators(mixed_dataset(), open_config());
  // (move, svc_a, all touchpoints) sorts before (move, all services, mfc)
  // although its touchpoint is "all".
  std::ptrdiff_t by_service = -1, by_touchpoint = -1;
  for (std::size_t i = 0; i < t.results().size(); ++i) {
    const Cut& c = t.results()[i].cut;
    if (c == Cut{.period = 1, .life_situation = kMove, .service = kSvcA}) by_service = i;
    if (c == Cut{.period = 1, .life_situation = kMove, .touchpoint = kMfc}) by_touchpoint = i;
  }
  BOOST_REQUIRE(by_service >= 0);
  BOOST_REQUIRE(by_touchpoint >= 0);
  BOOST_TEST(by_service > by_touchpoint);  // kSvcA = 0 > −1: services after "all services"
}

BOOST_AUTO_TEST_CASE(details_follow_their_text_not_their_first_appearance) {
  const IndicatorTable t = compute_indicators(mixed_dataset(), open_config());
  // Questions: "clear" < "polite"; topics «Адрес» < «Сроки», whatever came first.
  const auto questions = t.details_of(Cut{.period = 1, .touchpoint = kApp}, IndicatorId::Question);
  BOOST_REQUIRE(questions.size() == 2u);
  BOOST_TEST(t.detail(*questions[0]) == "clear");
  BOOST_TEST(t.detail(*questions[1]) == "polite");
  const auto topics = t.details_of(Cut{.period = 1}, IndicatorId::AppealsByTopic);
  BOOST_REQUIRE(topics.size() == 2u);
  BOOST_TEST(t.detail(*topics[0]) == "Адрес");
  BOOST_TEST(t.detail(*topics[1]) == "Сроки");
}

BOOST_AUTO_TEST_CASE(make_result_takes_the_definition_and_flags) {
  ingest::Config config;
  config.low_n = 50;
  const Measurement m = share_of(30, 40);  // 75 %
  const IndicatorResult r =
      make_result(Cut{.life_situation = kBirth}, IndicatorId::EaseShare, m, config);
  BOOST_TEST((r.unit == Unit::Percent));
  BOOST_TEST((r.estimate == Estimate::Share));
  BOOST_TEST(r.star_level == 3);  // 75.0: «от 70,1 до 80»
  BOOST_TEST(r.low_reliability);  // 40 < 50
  BOOST_TEST(!r.suppressed);      // suppression is the caller's
  BOOST_TEST(r.detail == 0u);
  // A tally is never low-reliability: it counts every case.
  BOOST_TEST(!make_result(Cut{}, IndicatorId::PositiveNpsServicesShare, tally_share(1, 2), config)
                  .low_reliability);
  // An empty measurement gets no level.
  BOOST_TEST(make_result(Cut{}, IndicatorId::EaseShare, Measurement{}, config).star_level == -1);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
