// A survey cell's counts are published exactly when its own cut's result is.
#include <boost/test/unit_test.hpp>

#include "metrics/dataset_builder.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/published_cells.hpp"

using namespace otklik;
using namespace otklik::metrics::testing;

BOOST_AUTO_TEST_SUITE(published_cells)

BOOST_AUTO_TEST_CASE(cells_under_min_n_or_hidden_by_complement_are_not_published) {
  model::Dataset d = small_dataset();
  // Three touchpoints of one life situation: 40, 30 and 4 valid answers.
  // min_n 10 hides mfc (4) and, complementarily, the smallest published
  // sibling (app, 30), or mfc = total − portal − app would give it away.
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(20, 10, 5, 5));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kApp}, four_point(15, 10, 3, 2));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kMfc}, four_point(2, 1, 1, 0, 9));
  ingest::Config config;
  config.min_n = 10;
  const metrics::IndicatorTable table = metrics::compute_indicators(d, config);
  BOOST_TEST(metrics::is_published(table, d, d.survey[0]));
  BOOST_TEST(!metrics::is_published(table, d, d.survey[1]));  // the complement
  BOOST_TEST(!metrics::is_published(table, d, d.survey[2]));  // 4 < min_n, dk not counted
}

BOOST_AUTO_TEST_CASE(a_custom_question_follows_its_own_result) {
  model::Dataset d = small_dataset();
  const uint16_t form = add_question(d, "q_form", model::Scale::Binary);
  add_cell(d, {.life_situation = kMove, .question = form}, binary(12, 8));
  add_cell(d, {.life_situation = kPension, .question = form}, binary(10, 5));
  add_cell(d, {.life_situation = kBirth, .question = form}, binary(2, 1, 0, 20));
  ingest::Config config;
  config.min_n = 10;
  const metrics::IndicatorTable table = metrics::compute_indicators(d, config);
  BOOST_TEST(metrics::is_published(table, d, d.survey[0]));
  BOOST_TEST(!metrics::is_published(table, d, d.survey[1]));  // the complement of birth
  BOOST_TEST(!metrics::is_published(table, d, d.survey[2]));  // «не участвую» is not a base
}

BOOST_AUTO_TEST_CASE(built_in_questions_name_their_indicators) {
  using metrics::IndicatorId;
  BOOST_TEST((metrics::built_in_indicators("satisfaction") ==
              std::vector<IndicatorId>{IndicatorId::SatisfactionShare, IndicatorId::Csi}));
  BOOST_TEST((metrics::built_in_indicators("nps") == std::vector<IndicatorId>{IndicatorId::Nps}));
  BOOST_TEST(metrics::built_in_indicators("q_form").empty());
}

BOOST_AUTO_TEST_SUITE_END()
