// Star levels at the edges of Tables 1 and 2, written as the workbook writes
// them: the cached level is otklik's, the formula is over «Методика». The
// workbook is left in the build folder, where the LibreOffice test
// (tests/report/libreoffice/recalc) recalculates it and compares the two.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "metrics/indicator_table.hpp"
#include "metrics/measurement.hpp"
#include "report/indicator_columns.hpp"
#include "report/methodology_sheet.hpp"
#include "report/report_fixture.hpp"
#include "report/xlsx_reader.hpp"

using namespace otklik;
using metrics::IndicatorId;

namespace {

struct Case {
  IndicatorId id;
  uint64_t positive;
  uint64_t negative;  // NPS detractors
  uint64_t n;
  int level;  // from the table, by hand
};

// 90,05 % rounds to 90,1: level 5; 90,04 % to 90,0: level 4. Digital NPS
// 5,05 -> 5,1: level 2; 5,04 -> 5,0: level 1; -100 is level 1. Repeat
// requests 0,5 % sit in two ranges: the better (5) wins; 0,54 % -> 0,5 too.
// Proactive share 20,0 % is level 2 by itself, 19,96 % rounds to 20,0.
const Case kCases[] = {
    {IndicatorId::SatisfactionShare, 1801, 0, 2000, 5},
    {IndicatorId::SatisfactionShare, 2251, 0, 2500, 4},
    {IndicatorId::SatisfactionShare, 1601, 0, 2000, 4},
    {IndicatorId::SatisfactionShare, 1001, 0, 2000, 1},
    {IndicatorId::SatisfactionShare, 1251, 0, 2500, 0},
    {IndicatorId::SatisfactionShare, 2000, 0, 2000, 5},
    {IndicatorId::SatisfactionShare, 0, 0, 2000, 0},
    {IndicatorId::DigitalNps, 101, 0, 2000, 2},
    {IndicatorId::DigitalNps, 126, 0, 2500, 1},
    {IndicatorId::DigitalNps, 0, 2000, 2000, 1},
    {IndicatorId::DigitalNps, 1002, 0, 2000, 5},
    {IndicatorId::RepeatRequestShare, 1, 0, 200, 5},
    {IndicatorId::RepeatRequestShare, 27, 0, 5000, 5},
    {IndicatorId::RepeatRequestShare, 3, 0, 200, 3},
    {IndicatorId::ProactiveShare, 1, 0, 5, 2},
    {IndicatorId::ProactiveShare, 499, 0, 2500, 2},
};

metrics::Measurement measurement(const Case& c) {
  if (c.id != IndicatorId::DigitalNps) return metrics::share_of(c.positive, c.n);
  metrics::Measurement m;
  m.n = c.n;
  m.positive = c.positive;
  m.negative = c.negative;
  m.value = (static_cast<double>(c.positive) - static_cast<double>(c.negative)) / c.n * 100;
  return m;
}

}  // namespace

BOOST_AUTO_TEST_CASE(star_boundaries_workbook) {
  const std::filesystem::path dir = std::filesystem::current_path() / "libreoffice-fixtures";
  std::filesystem::create_directories(dir);
  const std::filesystem::path path = dir / "star-boundaries.xlsx";
  const ingest::Config config = test::report_config();
  {
    report::Workbook workbook(path);
    report::Sheet sheet = workbook.add_sheet("Границы");
    std::vector<report::Column> columns = {{"Показатель", 24}};
    for (const auto& column : report::indicator_columns(IndicatorId::SatisfactionShare))
      columns.push_back({"Блок: " + column.header, column.width});
    sheet.table("Granitsy", columns, std::size(kCases), 1);
    lxw_row_t row = 1;
    for (const Case& c : kCases) {
      const metrics::IndicatorResult r = metrics::make_result({}, c.id, measurement(c), config);
      BOOST_TEST(r.star_level == c.level,
                 metrics::definition(c.id).key << " " << c.positive << "/" << c.n);
      sheet.text(row, 0, metrics::definition(c.id).key);
      report::write_indicator_block(sheet, row++, 1, &r, config);
    }
    report::write_methodology_sheet(workbook);
    workbook.close();
  }
  const test::XlsxFile file(path);
  const test::XlsxSheet& sheet = file.sheet("Границы");
  for (std::size_t i = 0; i < std::size(kCases); ++i) {
    const std::string ref = "H" + std::to_string(i + 2);  // the block's level column
    BOOST_TEST_CONTEXT(ref) {
      BOOST_TEST(sheet.at(ref).formula.has_value());
      BOOST_TEST(sheet.at(ref).number() == kCases[i].level);
    }
  }
}
