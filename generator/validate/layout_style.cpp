#include "validate/layout_style.hpp"

#include <algorithm>

#include "validate/html_document.hpp"
#include "validate/layout_length.hpp"

namespace otklik::validate {
namespace {

std::string first_word(const std::string& value) {
  const std::vector<std::string> words = css::split_words(css::to_lower(value));
  return words.empty() ? "" : words.front();
}

std::vector<css::Declaration> style_attribute(const GumboNode& element) {
  const char* style = attribute(element, "style");
  return style == nullptr ? std::vector<css::Declaration>{} : css::parse_declarations(style);
}

bool is_element(const GumboNode* node) {
  return node != nullptr && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

}  // namespace

bool scrolls_sideways(const std::vector<css::Declaration>& declarations) {
  std::string x;
  for (const css::Declaration& d : declarations) {
    if (d.property == "overflow" || d.property == "overflow-x") x = first_word(d.value);
  }
  return x == "auto" || x == "scroll";
}

std::optional<css::Declaration> no_wrap(const std::vector<css::Declaration>& declarations,
                                        std::optional<css::Declaration> initially) {
  std::optional<css::Declaration> found = std::move(initially);
  for (const css::Declaration& d : declarations) {
    const std::string value = css::to_lower(d.value);
    const std::vector<std::string> words = css::split_words(value);
    if (d.property == "white-space") {
      const bool stops =
          value == "pre" || std::find(words.begin(), words.end(), "nowrap") != words.end();
      found = stops ? std::optional(d) : std::nullopt;
    } else if (d.property == "text-wrap" || d.property == "text-wrap-mode") {
      if (std::find(words.begin(), words.end(), "nowrap") != words.end())
        found = d;
      else if (std::find(words.begin(), words.end(), "wrap") != words.end())
        found = std::nullopt;
    }
  }
  return found;
}

NarrowRules::NarrowRules(const css::Stylesheet& sheet) {
  for (const css::Rule& rule : sheet.rules) {
    if (!applies_in_narrow_window(rule.media)) continue;
    Rule narrow{&rule, parse_selector_list(rule.selector), no_wrap(rule.declarations).has_value()};
    if (scrolls_sideways(rule.declarations)) {
      for (const auto& compounds : narrow.parts) scrollers.push_back(compounds.back());
    }
    rules.push_back(std::move(narrow));
  }
}

void PageStyle::add(const css::Stylesheet& sheet) {
  sheets_.push_back(std::make_shared<const NarrowRules>(sheet));
}

void PageStyle::add(std::shared_ptr<const NarrowRules> rules) {
  sheets_.push_back(std::move(rules));
}

std::vector<css::Declaration> PageStyle::rule_declarations_of(const GumboNode& element) const {
  std::vector<css::Declaration> declarations;
  for_each_rule([&](const NarrowRules::Rule& narrow) {
    if (!selector_matches(narrow.parts, element)) return;
    declarations.insert(declarations.end(), narrow.rule->declarations.begin(),
                        narrow.rule->declarations.end());
  });
  return declarations;
}

std::vector<css::Declaration> PageStyle::declarations_of(const GumboNode& element) const {
  std::vector<css::Declaration> declarations = rule_declarations_of(element);
  for (css::Declaration& d : style_attribute(element)) declarations.push_back(std::move(d));
  return declarations;
}

bool PageStyle::no_wrap_rule_matches(const GumboNode& element) const {
  bool matches = false;
  for_each_rule([&](const NarrowRules::Rule& narrow) {
    matches = matches || (narrow.no_wrap && selector_matches(narrow.parts, element));
  });
  return matches;
}

bool PageStyle::in_scroll_container(const GumboNode& element) const {
  for (const GumboNode* node = element.parent; is_element(node); node = node->parent) {
    if (scrolls_sideways(declarations_of(*node))) return true;
  }
  return false;
}

bool PageStyle::selector_inside_scroller(std::string_view selector) const {
  const std::vector<std::vector<Compound>> parts = parse_selector_list(selector);
  auto scrolls = [&](const Compound& compound) {
    return std::any_of(sheets_.begin(), sheets_.end(), [&](const auto& sheet) {
      return std::any_of(sheet->scrollers.begin(), sheet->scrollers.end(),
                         [&](const Compound& scroller) { return covers(scroller, compound); });
    });
  };
  return !parts.empty() &&
         std::all_of(parts.begin(), parts.end(), [&](const std::vector<Compound>& compounds) {
           return std::any_of(compounds.begin(), compounds.end() - 1, scrolls);
         });
}

}  // namespace otklik::validate
