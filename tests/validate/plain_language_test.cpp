// Plain language: sentences, syllables, the Flesch–Oborneva reading ease and
// the corpus of hard and plain pages.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <tuple>
#include <vector>

#include "validate/folder_path.hpp"
#include "validate/plain_language.hpp"
#include "validate/validator.hpp"

namespace ov = otklik::validate;

namespace {

const std::filesystem::path kCorpus =
    std::filesystem::path(OTKLIK_SOURCE_DIR) / "tests/validate/corpus/plain-language";

}  // namespace

BOOST_AUTO_TEST_SUITE(plain_language)

BOOST_AUTO_TEST_CASE(sentences_end_before_a_capital_a_digit_or_the_end) {
  struct Case {
    const char* text;
    std::vector<std::size_t> words;  // per sentence
  };
  const Case cases[] = {
      {"Мама мыла раму.", {3}},
      {"Первое. Второе предложение! Третье? Да…", {1, 2, 1, 1}},
      // A digit after a full stop starts a sentence, so «сент. 2026» splits: a
      // cheap rule that errs towards shorter sentences.
      {"Срок — 30 сент. 2026 г. Подача онлайн.", {2, 1, 2}},
      {"Всего 1 257 обращений. 95 % в срок.", {2, 2}},  // figures are not words
      {"Кто-то пришёл, т. е. гость.", {5}},  // «кто-то» one word; «т. е.» stays inside
      {"", {}},
      {"Без точки в конце", {4}},
  };
  for (const Case& c : cases) {
    std::vector<std::size_t> words;
    for (const ov::Sentence& s : ov::split_sentences(c.text)) words.push_back(s.words);
    BOOST_TEST(words == c.words, boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(syllables_are_vowels_and_the_score_is_oborneva_s_flesch) {
  const auto sentences = ov::split_sentences("Мама мыла раму.");
  BOOST_REQUIRE(sentences.size() == 1u);
  BOOST_TEST(sentences[0].syllables == 6u);
  // 206,835 − 1,3 × 3 − 60,1 × 6/3 = 82,735.
  BOOST_TEST(std::abs(ov::reading_ease(sentences) - 82.735) < 1e-9);
  // Two sentences, 5 words, 13 syllables: 206,835 − 1,3 × 2,5 − 60,1 × 2,6.
  const auto two = ov::split_sentences("Ёжик идёт домой. Yes, we can.");
  BOOST_TEST(std::abs(ov::reading_ease(two) - (206.835 - 1.3 * 3.0 - 60.1 * 10.0 / 6)) < 1e-9);
}

BOOST_AUTO_TEST_CASE(prose_is_taken_from_main_without_tables_navigation_or_figures) {
  const std::string html =
      "<body><nav><p>Меню сайта</p></nav><main><h1>Заголовок</h1><p>Абзац текста.</p>"
      "<table><tr><td>Ячейка таблицы</td></tr></table><figure><svg><text>Подпись</text></svg>"
      "</figure><ul><li>Пункт списка</li></ul></main><footer><p>Подвал</p></footer></body>";
  BOOST_TEST(ov::page_prose(html) == "Заголовок. Абзац текста. Пункт списка. ");
}

BOOST_AUTO_TEST_CASE(every_hard_page_is_found_and_no_plain_one) {
  struct Planted {
    const char* file;
    const char* element;
    const char* measured;  // the start of it
  };
  const Planted planted[] = {
      {"hard-prose-in-list.html", "page text", "reading ease -"},
      {"hard-prose-sections.html", "page text", "reading ease -"},
      {"hard-prose.html", "page text", "reading ease -"},
      {"long-sentence-in-quote.html", "sentence length", "45 words in «Мы слово"},
      {"long-sentence.html", "sentence length", "45 words in «Мы слово"},
  };
  const auto findings = ov::check_plain_language(kCorpus / "bad", {});
  BOOST_REQUIRE(findings.size() == std::size(planted));
  for (std::size_t i = 0; i < findings.size(); ++i) {
    BOOST_TEST_CONTEXT(planted[i].file) {
      BOOST_TEST(findings[i].file == planted[i].file);
      BOOST_TEST(findings[i].rule == "plain-language");
      BOOST_TEST(findings[i].element == planted[i].element);
      BOOST_TEST(findings[i].measured.rfind(planted[i].measured, 0) == 0u, findings[i].measured);
    }
  }
  BOOST_TEST(findings[2].measured.find("hardest: «Осуществление государственного") !=
             std::string::npos);
  BOOST_TEST(findings[2].required == "at least 30.0");
  BOOST_TEST(findings[4].required == "at most 40 words");
  // 40 words, plain prose, hard text in a table or the menu, 84 hard words.
  BOOST_TEST(ov::check_plain_language(kCorpus / "good", {}).empty());
}

BOOST_AUTO_TEST_CASE(the_limits_come_from_the_configuration) {
  ov::ReadabilityLimits strict;
  strict.max_sentence_words = 39;
  // sentence-40-words.html now fails; the rest stays plain.
  const auto findings = ov::check_plain_language(kCorpus / "good", strict);
  BOOST_REQUIRE(findings.size() == 1u);
  BOOST_TEST(findings[0].file == "sentence-40-words.html");
  ov::ReadabilityLimits lenient;
  lenient.min_reading_ease = -200;
  lenient.max_sentence_words = 50;
  BOOST_TEST(ov::check_plain_language(kCorpus / "bad", lenient).empty());
}

// The build checks plain language in the folder pass, from the same parse
// as the other rules; it must find what the rule finds on its own, after
// the other rules' findings of the same place.
BOOST_AUTO_TEST_CASE(the_folder_pass_finds_the_same_as_the_rule_alone) {
  for (const char* folder : {"bad", "good"}) {
    std::vector<ov::Finding> expected = ov::validate_folder(kCorpus / folder);
    for (ov::Finding& f : ov::check_plain_language(kCorpus / folder, {})) expected.push_back(f);
    std::stable_sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
      return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    std::vector<std::string> want;
    for (const ov::Finding& f : expected) want.push_back(ov::format_finding(f));
    std::vector<std::string> got;
    for (const ov::Finding& f : ov::validate_folder(kCorpus / folder, ov::ReadabilityLimits{}))
      got.push_back(ov::format_finding(f));
    BOOST_TEST(got == want, boost::test_tools::per_element());
  }
  BOOST_TEST(ov::validate_folder(kCorpus / "bad", ov::ReadabilityLimits{}).size() >= 5u);
}

// A page and its vi/ twin share their prose, which is measured once; each
// page still gets its own findings, and so does a third page with it.
BOOST_AUTO_TEST_CASE(shared_prose_gives_each_page_its_findings) {
  const std::string hard = ov::read_file(kCorpus / "bad/hard-prose.html");
  const std::string plain = ov::read_file(kCorpus / "good/simple-prose.html");
  BOOST_TEST_REQUIRE(plain.find("<main") != std::string::npos);
  const auto alone = ov::check_page_language("x.html", ov::HtmlDocument(hard), {});
  BOOST_TEST_REQUIRE(alone.size() == 1u);
  ov::PlainLanguageCheck check({});
  for (const char* page : {"a.html", "vi/a.html", "b.html", "c.html"}) {
    const auto findings = check.check(page, ov::HtmlDocument(hard));
    BOOST_TEST_REQUIRE(findings.size() == 1u, page);
    BOOST_TEST(findings[0].file == page);
    BOOST_TEST(findings[0].measured == alone[0].measured);
    BOOST_TEST(check.check(std::string("p-") + page, ov::HtmlDocument(plain)).empty(), page);
  }
  // Other limits, other findings: the verdicts belong to one check.
  ov::ReadabilityLimits lenient;
  lenient.min_reading_ease = -200;
  BOOST_TEST(ov::PlainLanguageCheck(lenient).check("a.html", ov::HtmlDocument(hard)).empty());
}

BOOST_AUTO_TEST_SUITE_END()
