// A small tag scanner rather than an HTML parser: the rules need only start
// tags, their attributes, <style> text and line numbers, and must also run on
// pages the ministry wrote by hand (not well-formed XML, so Poco::XML's
// parser would reject them). Comments, <script> and <style> bodies are
// skipped so that tags inside them are not mistaken for elements.
#include "validate/html_scan.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>
#include <vector>

#include "validate/css.hpp"

namespace otklik::validate {
namespace {

std::size_t find_case_insensitive(std::string_view text, std::string_view needle,
                                  std::size_t from) {
  auto it = std::search(text.begin() + std::min(from, text.size()), text.end(), needle.begin(),
                        needle.end(), [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) ==
                                 std::tolower(static_cast<unsigned char>(b));
                        });
  return it == text.end() ? std::string_view::npos : static_cast<std::size_t>(it - text.begin());
}

std::string decode_entities(std::string text) {
  static const std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"},
      {"&lt;", "<"},    {"&gt;", ">"},  {"&amp;", "&"}};
  for (const auto& [entity, replacement] : kEntities) {
    for (std::size_t at = text.find(entity); at != std::string::npos;
         at = text.find(entity, at + replacement.size())) {
      text.replace(at, entity.size(), replacement);
    }
  }
  return text;
}

bool same_ignoring_case(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != lower[i]) return false;
  return true;
}

// The attributes keep their raw text, names and entities as written: the
// scan decodes only the few it uses (style, id, class) of the thousands a
// page has, and compares names without making lower-case copies.
struct Tag {
  std::string name;                                                       // lower case
  std::vector<std::pair<std::string_view, std::string_view>> attributes;  // raw name, raw value
  std::size_t end = 0;                                                    // position after '>'

  // The first attribute of that (lower-case) name, decoded; nullopt when
  // there is none.
  std::optional<std::string> attribute(std::string_view wanted) const {
    for (const auto& [name, value] : attributes)
      if (same_ignoring_case(name, wanted)) return decode_entities(std::string(value));
    return std::nullopt;
  }
};

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_';
}

// Parses a start tag at text[start] == '<'.
Tag read_tag(std::string_view text, std::size_t start) {
  Tag tag;
  std::size_t pos = start + 1;
  while (pos < text.size() && is_name_char(text[pos])) ++pos;
  tag.name = css::to_lower(text.substr(start + 1, pos - start - 1));
  while (pos < text.size() && text[pos] != '>') {
    if (!is_name_char(text[pos])) {
      ++pos;
      continue;
    }
    const std::size_t name_start = pos;
    while (pos < text.size() && is_name_char(text[pos])) ++pos;
    const std::string_view name = text.substr(name_start, pos - name_start);
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    std::string_view value;
    if (pos < text.size() && text[pos] == '=') {
      ++pos;
      while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
      if (pos < text.size() && (text[pos] == '"' || text[pos] == '\'')) {
        char quote = text[pos++];
        std::size_t close = text.find(quote, pos);
        if (close == std::string_view::npos) close = text.size();
        value = text.substr(pos, close - pos);
        pos = std::min(close + 1, text.size());
      } else {
        const std::size_t begin = pos;
        while (pos < text.size() && !std::isspace(static_cast<unsigned char>(text[pos])) &&
               text[pos] != '>')
          ++pos;
        value = text.substr(begin, pos - begin);
      }
    }
    tag.attributes.emplace_back(name, value);
  }
  tag.end = std::min(pos + 1, text.size());
  return tag;
}

std::string describe(const Tag& tag) {
  if (auto id = tag.attribute("id"); id && !id->empty()) return tag.name + "#" + *id;
  if (auto cls = tag.attribute("class")) {
    auto classes = css::split_words(*cls);
    if (!classes.empty()) return tag.name + "." + classes.front();
  }
  return tag.name;
}

class Scanner {
 public:
  explicit Scanner(std::string_view html) : html_(html) {}

  HtmlScan scan() {
    HtmlScan result;
    std::size_t pos = 0;
    while ((pos = html_.find('<', pos)) != std::string_view::npos) {
      if (html_.substr(pos, 4) == "<!--") {
        std::size_t close = html_.find("-->", pos + 4);
        pos = close == std::string_view::npos ? html_.size() : close + 3;
        continue;
      }
      if (pos + 1 >= html_.size() || !std::isalpha(static_cast<unsigned char>(html_[pos + 1]))) {
        ++pos;
        continue;
      }
      std::size_t line = line_at(pos);
      Tag tag = read_tag(html_, pos);
      pos = tag.end;
      if (auto style = tag.attribute("style"))
        result.style_attributes.push_back({describe(tag), std::move(*style), line});
      if (tag.name == "blink" || tag.name == "marquee") {
        result.flashing_elements.push_back({tag.name, line});
      } else if (tag.name == "style" || tag.name == "script") {
        std::size_t close = find_case_insensitive(html_, "</" + tag.name, pos);
        if (close == std::string_view::npos) close = html_.size();
        if (tag.name == "style") {
          result.style_blocks.push_back(
              {std::string(html_.substr(pos, close - pos)), line_at(pos)});
        }
        pos = close;
      }
    }
    return result;
  }

 private:
  // Lines are counted incrementally: positions only move forward.
  std::size_t line_at(std::size_t pos) {
    line_ +=
        static_cast<std::size_t>(std::count(html_.begin() + counted_, html_.begin() + pos, '\n'));
    counted_ = pos;
    return line_;
  }

  std::string_view html_;
  std::size_t counted_ = 0;
  std::size_t line_ = 1;
};

}  // namespace

HtmlScan scan_html(std::string_view html) { return Scanner(html).scan(); }

}  // namespace otklik::validate
