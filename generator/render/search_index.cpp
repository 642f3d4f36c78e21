#include "render/search_index.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "render/page_paths.hpp"

namespace otklik::render {
namespace {

// The terms of one thread's pages, each word's worked out once and numbered,
// so that a page's weights are counted in an array: a site says the same few
// thousand words on every page. This halved the time of indexing 10 000
// pages. The table starts over past kWords, between two pages, so a long
// `serve` stays bounded.
class TermTable {
 public:
  TermTable() : stemmer_(sb_stemmer_new("russian", "UTF_8"), sb_stemmer_delete) {
    if (!stemmer_) throw std::runtime_error("libstemmer has no Russian stemmer");
  }
  // Cyrillic words are stemmed, others are their own term.
  std::uint32_t number_of(const std::string& word, bool cyrillic) {
    if (const auto found = by_word_.find(word); found != by_word_.end()) return found->second;
    std::string term = word;
    if (cyrillic) {
      const sb_symbol* s =
          sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                          static_cast<int>(word.size()));
      term.assign(reinterpret_cast<const char*>(s),
                  static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
    }
    const auto [at, added] = by_term_.try_emplace(term, static_cast<std::uint32_t>(terms_.size()));
    if (added) terms_.push_back(std::move(term));
    by_word_.emplace(word, at->second);
    return at->second;
  }
  const std::string& term(std::uint32_t number) const { return terms_[number]; }
  std::size_t size() const { return terms_.size(); }
  // Only between pages: the numbers of the words seen so far lapse.
  void start_over_if_full() {
    if (by_word_.size() < kWords) return;
    by_word_.clear();
    by_term_.clear();
    terms_.clear();
  }

 private:
  static constexpr std::size_t kWords = 200'000;
  std::unique_ptr<sb_stemmer, void (*)(sb_stemmer*)> stemmer_;
  std::unordered_map<std::string, std::uint32_t> by_word_;
  std::unordered_map<std::string, std::uint32_t> by_term_;
  std::vector<std::string> terms_;
};

// libstemmer keeps its work in the stemmer: one table per thread, as pages
// are indexed in parallel.
TermTable& thread_terms() {
  thread_local TermTable table;
  return table;
}

// Decodes one UTF-8 code point at `i` and moves past it; 0xFFFD on bad input.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  int extra = b < 0x80 ? 0 : (b >> 5) == 6 ? 1 : (b >> 4) == 14 ? 2 : (b >> 3) == 30 ? 3 : -1;
  if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size() + (extra == 0 ? 1 : 0)) {
    ++i;
    return 0xFFFD;
  }
  char32_t c = extra == 0 ? b : b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) c = (c << 6) | (byte(i + static_cast<std::size_t>(k)) & 0x3F);
  i += static_cast<std::size_t>(extra) + 1;
  return c;
}

void append_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else {  // the letters kept here are Cyrillic: two bytes
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_cyrillic(char32_t c) { return c >= 0x410 && c <= 0x44F; }

// Lower case with ё as е; 0 for a character that is not part of a word.
char32_t word_char(char32_t c) {
  if (c == 0x401 || c == 0x451) return 0x435;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (is_cyrillic(c)) return c;
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return c;
  return 0;
}

// The text of our own generated HTML, without tags, scripts and charts (a
// chart repeats the numbers of its table). A hand scanner rather than an
// HTML5 parser: it only ever reads the pages otklik has just rendered.
std::string visible_text(std::string_view html) {
  std::string text;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t tag = std::min(html.find('<', i), html.size());
    text.append(html.substr(i, tag - i));
    i = tag;
    if (i == html.size()) break;
    for (std::string_view skipped : {"svg", "script", "style"}) {
      if (html.substr(i + 1, skipped.size()) == skipped) {
        const std::size_t end = html.find("</" + std::string(skipped) + ">", i);
        i = end == std::string_view::npos ? html.size() : end;
        break;
      }
    }
    const std::size_t close = html.find('>', i);
    i = close == std::string_view::npos ? html.size() : close + 1;
    text += ' ';
  }
  // Entities that the templates write: named ones and numeric references.
  std::string out;
  out.reserve(text.size());
  for (std::size_t k = 0; k < text.size(); ++k) {
    const std::size_t amp = std::min(text.find('&', k), text.size());
    out.append(text, k, amp - k);
    k = amp;
    if (k == text.size()) break;
    const std::size_t semi = text.find(';', k);
    const std::string_view name =
        std::string_view(text).substr(k + 1, semi == std::string::npos ? 0 : semi - k - 1);
    static const std::map<std::string_view, std::string_view> kNamed = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"#39", "'"}, {"nbsp", " "}};
    if (const auto it = kNamed.find(name); it != kNamed.end()) {
      out += it->second;
      k = semi;
    } else {
      out += ' ';
      if (semi != std::string::npos && semi - k < 10) k = semi;
    }
  }
  return out;
}

std::string between(std::string_view html, std::string_view open, std::string_view close) {
  const std::size_t start = html.find(open);
  if (start == std::string_view::npos) return "";
  const std::size_t body = html.find('>', start) + 1;
  const std::size_t end = html.find(close, body);
  return std::string(html.substr(body, end == std::string_view::npos ? 0 : end - body));
}

