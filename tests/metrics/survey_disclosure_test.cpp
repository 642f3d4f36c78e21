// protect_survey works the questions out on several threads: each question
// but NPS must come out exactly as if protected on its own, and the result
// must not change from one run to the next.
#include "metrics/survey_disclosure.hpp"

#include <boost/test/unit_test.hpp>
#include <vector>

#include "dataset_builder.hpp"
#include "reference_counts.hpp"

namespace otklik::metrics {
namespace {

using namespace testing;

uint64_t valid(const model::AnswerCounts& a, model::Scale scale) {
  switch (scale) {
    case model::Scale::Nps:
      return valid_nps(a);
    case model::Scale::Binary:
      return a[kYes] + a[kNo];
    case model::Scale::FourPoint:
      break;
  }
  return valid_four_point(a);
}

// One question's table, protected with nothing else in view.
DisclosureTable protected_alone(const model::Dataset& d, const SurveyCube& cube, uint16_t q,
                                uint64_t min_n) {
  std::vector<Cut> cuts;
  std::vector<uint64_t> n;
  for (std::size_t i = 0; i < cube.cuts().size(); ++i) {
    const model::AnswerCounts a = cube.answers(i, q);
    if (a.total() == 0) continue;
    cuts.push_back(cube.cuts()[i]);
    n.push_back(valid(a, d.questions[q].scale));
  }
  DisclosureTable table(std::move(cuts), std::move(n));
  table.suppress_primary(min_n);
  table.suppress_complementary(min_n);
  return table;
}

std::vector<bool> hidden(const DisclosureTable& t) {
  std::vector<bool> out;
  for (std::size_t i = 0; i < t.cuts().size(); ++i) out.push_back(t.suppressed(i));
  return out;
}

BOOST_AUTO_TEST_SUITE(survey_disclosure)

BOOST_AUTO_TEST_CASE(a_question_but_nps_is_protected_as_if_alone) {
  for (uint32_t seed : {20261124u, 5u, 77u})
    for (uint64_t min_n : {3u, 10u}) {
      const model::Dataset d = crowded_dataset(seed);
      const SurveyCube cube(d, false, 1);
      const SurveyDisclosure all = protect_survey(d, cube, min_n);
      BOOST_REQUIRE(all.questions.size() == d.questions.size());
      std::size_t hidden_cuts = 0;
      for (uint16_t q = 0; q < d.questions.size(); ++q) {
        if (q == kNps) continue;
        BOOST_TEST_CONTEXT("seed " << seed << ", min_n " << min_n << ", question " << q) {
          const DisclosureTable alone = protected_alone(d, cube, q, min_n);
          BOOST_TEST(all.questions[q].cuts() == alone.cuts());
          BOOST_TEST(hidden(all.questions[q]) == hidden(alone));
          for (bool h : hidden(alone)) hidden_cuts += h ? 1 : 0;
        }
      }
      BOOST_TEST(hidden_cuts > 0u);  // the survey is small enough to need protection
    }
}

BOOST_AUTO_TEST_CASE(nps_and_its_digital_part_come_out_the_same_every_run) {
  const model::Dataset d = crowded_dataset(20261124u);
  const SurveyCube cube(d, false, 0);
  const SurveyDisclosure first = protect_survey(d, cube, 10);
  BOOST_TEST(!first.digital_nps.cuts().empty());
  for (int run = 0; run < 20; ++run) {
    const SurveyDisclosure again = protect_survey(d, cube, 10);
    for (std::size_t q = 0; q < d.questions.size(); ++q)
      BOOST_TEST(hidden(again.questions[q]) == hidden(first.questions[q]), "question " << q);
    BOOST_TEST(hidden(again.digital_nps) == hidden(first.digital_nps));
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
