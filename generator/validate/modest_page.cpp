#include "validate/modest_page.hpp"

#include <initializer_list>  // modest's headers use it without including it
// modest's public myhtml/api.h clashes with the mycss headers, so the
// library's own headers are included, as modest's examples do.
#include <modest/finder/finder.h>
#include <mycss/entry.h>
#include <mycss/mycss.h>
#include <mycss/selectors/init.h>
#include <myhtml/myhtml.h>
#include <myhtml/tree.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <stdexcept>

namespace otklik::validate {
namespace {

// One parser, CSS engine and finder per thread; the parsed selectors are
// cached, as a site repeats its stylesheet on every page.
struct Modest {
  myhtml_t* html = nullptr;
  mycss_t* css = nullptr;
  mycss_entry_t* entry = nullptr;
  modest_finder_t* finder = nullptr;
  std::map<std::string, mycss_selectors_list_t*> selectors;

  Modest() {
    html = myhtml_create();
    myhtml_init(html, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
    css = mycss_create();
    mycss_init(css);
    entry = mycss_entry_create();
    mycss_entry_init(css, entry);
    finder = modest_finder_create_simple();
  }
  ~Modest() {
    modest_finder_destroy(finder, true);
    mycss_entry_destroy(entry, true);
    mycss_destroy(css, true);
    myhtml_destroy(html);
  }

  mycss_selectors_list_t* parse(const std::string& selector) {
    auto found = selectors.find(selector);
    if (found != selectors.end()) return found->second;
    mystatus_t status = 0;
    mycss_selectors_list_t* list = mycss_selectors_parse(
        mycss_entry_selectors(entry), MyENCODING_UTF_8, selector.data(), selector.size(), &status);
    if (list != nullptr &&
        ((list->flags & MyCSS_SELECTORS_FLAGS_SELECTOR_BAD) != 0 || list->entries_list_length == 0))
      list = nullptr;
    selectors.emplace(selector, list);
    return list;
  }
};

Modest& modest() {
  thread_local Modest instance;
  return instance;
}

}  // namespace

struct ModestPage::Tree {
  myhtml_tree_t* tree = nullptr;
};

ModestPage::ModestPage(std::string_view html) : tree_(std::make_unique<Tree>()) {
  tree_->tree = myhtml_tree_create();
  myhtml_tree_init(tree_->tree, modest().html);
  myhtml_parse(tree_->tree, MyENCODING_UTF_8, html.data(), html.size());
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < html.size(); ++i)
    if (html[i] == '\n') line_starts_.push_back(i + 1);
}

ModestPage::~ModestPage() { myhtml_tree_destroy(tree_->tree); }

PageNode* ModestPage::root() const { return myhtml_tree_get_node_html(tree_->tree); }

const std::optional<SelectorMatch>& ModestPage::match(const std::string& selector) const {
  auto found = matches_.find(selector);
  if (found != matches_.end()) return found->second;
  std::optional<SelectorMatch>& slot = matches_[selector];
  mycss_selectors_list_t* list = modest().parse(selector);
  if (list == nullptr) return slot;
  myhtml_collection_t* collection = nullptr;
  modest_finder_by_selectors_list(modest().finder, root(), list, &collection);
  SelectorMatch match;
  const mycss_selectors_specificity_t& s = list->entries_list[0].specificity;
  match.specificity = {s.a, s.b, s.c};
  if (collection != nullptr) {
    match.elements.assign(collection->list, collection->list + collection->length);
    myhtml_collection_destroy(collection);
  }
  slot = std::move(match);
  return slot;
}

std::size_t ModestPage::line_of(const PageNode* node) const {
  std::size_t offset = myhtml_node_raw_position(const_cast<PageNode*>(node)).begin;
  return static_cast<std::size_t>(
      std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin());
}

PageNode* first_child(const PageNode* node) {
  return myhtml_node_child(const_cast<PageNode*>(node));
}
PageNode* next_sibling(const PageNode* node) {
  return myhtml_node_next(const_cast<PageNode*>(node));
}

bool is_text(const PageNode* node) {
  return myhtml_node_tag_id(const_cast<PageNode*>(node)) == MyHTML_TAG__TEXT;
}

bool is_element(const PageNode* node) {
  myhtml_tag_id_t id = myhtml_node_tag_id(const_cast<PageNode*>(node));
  return id != MyHTML_TAG__TEXT && id != MyHTML_TAG__COMMENT && id != MyHTML_TAG__DOCTYPE &&
         id != MyHTML_TAG__UNDEF && id != MyHTML_TAG__END_OF_FILE;
}

bool in_svg(const PageNode* node) {
  return myhtml_node_namespace(const_cast<PageNode*>(node)) == MyHTML_NAMESPACE_SVG;
}

std::string tag_of(const PageNode* node) {
  if (!is_element(node)) return "";
  auto* n = const_cast<PageNode*>(node);
  std::size_t length = 0;
  const char* name = myhtml_tag_name_by_id(n->tree, myhtml_node_tag_id(n), &length);
  std::string tag(name == nullptr ? "" : std::string(name, length));
  std::transform(tag.begin(), tag.end(), tag.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return tag;
}

std::string text_of(const PageNode* node) {
  std::size_t length = 0;
  const char* text = myhtml_node_text(const_cast<PageNode*>(node), &length);
  return text == nullptr ? "" : std::string(text, length);
}

const char* attribute_of(const PageNode* node, const char* name) {
  myhtml_tree_attr_t* attr =
      myhtml_attribute_by_key(const_cast<PageNode*>(node), name, std::strlen(name));
  if (attr == nullptr) return nullptr;
  std::size_t length = 0;
  const char* value = myhtml_attribute_value(attr, &length);
  return value == nullptr ? "" : value;
}

std::string describe(const PageNode* node) {
  std::string text = tag_of(node);
  if (const char* id = attribute_of(node, "id"); id != nullptr && *id != 0) return text + "#" + id;
  if (const char* classes = attribute_of(node, "class"); classes != nullptr) {
    std::string first(classes);
    first = first.substr(0, first.find_first_of(" \t\n"));
    if (!first.empty()) text += "." + first;
  }
  return text;
}

}  // namespace otklik::validate
