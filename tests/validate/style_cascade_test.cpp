// The cascade computes what a browser would: each case is a page and the
// colour, background, size and weight of its one text element.
#include <boost/test/unit_test.hpp>
#include <memory>
#include <string>
#include <vector>

#include "validate/colour.hpp"
#include "validate/css.hpp"
#include "validate/media_query.hpp"
#include "validate/modest_page.hpp"
#include "validate/style_cascade.hpp"

namespace ov = otklik::validate;

namespace {

// The styles with what their nodes and sources point into: the page and
// its stylesheets.
struct StyledPage : ov::PageStyles {
  std::shared_ptr<const ov::ModestPage> page;
  std::shared_ptr<const ov::css::Stylesheet> sheet;
  std::shared_ptr<const std::vector<ov::PageStylesheet>> sheets;
};

StyledPage styles_of(const std::string& css, const std::string& body,
                     const ov::MediaEnvironment& environment = {}) {
  static const std::string kPage = "page.html";
  StyledPage styled;
  styled.page = std::make_shared<const ov::ModestPage>("<!doctype html><html><head></head><body>" +
                                                       body + "</body></html>");
  styled.sheet = std::make_shared<const ov::css::Stylesheet>(ov::css::parse_stylesheet(css));
  styled.sheets = std::make_shared<const std::vector<ov::PageStylesheet>>(
      std::vector<ov::PageStylesheet>{{styled.sheet.get(), "site.css", ""}});
  static_cast<ov::PageStyles&>(styled) =
      ov::compute_styles(*styled.page, kPage, *styled.sheets, environment);
  return styled;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_style_cascade)

BOOST_AUTO_TEST_CASE(the_text_of_one_element_is_computed_as_a_browser_would) {
  struct Case {
    const char* name;
    const char* css;
    const char* body;
    const char* text;
    const char* background;
    double font_px;
    int weight;
  };
  const Case cases[] = {
      {"defaults", "", "<p>x</p>", "#000000", "#ffffff", 16, 400},
      {"id beats class beats type",
       "#a { color: #111111 } .b { color: #222222 } p { color: #333333 }", "<p id=a class=b>x</p>",
       "#111111", "#ffffff", 16, 400},
      {"later wins at equal specificity", ".b { color: #111111 } .b { color: #222222 }",
       "<p class=b>x</p>", "#222222", "#ffffff", 16, 400},
      {"!important beats style=\"\"", "p { color: #111111 !important }",
       "<p style=\"color: #222222\">x</p>", "#111111", "#ffffff", 16, 400},
      {"style=\"\" beats an id", "#a { color: #111111 }", "<p id=a style=\"color:#222222\">x</p>",
       "#222222", "#ffffff", 16, 400},
      {"inherited colour, nearest background", "div { color: #444444; background: #eeeeee }",
       "<div><section><p>x</p></section></div>", "#444444", "#eeeeee", 16, 400},
      {"half-transparent background over its parent's",
       "div { background-color: #000000 } p { color: #ffffff; background-color: "
       "rgba(255,255,255,0.5) }",
       "<div><p>x</p></div>", "#ffffff", "#808080", 16, 400},
      {"em sizes compound, rem does not",
       "html { font-size: 20px } div { font-size: 1.5em } p { font-size: 2rem }",
       "<div><p>x</p></div>", "#000000", "#ffffff", 40, 400},
      {"h1 is 2em and bold by default", "", "<h1>x</h1>", "#000000", "#ffffff", 32, 700},
      {"font shorthand", "p { font: bold 1.5rem/1.2 sans-serif }", "<p>x</p>", "#000000", "#ffffff",
       24, 700},
      {"var() with a fallback", "p { color: var(--none, #123456) }", "<p>x</p>", "#123456",
       "#ffffff", 16, 400},
      {"a link is #0000ee unless styled", "body { color: #333333 }", "<a href=\"x.html\">x</a>",
       "#0000ee", "#ffffff", 16, 400},
      {":link is matched as a[href]", "a:link { color: #006600 }", "<a href=\"x.html\">x</a>",
       "#006600", "#ffffff", 16, 400},
      {":hover is not the resting state", "p:hover { color: #ff0000 }", "<p>x</p>", "#000000",
       "#ffffff", 16, 400},
      {"bgcolor is a background", "",
       "<table bgcolor=\"#222222\"><tr><td style=\"color:#fff\">x</td></tr></table>", "#ffffff",
       "#222222", 16, 400},
      {"a visible child of a hidden parent shows",
       ".h { visibility: hidden } .v { visibility: visible }",
       "<div class=h>  <p class=v>x</p></div>", "#000000", "#ffffff", 16, 400},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.name) {
      const StyledPage styles = styles_of(c.css, c.body);
      BOOST_REQUIRE(styles.texts.size() == 1u);
      const ov::StyledText& text = styles.texts[0];
      BOOST_TEST(ov::to_hex(text.text) == c.text);
      BOOST_TEST(ov::to_hex(text.background) == c.background);
      BOOST_TEST(text.font_px == c.font_px, boost::test_tools::tolerance(1e-9));
      BOOST_TEST(text.font_weight == c.weight);
    }
  }
}

