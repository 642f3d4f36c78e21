#include "validate/strict_html.hpp"

#include <Poco/UTF8Encoding.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "validate/html_document.hpp"

namespace otklik::validate {
namespace {

// Thrown where the page leaves the strict subset; the caller asks gumbo.
struct NeedsGumbo {};

[[noreturn]] void needs_gumbo() { throw NeedsGumbo{}; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }
bool all_space(std::string_view text) { return std::all_of(text.begin(), text.end(), is_space); }

// The characters gumbo reports or replaces (utf8.c): controls other than
// tab, line feed and form feed, carriage returns (it rewrites them to line
// feeds), noncharacters, and every invalid UTF-8 sequence.
bool passes_unchanged(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\f';
  if (c >= 0x7F && c <= 0x9F) return false;
  if (c >= 0xFDD0 && c <= 0xFDEF) return false;
  if ((c & 0xFFFE) == 0xFFFE) return false;
  return c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
}

bool plain_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = p + text.size();
  while (p < end) {
    const unsigned char b = *p;
    if (b < 0x80) {
      if (b < 0x20 ? !(b == '\t' || b == '\n' || b == '\f') : b == 0x7F) return false;
      ++p;
      continue;
    }
    // Cyrillic, most of a Russian page: U+0400..U+047F, always plain.
    if ((b == 0xD0 || b == 0xD1) && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
      p += 2;
      continue;
    }
    int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
    if (length == 0 || b > 0xF4 || end - p < length) return false;
    char32_t c = b & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      c = (c << 6) | (p[i] & 0x3F);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < least[length] || !passes_unchanged(c)) return false;
    p += length;
  }
  return true;
}

// The named references Russian pages and their generators use; any other
// name goes to gumbo, which knows all 2 231.
struct NamedReference {
  std::string_view name;
  std::string_view text;
};
constexpr NamedReference kNamedReferences[] = {
    {"amp", "&"},         {"lt", "<"},          {"gt", ">"},          {"quot", "\""},
    {"apos", "'"},        {"nbsp", "\u00A0"},   {"laquo", "\u00AB"},  {"raquo", "\u00BB"},
    {"mdash", "\u2014"},  {"ndash", "\u2013"},  {"hellip", "\u2026"}, {"copy", "\u00A9"},
    {"times", "\u00D7"},  {"minus", "\u2212"},  {"thinsp", "\u2009"}, {"deg", "\u00B0"},
    {"middot", "\u00B7"}, {"bull", "\u2022"},   {"rarr", "\u2192"},   {"larr", "\u2190"},
    {"le", "\u2264"},     {"ge", "\u2265"},     {"shy", "\u00AD"},    {"numero", "\u2116"},
    {"bdquo", "\u201E"},  {"ldquo", "\u201C"},  {"rdquo", "\u201D"},  {"lsquo", "\u2018"},
    {"rsquo", "\u2019"},  {"plusmn", "\u00B1"}, {"sect", "\u00A7"},   {"euro", "\u20AC"},
};

// The adjusted spellings of SVG attributes (HTML, "adjust SVG attributes");
// gumbo lower-cases every name first and restores these.
constexpr std::string_view kSvgAttributes[] = {
    "attributeName",
    "attributeType",
    "baseFrequency",
    "baseProfile",
    "calcMode",
    "clipPathUnits",
    "diffuseConstant",
    "edgeMode",
    "filterUnits",
    "glyphRef",
    "gradientTransform",
    "gradientUnits",
    "kernelMatrix",
    "kernelUnitLength",
    "keyPoints",
    "keySplines",
    "keyTimes",
    "lengthAdjust",
    "limitingConeAngle",
    "markerHeight",
    "markerUnits",
    "markerWidth",
    "maskContentUnits",
    "maskUnits",
    "numOctaves",
    "pathLength",
    "patternContentUnits",
    "patternTransform",
    "patternUnits",
    "pointsAtX",
    "pointsAtY",
    "pointsAtZ",
    "preserveAlpha",
    "preserveAspectRatio",
    "primitiveUnits",
    "refX",
    "refY",
    "repeatCount",
    "repeatDur",
    "requiredExtensions",
    "requiredFeatures",
    "specularConstant",
    "specularExponent",
    "spreadMethod",
    "startOffset",
    "stdDeviation",
    "stitchTiles",
    "surfaceScale",
    "systemLanguage",
    "tableValues",
    "targetX",
    "targetY",
    "textLength",
    "viewBox",
    "viewTarget",
    "xChannelSelector",
    "yChannelSelector",
    "zoomAndPan",
};

