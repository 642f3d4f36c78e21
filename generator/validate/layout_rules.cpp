#include "validate/layout_rules.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>
#include <sstream>

#include "validate/folder_path.hpp"
#include "validate/html_document.hpp"
#include "validate/html_scan.hpp"
#include "validate/layout_length.hpp"
#include "validate/layout_style.hpp"
#include "validate/viewport_meta.hpp"

namespace otklik::validate {
namespace {

namespace fs = std::filesystem;

constexpr const char* kClause = "4.6.1.13; WCAG 1.4.10";
constexpr const char* kZoomClause = "4.6.1.13; WCAG 1.4.4";
constexpr const char* kWidthRequired = "at most 320 px, or relative (%, max-width)";
// Text longer than this in one unbroken line does not fit 320 px at 16 px.
constexpr std::size_t kLongText = 40;
constexpr std::size_t kWideTable = 4;

// "<table id=\"prices\">": the element named by the first of id, class, src.
std::string describe(const GumboNode& element) {
  std::string text = "<" + tag_name(element);
  for (const char* name : {"id", "class", "src"}) {
    if (const char* value = attribute(element, name)) {
      text += " " + std::string(name) + "=\"" + value + "\"";
      break;
    }
  }
  return text + ">";
}

Finding layout_finding(std::size_t line, std::string element, std::string measured,
                       std::string required, const char* clause = kClause) {
  return {"layout", "", line, std::move(element), std::move(measured), std::move(required), clause};
}

bool is_width(const std::string& property) {
  return property == "width" || property == "inline-size";
}

// A max-width that keeps the box inside the window: "100%", "20rem".
bool capped(const std::vector<css::Declaration>& declarations) {
  return std::any_of(declarations.begin(), declarations.end(), [](const css::Declaration& d) {
    if (d.property != "max-width" && d.property != "max-inline-size") return false;
    const auto range = length_range(d.value);
    return range && range->high <= kNarrowWindowPx;
  });
}

struct WideDeclaration {
  const css::Declaration* declaration;
  double px;  // the narrowest the box can be
};

// Widths and min-widths that force the box wider than the window. max-width
// beats width (CSS 2.1, 10.4), so a capped width is no fault; min-width
// beats max-width, so a min-width is.
std::vector<WideDeclaration> wide_widths(const std::vector<css::Declaration>& declarations,
                                         bool capped_elsewhere = false) {
  std::vector<WideDeclaration> wide;
  const bool width_capped = capped_elsewhere || capped(declarations);
  for (const css::Declaration& d : declarations) {
    const bool width = is_width(d.property);
    if (!width && d.property != "min-width" && d.property != "min-inline-size") continue;
    if (width && width_capped) continue;
    const auto range = length_range(d.value);
    if (range && range->low > kNarrowWindowPx + 0.01) wide.push_back({&d, range->low});
  }
  return wide;
}

std::string declared(const css::Declaration& d) { return d.property + ": " + d.value; }

// Check 2 for a rule of a stylesheet or a <style>: reported at the rule.
void check_rule_widths(const css::Rule& rule, const PageStyle& style,
                       std::vector<Finding>& findings) {
  for (const WideDeclaration& wide : wide_widths(rule.declarations)) {
    // Inside @media (min-width: X) with X at least the width, the box only
    // exists on screens it fits.
    if (!applies_narrower_than(rule.media, wide.px)) continue;
    if (style.selector_inside_scroller(rule.selector)) continue;
    findings.push_back(
        layout_finding(rule.line, rule.selector, declared(*wide.declaration), kWidthRequired));
  }
}

bool is_media_element(std::string_view tag) {
  return tag == "img" || tag == "svg" || tag == "video";
}

// The pixels of an HTML width="" ("600", or "40em" on <svg>); nullopt for
// percentages and junk.
std::optional<double> attribute_width(const GumboNode& element) {
  const char* value = attribute(element, "width");
  if (value == nullptr) return std::nullopt;
  std::string text = css::trim(value);
  if (!text.empty() && std::all_of(text.begin(), text.end(),
                                   [](unsigned char c) { return std::isdigit(c) || c == '.'; }))
    text += "px";
  const auto range = length_range(text);
  if (!range || text.find('%') != std::string::npos) return std::nullopt;
  return range->low;
}

// Check 2 for an element's style="": reported at the element, unless a rule
// caps it with max-width or it sits in a wrapper that scrolls sideways.
void check_style_width(const GumboNode& element, const PageStyle& style,
                       std::vector<Finding>& findings) {
  const char* attr = attribute(element, "style");
  if (attr == nullptr || is_media_element(tag_name(element))) return;  // images: check 4
  const std::vector<css::Declaration> own = css::parse_declarations(attr);
  const std::vector<WideDeclaration> wide =
      wide_widths(own, capped(style.rule_declarations_of(element)));
  if (wide.empty() || style.in_scroll_container(element)) return;
  findings.push_back(layout_finding(line_of(element), describe(element),
                                    declared(*wide.front().declaration), kWidthRequired));
}

// Check 2 for <table width="600">. Any CSS width on the table overrides the
// attribute and is checked on its own.
void check_table_width(const GumboNode& element, const PageStyle& style,
                       std::vector<Finding>& findings) {
  const std::optional<double> px = attribute_width(element);
  if (!px || *px <= kNarrowWindowPx) return;
  const std::vector<css::Declaration> declarations = style.declarations_of(element);
  if (capped(declarations) ||
      std::any_of(declarations.begin(), declarations.end(),
                  [](const css::Declaration& d) { return is_width(d.property); }) ||
      style.in_scroll_container(element))
    return;
  findings.push_back(layout_finding(line_of(element), describe(element),
                                    "width=\"" + std::string(attribute(element, "width")) + "\"",
                                    kWidthRequired));
}

// Check 1. gumbo supplies <html> and <body> to any text; a page is a file
// that writes one of them itself, so that fragments are left alone.
bool is_whole_page(std::string_view html) {
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    const std::string name = css::to_lower(html.substr(at + 1, 4));
    if (name == "html" || name == "body") return true;
  }
  return false;
}

void check_viewport(const std::string& html, const HtmlDocument& document, bool required,
                    std::vector<Finding>& findings) {
  if (!is_whole_page(html)) return;
  const GumboNode* head = nullptr;
  const GumboNode* meta = nullptr;
  document.for_each_element([&](const GumboNode& element) {
    const std::string_view tag = known_tag(element);
    const char* name = attribute(element, "name");
    if (tag == "head" && head == nullptr) head = &element;
    if (tag == "meta" && meta == nullptr && name != nullptr && css::to_lower(name) == "viewport")
      meta = &element;
  });
  if (meta == nullptr && !required) return;
  if (meta == nullptr) {
    const std::size_t line = head == nullptr ? 1 : std::max<std::size_t>(1, line_of(*head));
    findings.push_back(
        layout_finding(line, "<head>", "no viewport meta",
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    return;
  }
  const char* content = attribute(*meta, "content");
  for (const ViewportProblem& problem : viewport_problems(content == nullptr ? "" : content)) {
    findings.push_back(
        layout_finding(line_of(*meta), "<meta name=\"viewport\">", problem.measured,
                       problem.zoom ? "zoom to 200 %: no user-scalable=no, maximum-scale at least 2"
                                    : "width=device-width",
                       problem.zoom ? kZoomClause : kClause));
  }
}

template <typename Visit>
void for_each_child_element(const GumboNode& node, Visit visit) {
  const GumboVector& children = node.v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT) visit(*child);
  }
}

std::size_t row_width(const GumboNode& row) {
  std::size_t width = 0;
  for_each_child_element(row, [&](const GumboNode& cell) {
    const std::string tag = tag_name(cell);
    if (tag != "td" && tag != "th") return;
    const char* span = attribute(cell, "colspan");
    const int columns = span == nullptr ? 1 : std::atoi(span);
    width += static_cast<std::size_t>(std::clamp(columns, 1, 1000));  // HTML caps colspan at 1000
  });
  return width;
}

// The columns of the widest row, colspans counted; rows of nested tables
// belong to those tables.
std::size_t column_count(const GumboNode& table) {
  std::size_t widest = 0;
  for_each_child_element(table, [&](const GumboNode& child) {
    const std::string tag = tag_name(child);
    if (tag == "tr") widest = std::max(widest, row_width(child));
    if (tag == "thead" || tag == "tbody" || tag == "tfoot") {
      for_each_child_element(child, [&](const GumboNode& row) {
        if (tag_name(row) == "tr") widest = std::max(widest, row_width(row));
      });
    }
  });
  return widest;
}

// Check 3: five columns and more do not fit 320 px; they may scroll only
// inside their own wrapper.
void check_table(const GumboNode& table, const PageStyle& style, std::vector<Finding>& findings) {
  const std::size_t columns = column_count(table);
  if (columns <= kWideTable || style.in_scroll_container(table)) return;
  findings.push_back(layout_finding(
      line_of(table), describe(table),
      "a table of " + std::to_string(columns) + " columns outside a scroll container",
      "a wrapper that scrolls sideways (overflow-x: auto), focusable and labelled"));
}

const css::Declaration* last_width(const std::vector<css::Declaration>& declarations) {
  const css::Declaration* found = nullptr;
  for (const css::Declaration& d : declarations)
    if (is_width(d.property)) found = &d;
  return found;
}

// Check 4: an image, SVG or video wider than the window and not shrunk by
// max-width. style="" beats the rules, and the rules beat width="".
void check_image(const GumboNode& element, const PageStyle& style, std::vector<Finding>& findings) {
  const char* attr = attribute(element, "style");
  const std::vector<css::Declaration> own =
      attr == nullptr ? std::vector<css::Declaration>{} : css::parse_declarations(attr);
  const std::vector<css::Declaration> all = style.declarations_of(element);
  std::string measured;
  if (const css::Declaration* width = last_width(own)) {
    const auto range = length_range(width->value);
    if (!range || range->low <= kNarrowWindowPx + 0.01) return;
    measured = declared(*width);
  } else if (last_width(all) != nullptr) {
    return;  // a rule's width is reported at the rule (check 2)
  } else {
    const std::optional<double> px = attribute_width(element);
    if (!px || *px <= kNarrowWindowPx) return;
    measured = "width=\"" + std::string(attribute(element, "width")) + "\"";
  }
  if (capped(all) || style.in_scroll_container(element)) return;
  findings.push_back(layout_finding(line_of(element), describe(element),
                                    measured + " without max-width",
                                    "max-width: 100% (and height: auto), or at most 320 px wide"));
}

void append_raw_text(const GumboNode& node, std::string& out) {
  if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE ||
      node.type == GUMBO_NODE_CDATA) {
    out += node.v.text.text;
  } else if (node.type == GUMBO_NODE_ELEMENT) {
    if (node.v.element.tag == GUMBO_TAG_BR) out += '\n';
    const GumboVector& children = node.v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
      append_raw_text(*static_cast<const GumboNode*>(children.data[i]), out);
  }
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The longest line of preformatted text, in code points.
std::size_t longest_line(const GumboNode& element) {
  std::string text;
  append_raw_text(element, text);
  std::size_t longest = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) longest = std::max(longest, code_points(line));
  return longest;
}

