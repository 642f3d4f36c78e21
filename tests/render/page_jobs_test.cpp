// A content page may not take the file of a generated page or of another
// content page: the build stops naming the page it would overwrite, for
// every kind of page the site generates.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "ingest/input_error.hpp"
#include "render/page_jobs.hpp"
#include "render/site_fixture.hpp"

using namespace otklik;

namespace {

// The message of page_jobs' error once the fixture's about page is given
// `section` and `slug`; "" when there is none.
std::string collision(const std::string& section, const std::string& slug) {
  test::SiteFixture fixture;
  fixture.pages[1].section = section;
  fixture.pages[1].front.slug = slug;
  try {
    render::page_jobs(fixture.inputs());
  } catch (const ingest::InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(page_jobs)

BOOST_AUTO_TEST_CASE(a_content_page_never_overwrites_another_page) {
  const struct {
    std::string section, slug, path, taken;
  } cases[] = {
      {"", "index", "index.html", "the home page"},
      {"", "appeals", "appeals.html", "the appeals page"},
      {"", "decisions", "decisions.html", "the decisions page"},
      {"", "downloads", "downloads.html", "the downloads page"},
      {"", "contacts", "contacts.html", "the contacts page"},
      {"", "accessibility", "accessibility.html", "the accessibility statement"},
      {"", "404", "404.html", "the 404 page"},
      {"", "search", "search.html", "the search page"},
      {"", "sitemap", "sitemap.html", "the site map"},
      {"life-situations", "ls02", "life-situations/ls02.html", "a life situation page"},
      {"touchpoints", "tp01", "touchpoints/tp01.html", "a touchpoint page"},
      {"vi", "about", "vi/about.html", "a folder of the site"},
      {"assets", "about", "assets/about.html", "a folder of the site"},
  };
  for (const auto& c : cases) {
    const std::string message = collision(c.section, c.slug);
    BOOST_TEST(message.find("the page would be written to " + c.path + ", which is already " +
                            c.taken + "; give it another `slug:`") != std::string::npos,
               c.section << "/" << c.slug << ": " << message);
  }
}

BOOST_AUTO_TEST_CASE(two_content_pages_never_share_a_file) {
  test::SiteFixture fixture;
  const std::string first = fixture.pages[0].source.string();
  fixture.pages[1].section = fixture.pages[0].section;
  fixture.pages[1].front.slug = fixture.pages[0].front.slug;
  try {
    render::page_jobs(fixture.inputs());
    BOOST_FAIL("no error for two pages written to one file");
  } catch (const ingest::InputError& e) {
    BOOST_TEST(std::string(e.what()).find("which is already " + first) != std::string::npos,
               e.what());
  }
}

BOOST_AUTO_TEST_CASE(a_page_of_its_own_is_accepted) { BOOST_TEST(collision("", "about-us") == ""); }

BOOST_AUTO_TEST_SUITE_END()
