#include "validate/plain_language.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "validate/folder_path.hpp"
#include "validate/html_document.hpp"

namespace otklik::validate {
namespace {

namespace fs = std::filesystem;
constexpr const char* kClause = "ГОСТ Р 52872-2019, 7.1; WCAG 3.1.5";

// One UTF-8 character at `i`: its code point and length.
char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80 || i + 1 >= s.size()) {
    length = 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0) {
    length = 2;
    return ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
  }
  length = (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t code = c & (length == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < length && i + k < s.size(); ++k)
    code = (code << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return code;
}

bool is_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x0410 && c <= 0x044F) ||
         c == 0x0401 || c == 0x0451;
}

// A switch rather than a search of a string of vowels: it runs for every
// character of every page.
bool is_vowel(char32_t c) {
  // clang-format off
  switch (c) {
    case U'а': case U'е': case U'ё': case U'и': case U'о': case U'у': case U'ы': case U'э':
    case U'ю': case U'я': case U'А': case U'Е': case U'Ё': case U'И': case U'О': case U'У':
    case U'Ы': case U'Э': case U'Ю': case U'Я': case 'a': case 'e': case 'i': case 'o':
    case 'u': case 'y': case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
      return true;
    default:
      return false;
  }
  // clang-format on
}

bool is_upper_or_digit(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0x0410 && c <= 0x042F) || c == 0x0401 ||
         (c >= '0' && c <= '9') || c == U'«' || c == '"';
}

Sentence measure(std::string_view text) {
  Sentence sentence{"", 0, 0};
  bool in_word = false;
  for (std::size_t i = 0, length = 0; i < text.size(); i += length) {
    const char32_t c = decode(text, i, length);
    const bool letter = is_letter(c);
    if (letter && !in_word) ++sentence.words;
    if (is_vowel(c)) ++sentence.syllables;
    // A hyphen or apostrophe inside a word keeps it one word («кто-то»).
    in_word = letter || (in_word && (c == '-' || c == '\''));
  }
  if (sentence.words > 0) sentence.text = text;  // only what is kept is copied
  return sentence;
}

