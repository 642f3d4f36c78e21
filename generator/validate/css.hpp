#pragma once
// The parts of a stylesheet the validator needs: declared property/value
// pairs per rule and @keyframes blocks.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace otklik::validate::css {

struct Declaration {
  std::string property;  // lower case
  std::string value;     // trimmed, without "!important"
  bool important = false;
};

struct Rule {
  std::string selector;
  std::vector<Declaration> declarations;
  std::size_t line = 0;  // line of the selector
  // The conditions of the @media blocks around the rule, joined by " and "
  // ("" outside any): "(min-width: 40rem)", "print".
  std::string media;
};

struct KeyframeStop {
  std::string selector;  // "from", "50%", "0%, 100%"
  std::vector<Declaration> declarations;
};

struct Keyframes {
  std::string name;
  std::vector<KeyframeStop> stops;
  std::size_t line = 0;
};

struct Stylesheet {
  std::vector<Rule> rules;
  std::vector<Keyframes> keyframes;
};

// `first_line` is the line the text starts on (for <style> inside HTML).
Stylesheet parse_stylesheet(std::string_view text, std::size_t first_line = 1);

// The body of a rule or a style="" attribute: "color: red; background: #fff".
std::vector<Declaration> parse_declarations(std::string_view text);

// Splits on `separator` outside parentheses and quotes; trims the parts and
// drops empty ones ("a, rgb(1,2,3)" -> {"a", "rgb(1,2,3)"}).
std::vector<std::string> split_top_level(std::string_view text, char separator);

// Splits on whitespace outside parentheses: "1s steps(4, end)" -> 2 tokens.
std::vector<std::string> split_words(std::string_view text);

std::string trim(std::string_view text);
std::string to_lower(std::string_view text);

}  // namespace otklik::validate::css
