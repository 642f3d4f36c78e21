// When survey.csv names regions, the site gets a list of regions, a page per
// region and a page per life situation in each region, with the region's
// own figures; without regions it gets none of them.
#include <boost/test/unit_test.hpp>
#include <string>

#include "support/text_search.hpp"

#include "ingest/input_error.hpp"
#include "render/page_jobs.hpp"
#include "render/site_fixture.hpp"

using namespace otklik;
using metrics::Cut;
using metrics::IndicatorId;
using test::contains;

namespace {

constexpr model::DimIndex kNorth = 0;  // its name is the fixture's HTML injection attempt
constexpr model::DimIndex kBirth = 0;
constexpr model::DimIndex kPortal = 0;
constexpr uint16_t kPrevious = 0;
constexpr uint16_t kLatest = 1;

metrics::IndicatorResult satisfaction(Cut cut, double value, uint64_t n) {
  metrics::IndicatorResult r;
  r.cut = cut;
  r.unit = metrics::Unit::Percent;
  r.measurement.value = value;
  r.measurement.n = n;
  r.measurement.ci = {value - 2, value + 2};
  r.star_level = 3;
  return r;
}

// The site fixture with two regions: «north» with answers, «south» without.
struct RegionFixture : test::SiteFixture {
  RegionFixture() {
    data.regions = {{"north", test::kHostileName}, {"south", "Южный край"}};
    indicators.add(satisfaction({.period = kLatest, .region = kNorth}, 72.4, 500));
    indicators.add(
        satisfaction({.period = kLatest, .life_situation = kBirth, .region = kNorth}, 66.6, 200));
    indicators.add(satisfaction(
        {.period = kLatest, .life_situation = kBirth, .touchpoint = kPortal, .region = kNorth},
        61.1, 120));
    indicators.add(
        satisfaction({.period = kPrevious, .life_situation = kBirth, .region = kNorth}, 58.3, 150));
    indicators.sort();
  }
};

std::string percent(const std::string& value) { return value + "\u00a0%"; }

std::string main_of(const std::string& html) {
  const auto begin = html.find("<main");
  return html.substr(begin, html.find("</main>") - begin);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(region_pages)

BOOST_AUTO_TEST_CASE(a_site_without_regions_has_no_region_pages) {
  const auto files = test::SiteFixture().render();
  for (const auto& [path, bytes] : files) {
    BOOST_TEST(!path.starts_with("regions"), path);
    BOOST_TEST(!contains(bytes, "regions.html"), path);
  }
}

BOOST_AUTO_TEST_CASE(every_region_and_each_of_its_life_situations_get_a_page) {
  const auto files = RegionFixture().render();
  for (const std::string path :
       {"regions.html", "regions/north.html", "regions/south.html", "regions/north/ls01.html",
        "regions/north/ls02.html", "regions/south/ls01.html", "regions/south/ls02.html"}) {
    BOOST_TEST(files.contains(path), path);
    BOOST_TEST(files.contains("vi/" + path), "vi/" << path);
  }
  // Every page's menu leads to the list of regions, and so does the home page.
  BOOST_TEST(contains(main_of(files.at("index.html")), "href=\"regions.html\""));
  BOOST_TEST(contains(files.at("life-situations/ls01.html"), "href=\"../regions.html\""));
}

BOOST_AUTO_TEST_CASE(region_pages_show_the_regions_own_figures) {
  const auto files = RegionFixture().render();
  const std::string list = main_of(files.at("regions.html"));
  BOOST_TEST(contains(list, "href=\"regions/north.html\""));
  BOOST_TEST(contains(list, percent("72,4")));
  BOOST_TEST(contains(list, "Южный край"));

  const std::string north = main_of(files.at("regions/north.html"));
  BOOST_TEST(contains(north, percent("72,4")));
  BOOST_TEST(contains(north, "href=\"../regions/north/ls01.html\""));
  BOOST_TEST(contains(north, percent("66,6")));   // the birth row of its life situations
  BOOST_TEST(!contains(north, percent("85,3")));  // the whole ministry's figure is not the region's

  const std::string birth = main_of(files.at("regions/north/ls01.html"));
  BOOST_TEST(contains(birth, percent("66,6")));
  BOOST_TEST(contains(birth, percent("61,1")));  // by touchpoint
  BOOST_TEST(contains(birth, percent("58,3")));  // the previous period, in the dynamics
  BOOST_TEST(contains(birth, "href=\"../../life-situations/ls01.html\""));  // the national page
  BOOST_TEST(contains(files.at("regions/north/ls01.html"),
                      "<a href=\"../../regions/north.html\">"));  // the crumb

  const std::string south = main_of(files.at("regions/south.html"));
  BOOST_TEST(contains(south, "По этому региону нет данных за период."));
}

BOOST_AUTO_TEST_CASE(region_names_are_escaped) {
  const auto files = RegionFixture().render();
  for (const std::string path : {"regions.html", "regions/north.html", "regions/north/ls01.html"}) {
    BOOST_TEST(contains(files.at(path), test::kHostileEscaped), path);
    BOOST_TEST(!contains(files.at(path), test::kHostileName), path);
  }
}

// Only survey.csv has a region column: a region's table leaves out appeals,
// operations and standards rather than say «нет данных» about them.
BOOST_AUTO_TEST_CASE(region_pages_list_only_the_surveys_indicators) {
  const auto files = RegionFixture().render();
  const std::string appeals = std::string(metrics::definition(IndicatorId::AppealsCount).name);
  const std::string satisfaction =
      std::string(metrics::definition(IndicatorId::SatisfactionShare).name);
  BOOST_TEST_REQUIRE(contains(main_of(files.at("index.html")), appeals));
  for (const std::string path : {"regions/north.html", "regions/north/ls01.html"}) {
    BOOST_TEST(!contains(main_of(files.at(path)), appeals), path);
    BOOST_TEST(contains(main_of(files.at(path)), satisfaction), path);
  }
}

BOOST_AUTO_TEST_CASE(the_site_map_and_search_list_regions_not_their_life_situations) {
  const auto files = RegionFixture().render();
  const std::string map = files.at("sitemap.html");
  BOOST_TEST(contains(map, "<h2>Регионы</h2>"));
  BOOST_TEST(contains(map, "href=\"regions/north.html\""));
  BOOST_TEST(!contains(map, "regions/north/ls01.html"));
  const std::string index = files.at("assets/search-index.js");
  BOOST_TEST(contains(index, "\"regions/north.html\""));
  BOOST_TEST(!contains(index, "regions/north/"));
}

BOOST_AUTO_TEST_CASE(a_content_page_never_overwrites_a_region_page) {
  const struct {
    std::string section, slug, taken;
  } cases[] = {
      {"", "regions", "the list of regions"},
      {"regions", "south", "a region page"},
      {"regions/north", "ls02", "a life situation page of a region"},
  };
  for (const auto& c : cases) {
    RegionFixture fixture;
    fixture.pages[1].section = c.section;
    fixture.pages[1].front.slug = c.slug;
    std::string message;
    try {
      render::page_jobs(fixture.inputs());
    } catch (const ingest::InputError& e) {
      message = e.what();
    }
    BOOST_TEST(contains(message, "which is already " + c.taken), c.slug << ": " << message);
  }
}

BOOST_AUTO_TEST_SUITE_END()