void collect_prose(const GumboNode& node, std::string& out) {
  if (node.type != GUMBO_NODE_ELEMENT) return;
  switch (node.v.element.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: {
      const std::string text = text_content(node);
      out += text;
      // A heading or list item without its own full stop is still a sentence.
      if (!text.empty() && std::string_view(".!?…").find(text.back()) == std::string_view::npos)
        out += '.';
      out += ' ';
      return;
    }
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
      return;
    default:
      break;
  }
  const GumboVector& children = node.v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    collect_prose(*static_cast<const GumboNode*>(children.data[i]), out);
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

// «…» around the sentence, cut at 160 bytes on a character boundary.
std::string quote(const std::string& text) {
  std::size_t end = std::min<std::size_t>(text.size(), 160);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return "«" + text.substr(0, end) + (end < text.size() ? "…" : "") + "»";
}

void check_prose(const std::string& relative, const std::string& prose,
                 const ReadabilityLimits& limits, std::vector<Finding>& findings) {
  std::vector<Sentence> sentences = split_sentences(prose);
  std::size_t words = 0;
  for (const Sentence& s : sentences) words += s.words;
  // The longest sentences first: they are what to rewrite.
  std::stable_sort(sentences.begin(), sentences.end(),
                   [](const Sentence& a, const Sentence& b) { return a.words > b.words; });
  if (!sentences.empty() && sentences.front().words > limits.max_sentence_words) {
    findings.push_back(
        {"plain-language", relative, 0, "sentence length",
         std::to_string(sentences.front().words) + " words in " + quote(sentences.front().text),
         "at most " + std::to_string(limits.max_sentence_words) + " words", kClause});
  }
  if (words < limits.min_words) return;
  const double ease = reading_ease(sentences);
  if (ease >= limits.min_reading_ease) return;
  std::string measured = "reading ease " + number(ease) + " (Flesch–Oborneva); hardest: ";
  for (std::size_t i = 0; i < std::min<std::size_t>(2, sentences.size()); ++i)
    measured += (i ? ", " : "") + quote(sentences[i].text);
  findings.push_back({"plain-language", relative, 0, "page text", measured,
                      "at least " + number(limits.min_reading_ease), kClause});
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> sentences;
  std::size_t start = 0;  // of the sentence being read
  auto finish = [&](std::size_t end) {
    std::string_view sentence = text.substr(start, end - start);
    sentence.remove_prefix(std::min(sentence.find_first_not_of(' '), sentence.size()));
    if (Sentence s = measure(sentence); s.words > 0) sentences.push_back(std::move(s));
    start = end;
  };
  for (std::size_t i = 0, length = 0; i < text.size(); i += length) {
    const char32_t c = decode(text, i, length);
    if (c != '.' && c != '!' && c != '?' && c != U'…') continue;
    // The next non-space character decides: a capital, a digit or the end.
    std::size_t j = i + length;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\n')) ++j;
    std::size_t next_length = 0;
    if (j >= text.size() || (j > i + length && is_upper_or_digit(decode(text, j, next_length))))
      finish(i + length);
  }
  finish(text.size());
  return sentences;
}

double reading_ease(const std::vector<Sentence>& sentences) {
  std::size_t words = 0, syllables = 0;
  for (const Sentence& s : sentences) {
    words += s.words;
    syllables += s.syllables;
  }
  if (sentences.empty() || words == 0) return 100;
  const double per_sentence = static_cast<double>(words) / static_cast<double>(sentences.size());
  const double per_word = static_cast<double>(syllables) / static_cast<double>(words);
  return 206.835 - 1.3 * per_sentence - 60.1 * per_word;
}

std::string page_prose(const std::string& html) { return page_prose(HtmlDocument(html)); }

std::string page_prose(const HtmlDocument& document) {
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  document.for_each_element([&](const GumboNode& element) {
    if (element.v.element.tag == GUMBO_TAG_MAIN && main == nullptr) main = &element;
    if (element.v.element.tag == GUMBO_TAG_BODY && body == nullptr) body = &element;
  });
  std::string prose;
  if (const GumboNode* root = main != nullptr ? main : body) collect_prose(*root, prose);
  return prose;
}

std::vector<Finding> check_plain_language(const fs::path& dir, const ReadabilityLimits& limits) {
  // One page after another: a build checks plain language in validate_folder's
  // parallel pass, from the parse the other rules share; this is the rule alone.
  std::vector<Finding> findings;
  for (const std::string& page : html_pages(dir))
    for (Finding& finding : check_page_language(page, HtmlDocument(read_file(dir / page)), limits))
      findings.push_back(std::move(finding));
  return findings;
}

std::vector<Finding> check_page_language(const std::string& relative, const HtmlDocument& document,
                                         const ReadabilityLimits& limits) {
  std::vector<Finding> findings;
  check_prose(relative, page_prose(document), limits, findings);
  return findings;
}

std::vector<Finding> PlainLanguageCheck::check(const std::string& relative,
                                               const HtmlDocument& document) {
  std::string prose = page_prose(document);
  std::vector<Finding> findings;
  bool measured = false;
  {
    // A twin's prose is asked for once more, so the entry goes when it is
    // taken: what stays waiting is at most the prose of half the pages.
    const std::lock_guard lock(mutex_);
    if (auto found = waiting_.find(prose); found != waiting_.end()) {
      findings = std::move(found->second);
      waiting_.erase(found);
      measured = true;
    }
  }
  if (!measured) {
    check_prose("", prose, limits_, findings);
    const std::lock_guard lock(mutex_);
    waiting_.emplace(std::move(prose), findings);
  }
  for (Finding& finding : findings) finding.file = relative;
  return findings;
}

}  // namespace otklik::validate
