// The static search: stems, the index built from the pages, and the same
// stems from the JavaScript port that runs in the reader's browser.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "render/search_index.hpp"
#include "render/site_fixture.hpp"

using namespace otklik;
using render::search_terms;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string only_term(const std::string& word) {
  const auto terms = search_terms(word);
  return terms.size() == 1 ? terms.front() : "<" + std::to_string(terms.size()) + " terms>";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(search)

BOOST_AUTO_TEST_CASE(word_forms_share_a_stem) {
  const std::set<std::set<std::string>> families = {
      {"пенсия", "пенсии", "пенсией", "пенсию", "Пенсия"},
      {"удовлетворённость", "удовлетворенности", "Удовлетворённостью"},
      {"обращение", "обращения", "обращений", "обращениями"},
      {"МФЦ", "мфц"},
  };
  for (const auto& family : families) {
    std::set<std::string> stems;
    for (const std::string& word : family) stems.insert(only_term(word));
    BOOST_TEST(stems.size() == 1u, *family.begin() << " -> " << *stems.begin());
  }
  BOOST_TEST(only_term("пенсия") != only_term("пособие"));
}

BOOST_AUTO_TEST_CASE(terms_split_on_anything_but_letters_and_digits) {
  const auto terms = search_terms("NPS — 85,3 % в I квартале; e-mail");
  const std::vector<std::string> expected = {"nps", "85", "квартал", "mail"};
  BOOST_TEST(terms == expected, boost::test_tools::per_element());  // "3", "в", "i", "e": too short
}

BOOST_AUTO_TEST_CASE(the_index_holds_regular_pages_only_and_not_markup) {
  const auto files = render::render_site(test::SiteFixture().inputs());
  std::string index;
  for (const auto& f : files)
    if (f.path == "assets/search-index.js") index = f.bytes;
  BOOST_TEST_REQUIRE(index.starts_with("window.OTKLIK_SEARCH = {\"pages\": [\n[\"index.html\","));
  BOOST_TEST(contains(
      index, "[\"life-situations/ls01.html\",\"Рождение ребёнка\",\"Пособия и документы\"]"));
  BOOST_TEST(!contains(index, "vi/"));
  BOOST_TEST(!contains(index, "\"search.html\""));
  BOOST_TEST(!contains(index, "\"404.html\""));
  BOOST_TEST(contains(index, "\"" + only_term("рождение") + "\":["));
  BOOST_TEST(!contains(index, "\"class\":"));  // attribute names are not words of the page
  BOOST_TEST(!contains(index, "\"href\":"));
  BOOST_TEST(!contains(index, "<"));  // a hostile name cannot close the script
  // The same index in the vi/ copy of the assets.
  for (const auto& f : files)
    if (f.path == "vi/assets/search-index.js") BOOST_TEST((f.bytes == index));
}

BOOST_AUTO_TEST_CASE(titles_weigh_more_than_body_text) {
  const auto files = render::render_site(test::SiteFixture().inputs());
  std::string index;
  for (const auto& f : files)
    if (f.path == "assets/search-index.js") index = f.bytes;
  // «Переезд» is the h1 of ls02 (page 3 in output order: home, appeals,
  // decisions, methodology, about, ls01, ls02 -> index 6) and a row of the
  // home page's table (index 0).
  const std::string entry = "\"" + only_term("переезд") + "\":[";
  const auto at = index.find(entry);
  BOOST_TEST_REQUIRE(at != std::string::npos);
  const std::string hits =
      index.substr(at + entry.size(), index.find("]]", at) - at - entry.size());
  const auto weight = [&](const std::string& page) {
    const auto p = hits.find("[" + page + ",");
    return p == std::string::npos ? 0 : std::stoi(hits.substr(p + page.size() + 2));
  };
  BOOST_TEST(weight("0") >= 1, hits);
  BOOST_TEST(weight("6") >= 5, hits);  // 4 for the h1, 1 for the same word in <main>
  BOOST_TEST(weight("6") > weight("0"), hits);
}

BOOST_AUTO_TEST_CASE(the_browser_stems_exactly_as_the_build) {
  // Every word of the sample content and the standard, through libstemmer
  // here and through assets/russian-stemmer.js under node.
  namespace fs = std::filesystem;
  const fs::path src = OTKLIK_SOURCE_DIR;
  std::set<std::string> words;
  for (const fs::path file :
       {src / "content/about.md", src / "content/methodology.md", src / "data/life_situations.csv",
        src / "data/services.csv", src / "data/appeals.csv", src / "data/pain_points.csv"}) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    std::string word;
    // Whole Cyrillic words as written (both stemmers get them lower-cased).
    std::string s = text.str();
    for (std::size_t i = 0; i < s.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      const bool cyr = (c == 0xD0 || c == 0xD1) && i + 1 < s.size();
      if (cyr) {
        word += s.substr(i, 2);
        ++i;
      } else {
        if (word.size() >= 4) words.insert(word);
        word.clear();
      }
    }
  }
  BOOST_TEST_REQUIRE(words.size() > 500u);
  const fs::path dir = fs::temp_directory_path() / ("otklik-stems-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "words.txt");
    for (const auto& w : words) out << w << '\n';
  }
  const std::string command =
      "node -e 'const stem=require(process.argv[1]);"
      "const "
      "w=require(\"fs\").readFileSync(process.argv[2],\"utf8\").split(\"\\n\").filter(Boolean);"
      "process.stdout.write(w.map(x=>stem(x.toLowerCase())).join(\"\\n\")+\"\\n\")' '" +
      (src / "templates/assets/russian-stemmer.js").string() + "' '" +
      (dir / "words.txt").string() + "' > '" + (dir / "js.txt").string() + "'";
  BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0,
                     "node could not run the JavaScript stemmer; tools/install-deps installs node");
  std::ifstream js(dir / "js.txt");
  std::size_t compared = 0;
  std::string js_stem;
  for (const auto& w : words) {
    std::getline(js, js_stem);
    BOOST_TEST(js_stem == only_term(w), w);
    ++compared;
  }
  BOOST_TEST(compared == words.size());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