bool has_ancestor_in(const GumboNode& element, const std::set<const GumboNode*>& nodes) {
  for (const GumboNode* node = element.parent; node != nullptr; node = node->parent)
    if (nodes.count(node) != 0) return true;
  return false;
}

// Check 5: text that may not wrap and is longer than a 320 px line. Text
// cut off by text-overflow: ellipsis is still lost, so that is no excuse.
void check_text_wrap(const GumboNode& element, const PageStyle& style,
                     std::set<const GumboNode*>& unwrapped, std::vector<Finding>& findings) {
  const std::string_view tag = known_tag(element);
  if (tag == "head" || tag == "title" || tag == "style" || tag == "script") return;
  const char* attr = attribute(element, "style");
  const bool own =
      attr != nullptr && (std::string_view(attr).find("white-space") != std::string_view::npos ||
                          std::string_view(attr).find("text-wrap") != std::string_view::npos);
  const bool pre = tag == "pre";
  if (!pre && !own && !style.no_wrap_rule_matches(element)) return;
  const std::vector<css::Declaration> declarations = style.declarations_of(element);
  const auto stops = no_wrap(
      declarations, pre ? std::optional(css::Declaration{"white-space", "pre"}) : std::nullopt);
  // Text an ancestor keeps on one line is counted there.
  if (!stops || has_ancestor_in(element, unwrapped)) return;
  unwrapped.insert(&element);
  const std::size_t length = css::to_lower(stops->value) == "pre"
                                 ? longest_line(element)
                                 : code_points(text_content(element));
  if (length <= kLongText || scrolls_sideways(declarations) || style.in_scroll_container(element))
    return;
  findings.push_back(
      layout_finding(line_of(element), describe(element),
                     declared(*stops) + " on " + std::to_string(length) + " characters of text",
                     "text that wraps, or a wrapper that scrolls sideways (overflow-x: auto)"));
}