std::string squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The first 160 letters of the page's lead paragraph, at a word boundary.
std::string snippet(std::string_view main) {
  std::string text = squeezed(visible_text(between(main, "<p", "</p>")));
  std::size_t letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    next_code_point(text, i);
    if (++letters > 160) {
      const std::size_t space = text.rfind(' ', at);
      return text.substr(0, space == std::string::npos ? at : space) + " …";
    }
  }
  return text;
}

std::string js_string(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '<') {
      out += "\\u003c";  // never "</script>" inside the file
    } else if (c < 0x20) {
      static const char* kHex = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      i += 2;  // line separators end a line in older JavaScript
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

// A region's life-situation pages (5 100 nationally) repeat the names of
// their region and life situation, which are found through the region's
// page instead; indexed, they would make the index several times the size a
// reader's browser loads for every search.
bool is_indexed(const std::string& path) {
  return path.ends_with(".html") && !path.starts_with("vi/") && path != kSearchPath &&
         path != "sitemap.html" && path != "404.html" && !is_region_life_situation_path(path);
}

namespace {

// The number of each term of `text` in order, to `take`.
template <typename Take>
void for_each_term(std::string_view text, Take take) {
  TermTable& table = thread_terms();
  thread_local std::string word;
  word.clear();
  bool cyrillic = false;
  std::size_t letters = 0;
  const auto flush = [&] {
    if (letters >= 2) take(table.number_of(word, cyrillic));
    word.clear();
    letters = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = word_char(next_code_point(text, i));
    if (c == 0) {
      flush();
      continue;
    }
    if (letters == 0) cyrillic = is_cyrillic(c);
    append_utf8(c, word);
    ++letters;
  }
  flush();
}

}  // namespace

std::vector<std::string> search_terms(std::string_view text) {
  std::vector<std::string> terms;
  thread_terms().start_over_if_full();
  for_each_term(text, [&](std::uint32_t term) { terms.push_back(thread_terms().term(term)); });
  return terms;
}

IndexedPage index_page(const OutputFile& page) {
  const std::string main = between(page.bytes, "<main", "</main>");
  IndexedPage indexed{page.path,
                      squeezed(visible_text(between(main, "<h1", "</h1>"))),
                      snippet(main.substr(std::min(main.find("</h1>"), main.size()))),
                      {}};
  // Each stem once, with the weights of its hits added up; a page has about
  // a thousand hits of a few hundred stems, counted by the stems' numbers.
  TermTable& table = thread_terms();
  table.start_over_if_full();
  thread_local std::vector<int> weights;  // by term number, all 0 between pages
  std::vector<std::uint32_t> seen;
  const auto add = [&](const std::string& html, int weight) {
    for_each_term(visible_text(html), [&](std::uint32_t term) {
      if (term >= weights.size()) weights.resize(table.size() + 1024, 0);
      if (weights[term] == 0) seen.push_back(term);
      weights[term] += weight;
    });
  };
  add(main, 1);
  add(between(main, "<h1", "</h1>"), 4);
  for (std::size_t at = main.find("<h2"); at != std::string::npos; at = main.find("<h2", at + 1))
    add(between(std::string_view(main).substr(at), "<h2", "</h2>"), 1);
  // In the order first seen: search_index() puts the site's terms in order
  // once, so sorting each page's would be work thrown away.
  indexed.terms.reserve(seen.size());
  for (std::uint32_t term : seen) {
    indexed.terms.emplace_back(table.term(term), weights[term]);
    weights[term] = 0;
  }
  return indexed;
}

OutputFile search_index(const std::vector<const IndexedPage*>& pages) {
  // Hits are added page by page, so each term's list is in page order. Terms
  // are numbered through a hash table and put in byte order once at the end:
  // a map looked up for each of a million hits took a third of a second.
  using Hits = std::vector<std::pair<std::size_t, int>>;
  std::unordered_map<std::string_view, std::size_t> numbers;
  std::vector<std::pair<std::string_view, Hits>> terms;
  std::string listed;
  for (std::size_t number = 0; number < pages.size(); ++number) {
    const IndexedPage& page = *pages[number];
    for (const auto& [term, weight] : page.terms) {
      const auto [at, added] = numbers.try_emplace(term, terms.size());
      if (added) terms.emplace_back(term, Hits{});
      terms[at->second].second.emplace_back(number, weight);
    }
    listed += std::string(number ? ",\n" : "") + "[" + js_string(page.path) + "," +
              js_string(page.title) + "," + js_string(page.snippet) + "]";
  }
  std::sort(terms.begin(), terms.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string script = "window.OTKLIK_SEARCH = {\"pages\": [\n" + listed + "\n], \"terms\": {\n";
  bool first = true;
  for (const auto& [term, hits] : terms) {
    script += first ? "" : ",\n";
    script += js_string(term);
    script += ":[";
    bool first_hit = true;
    for (const auto& [page, weight] : hits) {
      script += first_hit ? "[" : ",[";
      script += std::to_string(page);
      script += ',';
      script += std::to_string(weight);
      script += ']';
      first_hit = false;
    }
    script += "]";
    first = false;
  }
  script += "\n}};\n";
  return {kSearchIndexPath, std::move(script)};
}

OutputFile search_index(const std::vector<OutputFile>& files) {
  std::vector<IndexedPage> indexed;
  for (const OutputFile& file : files)
    if (is_indexed(file.path)) indexed.push_back(index_page(file));
  std::vector<const IndexedPage*> pages;
  for (const IndexedPage& page : indexed) pages.push_back(&page);
  return search_index(pages);
}

}  // namespace otklik::render
