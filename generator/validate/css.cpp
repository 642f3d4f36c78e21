// A small hand-written CSS tokeniser: rules with their declarations, lines
// and @media conditions, and @keyframes blocks. libmodest's mycss parses
// selectors (style_cascade.cpp) but keeps no source lines, which every
// finding needs, and drops the properties it does not know (custom
// properties, animation-timeline, …), so declarations are read here.
#include "validate/css.hpp"

#include <algorithm>
#include <cctype>

namespace otklik::validate::css {
namespace {

// Replaces /* comments */ with spaces, keeping newlines so lines still count.
std::string blank_comments(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] != '/' || out[i + 1] != '*') continue;
    std::size_t end = out.find("*/", i + 2);
    std::size_t stop = end == std::string::npos ? out.size() : end + 2;
    for (std::size_t j = i; j < stop; ++j) {
      if (out[j] != '\n') out[j] = ' ';
    }
    i = stop - 1;
  }
  return out;
}

class Parser {
 public:
  Parser(std::string_view text, std::size_t first_line) : text_(text), line_(first_line) {}

  void parse_block_contents(Stylesheet& sheet, bool until_brace) {
    while (true) {
      skip_space();
      if (pos_ >= text_.size()) return;
      if (text_[pos_] == '}') {
        advance(1);
        if (until_brace) return;
        continue;  // a stray brace at top level: ignore it
      }
      if (text_[pos_] == '@') {
        parse_at_rule(sheet);
      } else {
        parse_rule(sheet);
      }
    }
  }

 private:
  void advance(std::size_t count) {
    for (std::size_t i = 0; i < count && pos_ < text_.size(); ++i) {
      if (text_[pos_] == '\n') ++line_;
      ++pos_;
    }
  }

  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) {
      advance(1);
    }
  }

  // Reads up to (not including) the first of `stops` outside quotes/parens.
  std::string read_until(std::string_view stops) {
    std::size_t start = pos_;
    int depth = 0;
    char quote = 0;
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (quote) {
        if (c == '\\')
          advance(1);
        else if (c == quote)
          quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && depth > 0) {
        --depth;
      } else if (depth == 0 && stops.find(c) != std::string_view::npos) {
        break;
      }
      advance(1);
    }
    return std::string(text_.substr(start, pos_ - start));
  }

  // Reads a {...} block body (the '{' already consumed), nested braces kept.
  std::string read_block_body() {
    std::string body;
    int depth = 1;
    while (pos_ < text_.size()) {
      body += read_until("{}");
      if (pos_ >= text_.size()) break;
      char c = text_[pos_];
      advance(1);
      depth += c == '{' ? 1 : -1;
      if (depth == 0) break;
      body += c;
    }
    return body;
  }

  void parse_rule(Stylesheet& sheet) {
    std::size_t line = line_;
    std::string selector = read_until("{;}");
    if (pos_ >= text_.size() || text_[pos_] != '{') {
      advance(1);
      return;
    }
    advance(1);
    std::string body = read_block_body();
    std::string media;
    for (const std::string& condition : media_) media += (media.empty() ? "" : " and ") + condition;
    sheet.rules.push_back({trim(selector), parse_declarations(body), line, media});
  }

  void parse_at_rule(Stylesheet& sheet) {
    std::size_t line = line_;
    std::string prelude = read_until("{;}");
    if (pos_ >= text_.size() || text_[pos_] != '{') {
      advance(1);  // "@import ...;" and the like
      return;
    }
    advance(1);
    std::string keyword = to_lower(prelude.substr(0, prelude.find_first_of(" \t\r\n")));
    if (keyword == "@media") {
      media_.push_back(trim(prelude.substr(keyword.size())));
      parse_block_contents(sheet, true);
      media_.pop_back();
    } else if (keyword == "@supports" || keyword == "@layer" || keyword == "@document" ||
               keyword == "@container") {
      parse_block_contents(sheet, true);
    } else if (keyword.ends_with("keyframes")) {
      sheet.keyframes.push_back(parse_keyframes(trim(prelude.substr(keyword.size())), line));
    } else {
      read_block_body();  // @font-face, @page: nothing to check
    }
  }

  Keyframes parse_keyframes(std::string name, std::size_t line) {
    Keyframes keyframes{std::move(name), {}, line};
    while (true) {
      skip_space();
      if (pos_ >= text_.size()) break;
      if (text_[pos_] == '}') {
        advance(1);
        break;
      }
      std::string selector = read_until("{}");
      if (pos_ >= text_.size() || text_[pos_] == '}') continue;
      advance(1);
      std::string body = read_block_body();
      keyframes.stops.push_back({trim(selector), parse_declarations(body)});
    }
    return keyframes;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_;
  std::vector<std::string> media_;  // the @media blocks the parser is in
};

}  // namespace

std::string trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

std::string to_lower(std::string_view text) {
  std::string out(text);
  // ASCII only, as CSS and HTML names are, and without std::tolower's call
  // per character: the rules lower-case every tag and attribute name.
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string> split_top_level(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::string current;
  int depth = 0;
  char quote = 0;
  for (char c : text) {
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && depth > 0) {
      --depth;
    } else if (c == separator && depth == 0) {
      if (std::string part = trim(current); !part.empty()) parts.push_back(part);
      current.clear();
      continue;
    }
    current += c;
  }
  if (std::string part = trim(current); !part.empty()) parts.push_back(part);
  return parts;
}

std::vector<std::string> split_words(std::string_view text) {
  std::string spaced(text);
  int depth = 0;
  for (char& c : spaced) {
    if (c == '(')
      ++depth;
    else if (c == ')' && depth > 0)
      --depth;
    else if (depth == 0 && std::isspace(static_cast<unsigned char>(c)))
      c = ' ';
  }
  return split_top_level(spaced, ' ');
}

std::vector<Declaration> parse_declarations(std::string_view text) {
  std::vector<Declaration> declarations;
  for (const std::string& part : split_top_level(blank_comments(text), ';')) {
    std::size_t colon = part.find(':');
    if (colon == std::string::npos) continue;
    std::string property = to_lower(trim(part.substr(0, colon)));
    std::string value = trim(part.substr(colon + 1));
    bool important = false;
    if (std::size_t bang = value.find("!");
        bang != std::string::npos &&
        to_lower(value.substr(bang)).find("important") != std::string::npos) {
      value = trim(value.substr(0, bang));
      important = true;
    }
    if (!property.empty()) declarations.push_back({property, value, important});
  }
  return declarations;
}

Stylesheet parse_stylesheet(std::string_view text, std::size_t first_line) {
  std::string clean = blank_comments(text);
  Stylesheet sheet;
  Parser parser(clean, first_line);
  parser.parse_block_contents(sheet, false);
  return sheet;
}

}  // namespace otklik::validate::css
