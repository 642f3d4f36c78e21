#include "metrics/statistics.hpp"

#include <boost/test/unit_test.hpp>

namespace otklik::metrics {
namespace {

namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(statistics)

BOOST_AUTO_TEST_CASE(wilson_of_eight_in_ten) {
  // p = 0.8, n = 10, z² = 3.841459:
  // centre = (0.8 + 0.192073) / 1.384146 = 0.716740
  // half = 1.959964 / 1.384146 * sqrt(0.016 + 0.009604) = 1.416011 * 0.160011 = 0.226578
  // -> 0.716740 ∓ 0.226578 = 49.0162 .. 94.3318 %
  const Interval ci = wilson_interval(8, 10);
  BOOST_TEST(ci.low == 49.0162, tt::tolerance(1e-5));
  BOOST_TEST(ci.high == 94.3318, tt::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(wilson_stays_inside_zero_to_hundred) {
  // 10/10: centre + half is exactly 1; 0/10 starts at exactly 0.
  const Interval all = wilson_interval(10, 10);
  BOOST_TEST(all.high == 100.0, tt::tolerance(1e-9));
  BOOST_TEST(all.low < 100.0);
  BOOST_TEST(all.low > 60.0);  // z²/(n+z²) away from 1: 1 - 3.84/13.84 = 72.2 %
  const Interval none = wilson_interval(0, 10);
  BOOST_TEST(none.low < 1e-9);
  BOOST_TEST(none.high == 27.7533, tt::tolerance(1e-4));  // 3.841459 / 13.841459
}

BOOST_AUTO_TEST_CASE(empty_base_gives_zero_interval) {
  for (const Interval& ci :
       {wilson_interval(0, 0), nps_interval(0, 0, 0), mean_interval(0, 0, 0)}) {
    BOOST_TEST(ci.low == 0.0);
    BOOST_TEST(ci.high == 0.0);
  }
}

BOOST_AUTO_TEST_CASE(nps_interval_from_score_variance) {
  // p+ = 0.5, p- = 0.2, value 0.3: var = (0.7 - 0.09) / 10 = 0.061,
  // half = 1.959964 * 0.246982 = 0.484076 -> -18.41 .. 78.41 points.
  const Interval ci = nps_interval(5, 2, 10);
  BOOST_TEST(ci.low == -18.4076, tt::tolerance(1e-4));
  BOOST_TEST(ci.high == 78.4076, tt::tolerance(1e-4));
}

BOOST_AUTO_TEST_CASE(nps_interval_is_clamped) {
  // 1 promoter, 1 detractor of 2: value 0, var = (1 - 0) / 2 = 0.5,
  // half = 1.96 * 0.707 = 1.386 -> clamped to -100 .. 100.
  const Interval ci = nps_interval(1, 1, 2);
  BOOST_TEST(ci.low == -100.0);
  BOOST_TEST(ci.high == 100.0);
}

BOOST_AUTO_TEST_CASE(mean_interval_from_sums) {
  // Scores 100, 100, 66.67, 33.33: sum 300, sum of squares 25555.56, mean 75;
  // sample variance (25555.56 - 4 * 5625) / 3 = 1018.52; se = sqrt(1018.52 / 4) = 15.957;
  // half = 31.275 -> 43.725 .. 106.3, clamped to 100.
  const double sum_squares = 10000 + 10000 + 40000.0 / 9 + 10000.0 / 9;
  const Interval ci = mean_interval(300, sum_squares, 4);
  BOOST_TEST(ci.low == 43.725, tt::tolerance(1e-3));
  BOOST_TEST(ci.high == 100.0);
}

BOOST_AUTO_TEST_CASE(mean_interval_of_one_answer_is_a_point) {
  const Interval ci = mean_interval(66.0, 66.0 * 66.0, 1);
  BOOST_TEST(ci.low == 66.0);
  BOOST_TEST(ci.high == 66.0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
