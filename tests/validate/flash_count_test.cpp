// Counting transitions and flashes on synthetic level sequences.
#include <boost/test/unit_test.hpp>
#include <vector>

#include "validate/flash_count.hpp"

namespace flash = otklik::validate::flash;

namespace {

// Levels alternating between `low` and `high`, one every `interval_s`.
std::vector<flash::Sample> square(double low, double high, double interval_s, int count) {
  std::vector<flash::Sample> samples;
  for (int i = 0; i < count; ++i) samples.push_back({i * interval_s, i % 2 ? high : low, false});
  return samples;
}

std::size_t flashes(const std::vector<flash::Sample>& samples, flash::Threshold threshold) {
  return flash::max_flashes_in_window(
      flash::merge_runs(flash::level_transitions(samples, threshold)));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_flash_count)

BOOST_AUTO_TEST_CASE(three_flashes_in_a_second_pass_four_fail) {
  // A change every 1/6 s: 6 transitions in any second = 3 flashes (allowed).
  BOOST_TEST(flashes(square(0, 1, 1.0 / 6, 30), flash::Threshold::luminance) == 3u);
  // Every 1/8 s: 8 transitions = 4 flashes.
  BOOST_TEST(flashes(square(0, 1, 1.0 / 8, 30), flash::Threshold::luminance) == 4u);
  // Exactly 7 transitions fit in [0, 1) at 1/7 s: still 3 flashes.
  BOOST_TEST(flashes(square(0, 1, 1.0 / 7, 30), flash::Threshold::luminance) == 3u);
}

BOOST_AUTO_TEST_CASE(nine_percent_is_not_a_transition) {
  BOOST_TEST(flashes(square(0.50, 0.59, 0.02, 100), flash::Threshold::luminance) == 0u);
  BOOST_TEST(flashes(square(0.50, 0.60, 0.02, 100), flash::Threshold::luminance) == 25u);
  // The darker state must be below 0.80.
  BOOST_TEST(flashes(square(0.80, 1.00, 0.02, 100), flash::Threshold::luminance) == 0u);
  BOOST_TEST(flashes(square(0.79, 1.00, 0.02, 100), flash::Threshold::luminance) == 25u);
  // Opacity and visibility have no darker-state condition.
  BOOST_TEST(flashes(square(0.80, 1.00, 0.02, 100), flash::Threshold::level) == 25u);
}

BOOST_AUTO_TEST_CASE(a_slow_fade_counts_once_it_has_changed_enough) {
  // 0.04 per step: no two consecutive frames differ by 0.1, but 0 -> 0.12 does.
  std::vector<flash::Sample> samples;
  const double levels[] = {0, 0.04, 0.08, 0.12, 0.16, 0.12, 0.08, 0.04, 0};
  for (int i = 0; i < 9; ++i) samples.push_back({i * 0.01, levels[i], false});
  auto transitions = flash::level_transitions(samples, flash::Threshold::luminance);
  BOOST_REQUIRE(transitions.size() == 2u);
  BOOST_TEST(transitions[0].time_s == 0.03, boost::test_tools::tolerance(1e-9));
  BOOST_TEST((transitions[1].direction == flash::Direction::down));
  // The way back is measured from the peak 0.16: 0.04 is 0.12 below it.
  BOOST_TEST(transitions[1].time_s == 0.07, boost::test_tools::tolerance(1e-9));
  // A rise of 0.10 in two steps and back down by 0.095 from the peak: no second transition.
  std::vector<flash::Sample> back;
  const double rise[] = {0, 0.05, 0.10, 0.12, 0.025};
  for (int i = 0; i < 5; ++i) back.push_back({i * 0.01, rise[i], false});
  BOOST_TEST(flash::level_transitions(back, flash::Threshold::luminance).size() == 1u);
  // Small steps back and forth around one level never add up.
  BOOST_TEST(flashes(square(0.3, 0.38, 0.01, 200), flash::Threshold::luminance) == 0u);
}

BOOST_AUTO_TEST_CASE(a_staircase_is_one_transition) {
  std::vector<flash::Transition> stairs = {
      {0.0, flash::Direction::up},   {0.1, flash::Direction::up},   {0.2, flash::Direction::up},
      {0.3, flash::Direction::down}, {0.4, flash::Direction::both}, {0.5, flash::Direction::both}};
  auto merged = flash::merge_runs(stairs);
  BOOST_REQUIRE(merged.size() == 4u);
  BOOST_TEST(merged[1].time_s == 0.3);
  BOOST_TEST(flash::max_flashes_in_window(merged) == 2u);
}

BOOST_AUTO_TEST_CASE(the_worst_window_anywhere_counts) {
  // 8 transitions crowded into 0.5 s after a quiet 5 s.
  std::vector<flash::Transition> merged;
  merged.push_back({0, flash::Direction::up});
  for (int i = 0; i < 8; ++i)
    merged.push_back({5 + i / 16.0, i % 2 ? flash::Direction::up : flash::Direction::down});
  BOOST_TEST(flash::max_flashes_in_window(merged) == 4u);
  BOOST_TEST(flash::flash_rate(merged, 5, 6) == 4.0);
}

BOOST_AUTO_TEST_CASE(red_flash_threshold) {
  // Saturated red against a grey of nearly the same luminance.
  BOOST_TEST(flash::is_saturated_red(255, 0, 0));
  BOOST_TEST(!flash::is_saturated_red(255, 128, 128));
  BOOST_TEST(flash::red_level(255, 0, 0) == 320.0);
  BOOST_TEST(flash::red_level(0, 255, 0) == 0.0);
  flash::Sample red{0, flash::red_level(255, 0, 0), true};
  flash::Sample grey{0.1, flash::red_level(127, 127, 127), false};
  BOOST_TEST(flash::is_transition(red, grey, flash::Threshold::red));
  // A change of more than 20 is one; 20 or less is none; neither state saturated is none.
  BOOST_TEST(flash::is_transition(red, flash::Sample{0.1, 290, true}, flash::Threshold::red));
  BOOST_TEST(!flash::is_transition(flash::Sample{0, 320, true}, flash::Sample{0, 300, true},
                                   flash::Threshold::red));
  BOOST_TEST(!flash::is_transition(flash::Sample{0, 100, false}, flash::Sample{0, 0, false},
                                   flash::Threshold::red));
}

BOOST_AUTO_TEST_SUITE_END()