// A <link rel="stylesheet"> for screens; "alternate stylesheet" is off
// until the reader picks it.
bool is_screen_stylesheet(const GumboNode& element) {
  if (known_tag(element) != "link" || !rel_loads_stylesheet(attribute(element, "rel")))
    return false;
  const char* media = attribute(element, "media");
  return media == nullptr || applies_in_narrow_window(media);
}

}  // namespace

LayoutRules::LayoutRules(fs::path root, LayoutOptions options)
    : LayoutRules(std::make_shared<FolderStylesheets>(std::move(root)), options) {}

LayoutRules::LayoutRules(std::shared_ptr<FolderStylesheets> stylesheets, LayoutOptions options)
    : stylesheets_(std::move(stylesheets)), options_(options) {}

std::vector<Finding> LayoutRules::check(const std::string& relative, const std::string& text,
                                        bool is_css) {
  return is_css ? check_stylesheet(relative, text) : check_page(relative, text);
}

std::vector<Finding> LayoutRules::check_page(const std::string& relative, const std::string& html) {
  return check_page(relative, html, HtmlDocument(html));
}

std::vector<Finding> LayoutRules::check_page(const std::string& relative, const std::string& html,
                                             const HtmlDocument& document) {
  std::vector<Finding> findings;
  check_viewport(html, document, options_.require_viewport_meta, findings);
  PageStyle style;
  document.for_each_element([&](const GumboNode& element) {
    const char* href = attribute(element, "href");
    if (href == nullptr || !is_screen_stylesheet(element)) return;
    const auto path = resolve_in_folder(relative, href);
    if (!path) return;
    if (const css::Stylesheet* sheet = stylesheets_->get(*path)) style.add(narrow_rules_of(*sheet));
  });
  std::deque<css::Stylesheet> blocks;  // `style` points into them; a deque keeps them in place
  for (const StyleBlock& block : document.scan().style_blocks) {
    blocks.push_back(css::parse_stylesheet(block.css, block.line));
    style.add(blocks.back());
  }
  // Only the page's own rules: a linked stylesheet reports its rules itself.
  for (const css::Stylesheet& sheet : blocks)
    for (const css::Rule& rule : sheet.rules) check_rule_widths(rule, style, findings);
  std::set<const GumboNode*> unwrapped;
  document.for_each_element([&](const GumboNode& element) {
    const std::string_view tag = known_tag(element);
    check_style_width(element, style, findings);
    if (tag == "table") {
      check_table_width(element, style, findings);
      check_table(element, style, findings);
    }
    if (is_media_element(tag)) check_image(element, style, findings);
    check_text_wrap(element, style, unwrapped, findings);
  });
  return findings;
}

std::shared_ptr<const NarrowRules> LayoutRules::narrow_rules_of(const css::Stylesheet& sheet) {
  const std::lock_guard lock(narrow_rules_mutex_);
  std::shared_ptr<const NarrowRules>& rules = narrow_rules_[&sheet];
  if (rules == nullptr) rules = std::make_shared<const NarrowRules>(sheet);
  return rules;
}

std::vector<Finding> LayoutRules::check_stylesheet(const std::string& relative,
                                                   const std::string& text) {
  const css::Stylesheet& sheet = stylesheets_->add(relative, text);  // or a page linked it
  PageStyle style;
  style.add(sheet);  // wrappers of the same file: ".table-scroll table"
  std::vector<Finding> findings;
  for (const css::Rule& rule : sheet.rules) check_rule_widths(rule, style, findings);
  return findings;
}

}  // namespace otklik::validate
