#pragma once
// The checks' fast path for pages written the strict way otklik writes its
// own: a doctype, then <html>, <head> and <body> written out, every element
// closed in the order it was opened, tables with their row groups, no
// paragraph left open around a block, only the elements and character
// references strict_html.cpp lists. Such a page becomes a tree in gumbo's
// node layout without gumbo; any other page is left to gumbo.
//
// Why by hand: gumbo (libgumbo-dev) runs the whole HTML5 tree construction
// for every character and parsed about 37 MB/s here, half of the checks of a
// 10 000-page build; none of its repairs apply to a page that needs none. The
// tree is the one gumbo builds from the same text (tests/validate/
// strict_html_test.cpp compares them on every page of the test corpus), with
// one difference: a position has its line and offset, not its column.
#include <gumbo.h>

#include <memory>
#include <memory_resource>
#include <string_view>

namespace otklik::validate {

class StrictHtml {
 public:
  // The tree, or nullptr when the page needs gumbo. The tree points into
  // `html`, which must outlive it.
  static std::unique_ptr<StrictHtml> parse(std::string_view html);

  const GumboNode& document() const { return *document_; }
  const GumboNode& root() const { return *root_; }  // <html>

  StrictHtml(const StrictHtml&) = delete;
  StrictHtml& operator=(const StrictHtml&) = delete;

 private:
  explicit StrictHtml(std::size_t bytes);
  friend class StrictParser;

  std::pmr::monotonic_buffer_resource arena_;  // every node, string and list
  GumboNode* document_ = nullptr;
  GumboNode* root_ = nullptr;
};

}  // namespace otklik::validate
