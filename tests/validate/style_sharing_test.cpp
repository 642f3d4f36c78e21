// Which selectors let elements of different pages share their style, and
// which attributes of a start tag they make matter.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "validate/css.hpp"
#include "validate/style_sharing.hpp"

namespace ov = otklik::validate;
using ov::AttributeUse;

namespace {

ov::StyleSharing sharing_of(const std::string& css) {
  const ov::css::Stylesheet sheet = ov::css::parse_stylesheet(css);
  return ov::style_sharing({&sheet});
}

struct Case {
  const char* css;
  bool possible;
  bool ids;
  const char* attribute;  // checked with use_of, "" for none
  AttributeUse use;
};

const std::vector<Case> kCases = {
    {"p { color: red }", true, false, "title", AttributeUse::None},
    {"main > p.note em { color: red }", true, false, "class", AttributeUse::Value},
    {"p:not(.x) { color: red }", true, false, "", AttributeUse::None},
    {":root { color: red }", true, false, "", AttributeUse::None},
    {":is(h1, h2) span { color: red }", true, false, "", AttributeUse::None},
    {"#main p { color: red }", true, true, "id", AttributeUse::Value},
    // The browser's a[href] asks only whether there is one.
    {"p { color: red }", true, false, "href", AttributeUse::Presence},
    {"a[href^='#'] { color: red }", true, false, "href", AttributeUse::Value},
    {"[data-kind] { color: red }", true, false, "data-kind", AttributeUse::Presence},
    {"[DATA-Kind = \"x\"] { color: red }", true, false, "data-kind", AttributeUse::Value},
    {"[lang|=en] { color: red }", true, false, "lang", AttributeUse::Value},
    {"[title=\"a+b~c:d#e\"] { color: red }", true, false, "title", AttributeUse::Value},
    {"[href~=x] { color: red }", true, false, "href", AttributeUse::Value},
    // style="" and the SVG presentation attributes are read whatever the selectors.
    {"p { color: red }", true, false, "style", AttributeUse::Value},
    {"p { color: red }", true, false, "fill", AttributeUse::Value},
    {"p { color: red }", true, false, "id", AttributeUse::None},
    // States and pseudo-elements are not matched at all (static_selectors).
    {"li + li::before, a:hover + b { color: red }", true, false, "", AttributeUse::None},
    {"li + li { color: red }", false, false, "", AttributeUse::None},
    {"h2 ~ p { color: red }", false, false, "", AttributeUse::None},
    {"li:first-child { color: red }", false, false, "", AttributeUse::None},
    {"tr:nth-child(2n+1) { color: red }", false, false, "", AttributeUse::None},
    {"p:empty { color: red }", false, false, "", AttributeUse::None},
    {"p:lang(ru) { color: red }", false, false, "", AttributeUse::None},
    {"svg|rect { fill: red }", false, false, "", AttributeUse::None},
    {"[xlink|href] { fill: red }", false, false, "", AttributeUse::None},
    {".a\\:b { color: red }", false, false, "", AttributeUse::None},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_style_sharing)

BOOST_AUTO_TEST_CASE(selectors_decide_what_is_shared) {
  for (const Case& c : kCases) {
    BOOST_TEST_CONTEXT(c.css) {
      const ov::StyleSharing sharing = sharing_of(c.css);
      BOOST_TEST(sharing.possible == c.possible);
      if (!c.possible) continue;
      BOOST_TEST(sharing.ids == c.ids);
      if (std::string(c.attribute).empty()) continue;
      BOOST_TEST((sharing.use_of(c.attribute) == c.use));
    }
  }
}

BOOST_AUTO_TEST_CASE(every_sheet_counts_and_missing_ones_are_skipped) {
  const ov::css::Stylesheet plain = ov::css::parse_stylesheet("p { color: red }");
  const ov::css::Stylesheet sibling = ov::css::parse_stylesheet("p + p { color: red }");
  BOOST_TEST(ov::style_sharing({&plain, nullptr}).possible);
  BOOST_TEST(!ov::style_sharing({&plain, &sibling}).possible);
}

BOOST_AUTO_TEST_SUITE_END()
