// The corpus: each bad page has exactly one planted fault; good pages are
// near misses that must pass. The flashing rule's pages are in
// corpus/flashing (flashing_corpus_test.cpp).
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "validate/validator.hpp"

namespace ov = otklik::validate;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(OTKLIK_SOURCE_DIR) / "tests/validate/corpus";

struct Planted {
  std::string file;
  std::size_t line;
  std::string rule;
  std::string element;
  std::string measured;
  std::string required;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_corpus)

BOOST_AUTO_TEST_CASE(bad_pages_have_exactly_their_fault) {
  const std::vector<Planted> planted = {
      // sorted by file, as the validator sorts
      // #aaa: 170/255 = 0.6667 -> L = 0.4020; 1.05 / 0.4520 = 2.32 < 3 (32px is large).
      {"large-text-contrast.html", 5, "contrast", "h1", "2.32:1 (#aaaaaa on #ffffff)",
       "at least 3:1"},
      // 119/255 -> L = 0.1845; 1.05 / 0.2345 = 4.48 < 4.5.
      {"low-contrast.html", 5, "contrast", ".note", "4.48:1 (#777777 on #ffffff)",
       "at least 4.5:1"},
  };
  std::vector<ov::Finding> findings = ov::validate_folder(kCorpus / "bad");
  BOOST_REQUIRE(findings.size() == planted.size());
  for (std::size_t i = 0; i < planted.size(); ++i) {
    BOOST_TEST_CONTEXT(planted[i].file) {
      BOOST_TEST(findings[i].file == planted[i].file);
      BOOST_TEST(findings[i].line == planted[i].line);
      BOOST_TEST(findings[i].rule == planted[i].rule);
      BOOST_TEST(findings[i].element == planted[i].element);
      BOOST_TEST(findings[i].measured == planted[i].measured);
      BOOST_TEST(findings[i].required == planted[i].required);
    }
  }
}

BOOST_AUTO_TEST_CASE(good_pages_pass) {
  BOOST_TEST(fs::exists(kCorpus / "good/contrast-4-5.html"));
  std::size_t pages = 0;
  for (const auto& entry : fs::directory_iterator(kCorpus / "good"))
    pages += entry.is_regular_file();
  BOOST_TEST(pages >= 1u);  // the flashing near misses moved to corpus/flashing/good
  for (const ov::Finding& finding : ov::validate_folder(kCorpus / "good")) {
    BOOST_ERROR("unexpected: " << ov::format_finding(finding));
  }
}

BOOST_AUTO_TEST_CASE(folder_walk_links_keyframes_across_files_and_sorts) {
  fs::path dir = fs::temp_directory_path() / "otklik-validate-walk";
  fs::remove_all(dir);
  fs::create_directories(dir / "css");
  fs::create_directories(dir / "b");
  std::ofstream(dir / "css/site.css")
      << "@keyframes flick { from { background-color: #fff } to { background-color: #000 } }\n"
      << ".x { color: #777; background: #fff; }\n";  // line 2: 4.48
  std::ofstream(dir / "b/page.htm")
      << "<p>\n<span style=\"animation: flick 50ms infinite\">x</span>\n";  // line 2
  std::ofstream(dir / "a.html") << "<marquee>1</marquee>\n\n<blink>2</blink>\n";
  std::ofstream(dir / "notes.txt") << "<blink>ignored</blink>";
  std::vector<ov::Finding> findings = ov::validate_folder(dir);
  std::vector<std::string> lines;
  for (const ov::Finding& finding : findings) lines.push_back(ov::format_finding(finding));
  // flick: white to black, then back at each new iteration: 1 flash per 0.05 s.
  const std::vector<std::string> expected = {
      "a.html:1: flashing: <marquee> — <marquee> element, required at most 3 flashes/s "
      "(4.6.1.11; WCAG 2.3.1)",
      "a.html:3: flashing: <blink> — <blink> element, required at most 3 flashes/s "
      "(4.6.1.11; WCAG 2.3.1)",
      "b/page.htm:2: flashing: span — 20.00 flashes/s (@keyframes flick: background-color), "
      "required at most 3 flashes/s (4.6.1.11; WCAG 2.3.1)",
      "css/site.css:2: contrast: .x — 4.48:1 (#777777 on #ffffff), required at least 4.5:1 "
      "(WCAG 1.4.3; ГОСТ Р 52872-2019)",
  };
  BOOST_TEST(lines == expected, boost::test_tools::per_element());
  fs::remove_all(dir);
}

// A build hands the validator the pages it has just written: those bytes
// are checked instead of the disk's, in both the pages and the stylesheets,
// and a file it did not write is still read.
BOOST_AUTO_TEST_CASE(files_just_written_are_checked_from_memory) {
  fs::path dir = fs::temp_directory_path() / "otklik-validate-written";
  fs::remove_all(dir);
  fs::create_directories(dir / "css");
  std::ofstream(dir / "a.html") << "<p>Plain</p>\n";
  std::ofstream(dir / "css/site.css") << ".x { color: #000; background: #fff; }\n";
  std::ofstream(dir / "b.html") << "<p>\n<blink>2</blink>\n";
  const std::string page = "<p>\n<marquee>1</marquee>\n";
  const std::string sheet = "\n.x { color: #777; background: #fff; }\n";
  const ov::WrittenFiles written = {{"a.html", page}, {"css/site.css", sheet}};
  std::vector<std::string> lines;
  for (const ov::Finding& finding : ov::validate_folder(dir, std::nullopt, {}, &written))
    lines.push_back(finding.file + ":" + std::to_string(finding.line) + " " + finding.element);
  const std::vector<std::string> expected = {"a.html:2 <marquee>", "b.html:2 <blink>",
                                             "css/site.css:2 .x"};
  BOOST_TEST(lines == expected, boost::test_tools::per_element());
  fs::remove_all(dir);
}

// Pages are checked on every core; the report must not depend on which
// thread finished first.
BOOST_AUTO_TEST_CASE(the_whole_corpus_gives_the_same_report_every_time) {
  std::vector<std::string> first;
  for (const ov::Finding& finding : ov::validate_folder(kCorpus))
    first.push_back(ov::format_finding(finding));
  BOOST_TEST(first.size() > 50u);
  for (int run = 0; run < 5; ++run) {
    std::vector<std::string> again;
    for (const ov::Finding& finding : ov::validate_folder(kCorpus))
      again.push_back(ov::format_finding(finding));
    BOOST_TEST(again == first, boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_SUITE_END()
