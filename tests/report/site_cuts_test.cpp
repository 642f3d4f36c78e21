// A build keeps only the site's cuts (metrics::is_site_result) and the cells'
// disclosure once the indicators are made. The workbooks written from those
// must be the ones written from every cut, byte for byte: on the fixture
// (with a region) and on the sample data (with segments).
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iterator>
#include <string>

#include "ingest/config.hpp"
#include "ingest/load_dataset.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/published_cells.hpp"
#include "metrics/site_results.hpp"
#include "report/report_fixture.hpp"
#include "report/workbook.hpp"

using namespace otklik;

namespace {

std::string bytes_of(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void same_workbooks_from_site_cuts(const model::Dataset& data, const ingest::Config& config,
                                   const std::string& name) {
  const metrics::IndicatorTable every_cut = metrics::compute_indicators(data, config);
  metrics::IndicatorTable site;
  site.append(every_cut, metrics::is_site_result);
  site.sort();
  BOOST_TEST_REQUIRE(site.results().size() < every_cut.results().size());
  const metrics::PublishedCells published = metrics::published_cells(every_cut, data);
  for (const report::WorkbookScope& scope : {report::WorkbookScope{}, report::WorkbookScope{0}}) {
    const auto from_every_cut = test::temp_workbook(name + "-every-cut");
    const auto from_site = test::temp_workbook(name + "-site");
    report::write_workbook(data, every_cut, config, scope, from_every_cut);
    report::write_workbook(data, site, published, config, scope, from_site);
    const std::string expected = bytes_of(from_every_cut);
    BOOST_TEST_REQUIRE(!expected.empty());
    BOOST_TEST((bytes_of(from_site) == expected), name << ": the workbooks differ");
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(site_cuts)

BOOST_AUTO_TEST_CASE(fixture_workbooks_need_only_the_site_cuts) {
  same_workbooks_from_site_cuts(test::report_dataset(), test::report_config(), "fixture");
}

BOOST_AUTO_TEST_CASE(sample_workbooks_need_only_the_site_cuts) {
  const std::filesystem::path source = OTKLIK_SOURCE_DIR;
  const ingest::Config config = ingest::load_config(source / "otklik.yaml");
  const model::Dataset data =
      ingest::load_dataset(source / "data", config, [](const std::string&) {});
  same_workbooks_from_site_cuts(data, config, "sample");
}

BOOST_AUTO_TEST_SUITE_END()
