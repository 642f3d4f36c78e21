// ModestPage::match skips modest's walk of the tree when a selector's last
// compound needs a tag, class or id the page lacks; what it finds must be
// what modest finds, whatever the selector looks like.
#include <boost/test/unit_test.hpp>
#include <string>

#include "validate/modest_page.hpp"

namespace ov = otklik::validate;

namespace {

constexpr const char* kPage =
    "<!doctype html><html><head></head><body>"
    "<main id=\"Main\"><p class=\"note Lead\">a</p><p>b</p>"
    "<div data-x=\"1\"><span class=\"note\">c</span></div>"
    "<a href=\"#\" title=\"x y.z\">d</a>"
    "<svg><g><rect class=\"bar\"/><rect/></g></svg></main></body></html>";

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_modest_page)

BOOST_AUTO_TEST_CASE(skipped_selectors_find_what_modest_finds) {
  const struct {
    const char* selector;
    std::size_t found;
  } cases[] = {
      {".absent", 0},
      {"p.absent", 0},
      {"absent-tag", 0},
      {"main .absent", 0},
      {".note", 2},
      {"p.note", 1},
      {"P", 2},  // HTML tags match in any case
      {".lead", 0},
      {".Lead", 1},
      {"#Main", 1},
      {"main > p", 2},
      {"div .note", 1},
      {"[data-x] .note", 1},
      {"p:not(.absent)", 2},
      {"p:not(.note)", 1},
      {"p + p", 1},
      {"p ~ div", 2},  // modest lists the div once for each p before it
      {"li:nth-child(2n+1)", 0},
      {"a[title='x y.z']", 1},
      {"a[title=\"x y.z\"]", 1},
      {"svg rect", 2},
      {"g > rect.bar", 1},
      {"*", 13},
      {"*.note", 2},
  };
  const ov::ModestPage page(kPage);
  for (const auto& c : cases) {
    const auto& match = page.match(c.selector);
    BOOST_TEST_REQUIRE(match.has_value(), c.selector);
    BOOST_TEST(match->elements.size() == c.found, c.selector << ": " << match->elements.size());
  }
}

BOOST_AUTO_TEST_CASE(a_skipped_selector_keeps_its_specificity) {
  const ov::ModestPage page(kPage);
  const auto& match = page.match("main p.absent#x");
  BOOST_TEST_REQUIRE(match.has_value());
  BOOST_TEST(match->elements.empty());
  BOOST_TEST(match->specificity.ids == 1u);
  BOOST_TEST(match->specificity.classes == 1u);
  BOOST_TEST(match->specificity.types == 2u);
}

BOOST_AUTO_TEST_CASE(an_unreadable_selector_is_none) {
  const ov::ModestPage page(kPage);
  BOOST_TEST(!page.match("p..x").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