BOOST_AUTO_TEST_CASE(what_is_not_drawn_or_not_known_is_not_measured) {
  const char* const hidden[] = {
      "<p style=\"display:none\">x</p>",
      "<div hidden><p>x</p></div>",
      "<p style=\"visibility:hidden\">x</p>",
      "<p style=\"clip: rect(0 0 0 0); position: absolute\">x</p>",
      "<div style=\"background: url(a.png)\"><p>x</p></div>",
      "<div style=\"background-image: linear-gradient(#000, #fff)\"><p>x</p></div>",
      "<p style=\"animation: pulse 1s infinite\">x</p>",
      "<p style=\"color: canvastext\">x</p>",
      "<svg><title>x</title><desc>y</desc></svg>",
      "<p>   </p>",
  };
  for (const char* body : hidden) {
    BOOST_TEST_CONTEXT(body) { BOOST_TEST(styles_of("", body).texts.empty()); }
  }
}

BOOST_AUTO_TEST_CASE(media_conditions_choose_the_rules) {
  const char* css =
      "p { color: #111111 } @media (max-width: 30rem) { p { color: #222222 } }"
      "@media print { p { color: #333333 } }"
      "@media (prefers-color-scheme: dark) { p { color: #444444 } }";
  BOOST_TEST(ov::to_hex(styles_of(css, "<p>x</p>").texts.at(0).text) == "#111111");
  BOOST_TEST(ov::to_hex(styles_of(css, "<p>x</p>", {320, 240}).texts.at(0).text) == "#222222");
  BOOST_TEST(ov::to_hex(styles_of(css, "<p>x</p>", {1280, 800, true}).texts.at(0).text) ==
             "#444444");
  const ov::MediaEnvironment wide, narrow{320, 240}, dark{1280, 800, true};
  BOOST_TEST(ov::media_matches("screen and (min-width: 40rem)", wide));
  BOOST_TEST(!ov::media_matches("screen and (min-width: 40rem)", narrow));
  BOOST_TEST(ov::media_matches("(width <= 480px)", narrow));
  BOOST_TEST(ov::media_matches("print, (max-width: 320px)", narrow));
  BOOST_TEST(!ov::media_matches("not screen", wide));
  BOOST_TEST(ov::media_matches("(prefers-color-scheme: light)", wide));
  BOOST_TEST(!ov::media_matches("(prefers-color-scheme: light)", dark));
  BOOST_TEST(!ov::media_matches("(unknown-feature: 1)", wide));
  BOOST_TEST(dark.describe() == "prefers-color-scheme: dark");
  BOOST_TEST(narrow.describe() == "at 320 px");
}

BOOST_AUTO_TEST_CASE(svg_text_takes_its_fill_and_marks_their_fill_or_stroke) {
  const StyledPage styles =
      styles_of(".bar { fill: #0a4b8f }",
                "<div style=\"background:#f0f0f0\"><svg font-size=\"12\"><g "
                "fill=\"#555555\"><text>1</text></g>"
                "<rect class=\"bar\"/><line stroke=\"#999999\"/><path fill=\"none\"/>"
                "<g aria-hidden=\"true\"><rect fill=\"#eeeeee\"/></g></svg></div>");
  BOOST_REQUIRE(styles.texts.size() == 1u);
  BOOST_TEST(ov::to_hex(styles.texts[0].text) == "#555555");
  BOOST_TEST(styles.texts[0].font_px == 12);
  BOOST_TEST(ov::to_hex(styles.texts[0].background) == "#f0f0f0");
  BOOST_REQUIRE(styles.marks.size() == 2u);  // the fill-less path and the hidden rect are not
  BOOST_TEST(ov::describe(styles.marks[0].node) == "rect.bar");
  BOOST_TEST(ov::to_hex(styles.marks[0].paints.at(0)) == "#0a4b8f");
  BOOST_TEST(ov::to_hex(styles.marks[1].paints.at(0)) == "#999999");
}

BOOST_AUTO_TEST_SUITE_END()
