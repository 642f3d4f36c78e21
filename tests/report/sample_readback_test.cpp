// The sample data's workbooks read back: every figure of «Сводка» and
// «Динамика» equals the indicator otklik computed (value, n, star level,
// suppression), and both workbooks follow the Excel conventions.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <map>
#include <string>

#include "ingest/config.hpp"
#include "ingest/load_dataset.hpp"
#include "metrics/indicator_table.hpp"
#include "report/excel_conventions.hpp"
#include "report/report_fixture.hpp"
#include "report/workbook.hpp"
#include "report/xlsx_reader.hpp"

using namespace otklik;
using test::XlsxCell;
using test::XlsxFile;
using test::XlsxSheet;

namespace {

const std::filesystem::path kSource = OTKLIK_SOURCE_DIR;

struct Sample {
  ingest::Config config = ingest::load_config(kSource / "otklik.yaml");
  model::Dataset data = ingest::load_dataset(kSource / "data", config, [](const std::string&) {});
  metrics::IndicatorTable indicators = metrics::compute_indicators(data, config);
};

const Sample& sample() {
  static const Sample s;
  return s;
}

const XlsxFile& workbook(model::DimIndex ls) {
  static std::map<model::DimIndex, XlsxFile> files;
  auto it = files.find(ls);
  if (it != files.end()) return it->second;
  const auto path = test::temp_workbook("sample-" + std::to_string(ls));
  report::write_workbook(sample().data, sample().indicators, sample().config, {ls}, path);
  return files.emplace(ls, XlsxFile(path)).first->second;
}

// The figure a cell should hold: shares as fractions.
double stored_value(const metrics::IndicatorResult& r) {
  return r.unit == metrics::Unit::Percent ? r.measurement.value / 100 : r.measurement.value;
}

bool close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

// «Сводка» of the scope: each row's key names its result in the last period.
void check_summary(const XlsxSheet& sheet, model::DimIndex ls) {
  const Sample& s = sample();
  metrics::Cut cut;
  cut.period = static_cast<uint16_t>(s.data.periods.size() - 1);
  cut.life_situation = ls;
  std::map<std::string, const metrics::IndicatorResult*> by_key;
  for (const auto& r : s.indicators.results())
    if (r.cut == cut) by_key[s.indicators.key(r)] = &r;
  BOOST_TEST(sheet.last_row > 10);
  int checked = 0;
  for (int row = 2; row <= sheet.last_row; ++row) {
    const std::string n = std::to_string(row);
    const std::string key = sheet.at("B" + n).text;
    BOOST_TEST_CONTEXT("«Сводка» row " << n << " " << key) {
      BOOST_REQUIRE(by_key.count(key) == 1u);
      const metrics::IndicatorResult& r = *by_key.at(key);
      if (!r.has_value()) {
        BOOST_TEST(sheet.at("I" + n).text == "—");
        BOOST_TEST(sheet.find("F" + n) == nullptr);
        continue;
      }
      BOOST_TEST(sheet.at("F" + n).number() == static_cast<double>(r.measurement.n));
      BOOST_TEST(close(sheet.at("I" + n).number(), stored_value(r)));
      if (r.estimate != metrics::Estimate::Tally || r.unit == metrics::Unit::Percent)
        BOOST_TEST(sheet.at("I" + n).formula.has_value());
      if (r.star_level >= 0) BOOST_TEST(sheet.at("L" + n).number() == r.star_level);
      ++checked;
    }
  }
  BOOST_TEST(checked > 10);
}

// «Динамика»: satisfaction of each period and life situation (D..J).
void check_dynamics(const XlsxSheet& sheet) {
  const Sample& s = sample();
  int compared = 0;
  for (int row = 2; row <= sheet.last_row; ++row) {
    const std::string n = std::to_string(row);
    metrics::Cut cut;
    const std::string period = sheet.at("A" + n).text;
    for (std::size_t p = 0; p < s.data.periods.size(); ++p)
      if (s.data.periods[p].label() == period) cut.period = static_cast<uint16_t>(p);
    const XlsxCell* code = sheet.find("B" + n);
    for (std::size_t ls = 0; code && ls < s.data.life_situations.size(); ++ls)
      if (s.data.life_situations[ls].id == code->text)
        cut.life_situation = static_cast<model::DimIndex>(ls);
    const auto* r = s.indicators.find(cut, metrics::IndicatorId::SatisfactionShare);
    BOOST_TEST_CONTEXT("«Динамика» row " << n) {
      if (r == nullptr || !r->has_value()) {
        BOOST_TEST(sheet.find("D" + n) == nullptr);
        continue;
      }
      BOOST_TEST(sheet.at("D" + n).number() == static_cast<double>(r->measurement.n));
      BOOST_TEST(sheet.at("E" + n).number() == static_cast<double>(r->measurement.positive));
      BOOST_TEST(close(sheet.at("G" + n).number(), r->measurement.value / 100));
      BOOST_TEST(sheet.at("J" + n).number() == r->star_level);
      ++compared;
    }
  }
  BOOST_TEST(compared > 0);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sample_workbooks)

BOOST_AUTO_TEST_CASE(the_full_workbook_reads_back_as_the_computed_indicators) {
  const XlsxFile& file = workbook(model::kNone);
  check_summary(file.sheet("Сводка"), model::kNone);
  check_dynamics(file.sheet("Динамика"));
  const auto problems = test::excel_convention_problems(file);
  for (const auto& problem : problems) BOOST_TEST_MESSAGE(problem);
  BOOST_TEST(problems.empty());
}

BOOST_AUTO_TEST_CASE(a_life_situations_workbook_reads_back_as_its_indicators) {
  const XlsxFile& file = workbook(0);
  check_summary(file.sheet("Сводка"), 0);
  check_dynamics(file.sheet("Динамика"));
  const auto problems = test::excel_convention_problems(file);
  for (const auto& problem : problems) BOOST_TEST_MESSAGE(problem);
  BOOST_TEST(problems.empty());
}

BOOST_AUTO_TEST_SUITE_END()
