// A build keeps only the site's results (metrics::is_site_result) once the
// indicators are made. The site rendered from those must be the one rendered
// from every cut, page for page and byte for byte: the sample's, and the
// sample's with its survey split between two regions (region pages).
#include <boost/test/unit_test.hpp>
#include <string>

#include "support/regional_sample.hpp"

#include "content/page.hpp"
#include "ingest/config.hpp"
#include "ingest/load_dataset.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/site_results.hpp"
#include "render/site.hpp"

using namespace otklik;

namespace {

void same_pages_from_site_results(const std::filesystem::path& data_dir) {
  const std::filesystem::path source = OTKLIK_SOURCE_DIR;
  const ingest::Config config = ingest::load_config(source / "otklik.yaml");
  const model::Dataset data = ingest::load_dataset(data_dir, config, [](const std::string&) {});
  const auto pages = content::load_content(source / "content", {config.allow_raw_html});
  const metrics::IndicatorTable every_cut = metrics::compute_indicators(data, config);
  metrics::IndicatorTable site;
  site.append(every_cut, metrics::is_site_result);
  site.sort();
  BOOST_TEST_REQUIRE(site.results().size() < every_cut.results().size());

  const auto expected =
      render::render_site({data, every_cut, pages, config, source / "templates", {}});
  const auto actual = render::render_site({data, site, pages, config, source / "templates", {}});
  BOOST_TEST_REQUIRE(expected.size() > 50u);
  BOOST_TEST_REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    BOOST_TEST(actual[i].path == expected[i].path);
    BOOST_TEST((actual[i].bytes == expected[i].bytes), expected[i].path << " differs");
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(site_cuts)

BOOST_AUTO_TEST_CASE(sample_pages_need_only_the_site_results) {
  same_pages_from_site_results(std::filesystem::path(OTKLIK_SOURCE_DIR) / "data");
}

BOOST_AUTO_TEST_CASE(region_pages_need_only_the_site_results) {
  const std::filesystem::path data = test::regional_sample_data("site-cuts-regions");
  same_pages_from_site_results(data);
  std::filesystem::remove_all(data.parent_path());
}

BOOST_AUTO_TEST_SUITE_END()
