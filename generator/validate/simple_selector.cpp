#include "validate/simple_selector.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "validate/css.hpp"
#include "validate/html_document.hpp"

namespace otklik::validate {
namespace {

// Pseudo-classes of a state the static check cannot see; a rule behind one
// of them does not style the page as first shown.
bool is_state(const std::string& pseudo) {
  static const char* const kStates[] = {"hover",  "focus",   "focus-visible", "focus-within",
                                        "active", "visited", "target",        "checked"};
  return std::any_of(std::begin(kStates), std::end(kStates),
                     [&](const char* state) { return pseudo == state; });
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '\\' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string read_name(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < text.size() && is_name_char(text[pos])) ++pos;
  return std::string(text.substr(start, pos - start));
}

// Skips a bracketed or parenthesised group starting at text[pos].
std::size_t skip_group(std::string_view text, std::size_t pos, char open, char close) {
  int depth = 0;
  for (; pos < text.size(); ++pos) {
    if (text[pos] == open) ++depth;
    if (text[pos] == close && --depth == 0) return pos + 1;
  }
  return text.size();
}

// "[data-x]", "[type=\"image\"]", "[href^=\"#\"]" (the last only as presence).
AttributeTest read_attribute(std::string_view inside) {
  const std::size_t equals = inside.find('=');
  AttributeTest test{css::to_lower(css::trim(inside.substr(0, equals))), "", true};
  if (equals == std::string_view::npos) return test;
  const char before = equals > 0 ? inside[equals - 1] : ' ';
  if (std::string_view("^$*~|").find(before) != std::string_view::npos) {
    test.name = css::to_lower(css::trim(inside.substr(0, equals - 1)));
    return test;
  }
  std::string value = css::trim(inside.substr(equals + 1));
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')) {
    value = value.substr(1, value.size() - 2);
  }
  return {test.name, value, false};
}

Compound read_compound(std::string_view text) {
  Compound compound;
  std::size_t pos = 0;
  if (pos < text.size() && text[pos] == '*') ++pos;
  compound.tag = css::to_lower(read_name(text, pos));
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '#' || c == '.') {
      std::string name = read_name(text, ++pos);
      if (c == '#')
        compound.id = name;
      else
        compound.classes.push_back(name);
    } else if (c == '[') {
      const std::size_t end = skip_group(text, pos, '[', ']');
      compound.attributes.push_back(read_attribute(text.substr(pos + 1, end - pos - 2)));
      pos = end;
    } else if (c == ':') {
      const bool element = pos + 1 < text.size() && text[pos + 1] == ':';
      pos += element ? 2 : 1;
      const std::string pseudo = css::to_lower(read_name(text, pos));
      if (element || is_state(pseudo) || pseudo == "before" || pseudo == "after")
        compound.never = true;
      if (pos < text.size() && text[pos] == '(') pos = skip_group(text, pos, '(', ')');
    } else {
      ++pos;  // an unknown character: read on
    }
  }
  return compound;
}

// Splits one part at combinators (white space, >, +, ~) outside [] and ().
std::vector<Compound> read_part(std::string_view part) {
  std::vector<Compound> compounds;
  std::size_t start = 0;
  std::size_t pos = 0;
  auto flush = [&](std::size_t end) {
    if (end > start) compounds.push_back(read_compound(part.substr(start, end - start)));
  };
  while (pos < part.size()) {
    const char c = part[pos];
    if (c == '[' || c == '(') {
      pos = skip_group(part, pos, c, c == '[' ? ']' : ')');
    } else if (std::isspace(static_cast<unsigned char>(c)) || c == '>' || c == '+' || c == '~') {
      flush(pos);
      start = ++pos;
    } else {
      ++pos;
    }
  }
  flush(pos);
  return compounds;
}

bool has_class(const GumboNode& element, const std::string& name) {
  const char* value = attribute(element, "class");
  if (value == nullptr) return false;
  std::istringstream words(value);
  std::string word;
  while (words >> word)
    if (word == name) return true;
  return false;
}

}  // namespace

std::vector<std::vector<Compound>> parse_selector_list(std::string_view selector) {
  std::vector<std::vector<Compound>> parts;
  for (const std::string& part : css::split_top_level(selector, ',')) {
    std::vector<Compound> compounds = read_part(part);
    if (!compounds.empty()) parts.push_back(std::move(compounds));
  }
  return parts;
}

bool matches(const Compound& compound, const GumboNode& element) {
  if (compound.never) return false;
  if (!compound.tag.empty() && compound.tag != tag_name(element)) return false;
  if (!compound.id.empty()) {
    const char* id = attribute(element, "id");
    if (id == nullptr || compound.id != id) return false;
  }
  for (const std::string& name : compound.classes)
    if (!has_class(element, name)) return false;
  for (const AttributeTest& test : compound.attributes) {
    const char* value = attribute(element, test.name.c_str());
    if (value == nullptr || (!test.presence && test.value != value)) return false;
  }
  return true;
}

bool covers(const Compound& general, const Compound& specific) {
  if (general.never || specific.never) return false;
  // "*" or an attribute test alone says too little to stand for a wrapper.
  if (general.tag.empty() && general.id.empty() && general.classes.empty()) return false;
  if (!general.tag.empty() && general.tag != specific.tag) return false;
  if (!general.id.empty() && general.id != specific.id) return false;
  if (!general.attributes.empty()) return false;  // not worth comparing
  return std::all_of(general.classes.begin(), general.classes.end(), [&](const std::string& c) {
    return std::find(specific.classes.begin(), specific.classes.end(), c) != specific.classes.end();
  });
}

bool selector_matches(const std::vector<std::vector<Compound>>& parts, const GumboNode& element) {
  return std::any_of(parts.begin(), parts.end(), [&](const std::vector<Compound>& compounds) {
    return matches(compounds.back(), element);
  });
}

}  // namespace otklik::validate
