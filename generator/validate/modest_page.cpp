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

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The tags ("t:p"), classes (".note") and ids ("#main") of the elements.
void gather_names(const PageNode* node, std::unordered_set<std::string>& names) {
  for (; node != nullptr; node = next_sibling(node)) {
    if (!is_element(node)) continue;
    names.insert("t:" + tag_of(node));
    if (const char* id = attribute_of(node, "id"); id != nullptr && *id != 0)
      names.insert("#" + lower(id));
    if (const char* classes = attribute_of(node, "class")) {
      std::string_view rest = classes;
      while (!rest.empty()) {
        const std::size_t start = rest.find_first_not_of(" \t\n\r\f");
        if (start == std::string_view::npos) break;
        rest.remove_prefix(start);
        const std::size_t end = std::min(rest.find_first_of(" \t\n\r\f"), rest.size());
        names.insert("." + lower(rest.substr(0, end)));
        rest.remove_prefix(end);
      }
    }
    gather_names(first_child(node), names);
  }
}

// The names the last compound of `selector` requires ("t:a", ".note",
// "#main"); nullopt when it cannot be read simply (an escape, a quoted
// string, a namespace), and then every element may match. What is inside ()
// and [] requires nothing here.
std::optional<std::vector<std::string>> required_names(std::string_view selector) {
  if (selector.find_first_of("\\\"'|") != std::string_view::npos) return std::nullopt;
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i < selector.size(); ++i) {
    const char c = selector[i];
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    if (depth == 0 && (c == ' ' || c == '>' || c == '+' || c == '~' || c == '\t' || c == '\n'))
      start = i + 1;
  }
  const std::string_view compound = selector.substr(start);
  std::vector<std::string> names;
  const auto name_end = [&](std::size_t from) {
    std::size_t end = from;
    while (end < compound.size() &&
           std::string_view(".#[:()").find(compound[end]) == std::string_view::npos)
      ++end;
    return end;
  };
  std::size_t i = name_end(0);
  if (i > 0 && compound.substr(0, i) != "*") names.push_back("t:" + lower(compound.substr(0, i)));
  depth = 0;
  for (; i < compound.size(); ++i) {
    const char c = compound[i];
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    if (depth != 0 || (c != '.' && c != '#')) continue;
    const std::size_t end = name_end(i + 1);
    names.push_back(std::string(1, c) + lower(compound.substr(i + 1, end - i - 1)));
    i = end - 1;
  }
  return names;
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
  SelectorMatch match;
  const mycss_selectors_specificity_t& s = list->entries_list[0].specificity;
  match.specificity = {s.a, s.b, s.c};
  if (!could_match(selector)) return slot = std::move(match);
  myhtml_collection_t* collection = nullptr;
  modest_finder_by_selectors_list(modest().finder, root(), list, &collection);
  if (collection != nullptr) {
    match.elements.assign(collection->list, collection->list + collection->length);
    myhtml_collection_destroy(collection);
  }
  slot = std::move(match);
  return slot;
}

bool ModestPage::could_match(std::string_view selector) const {
  // Read once per selector and thread: every page of a site asks the same.
  thread_local std::map<std::string, std::optional<std::vector<std::string>>, std::less<>> read;
  auto found = read.find(selector);
  if (found == read.end()) found = read.emplace(selector, required_names(selector)).first;
  const auto& names = found->second;
  if (!names) return true;
  if (!names_gathered_) {
    gather_names(root(), names_);
    names_gathered_ = true;
  }
  return std::all_of(names->begin(), names->end(),
                     [&](const std::string& name) { return names_.contains(name); });
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
