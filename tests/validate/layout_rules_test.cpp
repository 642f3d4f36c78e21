// The static layout rule's edge cases: lengths and calc() in a 320 px window,
// @media conditions, viewport contents, the simple selector matcher, and
// small pages through LayoutRules.
#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>
#include <vector>

#include "validate/layout_length.hpp"
#include "validate/layout_rules.hpp"
#include "validate/simple_selector.hpp"
#include "validate/viewport_meta.hpp"

namespace ov = otklik::validate;

namespace {

// The measured texts of LayoutRules' findings for one page (or stylesheet).
std::vector<std::string> measured(const std::string& text, bool is_css = false,
                                  ov::LayoutOptions options = {}) {
  ov::LayoutRules rules("/nonexistent-folder", options);
  std::vector<std::string> out;
  for (const ov::Finding& f : rules.check("page.html", text, is_css)) out.push_back(f.measured);
  return out;
}

std::string page(const std::string& head, const std::string& body) {
  return "<!doctype html><html lang=\"ru\"><head><meta name=\"viewport\" "
         "content=\"width=device-width\"><title>t</title>" +
         head + "</head><body>" + body + "</body></html>";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_layout_rules)

BOOST_AUTO_TEST_CASE(lengths_in_a_320_px_window) {
  struct Case {
    const char* value;
    std::optional<double> low;  // nullopt: not a length the rule can weigh
    double high;
  };
  const Case cases[] = {
      {"600px", 600, 600},
      {"300pt", 400, 400},  // 4/3 px a point
      {"1in", 96, 96},      //
      {"2.54cm", 96, 96},   //
      {"25.4mm", 96, 96},   //
      {"40rem", 640, 640},  // 16 px: a min-width in rem forces overflow too
      {"2EM", 32, 32},      // units are case-insensitive
      {"120vw", 384, 384},  // 3.2 px a vw
      {"100%", 0, 320},     // a percentage: anything up to the window
      {"0", 0, 0},          //
      {"calc(100% - 2rem)", -32, 288},
      {"calc(50% + 400px)", 400, 560},
      {"calc(2 * 200px)", 400, 400},
      {"calc(800px / 2)", 400, 400},
      {"calc((100% - 1rem) / 2)", -8, 152},
      {"min(40rem, 100%)", 0, 320},
      {"max(600px, 50%)", 600, 600},
      {"clamp(10rem, 50%, 40rem)", 160, 160},
      {"clamp(400px, 50%, 800px)", 400, 400},
      {"calc(100% - min(2rem, 5vw))", -16, 304},  // 5vw is 16 px
      {"auto", std::nullopt, 0},
      {"fit-content", std::nullopt, 0},
      {"var(--w)", std::nullopt, 0},
      {"calc(var(--w) + 10px)", std::nullopt, 0},
      {"600", std::nullopt, 0},  // a bare number is no CSS length
      {"5cqw", std::nullopt, 0},
      {"calc(100%-2rem)", std::nullopt, 0},  // - needs spaces in calc()
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.value) {
      const auto range = ov::length_range(c.value);
      BOOST_TEST(range.has_value() == c.low.has_value());
      if (range && c.low) {
        BOOST_TEST(range->low == *c.low, boost::test_tools::tolerance(1e-9));
        BOOST_TEST(range->high == c.high, boost::test_tools::tolerance(1e-9));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(media_conditions_of_the_narrow_window) {
  struct Case {
    const char* media;
    bool narrow;    // applies at 320 px
    double width;   // the box's width
    bool narrower;  // applies in some window narrower than it
  };
  const Case cases[] = {
      {"", true, 600, true},
      {"(min-width: 40rem)", false, 600, false},  // only from 640 px: a 600 px box fits
      {"(min-width: 40rem)", false, 640, false},
      {"(min-width: 40rem)", false, 700, true},  // 640-699 px windows scroll
      {"(min-width: 30rem)", false, 600, true},
      {"(width >= 50rem)", false, 700, false},
      {"screen and (max-width: 30rem)", true, 600, true},
      {"print", false, 600, false},
      {"(min-width: 40rem), print", false, 600, false},
      {"(min-width: 40rem), (max-width: 20rem)", true, 600, true},
      {"screen and (min-width: 20rem) and (max-width: 30rem)", true, 600, true},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.media << " / " << c.width) {
      BOOST_TEST(ov::applies_in_narrow_window(c.media) == c.narrow);
      BOOST_TEST(ov::applies_narrower_than(c.media, c.width) == c.narrower);
    }
  }
}

BOOST_AUTO_TEST_CASE(viewport_contents) {
  struct Case {
    const char* content;
    std::vector<std::string> measured;
    bool zoom;  // of the first problem
  };
  const Case cases[] = {
      {"width=device-width, initial-scale=1", {}, false},
      {"width=device-width,initial-scale=1,maximum-scale=5", {}, false},
      {"width=device-width, maximum-scale=2", {}, false},
      {"width=device-width, user-scalable=yes", {}, false},
      {"width=320", {}, false},  // fits the narrow window as laid out
      {"width=1024", {"width=1024"}, false},
      {"initial-scale=1", {"no width=device-width"}, false},
      {"", {"no width=device-width"}, false},
      {"width=device-width; user-scalable=0", {"user-scalable=0"}, true},
      {"WIDTH=Device-Width, Maximum-Scale=1", {"maximum-scale=1"}, true},
      {"width=980, user-scalable=no, maximum-scale=1",
       {"width=980", "user-scalable=no", "maximum-scale=1"},
       false},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.content) {
      std::vector<std::string> found;
      const auto problems = ov::viewport_problems(c.content);
      for (const ov::ViewportProblem& p : problems) found.push_back(p.measured);
      BOOST_TEST(found == c.measured, boost::test_tools::per_element());
      if (!problems.empty()) BOOST_TEST(problems.front().zoom == c.zoom);
    }
  }
}

BOOST_AUTO_TEST_CASE(selectors_read_as_compounds) {
  const auto parts = ov::parse_selector_list(
      ".wrap > table td, img.hero.wide:first-child, a:hover, p::before, "
      "input[type=\"image\"], #main>div+p~span");
  BOOST_REQUIRE(parts.size() == 6u);
  BOOST_TEST(parts[0].size() == 3u);
  BOOST_TEST(parts[0][0].classes == std::vector<std::string>{"wrap"});
  BOOST_TEST(parts[0][2].tag == "td");
  BOOST_TEST(parts[1][0].tag == "img");
  BOOST_TEST(parts[1][0].classes == (std::vector<std::string>{"hero", "wide"}));
  BOOST_TEST(!parts[1][0].never);  // structural pseudo-classes are ignored
  BOOST_TEST(parts[2][0].never);   // a state the page does not start in
  BOOST_TEST(parts[3][0].never);   // generated content
  BOOST_REQUIRE(parts[4][0].attributes.size() == 1u);
  BOOST_TEST(parts[4][0].attributes[0].value == "image");
  BOOST_TEST(parts[5].size() == 4u);
  BOOST_TEST(parts[5][0].id == "main");
  BOOST_TEST(ov::covers(parts[0][0], ov::parse_selector_list("div.wrap.x")[0][0]));
  BOOST_TEST(!ov::covers(parts[0][0], ov::parse_selector_list("div.x")[0][0]));
  BOOST_TEST(!ov::covers(ov::parse_selector_list("*")[0][0], parts[0][0]));
}

BOOST_AUTO_TEST_CASE(pages_through_the_layout_rules) {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::string> measured;
  };
  const std::string long_text(45, 'a');
  const std::string five = "<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr>";
  const Case cases[] = {
      {"a fragment has no viewport to check", "<p style=\"width: 400px\">x</p>", {"width: 400px"}},
      {"nested tables count their own rows",
       page("", "<table><tr><td><table>" + five + "</table></td></tr></table>"),
       {"a table of 5 columns outside a scroll container"}},
      {"overflow: auto hidden scrolls sideways",
       page("<style>.w { overflow: auto hidden }</style>",
            "<div class=\"w\"><table>" + five + "</table></div>"),
       {}},
      {"overflow: hidden auto does not",
       page("<style>.w { overflow: hidden auto }</style>",
            "<div class=\"w\"><table>" + five + "</table></div>"),
       {"a table of 5 columns outside a scroll container"}},
      {"a later overflow-x wins",
       page("<style>.w { overflow: auto; overflow-x: visible }</style>",
            "<div class=\"w\"><table>" + five + "</table></div>"),
       {"a table of 5 columns outside a scroll container"}},
      {"nowrap on a parent and its child is one finding",
       page("<style>p, span { white-space: nowrap }</style>",
            "<p><span>" + long_text + "</span></p>"),
       {"white-space: nowrap on 45 characters of text"}},
      {"40 characters fit",
       page("", "<p style=\"white-space: nowrap\">" + long_text.substr(5) + "</p>"),
       {}},
      {"code points, not bytes",
       page("", "<p style=\"text-wrap-mode: nowrap\">Приём идёт по будням с девяти утра.</p>"),
       {}},
      {"text-wrap-mode: nowrap",
       page("", "<p style=\"text-wrap-mode: nowrap\">" + long_text + "</p>"),
       {"text-wrap-mode: nowrap on 45 characters of text"}},
      {"white-space: normal undoes nowrap",
       page("<style>.a { white-space: nowrap }</style>",
            "<p class=\"a\" style=\"white-space: normal\">" + long_text + "</p>"),
       {}},
      {"a nowrap element that scrolls itself",
       page("<style>.a { white-space: nowrap; overflow-x: auto }</style>",
            "<p class=\"a\">" + long_text + "</p>"),
       {}},
      {"print-only nowrap",
       page("<style>@media print { p { white-space: nowrap } }</style>",
            "<p>" + long_text + "</p>"),
       {}},
      {"<pre> counts its longest line",
       page("", "<pre>short\n" + long_text + "\nshort</pre>"),
       {"white-space: pre on 45 characters of text"}},
      {"<pre> with pre-wrap wraps",
       page("<style>pre { white-space: pre-wrap }</style>", "<pre>" + long_text + "</pre>"),
       {}},
      {"a rule's max-width caps a style=\"\" width",
       page("<style>.a { max-width: 100% }</style>",
            "<div class=\"a\" style=\"width: 600px\">x</div>"),
       {}},
      {"a rule's max-width does not cap min-width",
       page("<style>.a { max-width: 100% }</style>",
            "<div class=\"a\" style=\"min-width: 600px\">x</div>"),
       {"min-width: 600px"}},
      {"a CSS width overrides <table width>",
       page("<style>table { width: 100% }</style>",
            "<table width=\"800\"><tr><td>1</td></tr></table>"),
       {}},
      {"a wrapper named in the selector",
       page("<style>.s { overflow-x: auto }\n"
            ".s table { min-width: 40rem }</style>",
            "<div class=\"s\"><table>" + five + "</table></div>"),
       {}},
      {"a wrapper that does not scroll",
       page("<style>.s { overflow-x: clip }\n.s table { min-width: 40rem }</style>", ""),
       {"min-width: 40rem"}},
      {"a width and a min-width, both reported",
       page("<style>.a { width: 500px; min-width: 25rem }</style>", ""),
       {"width: 500px", "min-width: 25rem"}},
      {"an image's rule width is the rule's finding",
       page("<style>.hero { width: 100% }</style>",
            "<img class=\"hero\" src=\"a.png\" alt=\"\" width=\"900\">"),
       {}},
      {"style=\"\" beats the image's rule",
       page("<style>img { width: 100% }</style>",
            "<img src=\"a.png\" alt=\"\" style=\"width: 900px\">"),
       {"width: 900px without max-width"}},
      {"a percentage image width", page("", "<img src=\"a.png\" alt=\"\" width=\"100%\">"), {}},
      {"a video",
       page("", "<video src=\"a.webm\" title=\"v\" width=\"640\"></video>"),
       {"width=\"640\" without max-width"}},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.name) {
      BOOST_TEST(measured(c.text) == c.measured, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_page_without_a_viewport_meta_when_required) {
  const std::string bare = "<!doctype html><html lang=\"ru\"><head><title>t</title></head></html>";
  BOOST_TEST(measured(bare) == std::vector<std::string>{"no viewport meta"},
             boost::test_tools::per_element());
  const ov::LayoutOptions lenient{false};
  BOOST_TEST(measured(bare, false, lenient).empty());
  BOOST_TEST(measured("<p>a fragment</p>").empty());  // a fragment is no page
}

BOOST_AUTO_TEST_CASE(a_stylesheet_reports_its_own_rules_at_their_lines) {
  ov::LayoutRules rules("/nonexistent-folder");
  const std::vector<ov::Finding> found = rules.check("css/site.css",
                                                     ".a { width: 600px }\n"
                                                     "@media (min-width: 40rem) {\n"
                                                     "  .b { width: 600px }\n"
                                                     "}\n"
                                                     ".c { width: 30em; max-width: 100% }\n"
                                                     ".d {\n  min-width: 21rem;\n}\n",
                                                     true);
  BOOST_REQUIRE(found.size() == 2u);
  BOOST_TEST(found[0].line == 1u);
  BOOST_TEST(found[0].element == ".a");
  BOOST_TEST(found[0].measured == "width: 600px");
  BOOST_TEST(found[1].line == 6u);
  BOOST_TEST(found[1].measured == "min-width: 21rem");
  BOOST_TEST(found[1].required == "at most 320 px, or relative (%, max-width)");
}

// Linked stylesheets are prepared once for all pages; each page still gets
// the rules of the sheets it links, whichever page came first.
BOOST_AUTO_TEST_CASE(each_page_gets_the_rules_of_its_own_linked_sheets) {
  const std::string long_text(400, 'x');
  auto linking = [&](const std::string& sheet) {
    return page("<link rel=\"stylesheet\" href=\"" + sheet + "\">",
                "<p class=\"n\">" + long_text + "</p>");
  };
  for (const bool wrapping_first : {true, false}) {
    ov::LayoutRules rules("/nonexistent-folder");
    rules.check("wrap.css", ".n { color: #000 }", true);
    rules.check("nowrap.css", ".n { white-space: nowrap }", true);
    std::vector<std::size_t> counts(2);
    for (const int i : wrapping_first ? std::vector{0, 1, 0, 1} : std::vector{1, 0, 1, 0})
      counts[i] += rules
                       .check("p" + std::to_string(i) + ".html",
                              linking(i == 0 ? "wrap.css" : "nowrap.css"), false)
                       .size();
    BOOST_TEST(counts[0] == 0u);
    BOOST_TEST(counts[1] == 2u);
  }
}

BOOST_AUTO_TEST_SUITE_END()