bool is_heading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

// Start tags that close an open <p> (HTML, "in body"); with one open the
// tree differs from the text, so the page goes to gumbo.
bool closes_paragraph(GumboTag tag) {
  if (is_heading(tag)) return true;
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

// The HTML elements of the strict subset that the body holds wherever it
// likes (the table parts have their own rule below).
bool ordinary_in_body(GumboTag tag) {
  if (is_heading(tag)) return true;
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_U:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_WBR:
      return true;
    default:
      return false;
  }
}

bool is_void(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
      return true;
    default:
      return false;
  }
}

// Whether `child` is an element the table part `parent` may hold; a table
// part anywhere else is moved or dropped by HTML's rules.
bool table_child_allowed(GumboTag parent, GumboTag child) {
  switch (parent) {
    case GUMBO_TAG_TABLE:
      return child == GUMBO_TAG_CAPTION || child == GUMBO_TAG_COLGROUP ||
             child == GUMBO_TAG_THEAD || child == GUMBO_TAG_TBODY || child == GUMBO_TAG_TFOOT;
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
      return child == GUMBO_TAG_TR;
    case GUMBO_TAG_TR:
      return child == GUMBO_TAG_TD || child == GUMBO_TAG_TH;
    case GUMBO_TAG_COLGROUP:
      return child == GUMBO_TAG_COL;
    default:
      return false;
  }
}

bool holds_only_table_parts(GumboTag tag) {
  return tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY ||
         tag == GUMBO_TAG_TFOOT || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_COLGROUP;
}

