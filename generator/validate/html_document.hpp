#pragma once
// An HTML5 page parsed by gumbo (libgumbo-dev) the way a browser parses it:
// implied elements, unclosed tags, entities. The content rules walk it.
#include <gumbo.h>

#include <functional>
#include <string>
#include <string_view>

namespace otklik::validate {

class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  // Every element in document order.
  void for_each_element(const std::function<void(const GumboNode&)>& visit) const;

  // The <html> element; nullptr when gumbo gave up.
  const GumboNode* root() const;
  // Whether the page starts with <!DOCTYPE html> (or its legacy-compat
  // form), which puts every parser in standards mode.
  bool in_standards_mode() const;

 private:
  std::string html_;  // gumbo points into the text it parsed
  GumboOutput* output_ = nullptr;
};

// The lower-case tag name ("img", "svg"); for unknown tags the source spelling.
std::string tag_name(const GumboNode& element);
// The attribute's value, nullptr when absent.
const char* attribute(const GumboNode& element, const char* name);
// The text inside a node, entities decoded, runs of white space as one space.
std::string text_content(const GumboNode& node);
// The 1-based line the element's start tag is on.
std::size_t line_of(const GumboNode& element);

}  // namespace otklik::validate
