#include "validate/page_shape.hpp"

#include <array>
#include <string_view>

#include "validate/css.hpp"

namespace otklik::validate {
namespace {

constexpr std::array<std::string_view, 16> kVoid = {
    "area", "base", "br",    "col",    "embed", "hr",  "img",    "input",
    "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont"};

// Their content is parsed into a fragment, as raw text or not at all
// depending on scripting, or not as HTML: merged, it could come back other.
constexpr std::array<std::string_view, 4> kNotMerged = {"template", "noscript", "plaintext",
                                                        "frameset"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::string_view candidate : names)
    if (candidate == name) return true;
  return false;
}

void append_escaped(std::string& out, const char* value) {
  for (const char* c = value; *c != '\0'; ++c) {
    if (*c == '&')
      out += "&amp;";
    else if (*c == '"')
      out += "&quot;";
    else
      out += *c;
  }
}

// nullopt when an attribute the cascade reads has a namespace (xlink:href):
// whether a selector's [href] matches it is libmodest's to say, on the page.
std::optional<std::string> start_tag(const GumboElement& element, const std::string& tag,
                                     const StyleSharing& sharing) {
  std::string result = "<" + tag;
  for (unsigned i = 0; i < element.attributes.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    const std::string name = css::to_lower(attribute->name);
    const AttributeUse use = sharing.use_of(name);
    if (use == AttributeUse::None) continue;
    if (attribute->attr_namespace != GUMBO_ATTR_NAMESPACE_NONE) return std::nullopt;
    result += ' ' + name + "=\"";
    if (use == AttributeUse::Value) append_escaped(result, attribute->value);
    result += '"';
  }
  return result + '>';
}

bool walk(const GumboNode& node, unsigned depth, const StyleSharing& sharing,
          std::vector<ShapeStep>& steps) {
  if (node.type == GUMBO_NODE_TEMPLATE) return false;
  const GumboElement& element = node.v.element;
  std::string tag = tag_name(node);
  if (element.tag_namespace == GUMBO_NAMESPACE_MATHML || one_of(kNotMerged, tag)) return false;
  std::optional<std::string> start = start_tag(element, tag, sharing);
  if (!start) return false;
  ShapeStep step{depth, tag, std::move(*start), false,
                 element.tag_namespace == GUMBO_NAMESPACE_HTML};
  for (unsigned i = 0; i < element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) step.text = true;
  }
  steps.push_back(std::move(step));
  for (unsigned i = 0; i < element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) continue;
    if (!walk(*child, depth + 1, sharing, steps)) return false;
  }
  return true;
}

}  // namespace

std::optional<std::vector<ShapeStep>> shape_steps(const HtmlDocument& document,
                                                  const StyleSharing& sharing) {
  const GumboNode* root = document.root();
  if (root == nullptr || !document.in_standards_mode()) return std::nullopt;
  std::vector<ShapeStep> steps;
  if (!walk(*root, 0, sharing, steps)) return std::nullopt;
  return steps;
}

void ShapeTree::add(const std::vector<ShapeStep>& steps) {
  std::vector<Node*> path{&root_};  // path[d] is the parent of an element at depth d
  for (const ShapeStep& step : steps) {
    path.resize(step.depth + 1);
    auto& slot = path.back()->children[step.start_tag];
    if (!slot) {
      slot = std::make_unique<Node>();
      slot->tag = step.tag;
      slot->html_namespace = step.html_namespace;
    }
    slot->text = slot->text || step.text;
    path.push_back(slot.get());
  }
}

void ShapeTree::write(const std::string& start_tag, const Node& node, unsigned depth,
                      std::string& html, std::vector<ShapeElement>& elements) {
  elements.push_back({depth, node.tag});
  html += start_tag;
  if (node.text) html += 'x';
  // <head> before <body>: the one order of children a parser insists on here.
  for (bool head : {true, false}) {
    for (const auto& [child_tag, child] : node.children)
      if ((child->tag == "head") == head) write(child_tag, *child, depth + 1, html, elements);
  }
  if (node.html_namespace && one_of(kVoid, node.tag)) return;
  html += "</" + node.tag + ">";
}

std::string ShapeTree::to_html(std::vector<ShapeElement>& elements) const {
  std::string html = "<!DOCTYPE html>";
  for (const auto& [tag, child] : root_.children) write(tag, *child, 0, html, elements);
  return html;
}

}  // namespace otklik::validate
