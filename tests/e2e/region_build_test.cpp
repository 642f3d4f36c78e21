// End to end: the sample's survey split between two regions gives a page per
// region and per life situation in each, and each page shows the figure the
// open data gives for the same cut (one figure, one computation).
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "support/csv_records.hpp"
#include "support/regional_sample.hpp"
#include "support/run_otklik.hpp"

namespace fs = std::filesystem;
using namespace otklik::test;

namespace {

struct RegionalBuild {
  fs::path dir;  // the data and the site, removed afterwards
  fs::path site;
  // The latest period's satisfaction by (life situation id, region id) and
  // the region's as a whole ("" for the life situation), as the CSV gives it.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> latest;

  RegionalBuild(const RegionalBuild&) = delete;
  RegionalBuild& operator=(const RegionalBuild&) = delete;
  ~RegionalBuild() { fs::remove_all(dir); }

  RegionalBuild() {
    const fs::path data = regional_sample_data("e2e-regions");
    dir = data.parent_path();
    site = dir / "site";
    const RunResult build =
        run_otklik("build --data '" + data.string() + "' --content '" +
                   (source_dir() / "content").string() + "' --templates '" +
                   (source_dir() / "templates").string() + "' --out '" + site.string() + "'");
    BOOST_TEST_REQUIRE(build.status == 0, build.err);
    const auto rows = parse_csv(read_file(site / "opendata/indicators.csv"));
    std::string last_period;
    for (std::size_t i = 1; i < rows.size(); ++i) last_period = std::max(last_period, rows[i][0]);
    for (std::size_t i = 1; i < rows.size(); ++i) {
      const auto& r = rows[i];
      const bool region_cut = r[2].empty() && r[3].empty() && r[4].empty() && !r[5].empty();
      if (r[0] == last_period && region_cut && r[6] == "satisfaction_share")
        latest[{r[1], r[5]}] = r;
    }
  }
};

std::string main_of(const std::string& html) {
  const auto begin = html.find("<main");
  return html.substr(begin, html.find("</main>") - begin);
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(region_build, RegionalBuild)

BOOST_AUTO_TEST_CASE(each_region_page_shows_the_open_datas_figure) {
  BOOST_TEST_REQUIRE(latest.size() > 10u);
  std::size_t checked = 0;
  for (const auto& [key, record] : latest) {
    const auto& [ls, region] = key;
    const fs::path page = ls.empty() ? site / "regions" / (region + ".html")
                                     : site / "regions" / region / (ls + ".html");
    BOOST_TEST_REQUIRE(fs::is_regular_file(page), page);
    if (record[14] == "true" || record[7].empty()) continue;
    const std::string shown = shown_percent(record[7]);
    BOOST_TEST(main_of(read_file(page)).find(shown) != std::string::npos,
               page.string() << " lacks " << shown);
    ++checked;
  }
  BOOST_TEST(checked > 10u);
}

BOOST_AUTO_TEST_CASE(the_list_of_regions_leads_to_each_region) {
  const std::string list = read_file(site / "regions.html");
  for (const std::string& region : kSampleRegions) {
    BOOST_TEST(list.find("href=\"regions/" + region + ".html\"") != std::string::npos, region);
    BOOST_TEST(fs::is_regular_file(site / "vi/regions" / (region + ".html")), region);
  }
  BOOST_TEST(list.find(shown_percent(latest.at({"", "north"})[7])) != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
