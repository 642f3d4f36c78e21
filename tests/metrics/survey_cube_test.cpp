// The cube against the slow count of reference_counts.hpp, for cells in the
// order ingest sorts them (a finest cut's questions side by side) and in
// orders it never does (questions apart, a cell's key given twice).
#include "metrics/survey_cube.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <set>
#include <tuple>

#include "dataset_builder.hpp"
#include "reference_counts.hpp"

namespace otklik::metrics {
namespace {

using model::kNone;
using namespace testing;

void sort_as_ingest_does(model::Dataset& d) {
  std::sort(d.survey.begin(), d.survey.end(), [](const auto& a, const auto& b) {
    const auto fields = [](const model::CellKey& k) {
      return std::tie(k.period, k.life_situation, k.service, k.touchpoint, k.segment, k.region,
                      k.question);
    };
    return fields(a.key) < fields(b.key);
  });
}

// Every cut some counted cell reaches: each cell's keys, any of them set to "all".
std::set<Cut> reached_cuts(const model::Dataset& d, uint16_t period, bool publish_internal) {
  std::set<Cut> cuts;
  for (const model::SurveyCell& cell : d.survey) {
    const model::CellKey& k = cell.key;
    if (k.period != period) continue;
    if (!publish_internal && k.segment != kNone &&
        d.segments[k.segment].client_type == model::ClientType::Internal)
      continue;
    for (unsigned mask = 0; mask < (1u << kDimensions.size()); ++mask) {
      Cut cut = cut_of(k);
      for (std::size_t i = 0; i < kDimensions.size(); ++i)
        if ((mask & (1u << i)) != 0) cut.at(kDimensions[i]) = kNone;
      cuts.insert(cut);
    }
  }
  return cuts;
}

void check_cube(const model::Dataset& d, uint16_t period, bool publish_internal) {
  const SurveyCube cube(d, publish_internal, period);
  const std::set<Cut> expected = reached_cuts(d, period, publish_internal);
  BOOST_TEST(cube.cuts().size() == expected.size());
  BOOST_TEST(std::equal(cube.cuts().begin(), cube.cuts().end(), expected.begin(), expected.end()));
  const CountFilter all{.publish_internal = publish_internal};
  const CountFilter digital{.publish_internal = publish_internal, .digital_only = true};
  for (std::size_t i = 0; i < cube.cuts().size(); ++i) {
    const Cut& cut = cube.cuts()[i];
    BOOST_TEST(*cube.index(cut) == i);
    for (uint16_t q = 0; q < d.questions.size(); ++q)
      BOOST_TEST((cube.answers(i, q).n == merged_answers(d, cut, q, all).n),
                 describe(cut) << " question " << q);
    BOOST_TEST((cube.digital_nps(i).n == merged_answers(d, cut, kNps, digital).n), describe(cut));
  }
}

BOOST_AUTO_TEST_SUITE(survey_cube)

BOOST_AUTO_TEST_CASE(every_cut_sums_the_cells_below_it_in_any_cell_order) {
  for (uint32_t seed : {20261124u, 3u}) {
    model::Dataset d = crowded_dataset(seed);
    model::Dataset sorted = d;
    sort_as_ingest_does(sorted);
    model::Dataset reversed = sorted;
    std::reverse(reversed.survey.begin(), reversed.survey.end());
    for (const auto& [name, data] : {std::pair{"as added", &d}, std::pair{"sorted", &sorted},
                                     std::pair{"reversed", &reversed}})
      for (uint16_t period : {0, 1})
        for (bool internal : {false, true})
          BOOST_TEST_CONTEXT("seed " << seed << ", " << name << ", period " << period
                                     << ", internal " << internal) {
            check_cube(*data, period, internal);
          }
  }
}

BOOST_AUTO_TEST_CASE(a_key_given_twice_counts_both_cells) {
  model::Dataset d = small_dataset();
  const CellSpec spec{.life_situation = kBirth, .touchpoint = kPortal, .question = kNps};
  add_cell(d, spec, scores({{10, 2}}));
  add_cell(d, {.life_situation = kBirth, .touchpoint = kPortal}, four_point(1, 0, 0, 0));
  add_cell(d, spec, scores({{10, 3}, {0, 1}}));
  const SurveyCube cube(d, false, 0);
  const std::size_t at = *cube.index(Cut{.life_situation = kBirth, .touchpoint = kPortal});
  BOOST_TEST(cube.answers(at, kNps)[10] == 5u);
  BOOST_TEST(cube.answers(at, kNps)[0] == 1u);
  BOOST_TEST(cube.digital_nps(at)[10] == 5u);
  BOOST_TEST(cube.answers(at, kSatisfaction)[4] == 1u);
  BOOST_TEST(cube.digital_nps(*cube.index(Cut{}))[10] == 5u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
