// The indicators a period at a time: each period's table is complete on its
// own, the tables together are the whole table, a change still reaches the
// period before when another period sits between them in the order, and the
// cells' disclosure marked period by period is that of the whole table.
#include <boost/test/unit_test.hpp>
#include <vector>

#include "dataset_builder.hpp"
#include "metrics/period_indicators.hpp"
#include "metrics/published_cells.hpp"
#include "metrics/site_results.hpp"

namespace otklik::metrics {
namespace {

namespace tt = boost::test_tools;
using namespace testing;

// Three quarters, a custom question, appeals and a region and segment split,
// with a small cut in Q2 that disclosure hides.
model::Dataset three_quarters() {
  model::Dataset d = small_dataset();
  set_quarters(d, {1, 2, 3});
  const uint16_t polite = add_question(d, "polite", model::Scale::Binary);
  for (uint16_t p = 0; p < 3; ++p) {
    add_cell(d, {.period = p, .life_situation = kBirth, .segment = kCitizens, .region = kNorth},
             four_point(30 + 5 * p, 10, 5, 55));
    add_cell(d, {.period = p, .life_situation = kBirth, .segment = kBusiness, .region = kSouth},
             p == 1 ? four_point(3, 2, 1, 0) : four_point(20, 2, 1, 30));
    add_cell(d, {.period = p, .life_situation = kMove, .question = polite}, binary(6 + p, 6));
    d.appeals.push_back({.period = p, .topic = "Сроки", .count = 20u + p});
  }
  return d;
}

std::vector<PeriodTable> by_period(const model::Dataset& d) {
  std::vector<PeriodTable> tables;
  compute_indicators_by_period(d, ingest::Config{}, [&](uint16_t period, PeriodTable table) {
    BOOST_TEST(period == tables.size());
    tables.push_back(std::move(table));
  });
  return tables;
}

BOOST_AUTO_TEST_SUITE(period_indicators)

BOOST_AUTO_TEST_CASE(each_period_table_holds_its_period_and_together_they_are_the_whole) {
  const model::Dataset d = three_quarters();
  const std::vector<PeriodTable> tables = by_period(d);
  BOOST_TEST_REQUIRE(tables.size() == 3u);
  const IndicatorTable whole = compute_indicators(d, ingest::Config{});
  std::size_t at = 0;
  for (std::size_t p = 0; p < tables.size(); ++p) {
    BOOST_TEST(!tables[p]->results().empty());
    for (const IndicatorResult& r : tables[p]->results()) {
      BOOST_TEST(r.cut.period == p);
      BOOST_TEST_REQUIRE(at < whole.results().size());
      const IndicatorResult& w = whole.results()[at++];
      BOOST_TEST((r.cut == w.cut));
      BOOST_TEST(tables[p]->key(r) == whole.key(w));
      BOOST_TEST(r.suppressed == w.suppressed);
      BOOST_TEST(r.measurement.value == w.measurement.value);
      BOOST_TEST(r.change.has_value() == w.change.has_value());
    }
  }
  BOOST_TEST(at == whole.results().size());
  // Q2 and Q3 compare with the quarter before; Q1 has nothing before it.
  const Cut birth{.life_situation = kBirth};
  BOOST_TEST(!tables[0]->find(birth, IndicatorId::SatisfactionShare)->change.has_value());
  Cut q3 = birth;
  q3.period = 2;
  BOOST_TEST(tables[2]->find(q3, IndicatorId::SatisfactionShare)->change.has_value());
  BOOST_TEST(
      tables[2]->find(Cut{.period = 2}, IndicatorId::Question, "polite")->change.has_value());
}

BOOST_AUTO_TEST_CASE(a_change_reaches_past_a_period_between) {
  // 2026-06, 2026-Q2, 2026-07 in the dataset's order: July compares with
  // June, two tables back, so June's table must outlive Q2's.
  model::Dataset d = small_dataset();
  d.periods = {
      {.year = 2026, .month = 6}, {.year = 2026, .quarter = 2}, {.year = 2026, .month = 7}};
  add_cell(d, {.period = 0, .life_situation = kBirth}, four_point(30, 0, 0, 70));
  add_cell(d, {.period = 1, .life_situation = kBirth}, four_point(50, 0, 0, 50));
  add_cell(d, {.period = 2, .life_situation = kBirth}, four_point(45, 0, 0, 55));
  const std::vector<PeriodTable> tables = by_period(d);
  BOOST_TEST_REQUIRE(tables.size() == 3u);
  const IndicatorResult* july =
      tables[2]->find({.period = 2, .life_situation = kBirth}, IndicatorId::SatisfactionShare);
  BOOST_TEST_REQUIRE(july != nullptr);
  BOOST_TEST_REQUIRE(july->change.has_value());
  BOOST_TEST(july->change->difference == 15.0, tt::tolerance(1e-9));  // 45 % against June's 30 %
}

BOOST_AUTO_TEST_CASE(cells_marked_a_period_at_a_time_match_the_whole_table) {
  const model::Dataset d = three_quarters();
  PublishedCells marked(d);
  compute_indicators_by_period(d, ingest::Config{}, [&](uint16_t period, const PeriodTable& table) {
    marked.mark(*table, d, period);
  });
  const IndicatorTable whole = compute_indicators(d, ingest::Config{});
  std::size_t hidden = 0;
  for (std::size_t i = 0; i < d.survey.size(); ++i) {
    BOOST_TEST(marked[i] == is_published(whole, d, d.survey[i]), "cell " << i);
    if (!marked[i]) ++hidden;
  }
  BOOST_TEST(hidden > 0u);  // the small Q2 cell and what protects it
  BOOST_TEST(hidden < d.survey.size());
}

BOOST_AUTO_TEST_CASE(site_cuts_are_those_of_all_segments_and_no_regional_service) {
  const struct {
    Cut cut;
    bool site;
  } cases[] = {
      {Cut{}, true},
      {Cut{.life_situation = kBirth, .touchpoint = kPortal}, true},
      {Cut{.life_situation = kBirth, .service = kSvcA}, true},
      {Cut{.region = kNorth}, true},
      {Cut{.life_situation = kBirth, .region = kNorth}, true},
      {Cut{.life_situation = kBirth, .touchpoint = kPortal, .region = kNorth}, true},
      {Cut{.life_situation = kBirth, .service = kSvcA, .region = kNorth}, false},
      {Cut{.segment = kCitizens}, false},
      {Cut{.segment = kCitizens, .region = kNorth}, false},
  };
  for (const auto& c : cases)
    BOOST_TEST(is_site_cut(c.cut) == c.site, "ls " << c.cut.life_situation << " service "
                                                   << c.cut.service << " touchpoint "
                                                   << c.cut.touchpoint << " segment "
                                                   << c.cut.segment << " region " << c.cut.region);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
