#pragma once
// The elements of pages as the cascade sees them (style_sharing.hpp): each
// start tag with only the attributes that matter, and whether the element
// has text of its own. Pages that share their stylesheets are merged into
// one ShapeTree that holds each distinct path from <html> once; written out
// as HTML, it is one small page the cascade styles in place of them all.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "validate/html_document.hpp"
#include "validate/style_sharing.hpp"

namespace otklik::validate {

// An element of a page, in document order.
struct ShapeStep {
  unsigned depth = 0;     // <html> is 0
  std::string tag;        // lower case
  std::string start_tag;  // `<a href="">`: the attributes that matter, escaped
  bool text = false;      // text of its own, not only white space
  bool html_namespace = true;
};

// The page's elements; nullopt when it is not in standards mode or has
// elements whose content a second parse would not rebuild (<template>,
// <noscript>, <plaintext>, <frameset>, MathML), or an attribute the
// cascade reads in a namespace (xlink:href): such a page is styled on its
// own.
std::optional<std::vector<ShapeStep>> shape_steps(const HtmlDocument& document,
                                                  const StyleSharing& sharing);

// An element of the page written out (to_html), as libmodest should parse it.
struct ShapeElement {
  unsigned depth = 0;
  std::string tag;
  auto operator<=>(const ShapeElement&) const = default;
};

class ShapeTree {
 public:
  void add(const std::vector<ShapeStep>& steps);

  // The tree as a page with <!DOCTYPE html>, children in the order of their
  // start tags (so the page does not depend on the order pages were added),
  // each text as "x"; `elements` gets its elements in order.
  std::string to_html(std::vector<ShapeElement>& elements) const;

 private:
  struct Node {
    std::string tag;
    bool html_namespace = true;
    bool text = false;
    std::map<std::string, std::unique_ptr<Node>, std::less<>> children;  // by start tag
  };
  static void write(const std::string& start_tag, const Node& node, unsigned depth,
                    std::string& html, std::vector<ShapeElement>& elements);
  Node root_;  // the document: its one child is <html>
};

}  // namespace otklik::validate
