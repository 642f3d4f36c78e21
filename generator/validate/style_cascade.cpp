#include "validate/style_cascade.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace otklik::validate {
namespace {

// The part of the browser's default stylesheet (HTML Living Standard,
// "Rendering") that changes colours, sizes, weights or hides elements.
constexpr const char* kUserAgentCss = R"(
head, script, style, title, template, noscript, datalist, [hidden], area, base, link, meta,
param, source, track { display: none }
a[href] { color: #0000ee }
h1 { font-size: 2em; font-weight: bold }
h2 { font-size: 1.5em; font-weight: bold }
h3 { font-size: 1.17em; font-weight: bold }
h4 { font-weight: bold }
h5 { font-size: 0.83em; font-weight: bold }
h6 { font-size: 0.67em; font-weight: bold }
b, strong, th, dt { font-weight: bold }
small, sub, sup { font-size: smaller }
mark { color: #000000; background-color: #ffff00 }
button, select { color: #000000; background-color: #efefef }
input, textarea { color: #000000; background-color: #ffffff }
)";

// Pseudo-classes of states the user brings about, and pseudo-elements: a
// static page is checked in its resting state.
const char* const kDynamic[] = {
    ":hover",     ":focus",  ":active",        ":visited",      ":target",       ":checked",
    "::",         ":before", ":after",         ":first-line",   ":first-letter", ":placeholder",
    ":selection", ":marker", ":focus-visible", ":focus-within", ":indeterminate"};

// SVG elements that are never drawn themselves.
const std::set<std::string> kSvgUnrendered = {
    "title",   "desc",   "defs",   "clippath", "mask",     "lineargradient", "radialgradient",
    "pattern", "symbol", "marker", "filter",   "metadata", "style",          "script"};
const std::set<std::string> kSvgMarks = {"rect",     "circle",  "ellipse", "path",
                                         "polyline", "polygon", "line"};
const std::set<std::string> kSvgText = {"text", "tspan", "textpath"};
const char* const kPresentationAttributes[] = {
    "fill",    "stroke",       "color",          "font-size",  "font-weight",
    "opacity", "fill-opacity", "stroke-opacity", "visibility", "display"};

// Cascade order: origin (0 browser, 1 page, 2 style=""), specificity, order.
struct Priority {
  bool important = false;
  int origin = 0;
  Specificity specificity;
  std::size_t order = 0;
  auto operator<=>(const Priority&) const = default;
};

// The declaration and its file point into the stylesheets, the page's
// attributes (Cascade::owned_) or the page's path, all of which outlive the
// cascade: an element's rules are applied once per view, and copying their
// strings each time was most of the contrast rule's allocations.
struct Applied {
  Priority priority;
  const css::Declaration* declaration = nullptr;
  StyleSource source;
};

// The winner so far of each property an element's rules declare. An element
// has a handful, so a vector searched in order beats a map's node per
// property, made again in every view.
using Declared = std::vector<Applied>;

template <typename Applieds>  // Declared or const Declared
auto* find_property(Applieds& declared, std::string_view property) {
  for (auto& applied : declared)
    if (applied.declaration->property == property) return &applied;
  return static_cast<decltype(&declared.front())>(nullptr);
}

void apply(Declared& declared, const Applied& applied) {
  Applied* slot = find_property(declared, applied.declaration->property);
  if (slot == nullptr)
    declared.push_back(applied);
  else if (!(applied.priority < slot->priority))
    *slot = applied;
}

const Applied* winner(const Declared& declared, std::string_view property) {
  return find_property(declared, property);
}

bool is_dynamic(const std::string& selector) {
  return std::any_of(std::begin(kDynamic), std::end(kDynamic), [&](const char* pseudo) {
    return css::to_lower(selector).find(pseudo) != std::string::npos;
  });
}

// modest knows neither :link nor :any-link; an unvisited link is a[href].
std::string for_modest(std::string selector) {
  for (const char* pseudo : {":any-link", ":link"}) {
    for (std::size_t at; (at = selector.find(pseudo)) != std::string::npos;)
      selector.replace(at, std::char_traits<char>::length(pseudo), "[href]");
  }
  return selector;
}

// What an element inherits, and what its descendants paint over.
struct Inherited {
  Colour colour{0, 0, 0, 1};
  bool colour_known = true;
  StyleSource colour_from;
  double font_px = 16;
  int font_weight = 400;
  bool visible = true;
  double group_alpha = 1;               // opacity of the element and its ancestors
  Colour background{255, 255, 255, 1};  // opaque, what shows behind
  bool background_known = true;         // false over an image or gradient
  std::shared_ptr<const std::map<std::string, std::string>> variables;
  std::string fill = "black";  // SVG, inherited
  StyleSource fill_from;
  std::string stroke = "none";
  double fill_opacity = 1;
  double stroke_opacity = 1;
};

class Cascade {
 public:
  // `file` must outlive the styles computed: their sources point into it.
  Cascade(const ModestPage& page, const std::string& file, const MediaEnvironment& environment)
      : page_(page), file_(file), environment_(environment) {}

  void add_sheet(const css::Stylesheet& sheet, const std::string& file, int origin) {
    for (const css::Rule& rule : sheet.rules) {
      if (!media_matches(rule.media, environment_)) continue;
      for (const std::string& part : static_selectors(rule.selector)) {
        const auto& match = page_.match(part);
        if (!match) continue;
        ++order_;
        for (PageNode* element : match->elements) {
          Declared& declared = declared_[element];
          for (const css::Declaration& declaration : rule.declarations) {
            Priority priority{declaration.important && origin > 0, origin, match->specificity,
                              order_};
            apply(declared, {priority, &declaration, {file, rule.line}});
          }
        }
      }
    }
  }

  void add_attributes(const PageNode* node) {
    for (; node != nullptr; node = next_sibling(node)) {
      if (!is_element(node)) continue;
      auto* element = const_cast<PageNode*>(node);
      if (in_svg(node)) {
        for (const char* name : kPresentationAttributes) {
          if (const char* value = attribute_of(node, name)) {
            // Presentation attributes: page rules of specificity 0 before all others.
            apply(declared_[element], {{false, 1, {}, 0},
                                       &own({name, css::trim(value), false}),
                                       {file_, page_.line_of(node)}});
          }
        }
      } else if (const char* colour = attribute_of(node, "bgcolor")) {
        apply(declared_[element], {{false, 1, {}, 0},
                                   &own({"background-color", css::trim(colour), false}),
                                   {file_, page_.line_of(node)}});
      }
      if (const char* style = attribute_of(node, "style")) {
        for (css::Declaration& declaration : css::parse_declarations(style)) {
          const bool important = declaration.important;
          apply(
              declared_[element],
              {{important, 2, {}, 0}, &own(std::move(declaration)), {file_, page_.line_of(node)}});
        }
      }
      add_attributes(first_child(node));
    }
  }

  PageStyles run() {
    Inherited root;
    root.variables = std::make_shared<const std::map<std::string, std::string>>();
    root_font_px_ = 16;
    visit(page_.root(), root, true);
    return std::move(styles_);
  }

 private:
  // var(--name) and var(--name, fallback), nested, as the element inherits them.
  std::string substitute(std::string value, const std::map<std::string, std::string>& vars,
                         int depth = 0) const {
    std::size_t at = value.find("var(");
    if (at == std::string::npos || depth > 8) return value;
    int nesting = 0;
    std::size_t end = at + 4;
    for (; end < value.size(); ++end) {
      if (value[end] == '(') ++nesting;
      if (value[end] == ')' && nesting-- == 0) break;
    }
    if (end >= value.size()) return value;
    std::string inside = value.substr(at + 4, end - at - 4);
    std::size_t comma = inside.find(',');
    std::string name = css::trim(inside.substr(0, comma));
    auto found = vars.find(name);
    std::string replacement = found != vars.end()          ? found->second
                              : comma != std::string::npos ? css::trim(inside.substr(comma + 1))
                                                           : "";
    value.replace(at, end - at + 1, replacement);
    return substitute(value, vars, depth + 1);
  }

  std::optional<std::string> value_of(const Declared& declared, std::string_view property,
                                      const Inherited& context) const {
    const Applied* applied = winner(declared, property);
    if (applied == nullptr) return std::nullopt;
    const std::string& value = applied->declaration->value;
    // Declarations are stored trimmed; only a var() needs more work.
    if (value.find("var(") == std::string::npos) return value;
    return css::trim(substitute(value, *context.variables));
  }

  static std::optional<double> number_with_unit(const std::string& text, std::string* unit) {
    char* end = nullptr;
    double number = std::strtod(text.c_str(), &end);
    if (end == text.c_str()) return std::nullopt;
    *unit = css::to_lower(end);
    return number;
  }

  double font_size(const std::string& value, double parent, bool svg) const {
    static const std::map<std::string, double> keywords = {
        {"xx-small", 9}, {"x-small", 10}, {"small", 13},    {"medium", 16},
        {"large", 18},   {"x-large", 24}, {"xx-large", 32}, {"xxx-large", 48}};
    std::string lower = css::to_lower(value);
    if (auto found = keywords.find(lower); found != keywords.end()) return found->second;
    if (lower == "smaller") return parent / 1.2;
    if (lower == "larger") return parent * 1.2;
    std::string unit;
    auto number = number_with_unit(lower, &unit);
    if (!number) return parent;  // calc(), clamp(), inherit: kept as inherited
    if (unit == "px" || (unit.empty() && (svg || *number == 0))) return *number;
    if (unit == "em") return *number * parent;
    if (unit == "rem") return *number * root_font_px_;
    if (unit == "%") return *number * parent / 100;
    if (unit == "pt") return *number * 4 / 3;
    return parent;
  }

  static int font_weight(const std::string& value, int parent) {
    std::string lower = css::to_lower(value);
    if (lower == "normal") return 400;
    if (lower == "bold") return 700;
    if (lower == "bolder") return parent < 400 ? 400 : parent < 600 ? 700 : 900;
    if (lower == "lighter") return parent < 600 ? 100 : parent < 800 ? 400 : 700;
    int number = std::atoi(lower.c_str());
    return number >= 1 && number <= 1000 ? number : parent;
  }

  // `font: bold 1.5rem/1.2 sans-serif`: the weight and size it sets.
  void read_font_shorthand(const std::string& value, Inherited& style, double parent_px,
                           bool svg) const {
    style.font_weight = 400;
    for (const std::string& word : css::split_words(value)) {
      std::string lower = css::to_lower(word);
      if (lower == "bold" || lower == "bolder" || lower == "lighter" ||
          (std::isdigit(static_cast<unsigned char>(lower[0])) && lower.size() == 3 &&
           lower.find_first_not_of("0123456789") == std::string::npos)) {
        style.font_weight = font_weight(lower, style.font_weight);
        continue;
      }
      std::string size = lower.substr(0, lower.find('/'));
      std::string unit;
      if (number_with_unit(size, &unit) && !unit.empty()) {
        style.font_px = font_size(size, parent_px, svg);
        break;  // the family follows
      }
    }
  }

  // The background colour an element paints and whether it paints an image.
  struct Background {
    Colour colour{0, 0, 0, 0};
    bool image = false;
  };

  Background background(const Declared& declared, const Inherited& context,
                        const Colour& current) const {
    Background result;
    const Applied* shorthand = winner(declared, "background");
    const Applied* longhand = winner(declared, "background-color");
    const Applied* image = winner(declared, "background-image");
    auto resolve = [&](const std::string& text) -> std::optional<Colour> {
      std::string lower = css::to_lower(text);
      if (lower == "currentcolor") return current;
      return parse_colour(text);
    };
    if (shorthand != nullptr && (longhand == nullptr || longhand->priority < shorthand->priority)) {
      std::string value = substitute(shorthand->declaration->value, *context.variables);
      auto layers = css::split_top_level(value, ',');
      for (const std::string& layer : layers) {
        std::string lower = css::to_lower(layer);
        if (lower.find("url(") != std::string::npos ||
            lower.find("gradient(") != std::string::npos ||
            lower.find("image(") != std::string::npos)
          result.image = true;
      }
      if (!layers.empty()) {
        for (const std::string& word : css::split_words(layers.back())) {
          if (auto colour = resolve(word)) result.colour = *colour;
        }
      }
    } else if (longhand != nullptr) {
      std::string value = css::trim(substitute(longhand->declaration->value, *context.variables));
      if (auto colour = resolve(value)) result.colour = *colour;
    }
    if (image != nullptr && (shorthand == nullptr || shorthand->priority < image->priority)) {
      std::string value = css::to_lower(substitute(image->declaration->value, *context.variables));
      result.image = css::trim(value) != "none";
    }
    return result;
  }

  // Hidden off screen the way "visually hidden" text is: clipped to nothing.
  bool clipped_away(const Declared& declared, const Inherited& context) const {
    for (const char* property : {"clip", "clip-path"}) {
      auto value = value_of(declared, property, context);
      if (!value) continue;
      std::string lower = css::to_lower(*value);
      lower.erase(std::remove(lower.begin(), lower.end(), ' '), lower.end());
      if (lower == "rect(0,0,0,0)" || lower == "rect(0000)" || lower == "rect(1px,1px,1px,1px)" ||
          lower == "inset(50%)" || lower == "inset(100%)")
        return true;
    }
    return false;
  }

  Inherited compute(const PageNode* node, const Declared& declared, const Inherited& parent,
                    bool is_root) {
    Inherited style = parent;
    const bool svg = in_svg(node);
    // Custom properties first: every other value may use them.
    std::shared_ptr<std::map<std::string, std::string>> vars;
    for (const Applied& applied : declared) {
      const std::string& property = applied.declaration->property;
      if (!property.starts_with("--")) continue;
      if (!vars) vars = std::make_shared<std::map<std::string, std::string>>(*parent.variables);
      (*vars)[std::string(property)] = applied.declaration->value;
    }
    if (vars) {
      for (auto& [name, value] : *vars) value = substitute(value, *vars);
      style.variables = vars;
    }
    if (auto value = value_of(declared, "font", style))
      read_font_shorthand(*value, style, parent.font_px, svg);
    if (auto value = value_of(declared, "font-size", style))
      style.font_px = font_size(*value, parent.font_px, svg);
    if (is_root) root_font_px_ = style.font_px;
    if (auto value = value_of(declared, "font-weight", style))
      style.font_weight = font_weight(*value, parent.font_weight);
    if (auto value = value_of(declared, "color", style)) {
      std::string lower = css::to_lower(*value);
      if (lower == "inherit" || lower == "currentcolor" || lower == "unset") {
      } else if (lower == "initial") {
        style.colour = {0, 0, 0, 1};
        style.colour_known = true;
      } else if (auto colour = parse_colour(*value)) {
        style.colour = *colour;
        style.colour_known = true;
      } else {
        style.colour_known = false;  // a system colour or an unresolved var()
      }
      style.colour_from = winner(declared, "color")->source;
    }
    if (auto value = value_of(declared, "visibility", style)) {
      std::string lower = css::to_lower(*value);
      if (lower == "hidden" || lower == "collapse") style.visible = false;
      if (lower == "visible") style.visible = true;
    }
    if (clipped_away(declared, style)) style.visible = false;
    if (auto value = value_of(declared, "opacity", style)) {
      std::string unit;
      if (auto number = number_with_unit(*value, &unit))
        style.group_alpha *= std::clamp(unit == "%" ? *number / 100 : *number, 0.0, 1.0);
    }
    // An animated element's colours change over time (the flashing rule
    // plays them); there is no one pair to measure.
    for (const char* property : {"animation", "animation-name"}) {
      auto value = value_of(declared, property, style);
      if (value && css::to_lower(*value) != "none") style.background_known = false;
    }
    Background own = background(declared, style, style.colour);
    if (own.image) style.background_known = false;
    if (own.colour.alpha > 0) {
      Colour paint = own.colour;
      paint.alpha *= style.group_alpha;
      style.background = blend(paint, style.background);
    }
    if (svg) {
      if (auto value = value_of(declared, "fill", style)) {
        style.fill = *value;
        style.fill_from = winner(declared, "fill")->source;
      }
      if (auto value = value_of(declared, "stroke", style)) style.stroke = *value;
      for (auto [property, target] : {std::pair{"fill-opacity", &style.fill_opacity},
                                      std::pair{"stroke-opacity", &style.stroke_opacity}}) {
        if (auto value = value_of(declared, property, style)) *target = std::atof(value->c_str());
      }
    }
    return style;
  }

  // An SVG paint ("#0a4b8f", "currentColor", "none", "url(#g)"): nullopt when
  // nothing or something unknown is painted.
  static std::optional<Colour> svg_paint(const std::string& paint, const Inherited& style,
                                         double opacity) {
    std::string lower = css::to_lower(css::trim(paint));
    std::optional<Colour> colour;
    if (lower == "currentcolor") {
      if (style.colour_known) colour = style.colour;
    } else if (lower != "none" && lower.find("url(") == std::string::npos) {
      colour = parse_colour(paint);
    }
    if (!colour) return std::nullopt;
    colour->alpha *= opacity * style.group_alpha;
    if (colour->alpha <= 0) return std::nullopt;
    return blend(*colour, style.background);
  }

  bool has_own_text(const PageNode* node) const {
    for (const PageNode* child = first_child(node); child != nullptr; child = next_sibling(child)) {
      if (!is_text(child)) continue;
      std::string text = text_of(child);
      if (text.find_first_not_of(" \t\r\n\f") != std::string::npos) return true;
    }
    return false;
  }

  void record(const PageNode* node, const Inherited& style, const std::string& tag) {
    if (!style.visible || !style.background_known) return;
    const bool svg = in_svg(node);
    if (svg && kSvgMarks.contains(tag)) {
      StyledMark mark{node, {}, style.background};
      // A line has no inside to fill.
      auto fill = svg_paint(style.fill, style, style.fill_opacity);
      if (fill && tag != "line") mark.paints.push_back(*fill);
      if (auto stroke = svg_paint(style.stroke, style, style.stroke_opacity))
        mark.paints.push_back(*stroke);
      if (!mark.paints.empty()) styles_.marks.push_back(std::move(mark));
      return;
    }
    if (svg && !kSvgText.contains(tag)) return;
    if (!has_own_text(node)) return;
    std::optional<Colour> text;
    if (svg) {
      text = svg_paint(style.fill, style, style.fill_opacity);
    } else if (style.colour_known) {
      Colour colour = style.colour;
      colour.alpha *= style.group_alpha;
      text = blend(colour, style.background);
    }
    if (!text) return;
    styles_.texts.push_back({node, *text, style.background, style.font_px, style.font_weight,
                             svg ? style.fill_from : style.colour_from});
  }

  void visit(const PageNode* node, const Inherited& parent, bool is_root) {
    for (; node != nullptr; node = next_sibling(node)) {
      if (!is_element(node)) continue;
      static const Declared kNone;
      auto found = declared_.find(const_cast<PageNode*>(node));
      const Declared& declared = found == declared_.end() ? kNone : found->second;
      const std::string tag = tag_of(node);
      if (in_svg(node) && kSvgUnrendered.contains(tag)) continue;
      if (auto display = value_of(declared, "display", parent);
          display && css::to_lower(*display) == "none")
        continue;
      const char* hidden = attribute_of(node, "aria-hidden");
      Inherited style = compute(node, declared, parent, is_root);
      // A decorative SVG part (aria-hidden) carries no information to contrast.
      if (!(hidden != nullptr && std::string(hidden) == "true" && in_svg(node)))
        record(node, style, tag);
      else
        continue;
      visit(first_child(node), style, false);
    }
  }

  const ModestPage& page_;
  // The declarations of the page's attributes; a deque keeps their places.
  const css::Declaration& own(css::Declaration declaration) {
    return owned_.push_back(std::move(declaration)), owned_.back();
  }

  const std::string& file_;
  std::deque<css::Declaration> owned_;
  MediaEnvironment environment_;
  std::unordered_map<PageNode*, Declared> declared_;
  std::size_t order_ = 0;
  double root_font_px_ = 16;
  PageStyles styles_;
};

}  // namespace

// A site repeats its stylesheet on every page and the cascade runs
// in several views, so they are worked out once per selector (and thread).
const std::vector<std::string>& static_selectors(const std::string& selector_list) {
  thread_local std::unordered_map<std::string, std::vector<std::string>> parts_of;
  auto found = parts_of.find(selector_list);
  if (found != parts_of.end()) return found->second;
  std::vector<std::string> parts;
  for (const std::string& part : css::split_top_level(selector_list, ','))
    if (!is_dynamic(part)) parts.push_back(for_modest(part));
  return parts_of.emplace(selector_list, std::move(parts)).first->second;
}

bool cascade_reads_attribute(std::string_view name) {
  if (name == "style" || name == "bgcolor" || name == "aria-hidden") return true;
  return std::any_of(std::begin(kPresentationAttributes), std::end(kPresentationAttributes),
                     [name](const char* attribute) { return name == attribute; });
}

const css::Stylesheet& user_agent_stylesheet() {
  static const css::Stylesheet sheet = css::parse_stylesheet(kUserAgentCss);
  return sheet;
}

PageStyles compute_styles(const ModestPage& page, const std::string& file,
                          const std::vector<PageStylesheet>& sheets,
                          const MediaEnvironment& environment) {
  Cascade cascade(page, file, environment);
  static const std::string kBrowser;  // the browser's defaults come from no file
  cascade.add_sheet(user_agent_stylesheet(), kBrowser, 0);
  for (const PageStylesheet& sheet : sheets) {
    if (sheet.sheet != nullptr && media_matches(sheet.media, environment))
      cascade.add_sheet(*sheet.sheet, sheet.file, 1);
  }
  cascade.add_attributes(page.root());
  return cascade.run();
}

}  // namespace otklik::validate
