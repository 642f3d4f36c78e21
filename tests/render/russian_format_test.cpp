// Russian number, plural and star formats, table-driven.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "render/russian_format.hpp"

using namespace otklik::render;
using otklik::metrics::Unit;

namespace {
const std::string nbsp = "\u00a0";
const std::string minus = "\u2212";
}  // namespace

BOOST_AUTO_TEST_SUITE(russian_format)

BOOST_AUTO_TEST_CASE(percent_values) {
  struct Case {
    double value;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {0.0, "0,0" + nbsp + "%"},
      {85.26, "85,3" + nbsp + "%"},  // half up at the second decimal
      {60.05, "60,1" + nbsp + "%"},  // 60.05 is 60.0499… in binary; the standard rounds up
      {99.94, "99,9" + nbsp + "%"},
      {100.0, "100" + nbsp + "%"},  // the end of the scale written whole
      {99.96, "100" + nbsp + "%"},  // rounds to the end of the scale
      {-0.04, "0,0" + nbsp + "%"},  // no "−0,0"
  };
  for (const Case& c : cases) BOOST_TEST(format_percent(c.value) == c.expected, c.value);
}

BOOST_AUTO_TEST_CASE(points_and_decimals) {
  BOOST_TEST(format_value(-12.5, Unit::Points) == minus + "12,5");
  BOOST_TEST(format_value(-12.46, Unit::Points) == minus + "12,5");
  BOOST_TEST(format_value(57.142857, Unit::Points) == "57,1");
  BOOST_TEST(format_value(-100.0, Unit::Points) == minus + "100");
  BOOST_TEST(format_value(85.3, Unit::Percent) == "85,3" + nbsp + "%");
  BOOST_TEST(format_decimal(12345.67) == "12" + nbsp + "345,7");
}

BOOST_AUTO_TEST_CASE(thresholds_drop_a_zero_decimal) {
  BOOST_TEST(format_threshold(90.1) == "90,1");
  BOOST_TEST(format_threshold(35.0) == "35");
  BOOST_TEST(format_threshold(0.5) == "0,5");
  BOOST_TEST(format_threshold(-5.0) == minus + "5");
}

BOOST_AUTO_TEST_CASE(intervals) {
  BOOST_TEST(format_interval({82.14, 88.0}, Unit::Percent) == "от 82,1 до 88,0" + nbsp + "%");
  BOOST_TEST(format_interval({-15.2, -9.76}, Unit::Points) ==
             "от " + minus + "15,2 до " + minus + "9,8");
}

BOOST_AUTO_TEST_CASE(thousands_are_grouped_with_no_break_spaces) {
  struct Case {
    uint64_t n;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {0, "0"},
      {999, "999"},
      {1000, "1" + nbsp + "000"},
      {12345, "12" + nbsp + "345"},
      {1234567, "1" + nbsp + "234" + nbsp + "567"},
      {100000, "100" + nbsp + "000"},
  };
  for (const Case& c : cases) BOOST_TEST(format_count(c.n) == c.expected, c.n);
}

BOOST_AUTO_TEST_CASE(plural_forms_of_answer) {
  struct Case {
    uint64_t n;
    std::string word;
  };
  const std::vector<Case> cases = {
      {0, "ответов"},  {1, "ответ"},    {2, "ответа"},    {4, "ответа"},    {5, "ответов"},
      {11, "ответов"}, {12, "ответов"}, {14, "ответов"},  {21, "ответ"},    {22, "ответа"},
      {25, "ответов"}, {101, "ответ"},  {111, "ответов"}, {112, "ответов"}, {1001, "ответ"},
  };
  for (const Case& c : cases) {
    BOOST_TEST(plural_form(c.n, "ответ", "ответа", "ответов") == c.word, c.n);
    BOOST_TEST(answers_text(c.n) == format_count(c.n) + nbsp + c.word, c.n);
  }
}

BOOST_AUTO_TEST_CASE(fewer_than_uses_the_genitive) {
  BOOST_TEST(fewer_than_answers_text(10) == "менее 10" + nbsp + "ответов");
  BOOST_TEST(fewer_than_answers_text(21) == "менее 21" + nbsp + "ответа");
  BOOST_TEST(fewer_than_answers_text(1) == "менее 1" + nbsp + "ответа");
  BOOST_TEST(fewer_than_answers_text(3) == "менее 3" + nbsp + "ответов");
}

