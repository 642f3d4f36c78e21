#include "validate/html_document.hpp"

#include <cctype>

namespace otklik::validate {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The text with each run of white space as one space, none at either end.
// Runs are collapsed while appending, as the prose of every page passes here.
struct CollapsedText {
  std::string text;
  bool space = false;  // white space seen since the last character kept

  void add(std::string_view piece) {
    for (char c : piece) {
      if (is_space(c)) {
        space = !text.empty();
        continue;
      }
      if (space) text += ' ';
      space = false;
      text += c;
    }
  }
};

void append_text(const GumboNode& node, CollapsedText& out) {
  if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE ||
      node.type == GUMBO_NODE_CDATA) {
    out.add(node.v.text.text);
    return;
  }
  if (node.type != GUMBO_NODE_ELEMENT && node.type != GUMBO_NODE_TEMPLATE) return;
  const GumboTag tag = node.v.element.tag;
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) return;
  const GumboVector& children = node.v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    append_text(*static_cast<const GumboNode*>(children.data[i]), out);
  out.add(" ");  // block boundaries separate words
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html) : html_(html), strict_(StrictHtml::parse(html_)) {
  if (strict_ != nullptr) {
    document_ = &strict_->document();
    root_ = &strict_->root();
    return;
  }
  output_ = gumbo_parse_with_options(&kGumboDefaultOptions, html_.data(), html_.size());
  if (output_ != nullptr) {
    document_ = output_->document;
    root_ = output_->root;
  }
}

HtmlDocument::~HtmlDocument() {
  if (output_ != nullptr) gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

const GumboNode* HtmlDocument::root() const { return root_; }

const HtmlScan& HtmlDocument::scan() const {
  if (!scan_) scan_ = scan_html(html_);
  return *scan_;
}

// Only the doctypes HTML5 writes: gumbo's own reading of the legacy
// public identifiers puts some in standards mode that browsers do not.
bool HtmlDocument::in_standards_mode() const {
  if (document_ == nullptr) return false;
  const GumboDocument& document = document_->v.document;
  const std::string_view system = document.system_identifier;
  return document.has_doctype && std::string_view(document.name) == "html" &&
         *document.public_identifier == '\0' &&
         (system.empty() || system == "about:legacy-compat") &&
         document.doc_type_quirks_mode == GUMBO_DOCTYPE_NO_QUIRKS;
}

std::string tag_name(const GumboNode& element) {
  if (element.v.element.tag != GUMBO_TAG_UNKNOWN)
    return gumbo_normalized_tagname(element.v.element.tag);
  GumboStringPiece original = element.v.element.original_tag;
  gumbo_tag_from_original_text(&original);
  std::string name(original.data, original.length);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::string_view known_tag(const GumboNode& element) {
  const GumboTag tag = element.v.element.tag;
  return tag == GUMBO_TAG_UNKNOWN ? std::string_view() : gumbo_normalized_tagname(tag);
}

const char* attribute(const GumboNode& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

std::string text_content(const GumboNode& node) {
  CollapsedText out;
  append_text(node, out);
  return std::move(out.text);
}

std::size_t line_of(const GumboNode& element) { return element.v.element.start_pos.line; }

}  // namespace otklik::validate
