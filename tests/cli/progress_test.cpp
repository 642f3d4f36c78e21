#include <sstream>

#include <boost/test/unit_test.hpp>

#include "cli/progress.hpp"

namespace otklik::cli {

BOOST_AUTO_TEST_SUITE(progress)

BOOST_AUTO_TEST_CASE(lines_name_each_stage_and_its_time) {
  std::ostringstream out;
  Progress p(out, ProgressStyle::Lines);
  p.stage("reading data");
  p.stage("writing workbooks", 3);
  p.advance(1);  // a stage this short prints no percentage line
  p.advance(3);
  p.finish();
  const std::string text = out.str();
  BOOST_TEST(text.find("otklik: reading data…\n") == 0, text);
  BOOST_TEST(text.find("otklik: reading data: done in ") != std::string::npos, text);
  BOOST_TEST(text.find("otklik: writing workbooks: done in ") != std::string::npos, text);
  BOOST_TEST(text.find(" %") == std::string::npos, text);
  BOOST_TEST(text.find('\r') == std::string::npos, text);  // no terminal codes in a log
  BOOST_TEST(text.find("otklik: built in ") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(a_bar_is_redrawn_in_place_and_closed) {
  std::ostringstream out;
  {
    Progress p(out, ProgressStyle::Bar);
    p.stage("writing workbooks", 4);
    p.advance(2);
    p.finish();
  }
  const std::string text = out.str();
  BOOST_TEST(text.find("\r\x1b[2K[") != std::string::npos, text);
  BOOST_TEST(text.find("] 0 % writing workbooks") != std::string::npos, text);
  BOOST_TEST(text.find("\r\x1b[2Kwriting workbooks: ") != std::string::npos, text);
  BOOST_TEST(text.back() == '\n', text);
}

// Rendering and checking learn their number of pages only once they start.
BOOST_AUTO_TEST_CASE(a_stage_is_counted_once_its_total_is_known) {
  std::ostringstream out;
  {
    Progress p(out, ProgressStyle::Bar);
    p.stage("checking design rules");
    BOOST_TEST(out.str().find(" %") == std::string::npos, out.str());
    p.count(10540);
    p.advance(5270);
    p.finish();
  }
  const std::string text = out.str();
  BOOST_TEST(text.find("] 0 % checking design rules") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(a_failed_build_closes_the_bar_line) {
  std::ostringstream out;
  {
    Progress p(out, ProgressStyle::Bar);
    p.stage("reading data");
  }
  BOOST_TEST(out.str().back() == '\n');
}

BOOST_AUTO_TEST_CASE(quiet_prints_nothing) {
  std::ostringstream out;
  Progress p(out, ProgressStyle::Quiet);
  p.stage("reading data", 10);
  p.advance(5);
  p.finish();
  BOOST_TEST(out.str().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace otklik::cli
