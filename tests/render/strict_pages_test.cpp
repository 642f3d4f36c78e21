// otklik writes its pages strictly enough for the checks' fast path
// (validate/strict_html.hpp): every HTML page of the site, regular and vi/,
// gets gumbo's tree from it. A template that needs HTML's repairs would send
// its pages to gumbo and make the checks of a large site much slower.
#include <boost/test/unit_test.hpp>
#include <string>

#include "render/site_fixture.hpp"
#include "validate/gumbo_tree.hpp"
#include "validate/strict_html.hpp"

using otklik::test::SiteFixture;

BOOST_AUTO_TEST_SUITE(strict_pages)

BOOST_AUTO_TEST_CASE(every_page_but_search_takes_the_fast_path_with_gumbos_tree) {
  const auto files = SiteFixture().render();
  std::size_t pages = 0;
  for (const auto& [path, bytes] : files) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    ++pages;
    const auto tree = otklik::validate::StrictHtml::parse(bytes);
    // The search page keeps a <noscript> note, which the fast path leaves to gumbo.
    if (path == "search.html" || path == "vi/search.html") {
      BOOST_TEST(tree == nullptr, path);
      continue;
    }
    BOOST_TEST_REQUIRE(tree != nullptr, path);
    BOOST_TEST_INFO(path);
    BOOST_TEST(otklik::test::dump_tree(tree->document()) == otklik::test::gumbo_dump(bytes));
  }
  BOOST_TEST(pages > 20u);
}

BOOST_AUTO_TEST_SUITE_END()
