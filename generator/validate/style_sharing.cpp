#include "validate/style_sharing.hpp"

#include <array>
#include <cctype>

#include "validate/style_cascade.hpp"

namespace otklik::validate {
namespace {

// Pseudo-classes that look only at the element itself and its ancestors.
constexpr std::array<std::string_view, 5> kSharedPseudoClasses = {"not", "is", "where", "matches",
                                                                  "root"};

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Past a quoted string starting at `at`.
std::size_t skip_string(std::string_view selector, std::size_t at) {
  const char quote = selector[at];
  for (++at; at < selector.size() && selector[at] != quote; ++at) {
  }
  return at + 1;
}

// `[name]`, `[name="v"]` from `at` (the '['); returns the position after ']'.
std::size_t read_attribute(std::string_view selector, std::size_t at, StyleSharing& sharing) {
  std::size_t name_start = at + 1;
  while (name_start < selector.size() && selector[name_start] == ' ') ++name_start;
  std::size_t name_end = name_start;
  while (name_end < selector.size() && is_name_char(selector[name_end])) ++name_end;
  std::size_t next = name_end;
  while (next < selector.size() && selector[next] == ' ') ++next;
  const bool presence = next < selector.size() && selector[next] == ']';
  if (name_end == name_start || (next < selector.size() && selector[next] == '|' &&
                                 next + 1 < selector.size() && selector[next + 1] != '='))
    sharing.possible = false;  // a namespace prefix, or no name this reader knows
  std::string name = css::to_lower(selector.substr(name_start, name_end - name_start));
  AttributeUse& use = sharing.named[name];
  if (!presence)
    use = AttributeUse::Value;
  else if (use == AttributeUse::None)
    use = AttributeUse::Presence;
  for (; next < selector.size() && selector[next] != ']'; ++next) {
    if (selector[next] == '"' || selector[next] == '\'') next = skip_string(selector, next) - 1;
  }
  return next + 1;
}

void read_selector(std::string_view selector, StyleSharing& sharing) {
  for (std::size_t at = 0; at < selector.size();) {
    const char c = selector[at];
    if (c == '\\' || c == '+' || c == '~' || c == '|') {
      sharing.possible = false;
      return;
    }
    if (c == '"' || c == '\'') {
      at = skip_string(selector, at);
    } else if (c == '[') {
      at = read_attribute(selector, at, sharing);
    } else if (c == '#') {
      sharing.ids = true;
      ++at;
    } else if (c == ':') {
      std::size_t end = at + 1;
      while (end < selector.size() && is_name_char(selector[end])) ++end;
      const std::string pseudo = css::to_lower(selector.substr(at + 1, end - at - 1));
      bool shared = false;
      for (std::string_view allowed : kSharedPseudoClasses) shared = shared || pseudo == allowed;
      if (!shared) {
        sharing.possible = false;
        return;
      }
      at = end;
    } else {
      ++at;
    }
  }
}

void read_sheet(const css::Stylesheet& sheet, StyleSharing& sharing) {
  for (const css::Rule& rule : sheet.rules) {
    for (const std::string& selector : static_selectors(rule.selector))
      read_selector(selector, sharing);
  }
}

}  // namespace

AttributeUse StyleSharing::use_of(std::string_view name) const {
  // Classes are kept whatever the selectors: nearly every stylesheet names
  // some, and a site has few.
  if (name == "class" || cascade_reads_attribute(name)) return AttributeUse::Value;
  if (name == "id") return ids ? AttributeUse::Value : AttributeUse::None;
  auto found = named.find(name);
  return found == named.end() ? AttributeUse::None : found->second;
}

StyleSharing style_sharing(const std::vector<const css::Stylesheet*>& sheets) {
  StyleSharing sharing;
  read_sheet(user_agent_stylesheet(), sharing);
  for (const css::Stylesheet* sheet : sheets)
    if (sheet != nullptr) read_sheet(*sheet, sharing);
  return sharing;
}

}  // namespace otklik::validate
