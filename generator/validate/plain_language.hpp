#pragma once
// Plain language (ГОСТ Р 52872-2019, 7.1; WCAG 3.1.5): the reading ease of a
// page's prose by Flesch's formula as Oborneva fitted it to Russian,
//   206,835 − 1,3 × (words per sentence) − 60,1 × (syllables per word),
// and the length of its sentences. The findings quote the worst sentences.
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "validate/finding.hpp"
#include "validate/html_document.hpp"

namespace otklik::validate {

struct ReadabilityLimits {
  double min_reading_ease = 30.0;       // otklik.yaml readability_limit
  std::size_t max_sentence_words = 40;  // otklik.yaml max_sentence_words
  std::size_t min_words = 100;          // fewer words of prose: the score says nothing
};

struct Sentence {
  std::string text;
  std::size_t words = 0;
  std::size_t syllables = 0;
};

// The sentences of prose: split after . ! ? … when a capital, a digit or the
// end follows; words are runs of letters; a syllable is a vowel.
std::vector<Sentence> split_sentences(std::string_view text);
double reading_ease(const std::vector<Sentence>& sentences);

// The prose of a page: paragraphs, list items, headings, quotations and
// definitions inside <main> (or <body>), not tables, figures, navigation,
// forms or code, whose words are figures and labels rather than sentences.
std::string page_prose(const std::string& html);
std::string page_prose(const HtmlDocument& document);

// Findings (file set) for one page already parsed.
std::vector<Finding> check_page_language(const std::string& relative, const HtmlDocument& document,
                                         const ReadabilityLimits& limits);

// The findings of check_page_language, with each distinct prose measured
// once: a page's version for the visually impaired (vi/) has the same <main>
// as the page. Safe to use from several threads.
class PlainLanguageCheck {
 public:
  explicit PlainLanguageCheck(const ReadabilityLimits& limits) : limits_(limits) {}
  std::vector<Finding> check(const std::string& relative, const HtmlDocument& document);

 private:
  ReadabilityLimits limits_;
  std::mutex mutex_;
  // Prose measured once and not yet asked for again -> its findings (file "").
  std::unordered_map<std::string, std::vector<Finding>> waiting_;
};

// Findings (file set) for each page of `dir`.
std::vector<Finding> check_plain_language(const std::filesystem::path& dir,
                                          const ReadabilityLimits& limits);

}  // namespace otklik::validate