bool is_table_part(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

// HTML elements whose start tag ends foreign content ("in foreign content").
bool breaks_out_of_svg(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "b",      "big",  "blockquote", "body",  "br",   "center", "code",    "dd",   "div",
      "dl",     "dt",   "em",         "embed", "h1",   "h2",     "h3",      "h4",   "h5",
      "h6",     "head", "hr",         "i",     "img",  "li",     "listing", "menu", "meta",
      "nobr",   "ol",   "p",          "pre",   "ruby", "s",      "small",   "span", "strong",
      "strike", "sub",  "sup",        "table", "tt",   "u",      "ul",      "var",  "font"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

struct RawAttribute {
  std::string name;
  const char* value = "";  // decoded, in the tree's arena
  std::size_t name_at, name_length, value_at, value_length;
};

struct StartTag {
  std::size_t at = 0;      // offset of '<'
  std::size_t length = 0;  // up to and including '>'
  std::string name;        // lower case
  std::vector<RawAttribute> attributes;
  bool self_closing = false;
};

enum class Mode { InHead, AfterHead, InBody, AfterBody, AfterHtml };

}  // namespace

// Builds the tree in one pass over the text. The open elements are a stack;
// children wait in `pending_` until their parent closes and get their list
// in the arena then.
class StrictParser {
 public:
  StrictParser(StrictHtml& tree, std::string_view html)
      : tree_(tree), src_(html), arena_(&tree.arena_) {}

  void run() {
    if (!plain_utf8(src_)) needs_gumbo();
    skip_space();
    read_doctype();
    skip_space();
    GumboNode* html = open_root("html");
    tree_.document_->v.document.children = list_of({html});
    html->parent = tree_.document_;
    skip_space();
    open_root("head");
    mode_ = Mode::InHead;
    while (pos_ < src_.size()) step();
    if (mode_ != Mode::AfterHtml) needs_gumbo();
    flush_text();
    close_current(src_.size());  // <body>
    close_current(src_.size());  // <html>
  }

 private:
  struct Open {
    GumboNode* node;
    std::size_t first_child;  // in pending_
  };

  // --- the arena ---------------------------------------------------------
  void* allocate(std::size_t bytes, std::size_t align) { return arena_->allocate(bytes, align); }
  const char* copy(std::string_view text) {
    auto* out = static_cast<char*>(allocate(text.size() + 1, 1));
    std::memcpy(out, text.data(), text.size());
    out[text.size()] = '\0';
    return out;
  }
  GumboNode* new_node(GumboNodeType type) {
    auto* node = static_cast<GumboNode*>(allocate(sizeof(GumboNode), alignof(GumboNode)));
    std::memset(static_cast<void*>(node), 0, sizeof(GumboNode));
    node->type = type;
    node->parse_flags = GUMBO_INSERTION_NORMAL;
    return node;
  }
  template <typename T>
  GumboVector list_of(const std::vector<T*>& items, std::size_t first = 0) {
    const auto count = static_cast<unsigned>(items.size() - first);
    if (count == 0) return {nullptr, 0, 0};
    auto** data = static_cast<void**>(allocate(count * sizeof(void*), alignof(void*)));
    for (unsigned i = 0; i < count; ++i) data[i] = items[first + i];
    return {data, count, count};
  }
  GumboVector list_of(std::initializer_list<GumboNode*> items) {
    return list_of(std::vector<GumboNode*>(items));
  }

  // --- positions ---------------------------------------------------------
  GumboSourcePosition position(std::size_t offset) {
    // Offsets mostly grow, so most lines are counted once.
    const auto from = src_.begin();
    if (offset >= counted_)
      line_ += static_cast<unsigned>(std::count(from + counted_, from + offset, '\n'));
    else
      line_ -= static_cast<unsigned>(std::count(from + offset, from + counted_, '\n'));
    counted_ = offset;
    return {line_, 0, static_cast<unsigned>(offset)};
  }

  // --- the document frame --------------------------------------------------
  void skip_space() {
    while (pos_ < src_.size() && is_space(src_[pos_])) ++pos_;
  }

  bool at_ignoring_case(std::string_view word) const {
    if (src_.size() - pos_ < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
      if (lower(src_[pos_ + i]) != word[i]) return false;
    return true;
  }

  void read_doctype() {
    if (!at_ignoring_case("<!doctype html>")) needs_gumbo();
    pos_ += std::string_view("<!doctype html>").size();
    GumboNode* document = new_node(GUMBO_NODE_DOCUMENT);
    GumboDocument& d = document->v.document;
    d.has_doctype = true;
    d.name = copy("html");
    d.public_identifier = copy("");
    d.system_identifier = copy("");
    d.doc_type_quirks_mode = GUMBO_DOCTYPE_NO_QUIRKS;
    tree_.document_ = document;
  }

  GumboNode* open_root(std::string_view name) {
    if (pos_ >= src_.size() || src_[pos_] != '<') needs_gumbo();
    StartTag tag = read_start_tag();
    if (tag.name != name || tag.self_closing) needs_gumbo();
    GumboNode* element = make_element(tag, GUMBO_NAMESPACE_HTML);
    if (name == "html") {
      tree_.root_ = element;
      open_.push_back({element, pending_.size()});
    } else {
      push(element);
    }
    return element;
  }

  // --- tokens --------------------------------------------------------------
  void step() {
    const char c = src_[pos_];
    if (c == '<' && pos_ + 1 < src_.size()) {
      const char next = src_[pos_ + 1];
      if (next == '/') return end_tag();
      if (is_alpha(next)) return start_tag();
      if (next == '!') return comment();
      if (next == '?') needs_gumbo();
    }
    if (c == '&') {
      const std::size_t at = pos_;
      return text_from(at, read_reference());
    }
    std::size_t end = pos_ + 1;
    while (end < src_.size() && src_[end] != '<' && src_[end] != '&') ++end;
    const std::string_view piece = src_.substr(pos_, end - pos_);
    text_from(pos_, piece);
    pos_ = end;
  }

  void text_from(std::size_t at, std::string_view piece) {
    if (drop_line_feed_) {
      drop_line_feed_ = false;
      if (!piece.empty() && piece.front() == '\n') {
        piece.remove_prefix(1);
        ++at;
      }
      if (piece.empty()) return;
    }
    const bool space = all_space(piece);
    if (!space && !text_allowed()) needs_gumbo();
    if (text_.empty()) text_at_ = at;
    text_ += piece;
    text_is_space_ = text_is_space_ && space;
  }

  bool text_allowed() const {
    if (mode_ != Mode::InBody) return false;
    const GumboElement& current = open_.back().node->v.element;
    return current.tag_namespace != GUMBO_NAMESPACE_HTML || !holds_only_table_parts(current.tag);
  }

  void flush_text() {
    if (text_.empty()) return;
    GumboNode* node = new_node(text_is_space_ ? GUMBO_NODE_WHITESPACE : GUMBO_NODE_TEXT);
    node->v.text.text = copy(text_);
    node->v.text.original_text = {src_.data() + text_at_, 0};
    node->v.text.start_pos = position(text_at_);
    append(node);
    text_.clear();
    text_is_space_ = true;
  }

  void comment() {
    drop_line_feed_ = false;
    if (mode_ != Mode::InBody && mode_ != Mode::InHead) needs_gumbo();
    if (src_.compare(pos_, 4, "<!--") != 0) needs_gumbo();
    const std::size_t body = pos_ + 4;
    const std::size_t end = src_.find("-->", body);
    if (end == std::string_view::npos || src_.compare(body, 1, ">") == 0 ||
        src_.compare(body, 2, "->") == 0)
      needs_gumbo();
    const std::string_view content = src_.substr(body, end - body);
    if (content.find("--!") != std::string_view::npos ||
        content.find("<!--") != std::string_view::npos)
      needs_gumbo();
    flush_text();
    GumboNode* node = new_node(GUMBO_NODE_COMMENT);
    node->v.text.text = copy(content);
    node->v.text.original_text = {src_.data() + pos_, end + 3 - pos_};
    node->v.text.start_pos = position(pos_);
    append(node);
    pos_ = end + 3;
  }

  // --- character references ------------------------------------------------
  // At '&': the decoded text. '&' that starts no reference stands for itself;
  // a reference without its ';', unknown, or one gumbo would replace goes to
  // gumbo.
  std::string read_reference() {
    ++pos_;
    std::string out;
    if (pos_ < src_.size() && src_[pos_] == '#') {
      ++pos_;
      const bool hex = pos_ < src_.size() && (src_[pos_] == 'x' || src_[pos_] == 'X');
      if (hex) ++pos_;
      char32_t c = 0;
      std::size_t digits = 0;
      for (; pos_ < src_.size() && digits < 8; ++pos_, ++digits) {
        const char d = lower(src_[pos_]);
        if (is_digit(d))
          c = c * (hex ? 16 : 10) + static_cast<char32_t>(d - '0');
        else if (hex && d >= 'a' && d <= 'f')
          c = c * 16 + static_cast<char32_t>(d - 'a' + 10);
        else
          break;
      }
      if (digits == 0 || pos_ >= src_.size() || src_[pos_] != ';' || !passes_unchanged(c))
        needs_gumbo();
      ++pos_;
      unsigned char bytes[4];
      const int length = Poco::UTF8Encoding().convert(static_cast<int>(c), bytes, sizeof bytes);
      out.assign(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
      return out;
    }
    std::size_t end = pos_;
    while (end < src_.size() && is_alnum(src_[end])) ++end;
    if (end == pos_) return "&";
    if (end >= src_.size() || src_[end] != ';') needs_gumbo();
    const std::string_view name = src_.substr(pos_, end - pos_);
    for (const NamedReference& named : kNamedReferences)
      if (named.name == name) {
        pos_ = end + 1;
        return std::string(named.text);
      }
    needs_gumbo();
  }

  std::string decode(std::string_view raw) {
    if (raw.find('&') == std::string_view::npos) return std::string(raw);
    // `raw` lies inside the page: each reference is read where it stands, by
    // the same reader as text, and the reading position is put back.
    std::string out;
    std::size_t i = 0;
    while (i < raw.size()) {
      const std::size_t amp = raw.find('&', i);
      out += raw.substr(i, amp - i);
      if (amp == std::string_view::npos) break;
      const std::size_t saved = pos_;
      pos_ = static_cast<std::size_t>(raw.data() - src_.data()) + amp;
      out += read_reference();
      i = pos_ - static_cast<std::size_t>(raw.data() - src_.data());
      pos_ = saved;
    }
    return out;
  }

  // --- tags ------------------------------------------------------------------
  std::string read_name() {
    std::string name;
    while (pos_ < src_.size() && !is_space(src_[pos_]) && src_[pos_] != '/' && src_[pos_] != '>') {
      const char c = src_[pos_];
      if (c == '<' || c == '"' || c == '\'' || c == '=' || static_cast<unsigned char>(c) >= 0x80)
        needs_gumbo();
      name += lower(c);
      ++pos_;
    }
    return name;
  }

  StartTag read_start_tag() {
    StartTag tag;
    tag.at = pos_;
    ++pos_;
    tag.name = read_name();
    while (true) {
      skip_space();
      if (pos_ >= src_.size()) needs_gumbo();
      if (src_[pos_] == '>') {
        ++pos_;
        break;
      }
      if (src_[pos_] == '/') {
        if (pos_ + 1 >= src_.size() || src_[pos_ + 1] != '>') needs_gumbo();
        tag.self_closing = true;
        pos_ += 2;
        break;
      }
      tag.attributes.push_back(read_attribute());
      for (std::size_t i = 0; i + 1 < tag.attributes.size(); ++i)
        if (tag.attributes[i].name == tag.attributes.back().name) needs_gumbo();
    }
    tag.length = pos_ - tag.at;
    return tag;
  }

  RawAttribute read_attribute() {
    RawAttribute attribute;
    attribute.name_at = pos_;
    std::string name;
    while (pos_ < src_.size() && !is_space(src_[pos_]) && src_[pos_] != '/' && src_[pos_] != '>' &&
           src_[pos_] != '=') {
      const char c = src_[pos_];
      if (c == '<' || c == '"' || c == '\'' || static_cast<unsigned char>(c) >= 0x80) needs_gumbo();
      name += lower(c);
      ++pos_;
    }
    if (name.empty()) needs_gumbo();
    attribute.name = std::move(name);
    attribute.name_length = pos_ - attribute.name_at;
    skip_space();
    attribute.value_at = pos_;
    attribute.value_length = 0;
    if (pos_ >= src_.size() || src_[pos_] != '=') return attribute;
    ++pos_;
    skip_space();
    if (pos_ >= src_.size()) needs_gumbo();
    attribute.value_at = pos_;
    const char quote = src_[pos_];
    std::string_view raw;
    if (quote == '"' || quote == '\'') {
      const std::size_t close = src_.find(quote, pos_ + 1);
      if (close == std::string_view::npos) needs_gumbo();
      raw = src_.substr(pos_ + 1, close - pos_ - 1);
      pos_ = close + 1;
      if (pos_ < src_.size() && !is_space(src_[pos_]) && src_[pos_] != '>' && src_[pos_] != '/')
        needs_gumbo();
    } else {
      const std::size_t start = pos_;
      while (pos_ < src_.size() && !is_space(src_[pos_]) && src_[pos_] != '>') {
        const char c = src_[pos_];
        if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') needs_gumbo();
        ++pos_;
      }
      raw = src_.substr(start, pos_ - start);
      if (raw.empty()) needs_gumbo();
    }
    attribute.value_length = pos_ - attribute.value_at;
    attribute.value = raw.find('&') == std::string_view::npos ? copy(raw) : copy(decode(raw));
    return attribute;
  }

  GumboNode* make_element(const StartTag& tag, GumboNamespaceEnum space) {
    GumboNode* node = new_node(GUMBO_NODE_ELEMENT);
    GumboElement& element = node->v.element;
    element.tag = gumbo_tagn_enum(tag.name.data(), static_cast<unsigned>(tag.name.size()));
    element.tag_namespace = space;
    element.original_tag = {src_.data() + tag.at, tag.length};
    element.original_end_tag = {nullptr, 0};
    element.start_pos = position(tag.at);
    // Straight into the arena: a page has thousands of attributes.
    const auto count = static_cast<unsigned>(tag.attributes.size());
    void** list =
        count == 0 ? nullptr : static_cast<void**>(allocate(count * sizeof(void*), alignof(void*)));
    for (unsigned i = 0; i < count; ++i) {
      const RawAttribute& raw = tag.attributes[i];
      auto* a =
          static_cast<GumboAttribute*>(allocate(sizeof(GumboAttribute), alignof(GumboAttribute)));
      std::memset(static_cast<void*>(a), 0, sizeof(GumboAttribute));
      a->attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
      if (space == GUMBO_NAMESPACE_SVG) {
        std::string name = raw.name;
        adjust_svg_attribute(name, a->attr_namespace);
        a->name = copy(name);
      } else {
        a->name = copy(raw.name);
      }
      a->original_name = {src_.data() + raw.name_at, raw.name_length};
      a->value = raw.value;
      a->original_value = {src_.data() + raw.value_at, raw.value_length};
      list[i] = a;
    }
    element.attributes = {list, count, count};
    return node;
  }

  static void adjust_svg_attribute(std::string& name, GumboAttributeNamespaceEnum& space) {
    if (name.find(':') != std::string::npos) needs_gumbo();  // xlink:href and the like
    if (name == "xmlns") {
      space = GUMBO_ATTR_NAMESPACE_XMLNS;
      return;
    }
    for (std::string_view adjusted : kSvgAttributes) {
      if (adjusted.size() != name.size()) continue;
      bool same = true;
      for (std::size_t i = 0; i < name.size() && same; ++i) same = lower(adjusted[i]) == name[i];
      if (same) {
        name = std::string(adjusted);
        return;
      }
    }
  }

  const GumboElement& current() const { return open_.back().node->v.element; }

  bool open_html(GumboTag tag) const {
    return std::any_of(open_.begin(), open_.end(), [tag](const Open& open) {
      const GumboElement& e = open.node->v.element;
      return e.tag == tag && e.tag_namespace == GUMBO_NAMESPACE_HTML;
    });
  }

  // <li> closes an open <li> unless a list starts between them; <dd> and
  // <dt> likewise within <dl>. Conservative: any list item on the way down
  // to the nearest list sends the page to gumbo.
  bool closes_list_item(GumboTag tag) const {
    const bool li = tag == GUMBO_TAG_LI;
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      const GumboTag t = it->node->v.element.tag;
      if (li ? t == GUMBO_TAG_LI : (t == GUMBO_TAG_DD || t == GUMBO_TAG_DT)) return true;
      if (li ? (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) : t == GUMBO_TAG_DL) return false;
    }
    return false;
  }

  void start_tag() {
    drop_line_feed_ = false;
    StartTag tag = read_start_tag();
    if (mode_ == Mode::InHead) return head_start_tag(tag);
    if (mode_ == Mode::AfterHead) {
      if (tag.name != "body" || tag.self_closing) needs_gumbo();
      flush_text();  // the white space after </head> belongs to <html>
      push(make_element(tag, GUMBO_NAMESPACE_HTML));
      mode_ = Mode::InBody;
      return;
    }
    if (mode_ != Mode::InBody) needs_gumbo();
    if (current().tag_namespace == GUMBO_NAMESPACE_SVG) return svg_start_tag(tag);
    if (current().tag_namespace != GUMBO_NAMESPACE_HTML) needs_gumbo();
    if (tag.name == "svg") {
      if (holds_only_table_parts(current().tag)) needs_gumbo();
      return insert(tag, GUMBO_NAMESPACE_SVG, tag.self_closing);
    }
    const GumboTag t = gumbo_tagn_enum(tag.name.data(), static_cast<unsigned>(tag.name.size()));
    check_body_context(t, tag);
    if (t == GUMBO_TAG_STYLE || t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_TITLE)
      return text_element(tag, t);
    insert(tag, GUMBO_NAMESPACE_HTML, is_void(t));
    if (t == GUMBO_TAG_PRE) drop_line_feed_ = true;
  }

  void check_body_context(GumboTag t, const StartTag& tag) const {
    const GumboTag parent = current().tag;
    if (holds_only_table_parts(parent)) {
      if (!table_child_allowed(parent, t)) needs_gumbo();
    } else if (is_table_part(t)) {
      needs_gumbo();
    } else if (!ordinary_in_body(t)) {
      needs_gumbo();
    }
    if (tag.self_closing && !is_void(t)) needs_gumbo();
    if (closes_paragraph(t) && open_html(GUMBO_TAG_P)) needs_gumbo();
    if ((t == GUMBO_TAG_LI || t == GUMBO_TAG_DD || t == GUMBO_TAG_DT) && closes_list_item(t))
      needs_gumbo();
    if (is_heading(t) && is_heading(parent)) needs_gumbo();
    if (t == GUMBO_TAG_A && open_html(GUMBO_TAG_A)) needs_gumbo();
    if (t == GUMBO_TAG_FORM && open_html(GUMBO_TAG_FORM)) needs_gumbo();
    if (t == GUMBO_TAG_BUTTON && open_html(GUMBO_TAG_BUTTON)) needs_gumbo();
    if (t == GUMBO_TAG_TABLE && open_html(GUMBO_TAG_CAPTION)) needs_gumbo();
  }

  void head_start_tag(const StartTag& tag) {
    const GumboTag t = gumbo_tagn_enum(tag.name.data(), static_cast<unsigned>(tag.name.size()));
    if (t == GUMBO_TAG_STYLE || t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_TITLE) {
      if (tag.self_closing) needs_gumbo();
      return text_element(tag, t);
    }
    if (t != GUMBO_TAG_META && t != GUMBO_TAG_LINK && t != GUMBO_TAG_BASE) needs_gumbo();
    insert(tag, GUMBO_NAMESPACE_HTML, true);
  }

  void svg_start_tag(const StartTag& tag) {
    const GumboTag parent = current().tag;
    // <title>, <desc> and <foreignObject> take HTML inside (integration points).
    if (parent == GUMBO_TAG_TITLE || parent == GUMBO_TAG_DESC || parent == GUMBO_TAG_FOREIGNOBJECT)
      needs_gumbo();
    if (tag.name == "math" || breaks_out_of_svg(tag.name)) needs_gumbo();
    insert(tag, GUMBO_NAMESPACE_SVG, tag.self_closing);
  }

  void insert(const StartTag& tag, GumboNamespaceEnum space, bool closed) {
    flush_text();
    GumboNode* element = make_element(tag, space);
    if (closed) {
      append(element);
      element->v.element.end_pos = element->v.element.start_pos;
    } else {
      push(element);
    }
  }

  // <style> and <script> hold raw text up to their end tag, <title> text with
  // references; none holds elements.
  void text_element(const StartTag& tag, GumboTag t) {
    if (tag.self_closing) needs_gumbo();
    flush_text();
    GumboNode* element = make_element(tag, GUMBO_NAMESPACE_HTML);
    push(element);
    const std::size_t end = find_end_tag(tag.name);
    const std::string_view raw = src_.substr(pos_, end - pos_);
    if (t == GUMBO_TAG_SCRIPT && raw.find("<!--") != std::string_view::npos) needs_gumbo();
    if (!raw.empty()) {
      text_at_ = pos_;
      text_ = t == GUMBO_TAG_TITLE ? decode(raw) : std::string(raw);
      text_is_space_ = all_space(text_);
    }
    pos_ = end;
    end_tag();
  }

  std::size_t find_end_tag(std::string_view name) const {
    std::size_t at = pos_;
    while ((at = src_.find("</", at)) != std::string_view::npos) {
      std::size_t i = 0;
      while (i < name.size() && at + 2 + i < src_.size() && lower(src_[at + 2 + i]) == name[i]) ++i;
      const std::size_t after = at + 2 + name.size();
      if (i == name.size() && after < src_.size() &&
          (is_space(src_[after]) || src_[after] == '/' || src_[after] == '>'))
        return at;
      at += 2;
    }
    needs_gumbo();
  }

  void end_tag() {
    drop_line_feed_ = false;
    const std::size_t at = pos_;
    pos_ += 2;
    const std::string name = read_name();
    skip_space();
    if (name.empty() || pos_ >= src_.size() || src_[pos_] != '>') needs_gumbo();
    ++pos_;
    switch (mode_) {
      case Mode::InHead:
        if (name != "head") {
          if (open_.size() < 3 || name != tag_name(*open_.back().node)) needs_gumbo();
          return close_current(at);
        }
        if (open_.size() != 2) needs_gumbo();
        close_current(at);
        mode_ = Mode::AfterHead;
        return;
      case Mode::InBody:
        if (name == "body") {
          if (open_.size() != 2) needs_gumbo();
          mode_ = Mode::AfterBody;  // <body> stays open: what follows still goes in it
          return;
        }
        if (open_.size() <= 2 || name != tag_name(*open_.back().node)) needs_gumbo();
        // gumbo takes a <form> off the stack without ending the text before
        // its end tag, so that text joins the text after it, in the parent.
        return close_current(at, !(current().tag == GUMBO_TAG_FORM &&
                                   current().tag_namespace == GUMBO_NAMESPACE_HTML));
      case Mode::AfterBody:
        if (name != "html") needs_gumbo();
        mode_ = Mode::AfterHtml;
        return;
      default:
        needs_gumbo();
    }
  }

  // --- the stack of open elements -------------------------------------------
  void append(GumboNode* node) {
    const Open& parent = open_.back();
    node->parent = parent.node;
    node->index_within_parent = pending_.size() - parent.first_child;
    pending_.push_back(node);
  }

  void push(GumboNode* element) {
    append(element);
    open_.push_back({element, pending_.size()});
  }

  void close_current(std::size_t at, bool end_text = true) {
    if (end_text) flush_text();
    const Open open = open_.back();
    open_.pop_back();
    GumboElement& element = open.node->v.element;
    element.children = list_of(pending_, open.first_child);
    pending_.resize(open.first_child);
    element.end_pos = position(std::min(at, src_.size()));
    if (at < src_.size()) {
      const std::size_t close = src_.find('>', at);
      element.original_end_tag = {src_.data() + at, close + 1 - at};
    }
  }

  StrictHtml& tree_;
  std::string_view src_;
  std::pmr::memory_resource* arena_;
  std::size_t pos_ = 0;
  Mode mode_ = Mode::InHead;
  std::vector<Open> open_;
  std::vector<GumboNode*> pending_;
  std::string text_;  // text not yet in the tree: gumbo makes one node of a run
  std::size_t text_at_ = 0;
  bool text_is_space_ = true;
  bool drop_line_feed_ = false;  // right after <pre>
  unsigned line_ = 1;
  std::size_t counted_ = 0;
};

StrictHtml::StrictHtml(std::size_t bytes) : arena_(bytes) {}

std::unique_ptr<StrictHtml> StrictHtml::parse(std::string_view html) {
  std::unique_ptr<StrictHtml> tree(new StrictHtml(html.size() * 2 + 4096));
  try {
    StrictParser(*tree, html).run();
  } catch (const NeedsGumbo&) {
    return nullptr;
  }
  return tree;
}

}  // namespace otklik::validate
