#pragma once
// The CSS of one page as the layout rule reads it: the rules that apply in
// the 320 px window, the declarations that reach an element (through the
// simple matcher of simple_selector.hpp, then its style=""), and the
// wrappers that scroll sideways, inside which wide content is harmless.
#include <gumbo.h>

#include <memory>
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

// The rules of one stylesheet that apply in the 320 px window, with their
// selectors parsed. A linked stylesheet is prepared once and shared by every
// page that links it: preparing it again for each page was a seventh of a
// 10 000-page build's checks.
struct NarrowRules {
  explicit NarrowRules(const css::Stylesheet& sheet);

  struct Rule {
    const css::Rule* rule;
    std::vector<std::vector<Compound>> parts;
    bool no_wrap = false;
  };
  std::vector<Rule> rules;
  std::vector<Compound> scrollers;  // the subjects of the rules that scroll sideways
};

class PageStyle {
 public:
  // Adds the sheet's rules that apply in the 320 px window, in order.
  void add(const css::Stylesheet& sheet);
  // The same, prepared once for many pages.
  void add(std::shared_ptr<const NarrowRules> rules);

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
  template <typename Visit>
  void for_each_rule(Visit visit) const {
    for (const auto& sheet : sheets_)
      for (const NarrowRules::Rule& rule : sheet->rules) visit(rule);
  }

  std::vector<std::shared_ptr<const NarrowRules>> sheets_;  // in cascade order
};

}  // namespace otklik::validate
