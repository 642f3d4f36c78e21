#pragma once
// A conservative selector matcher for the layout rule: it reads each
// compound of a selector (tag, #id, .class, [attribute]) and tests one
// element against it, ignoring combinators. The layout checks ask "does a
// rule that scrolls sideways / caps the width / forbids wrapping reach this
// element?", and the answer nearly always hangs on one class (.table-wrap,
// img, .label); the full cascade with specificity is the contrast rule's job
// (style_cascade.hpp).
#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace otklik::validate {

struct AttributeTest {
  std::string name;   // lower case
  std::string value;  // for [name="value"]; empty with `presence`
  bool presence = true;
};

struct Compound {
  std::string tag;  // lower case; "" for any element
  std::string id;
  std::vector<std::string> classes;
  std::vector<AttributeTest> attributes;
  // A pseudo-element (::before) or a state (:hover, :focus): the element
  // itself, as the page shows it, is not styled by the rule.
  bool never = false;
};

// Each comma-separated part of a selector list as its compounds, left to
// right: ".wrap > table td, img" -> {{.wrap, table, td}, {img}}.
std::vector<std::vector<Compound>> parse_selector_list(std::string_view selector);

// Whether the element has the compound's tag, id, classes and attributes.
bool matches(const Compound& compound, const GumboNode& element);

// Whether every element matching `specific` also matches `general`
// (".table-scroll" covers "div.table-scroll.wide").
bool covers(const Compound& general, const Compound& specific);

// Whether the last compound of some part of the selector matches.
bool selector_matches(const std::vector<std::vector<Compound>>& parts, const GumboNode& element);

}  // namespace otklik::validate
