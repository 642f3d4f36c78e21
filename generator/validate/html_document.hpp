#pragma once
// An HTML5 page parsed the way a browser parses it: implied elements,
// unclosed tags, entities. gumbo (libgumbo-dev) parses it, unless the page is
// written strictly enough for the fast path of strict_html.hpp, which builds
// the same tree. The content rules walk it.
#include <gumbo.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "validate/html_scan.hpp"
#include "validate/strict_html.hpp"

namespace otklik::validate {

class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  // Every element in document order. A template rather than a
  // std::function: the rules make some 60 million visits in a 20 000-page
  // build, and an indirect call each was a twentieth of the checks.
  template <typename Visit>
  void for_each_element(Visit&& visit) const {
    if (root_ != nullptr) walk(*root_, visit);
  }

  // The <html> element; nullptr when gumbo gave up.
  const GumboNode* root() const;
  // Whether the page starts with <!DOCTYPE html> (or its legacy-compat
  // form), which puts every parser in standards mode.
  bool in_standards_mode() const;
  // Whether gumbo parsed the page (the fast path did not take it).
  bool parsed_by_gumbo() const { return output_ != nullptr; }
  // The page's style blocks, style attributes and flashing elements
  // (html_scan.hpp), scanned on first use and kept: several rules ask. Like
  // the rest of a document, for one thread at a time.
  const HtmlScan& scan() const;

 private:
  template <typename Visit>
  static void walk(const GumboNode& node, Visit& visit) {
    if (node.type != GUMBO_NODE_ELEMENT && node.type != GUMBO_NODE_TEMPLATE) return;
    visit(node);
    const GumboVector& children = node.v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
      walk(*static_cast<const GumboNode*>(children.data[i]), visit);
  }

  std::string html_;  // both trees point into the text they parsed
  std::unique_ptr<StrictHtml> strict_;
  GumboOutput* output_ = nullptr;
  const GumboNode* document_ = nullptr;
  const GumboNode* root_ = nullptr;
  mutable std::optional<HtmlScan> scan_;
};

// The lower-case tag name ("img", "svg"); for unknown tags the source spelling.
std::string tag_name(const GumboNode& element);
// The lower-case tag name without a copy, for comparing: "" for a tag gumbo
// does not know, which no rule asks for by name.
std::string_view known_tag(const GumboNode& element);
// The attribute's value, nullptr when absent.
const char* attribute(const GumboNode& element, const char* name);
// The text inside a node, entities decoded, runs of white space as one space.
std::string text_content(const GumboNode& node);
// The 1-based line the element's start tag is on.
std::size_t line_of(const GumboNode& element);

}  // namespace otklik::validate
