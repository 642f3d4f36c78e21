#pragma once
// The CSS of one page as the layout rule reads it: the rules that apply in
// the 320 px window, the declarations that reach an element (through the
// simple matcher of simple_selector.hpp, then its style=""), and the
// wrappers that scroll sideways, inside which wide content is harmless.
#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "validate/css.hpp"
#include "validate/simple_selector.hpp"

namespace otklik::validate {

// Whether the declarations, the later winning, leave overflow-x at auto or
// scroll ("overflow: auto", "overflow: hidden auto" does not).
bool scrolls_sideways(const std::vector<css::Declaration>& declarations);

// The declaration that stops text wrapping, the later winning
// ("white-space: nowrap", "text-wrap-mode: nowrap"); `initially` for
// elements that do not wrap by default (<pre>).
std::optional<css::Declaration> no_wrap(const std::vector<css::Declaration>& declarations,
                                        std::optional<css::Declaration> initially = {});

class PageStyle {
 public:
  // Adds the sheet's rules that apply in the 320 px window, in order.
  void add(const css::Stylesheet& sheet);

  // The declarations of the matching rules in order, then the style="".
  std::vector<css::Declaration> declarations_of(const GumboNode& element) const;
  // Only those of the rules, without style="".
  std::vector<css::Declaration> rule_declarations_of(const GumboNode& element) const;
  // Whether some rule stopping text wrapping matches the element.
  bool no_wrap_rule_matches(const GumboNode& element) const;

  // Whether an ancestor of the element scrolls sideways.
  bool in_scroll_container(const GumboNode& element) const;
  // Whether every part of the selector names, left of its subject, a
  // wrapper that scrolls sideways (".table-scroll table").
  bool selector_inside_scroller(std::string_view selector) const;

 private:
  struct StyledRule {
    const css::Rule* rule;
    std::vector<std::vector<Compound>> parts;
    bool no_wrap = false;
  };
  std::vector<StyledRule> rules_;
  std::vector<Compound> scrollers_;  // the subjects of the rules that scroll sideways
};

}  // namespace otklik::validate
