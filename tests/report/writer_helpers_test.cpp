#include <boost/test/unit_test.hpp>
#include <string>

#include "model/period.hpp"
#include "report/data_date.hpp"
#include "report/indicator_columns.hpp"
#include "report/methodology_sheet.hpp"
#include "report/xlsx_reader.hpp"
#include "report/xlsx_writer.hpp"

using namespace otklik;

BOOST_AUTO_TEST_CASE(period_end_is_the_last_day_of_the_period) {
  struct Case {
    const char* period;
    const char* end;
  };
  for (const Case& c :
       {Case{"2026-Q1", "2026-03-31"}, Case{"2026-Q2", "2026-06-30"}, Case{"2026-Q4", "2026-12-31"},
        Case{"2024-02", "2024-02-29"}, Case{"2026-07", "2026-07-31"}}) {
    BOOST_TEST(report::iso_date(report::period_end(*model::Period::parse(c.period))) == c.end,
               c.period);
  }
}

BOOST_AUTO_TEST_CASE(data_date_is_a_fixed_midnight_utc) {
  model::Dataset data;
  // No periods: 2000-01-01, 946684800 s after the epoch, never 0 ("now").
  BOOST_TEST(report::to_time_t(report::data_date(data)) == 946684800);
  data.periods = {*model::Period::parse("2026-Q2"), *model::Period::parse("2026-Q3")};
  // 2026-09-30T00:00:00Z = 20726 days × 86400 s.
  BOOST_TEST(report::to_time_t(report::data_date(data)) == 1790726400);
  BOOST_TEST(report::period_range(data) == "2026-Q2 – 2026-Q3");
}

BOOST_AUTO_TEST_CASE(excel_literal_escapes_only_what_excel_would_decode) {
  struct Case {
    const char* text;
    const char* stored;
  };
  for (const Case& c : {Case{"_x0041_", "_x005F_x0041_"}, Case{"a_x00e9_b", "a_x005F_x00e9_b"},
                        Case{"_x12_", "_x12_"}, Case{"_xZZZZ_", "_xZZZZ_"},
                        Case{"_X0041_", "_X0041_"}, Case{"=1+1", "=1+1"}, Case{"", ""}}) {
    const std::string stored = report::excel_literal(c.text);
    BOOST_TEST(stored == c.stored, c.text);
    BOOST_TEST(test::decode_xstring(stored) == c.text, c.text);  // what Excel shows
  }
}

BOOST_AUTO_TEST_CASE(notes_use_the_genitive_after_fewer_than) {
  BOOST_TEST(report::suppressed_note(10) == "скрыто: менее 10 ответов");
  BOOST_TEST(report::suppressed_note(21) == "скрыто: менее 21 ответа");
  BOOST_TEST(report::suppressed_note(11) == "скрыто: менее 11 ответов");
  BOOST_TEST(report::low_reliability_note(100) == "мало ответов (менее 100)");
}

BOOST_AUTO_TEST_CASE(star_bands_are_written_with_a_decimal_comma) {
  const std::vector<metrics::StarBand> bands = {{5, 90.0, 100.0}, {4, 80.0, 89.9}};
  BOOST_TEST(report::star_bands_text(bands) == "5: 90,0–100,0; 4: 80,0–89,9");
  BOOST_TEST(report::star_bands_text({}) == "не установлены");
}

BOOST_AUTO_TEST_CASE(cell_references_are_a1) {
  BOOST_TEST(report::Sheet::cell(0, 0) == "A1");
  BOOST_TEST(report::Sheet::cell(2, 38) == "AM3");
}
