// The contrast corpus: each page of corpus/contrast/bad has one colour pair
// the cascade must compute (inherited, var(), opacity, @media, a dark theme,
// SVG text and marks, a linked stylesheet, the browser's link colour); the
// pages of corpus/contrast/good are near misses. tests/browser/contrast-axe
// checks the same pages against axe-core in Chromium.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "validate/planted.hpp"

namespace fs = std::filesystem;
using otklik::test::Planted;

namespace {

const fs::path kCorpus = fs::path(OTKLIK_SOURCE_DIR) / "tests/validate/corpus/contrast";

const char* const kText = "at least 4.5:1";

const std::map<std::string, Planted> kPlanted = {
    // 18 px bold is not large text: large bold starts at 14pt = 18.66 px.
    {"bold-not-large.html",
     {7, "h2", "3.36:1 (#8c8c8c on #ffffff); colour from bold-not-large.html:4", kText}},
    {"chart-mark.html",
     {7, "rect.bar", "1.36:1 (#dddddd on #ffffff)",
      "at least 3:1 for the fill or the stroke of a chart mark"}},
    {"custom-property.html",
     {7, "p.muted", "3.03:1 (#949494 on #ffffff); colour from custom-property.html:4", kText}},
    // Only the dark theme puts #333333 on #111111.
    {"dark-theme.html",
     {7, "p",
      "1.49:1 (#333333 on #111111); prefers-color-scheme: dark; colour from dark-theme.html:4",
      kText}},
    // The browser's own link colour #0000ee on the footer's #333333.
    {"default-link-colour.html", {8, "a#top", "1.34:1 (#0000ee on #333333)", kText}},
    {"inherited-on-panel.html",
     {8, "p", "2.36:1 (#595959 on #1b1f24); colour from inherited-on-panel.html:4", kText}},
    {"linked-stylesheet.html",
     {7, "p.note", "3.45:1 (#8a8a8a on #ffffff); colour from css/pale.css:2", kText}},
    {"narrow-screen.html",
     {7, "p.title", "2.61:1 (#a0a0a0 on #ffffff); at 320 px; colour from narrow-screen.html:4",
      kText}},
    // #333333 at opacity 0.5 over white is #999999.
    {"opacity.html",
     {7, "p.faded", "2.85:1 (#999999 on #ffffff); colour from opacity.html:4", kText}},
    {"style-alpha.html",
     {6, "p", "2.85:1 (#999999 on #ffffff); colour from style-alpha.html:6", kText}},
    {"svg-text.html",
     {6, "text", "2.85:1 (#999999 on #ffffff); colour from svg-text.html:6", kText}},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_contrast_corpus)

BOOST_AUTO_TEST_CASE(bad_pages_have_exactly_their_pair) {
  otklik::test::check_planted(kCorpus / "bad", kPlanted, {"contrast", kText, ""});
}

BOOST_AUTO_TEST_CASE(near_misses_pass) { otklik::test::check_near_misses(kCorpus / "good", 10); }

BOOST_AUTO_TEST_SUITE_END()
