#pragma once
// A page parsed by libmodest's myhtml, and its CSS selectors matched by
// modest's finder (Debian libmodest-dev): the contrast rule needs to know
// which rules style which element, with their specificity. The content rules
// walk gumbo's tree instead (html_document.hpp); modest matches selectors
// only against its own tree.
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

struct myhtml_tree_node;  // myhtml's node (myhtml_tree_node_t)

namespace otklik::validate {

using PageNode = myhtml_tree_node;

// CSS specificity: ids, classes/attributes/pseudo-classes, types.
struct Specificity {
  unsigned ids = 0;
  unsigned classes = 0;
  unsigned types = 0;
  auto operator<=>(const Specificity&) const = default;
};

struct SelectorMatch {
  std::vector<PageNode*> elements;  // in document order
  Specificity specificity;
};

class ModestPage {
 public:
  explicit ModestPage(std::string_view html);
  ~ModestPage();
  ModestPage(const ModestPage&) = delete;
  ModestPage& operator=(const ModestPage&) = delete;

  PageNode* root() const;  // <html>

  // The elements one selector (no commas) matches; nullopt when modest cannot
  // parse it. Remembered per page: the contrast rule asks again for each of
  // the views it computes, and matching is most of its time.
  const std::optional<SelectorMatch>& match(const std::string& selector) const;

  std::size_t line_of(const PageNode* node) const;

 private:
  struct Tree;
  std::unique_ptr<Tree> tree_;
  // Whether an element of the page could match `selector`: false when its
  // last compound needs a tag, class or id the page does not have, which
  // is most of a site's rules on any one page. modest's finder walks the
  // whole tree for every selector, so those walks are skipped.
  bool could_match(std::string_view selector) const;

  std::vector<std::size_t> line_starts_;
  mutable std::map<std::string, std::optional<SelectorMatch>, std::less<>> matches_;
  // Lower case (HTML in quirks mode matches classes and ids without case),
  // gathered on the first match().
  mutable std::unordered_set<std::string> names_;  // "t:div", ".note", "#main"
  mutable bool names_gathered_ = false;
};

// Walking the tree.
PageNode* first_child(const PageNode* node);
PageNode* next_sibling(const PageNode* node);
bool is_element(const PageNode* node);
bool is_text(const PageNode* node);
bool in_svg(const PageNode* node);
std::string tag_of(const PageNode* node);   // lower case, "" for text and comments
std::string text_of(const PageNode* node);  // a text node's text, entities decoded
const char* attribute_of(const PageNode* node, const char* name);  // nullptr if absent
// "p.note", "td#total", "text.label": the tag with its id or first class.
std::string describe(const PageNode* node);

}  // namespace otklik::validate
