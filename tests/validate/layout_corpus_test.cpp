// The static layout rule's corpus: each page of corpus/layout/bad has exactly
// one planted fault (width-linked.html plants it in css/wide.css, where it is
// reported once); the pages of corpus/layout/good are near misses that pass
// every rule.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "validate/planted.hpp"
#include "validate/validator.hpp"

namespace fs = std::filesystem;
namespace ov = otklik::validate;

namespace {

const fs::path kCorpus = fs::path(OTKLIK_SOURCE_DIR) / "tests/validate/corpus/layout";

struct PlantedLayout {
  const char* file;
  std::size_t line;
  const char* element;
  const char* measured;
};

// In the order validate_folder reports them: by file, then line.
const PlantedLayout kPlanted[] = {
    {"css/wide.css", 6, ".sheet", "width: 700px"},
    {"image-style-width.html", 11, "<img src=\"chart.svg\">", "width: 500px without max-width"},
    {"image-width-attribute.html", 8, "<img src=\"chart.svg\">", "width=\"800\" without max-width"},
    // min-width beats max-width: the box stays 640 px wide.
    {"min-width-rem.html", 5, ".wide", "min-width: 40rem"},
    {"nowrap-class.html", 11, "<p class=\"label\">",
     "white-space: nowrap on 51 characters of text"},
    // text-overflow: ellipsis hides the end of the text: still a fault.
    {"nowrap-ellipsis.html", 11, "<p class=\"cut\">",
     "white-space: nowrap on 51 characters of text"},
    // The rule is in css/label.css; the text it stops wrapping is here.
    {"nowrap-linked.html", 9, "<p class=\"note\">", "white-space: nowrap on 51 characters of text"},
    {"pre-long-line.html", 8, "<pre>", "white-space: pre on 51 characters of text"},
    {"svg-width.html", 8, "<svg>", "width=\"600\" without max-width"},
    {"table-colspan.html", 8, "<table>", "a table of 6 columns outside a scroll container"},
    {"table-wide.html", 8, "<table>", "a table of 5 columns outside a scroll container"},
    {"table-width-attribute.html", 8, "<table>", "width=\"600\""},
    // overflow-x: hidden clips the table instead of scrolling it.
    {"table-wrapper-hidden.html", 12, "<table>", "a table of 5 columns outside a scroll container"},
    {"viewport-maximum-scale.html", 3, "<meta name=\"viewport\">", "maximum-scale=1.5"},
    {"viewport-no-width.html", 3, "<meta name=\"viewport\">", "no width=device-width"},
    {"viewport-user-scalable.html", 3, "<meta name=\"viewport\">", "user-scalable=no"},
    {"viewport-width.html", 3, "<meta name=\"viewport\">", "width=1024"},
    {"width-cm.html", 5, ".card", "width: 10cm"},
    {"width-max-function.html", 5, ".banner", "width: max(600px, 50%)"},
    // Inside @media (min-width: 30rem): 480 px screens still scroll.
    {"width-narrow-media.html", 6, ".panel", "width: 600px"},
    {"width-pt.html", 8, "<section>", "width: 300pt"},
    {"width-style-attribute.html", 8, "<div class=\"box\">", "width: 40rem"},
    {"width-style-block.html", 5, ".panel", "width: 600px"},
};

bool is_zoom(const std::string& measured) {
  return measured.rfind("user-scalable", 0) == 0 || measured.rfind("maximum-scale", 0) == 0;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_layout_corpus)

BOOST_AUTO_TEST_CASE(every_planted_layout_fault_is_found_once) {
  const std::vector<ov::Finding> findings = ov::validate_folder(kCorpus / "bad");
  for (const ov::Finding& f : findings) BOOST_TEST_MESSAGE(ov::format_finding(f));
  BOOST_REQUIRE(findings.size() == std::size(kPlanted));
  for (std::size_t i = 0; i < findings.size(); ++i) {
    BOOST_TEST_CONTEXT(kPlanted[i].file) {
      BOOST_TEST(findings[i].file == kPlanted[i].file);
      BOOST_TEST(findings[i].rule == "layout");
      BOOST_TEST(findings[i].line == kPlanted[i].line);
      BOOST_TEST(findings[i].element == kPlanted[i].element);
      BOOST_TEST(findings[i].measured == kPlanted[i].measured);
      BOOST_TEST(findings[i].clause == (is_zoom(findings[i].measured) ? "4.6.1.13; WCAG 1.4.4"
                                                                      : "4.6.1.13; WCAG 1.4.10"));
    }
  }
}

BOOST_AUTO_TEST_CASE(every_bad_page_plants_a_fault) {
  std::set<std::string> planted;
  for (const PlantedLayout& p : kPlanted) planted.insert(p.file);
  std::size_t pages = 0;
  for (const auto& entry : fs::directory_iterator(kCorpus / "bad")) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".html") continue;
    ++pages;
    // width-linked.html's fault is in the stylesheet it links.
    BOOST_TEST((planted.contains(name) || name == "width-linked.html"), name);
  }
  BOOST_TEST(pages == std::size(kPlanted));  // 22 pages with a fault, one via css/wide.css
}

BOOST_AUTO_TEST_CASE(near_misses_pass) {
  // 320 px, 20rem, 90vw, 100%, calc(100% - 2rem), min() and clamp() with a
  // percentage, a width capped by max-width, 600 px inside
  // @media (min-width: 40rem) or print, wide tables and <pre> in wrappers
  // that scroll (a class, style="", a linked stylesheet), images capped by
  // img { max-width: 100% }, short or :hover-only nowrap, maximum-scale=5.
  otklik::test::check_near_misses(kCorpus / "good", 8);
}

BOOST_AUTO_TEST_SUITE_END()
