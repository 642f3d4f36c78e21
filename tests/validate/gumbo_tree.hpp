#pragma once
// A gumbo tree as text, for comparing the strict fast path with gumbo:
// every node with its type, namespace, tag, start line, attributes (with
// their namespaces) and text, and a mark wherever a parent link or an index
// within the parent is wrong.
#include <gumbo.h>

#include <string>

namespace otklik::test {

inline void dump_tree(const GumboNode& node, std::string& out, int depth = 0) {
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  switch (node.type) {
    case GUMBO_NODE_DOCUMENT: {
      const GumboDocument& d = node.v.document;
      out += "#document doctype=" + std::to_string(d.has_doctype) + " name=" + d.name +
             " public=" + d.public_identifier + " system=" + d.system_identifier +
             " quirks=" + std::to_string(d.doc_type_quirks_mode) + "\n";
      for (unsigned i = 0; i < d.children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(d.children.data[i]);
        if (child->parent != &node || child->index_within_parent != i) out += "!parent\n";
        dump_tree(*child, out, depth + 1);
      }
      return;
    }
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      const GumboElement& e = node.v.element;
      GumboStringPiece name = e.original_tag;
      if (e.tag != GUMBO_TAG_UNKNOWN) {
        out += gumbo_normalized_tagname(e.tag);
      } else {
        gumbo_tag_from_original_text(&name);
        out.append(name.data, name.length);
      }
      out += " ns=" + std::to_string(e.tag_namespace) + " tag=" + std::to_string(e.tag) +
             " line=" + std::to_string(e.start_pos.line);
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        out += " " + std::to_string(a->attr_namespace) + ":" + a->name + "=\"" + a->value + "\"";
      }
      out += "\n";
      for (unsigned i = 0; i < e.children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(e.children.data[i]);
        if (child->parent != &node || child->index_within_parent != i) out += "!parent\n";
        dump_tree(*child, out, depth + 1);
      }
      return;
    }
    default:
      out += "#" + std::to_string(node.type) + " \"" + node.v.text.text + "\"\n";
  }
}

inline std::string dump_tree(const GumboNode& document) {
  std::string out;
  dump_tree(document, out);
  return out;
}

// gumbo's tree of `html`, dumped.
inline std::string gumbo_dump(const std::string& html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string out = dump_tree(*output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

}  // namespace otklik::test