BOOST_AUTO_TEST_CASE(star_levels) {
  BOOST_TEST(star_text(4) == "4 из 5");
  BOOST_TEST(star_text(1) == "1 из 5");
  BOOST_TEST(star_text(0) == "уровень не достигнут");
  BOOST_TEST(star_symbols(4) == "★★★★☆");
  BOOST_TEST(star_symbols(0) == "☆☆☆☆☆");
  BOOST_TEST(star_symbols(5) == "★★★★★");
}

BOOST_AUTO_TEST_CASE(change_in_words) {
  using otklik::metrics::Better;
  using otklik::metrics::Change;
  const std::string pp = nbsp + "п." + nbsp + "п.";
  struct Case {
    Change change;
    Unit unit;
    Better better;
    std::string text;
    std::string arrow;
  };
  // Change: difference, z, tested, significant.
  const std::vector<Case> cases = {
      {{2.349, 2.5, true, true},
       Unit::Percent,
       Better::Higher,
       "рост на 2,3" + pp + ", статистически значимо (улучшение)",
       "▲"},
      {{-1.05, -0.8, true, false},
       Unit::Percent,
       Better::Higher,
       "снижение на 1,1" + pp + ", в пределах случайных колебаний",
       "▼"},
      // Lower is better for repeat requests: a significant fall is an improvement.
      {{-0.6, -3.1, true, true},
       Unit::Percent,
       Better::Lower,
       "снижение на 0,6" + pp + ", статистически значимо (улучшение)",
       "▼"},
      {{4.7, 2.0, true, true},
       Unit::Points,
       Better::Higher,
       "рост на 4,7" + nbsp + "пункта, статистически значимо (улучшение)",
       "▲"},
      // Counts have no sampling error: no test, the plain difference.
      {{108, 0, false, false}, Unit::Count, Better::Neither, "рост на 108", "▲"},
      {{-1234, 0, false, false}, Unit::Count, Better::Neither, "снижение на 1" + nbsp + "234", "▼"},
      {{1, 0, false, false},
       Unit::Level,
       Better::Higher,
       "рост на 1" + nbsp + "ур. (улучшение)",
       "▲"},
      {{0.04, 0.1, true, false}, Unit::Percent, Better::Higher, "без изменений", "="},
      {{-0.04, -0.1, true, false}, Unit::Percent, Better::Higher, "без изменений", "="},
  };
  for (const Case& c : cases) {
    BOOST_TEST(format_change(c.change, c.unit, c.better) == c.text);
    BOOST_TEST(change_arrow(c.change) == c.arrow);
  }
}

BOOST_AUTO_TEST_CASE(values_in_every_unit) {
  BOOST_TEST(format_value(85.26, Unit::Percent) == "85,3" + nbsp + "%");
  BOOST_TEST(format_value(-12.46, Unit::Points) ==
             "\u2212"
             "12,5");
  BOOST_TEST(format_value(12345, Unit::Count) == "12" + nbsp + "345");
  BOOST_TEST(format_value(14.66, Unit::Hours) == "14,7" + nbsp + "ч");
  BOOST_TEST(format_value(3, Unit::Level) == "3 из 5");
  BOOST_TEST(counted_text(3, {"обращение", "обращения", "обращений"}) == "3" + nbsp + "обращения");
  BOOST_TEST(counted_text(1021, {"услуга", "услуги", "услуг"}) ==
             "1" + nbsp + "021" + nbsp + "услуга");
}

BOOST_AUTO_TEST_CASE(dates_have_the_month_in_the_genitive) {
  using namespace std::chrono;
  const struct {
    sys_days day;
    const char* text;
  } cases[] = {
      {sys_days{year{2026} / November / 22}, "22 ноября 2026\u00a0г."},
      {sys_days{year{2026} / January / 1}, "1 января 2026\u00a0г."},
      {sys_days{year{2026} / May / 31}, "31 мая 2026\u00a0г."},
      {sys_days{year{2025} / December / 31}, "31 декабря 2025\u00a0г."},
  };
  for (const auto& c : cases) BOOST_TEST(otklik::render::format_date(c.day) == c.text);
}

BOOST_AUTO_TEST_SUITE_END()
