// Pages merged by what their cascade sees (contrast_shapes.hpp) pass exactly
// when every page passes on its own. Random pages built from a palette of
// elements, a stylesheet of descendant, child, attribute, :not() and id
// selectors, @media views, style="" and SVG marks are checked both ways.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "support/run_otklik.hpp"
#include "validate/contrast_shapes.hpp"
#include "validate/folder_stylesheets.hpp"
#include "validate/html_document.hpp"
#include "validate/page_contrast.hpp"
#include "validate/validator.hpp"

namespace fs = std::filesystem;
namespace ov = otklik::validate;

namespace {

const char* const kCss = R"(body { color: #222222; background: #ffffff }
.panel { background: #1b1f24; color: #eeeeee }
.panel .muted { color: #777777 }
.muted { color: #595959 }
main > p.note { color: #8a8a8a }
a[href] { color: #0a4b8f }
.panel a[href] { color: #9ecbff }
a[data-kind="faint"] { color: #aaaaaa }
:not(.panel) > em { color: #666666 }
#hero { background: #000000; color: #ffffff }
#hero em { color: #444444 }
#faint-note { color: #b0b0b0 }
svg rect.bar { fill: #dddddd }
svg rect.good { fill: #0a4b8f }
@media (prefers-color-scheme: dark) { .dark-bad { color: #333333; background: #111111 } }
@media (max-width: 400px) { .narrow { color: #bbbbbb } }
)";

// Start and end of each element; those with an end may hold others. The
// parser moves some (a <div> out of a <p>), as a browser would.
struct Piece {
  const char* start;
  const char* end;
};
const std::vector<Piece> kPalette = {
    {"<div>", "</div>"},
    {"<div class=\"panel\">", "</div>"},
    {"<section id=\"hero\">", "</section>"},
    {"<main>", "</main>"},
    {"<p id=\"faint-note\">", "</p>"},
    {"<p>", "</p>"},
    {"<p class=\"note\">", "</p>"},
    {"<span class=\"muted\">", "</span>"},
    {"<em>", "</em>"},
    {"<a href=\"/x\">", "</a>"},
    {"<a href=\"#y\" data-kind=\"faint\">", "</a>"},
    {"<a data-kind=\"other\" href=\"/z\">", "</a>"},
    {"<p class=\"dark-bad\">", "</p>"},
    {"<p class=\"narrow\">", "</p>"},
    {"<span style=\"color: #999999\">", "</span>"},
    {"<span style=\"color: #111111\">", "</span>"},
    {"<ul><li>", "</li></ul>"},
    {"<svg width=\"9\" height=\"9\"><rect class=\"bar\" width=\"3\" height=\"3\"/></svg>", ""},
    {"<svg width=\"9\" height=\"9\"><rect class=\"good\" width=\"3\" height=\"3\"/></svg>", ""},
    {"<svg aria-hidden=\"true\"><rect class=\"bar\" width=\"3\" height=\"3\"/></svg>", ""},
};

std::string random_content(std::mt19937& random, int depth) {
  std::string html;
  const int count = 1 + static_cast<int>(random() % 3);
  for (int i = 0; i < count; ++i) {
    const Piece& piece = kPalette[random() % kPalette.size()];
    html += piece.start;
    if (*piece.end == '\0') continue;
    if (random() % 3 != 0) html += "text " + std::to_string(random() % 100) + " ";
    if (depth < 3 && random() % 2 == 0) html += random_content(random, depth + 1);
    html += piece.end;
  }
  return html;
}

// `prefix` reaches the folder's root from the page ("../" in sub/).
std::string page(const std::string& prefix, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>t</title>"
         "<link rel=\"stylesheet\" href=\"" +
         prefix + "css/site.css\"></head>\n<body>\n" + body + "\n</body></html>\n";
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

struct Site {
  fs::path root;
  std::vector<std::string> relative;  // page paths
  std::vector<std::string> html;
};

Site random_site(const std::string& name, std::size_t pages, unsigned seed) {
  Site site{otklik::test::fresh_temp_dir(name), {}, {}};
  write(site.root / "css/site.css", kCss);
  std::mt19937 random(seed);
  for (std::size_t i = 0; i < pages; ++i) {
    const bool nested = i % 2 == 1;
    site.relative.push_back((nested ? "sub/page-" : "page-") + std::to_string(i) + ".html");
    site.html.push_back(page(nested ? "../" : "", random_content(random, 0)));
    write(site.root / site.relative.back(), site.html.back());
  }
  return site;
}

// The pages `chosen` merged: the pages left to be checked alone, in `chosen`'s numbering.
std::vector<std::size_t> merged(const Site& site, const std::vector<std::size_t>& chosen) {
  ov::ContrastShapes shapes(std::make_shared<ov::FolderStylesheets>(site.root));
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const ov::HtmlDocument document(site.html[chosen[i]]);
    BOOST_TEST_REQUIRE(shapes.add(i, site.relative[chosen[i]], document));
  }
  return shapes.pages_to_check_alone();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_contrast_shapes)

BOOST_AUTO_TEST_CASE(a_page_merged_alone_fails_exactly_when_its_own_check_fails) {
  const Site site = random_site("shapes-each", 160, 7);
  ov::PageContrast contrast(site.root);
  std::size_t failing = 0;
  for (std::size_t i = 0; i < site.html.size(); ++i) {
    BOOST_TEST_CONTEXT(site.relative[i] << ":\n" << site.html[i]) {
      const bool fails = !contrast.check(site.relative[i], site.html[i]).empty();
      failing += fails ? 1 : 0;
      BOOST_TEST(merged(site, {i}).empty() == !fails);
    }
  }
  // Both answers are tried often enough to count.
  BOOST_TEST(failing > 30u);
  BOOST_TEST(failing < 130u);
}

BOOST_AUTO_TEST_CASE(passing_pages_pass_together_and_one_failing_page_sends_them_back) {
  const Site site = random_site("shapes-together", 160, 11);
  ov::PageContrast contrast(site.root);
  std::vector<std::size_t> passing;
  std::vector<std::size_t> failing;
  for (std::size_t i = 0; i < site.html.size(); ++i)
    (contrast.check(site.relative[i], site.html[i]).empty() ? passing : failing).push_back(i);
  BOOST_TEST_REQUIRE(passing.size() > 20u);
  BOOST_TEST_REQUIRE(!failing.empty());
  BOOST_TEST(merged(site, passing).empty());
  for (std::size_t bad : {failing.front(), failing.back()}) {
    std::vector<std::size_t> chosen = passing;
    chosen.push_back(bad);
    const std::vector<std::size_t> alone = merged(site, chosen);
    BOOST_TEST(alone.size() == chosen.size());  // one group: all go back
  }
}

BOOST_AUTO_TEST_CASE(a_folder_reports_what_its_failing_page_reports_alone) {
  const Site site = random_site("shapes-folder", 60, 13);
  ov::PageContrast contrast(site.root);
  std::size_t reported = 0;
  const std::vector<ov::Finding> findings = ov::validate_folder(site.root, std::nullopt, {});
  for (std::size_t i = 0; i < site.html.size(); ++i) {
    std::vector<std::string> own;
    for (const ov::Finding& f : contrast.check(site.relative[i], site.html[i]))
      own.push_back(std::to_string(f.line) + " " + f.element + " " + f.measured);
    std::vector<std::string> in_folder;
    for (const ov::Finding& f : findings) {
      if (f.rule == "contrast" && f.file == site.relative[i])
        in_folder.push_back(std::to_string(f.line) + " " + f.element + " " + f.measured);
    }
    // The folder's report leaves out pairs a rule of site.css declares
    // (reported once, at the rule); the rest is the page's own.
    for (const std::string& finding : in_folder) {
      const bool own_finding = std::find(own.begin(), own.end(), finding) != own.end();
      BOOST_TEST(own_finding, finding);
      ++reported;
    }
  }
  BOOST_TEST(reported > 0u);
}

BOOST_AUTO_TEST_CASE(pages_whose_selectors_look_at_siblings_are_not_merged) {
  const fs::path root = otklik::test::fresh_temp_dir("shapes-siblings");
  write(root / "css/site.css", "li + li { color: #aaaaaa }");
  ov::ContrastShapes shapes(std::make_shared<ov::FolderStylesheets>(root));
  const ov::HtmlDocument document(page("", "<ul><li>a</li><li>b</li></ul>"));
  BOOST_TEST(!shapes.add(0, "index.html", document));
  BOOST_TEST(shapes.pages_to_check_alone().empty());  // nothing was merged
}

BOOST_AUTO_TEST_SUITE_END()
