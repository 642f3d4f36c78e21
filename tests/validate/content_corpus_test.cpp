// The content rules' corpus: each bad page has exactly one planted fault,
// each good page is a near miss that must pass.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "validate/content_rules.hpp"
#include "validate/validator.hpp"

namespace ov = otklik::validate;

namespace {

const std::filesystem::path kCorpus =
    std::filesystem::path(OTKLIK_SOURCE_DIR) / "tests/validate/corpus/content";

struct Planted {
  const char* file;
  const char* rule;
  const char* element;
  const char* measured;  // the start of it
};

}  // namespace

BOOST_AUTO_TEST_SUITE(content_corpus)

BOOST_AUTO_TEST_CASE(every_planted_content_fault_is_found_once) {
  const Planted planted[] = {
      {"alt-area.html", "alt-text", "<area href=\"target.html\">", "no alt attribute"},
      {"alt-img.html", "alt-text", "<img src=\"chart.svg\">", "no alt attribute"},
      {"alt-in-figure.html", "alt-text", "<img src=\"chart.svg\">", "no alt attribute"},
      {"alt-in-link.html", "alt-text", "<img src=\"chart.svg\">", "no alt attribute"},
      {"alt-input-image.html", "alt-text", "<input src=\"chart.svg\">", "no alt attribute"},
      // autoplay is a boolean attribute: any value, even "false", turns it on.
      {"autoplay-audio.html", "autoplay", "<audio src=\"chart.svg\">",
       "autoplay: the sound starts by itself"},
      {"autoplay-empty-value.html", "autoplay", "<audio src=\"chart.svg\">",
       "autoplay: the sound starts by itself"},
      {"autoplay-false.html", "autoplay", "<video src=\"chart.svg\">",
       "autoplay: the video starts by itself"},
      {"autoplay-sources.html", "autoplay", "<video>", "autoplay: the video starts by itself"},
      {"autoplay-video.html", "autoplay", "<video src=\"chart.svg\">",
       "autoplay: the video starts by itself"},
      {"link-fragment-other-page.html", "links", "<a href=\"target.html#absent\">",
       "\"target.html#absent\": no id \"absent\" in target.html"},
      {"link-missing-download.html", "links", "<a href=\"workbooks/ls99.xlsx\">",
       "\"workbooks/ls99.xlsx\" leads to no file"},
      {"link-missing-file.html", "links", "<a href=\"missing.html\">",
       "\"missing.html\" leads to no file"},
      {"link-missing-fragment.html", "links", "<a href=\"#nope\">",
       "\"#nope\": no id \"nope\" in link-missing-fragment.html"},
      {"link-outside.html", "links", "<a href=\"../../outside.html\">",
       "\"../../outside.html\" leads outside the folder"},
      {"media-audio.html", "media-title", "<audio src=\"chart.svg\">", "no title"},
      {"media-embed.html", "media-title", "<embed src=\"chart.svg\">", "no title"},
      {"media-iframe.html", "media-title", "<iframe src=\"target.html\">", "no title"},
      {"media-object.html", "media-title", "<object data=\"chart.svg\">", "no title"},
      {"media-video.html", "media-title", "<video src=\"chart.svg\">", "no title"},
      {"text-image-div.html", "text-as-image", "<img src=\"chart.svg\">",
       "an image of text: alt \"Важно: срок"},
      {"text-image-li.html", "text-as-image", "<img src=\"chart.svg\">", "an image of text"},
      {"text-image-link.html", "text-as-image", "<img src=\"chart.svg\">", "an image of text"},
      {"text-image-p.html", "text-as-image", "<img src=\"chart.svg\">", "an image of text"},
      {"text-image-td.html", "text-as-image", "<img src=\"chart.svg\">", "an image of text"},
  };
  const std::vector<ov::Finding> findings = ov::validate_folder(kCorpus / "bad");
  BOOST_REQUIRE(findings.size() == std::size(planted));
  for (std::size_t i = 0; i < findings.size(); ++i) {
    BOOST_TEST_CONTEXT(planted[i].file) {
      BOOST_TEST(findings[i].file == planted[i].file);
      BOOST_TEST(findings[i].line == 5u);
      BOOST_TEST(findings[i].rule == planted[i].rule);
      BOOST_TEST(findings[i].element == planted[i].element);
      BOOST_TEST(findings[i].measured.rfind(planted[i].measured, 0) == 0u, findings[i].measured);
      BOOST_TEST(!findings[i].clause.empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(near_misses_pass) {
  // Decorative and short alts, adjacent text, captions, inline SVG, titled
  // media, external and mail links, folders with index.html, an escaped
  // Cyrillic file name, queries and links from the root.
  const std::vector<ov::Finding> findings = ov::validate_folder(kCorpus / "good");
  for (const ov::Finding& f : findings) BOOST_TEST_MESSAGE(ov::format_finding(f));
  BOOST_TEST(findings.empty());
}

// The folder is listed in one walk, which does not follow symbolic links;
// a file behind one is still found, and a missing one still is not.
BOOST_AUTO_TEST_CASE(links_into_a_linked_folder_are_followed) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "otklik-content-symlink";
  fs::remove_all(dir);
  fs::create_directories(dir / "real/docs");
  std::ofstream(dir / "real/docs/a.pdf") << "%PDF";
  fs::create_directory_symlink(dir / "real/docs", dir / "docs");
  std::ofstream(dir / "index.html") << "<!DOCTYPE html><title>x</title>\n"
                                    << "<a href=\"docs/a.pdf\">a</a>\n"
                                    << "<a href=\"docs/\">all</a>\n"
                                    << "<a href=\"docs/b.pdf\">b</a>\n";
  std::ofstream(dir / "docs/index.html") << "<!DOCTYPE html><title>docs</title>\n";
  std::vector<std::string> found;
  for (const ov::Finding& f : ov::validate_folder(dir))
    if (f.rule == "links")
      found.push_back(f.file + ":" + std::to_string(f.line) + " " + f.measured);
  const std::vector<std::string> expected = {"index.html:4 \"docs/b.pdf\" leads to no file"};
  BOOST_TEST(found == expected, boost::test_tools::per_element());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(text_like_alt_starts_at_five_words) {
  struct Case {
    const char* alt;
    bool text;
  };
  for (const Case& c :
       {Case{"", false}, Case{"Герб", false}, Case{"График удовлетворённости по кварталам", false},
        Case{"Приём по вторникам с 9", true}, Case{"  a  b  c  d  e ", true}})
    BOOST_TEST(ov::looks_like_text(c.alt) == c.text, c.alt);
}

BOOST_AUTO_TEST_SUITE_END()
