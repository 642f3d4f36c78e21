#include "metrics/measurement.hpp"

#include <boost/test/unit_test.hpp>

#include "dataset_builder.hpp"
#include "metrics/statistics.hpp"

namespace otklik::metrics {
namespace {

using testing::four_point;
using testing::kDk;

BOOST_AUTO_TEST_SUITE(measurement)

BOOST_AUTO_TEST_CASE(top_two_share_excludes_dk_and_reports_it) {
  // n4=5, n3=3, n2=1, n1=1, dk=4: base 10, positive 8 -> 80 %; dk reported apart.
  const Measurement m = top_two_share(four_point(5, 3, 1, 1, 4));
  BOOST_TEST(m.n == 10u);
  BOOST_TEST(m.positive == 8u);
  BOOST_TEST(m.negative == 0u);
  BOOST_TEST(m.excluded == 4u);
  BOOST_TEST(m.value == 80.0, boost::test_tools::tolerance(1e-9));
  // The interval is the Wilson interval of 8/10 (49.02 .. 94.33, see statistics_test).
  BOOST_TEST(m.ci.low == 49.0162, boost::test_tools::tolerance(1e-5));
  BOOST_TEST(m.ci.high == 94.3318, boost::test_tools::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(csi_scales_mean_of_answers) {
  // n4=2, n3=1, n2=1, dk=3: scores 100+100+66.67+33.33 = 300 over 4 -> 75.
  const Measurement m = csi(four_point(2, 1, 1, 0, 3));
  BOOST_TEST(m.n == 4u);
  BOOST_TEST(m.excluded == 3u);
  BOOST_TEST(m.score_sum == 300.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(m.value == 75.0, boost::test_tools::tolerance(1e-9));
  // Mean interval (statistics_test): 75 ± 31.27, upper end clamped to 100.
  BOOST_TEST(m.ci.low == 43.725, boost::test_tools::tolerance(1e-3));
  BOOST_TEST(m.ci.high == 100.0);
}

BOOST_AUTO_TEST_CASE(nps_is_promoters_minus_detractors_in_points) {
  model::AnswerCounts a;
  a[10] = 3;
  a[9] = 2;  // promoters 5
  a[8] = 2;
  a[7] = 1;  // passives 3
  a[6] = 1;
  a[0] = 1;  // detractors 2
  a[kDk] = 2;
  const Measurement m = nps(a);
  // (5 - 2) / 10 * 100 = 30 points; dk excluded.
  BOOST_TEST(m.n == 10u);
  BOOST_TEST(m.positive == 5u);
  BOOST_TEST(m.negative == 2u);
  BOOST_TEST(m.excluded == 2u);
  BOOST_TEST(m.value == 30.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(m.ci.low == -18.4076, boost::test_tools::tolerance(1e-4));
  BOOST_TEST(m.ci.high == 78.4076, boost::test_tools::tolerance(1e-4));
}

BOOST_AUTO_TEST_CASE(only_dk_gives_empty_base) {
  // dk only: nothing to compute; the count of dk still shows.
  for (const Measurement& m :
       {top_two_share(four_point(0, 0, 0, 0, 7)), csi(four_point(0, 0, 0, 0, 7))}) {
    BOOST_TEST(m.n == 0u);
    BOOST_TEST(m.value == 0.0);
    BOOST_TEST(m.excluded == 7u);
    BOOST_TEST(m.ci.low == 0.0);
    BOOST_TEST(m.ci.high == 0.0);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace otklik::metrics
