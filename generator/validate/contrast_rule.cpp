#include "validate/contrast_rule.hpp"

#include <cstdio>
#include <cstdlib>

namespace otklik::validate {
namespace {

constexpr double kBaseFontPx = 16;
constexpr double kLargePx = 24;         // 18pt
constexpr double kLargeBoldPx = 18.66;  // 14pt, rounded down as in WCAG notes

// The one colour of a `background` shorthand; nullopt when an image or a
// gradient may lie under the text, or when there is no colour at all.
std::optional<Colour> background_shorthand_colour(const std::string& value) {
  std::string lower = css::to_lower(value);
  if (lower.find("url(") != std::string::npos || lower.find("gradient(") != std::string::npos) {
    return std::nullopt;
  }
  std::optional<Colour> found;
  for (const std::string& word : css::split_words(value)) {
    if (auto colour = parse_colour(word)) {
      if (found) return std::nullopt;
      found = colour;
    }
  }
  return found;
}

bool is_bold(const std::string& value) {
  std::string lower = css::to_lower(value);
  if (lower == "bold" || lower == "bolder") return true;
  char* end = nullptr;
  double weight = std::strtod(lower.c_str(), &end);
  return end != lower.c_str() && *end == '\0' && weight >= 700;
}

}  // namespace

std::string format_contrast(double ratio, const Colour& text, const Colour& background) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f:1", ratio);
  return std::string(buffer) + " (" + to_hex(text) + " on " + to_hex(background) + ")";
}

bool is_large_text(double font_px, int font_weight) {
  return font_px >= kLargePx || (font_weight >= 700 && font_px >= kLargeBoldPx);
}

std::optional<double> font_size_px(std::string_view value) {
  std::string text = css::to_lower(css::trim(value));
  char* end = nullptr;
  double number = std::strtod(text.c_str(), &end);
  if (end == text.c_str()) return std::nullopt;
  std::string unit(end);
  if (unit == "px") return number;
  if (unit == "pt") return number * 96 / 72;
  if (unit == "em" || unit == "rem") return number * kBaseFontPx;
  if (unit == "%") return number * kBaseFontPx / 100;
  return std::nullopt;
}

double required_contrast(bool large_text) { return large_text ? 3.0 : 4.5; }

std::optional<ContrastMeasure> measure_contrast(const std::vector<css::Declaration>& declarations) {
  std::optional<Colour> text;
  std::optional<Colour> background;
  std::optional<double> size;
  bool bold = false;
  // Later declarations win, as in the cascade within one rule.
  for (const css::Declaration& declaration : declarations) {
    if (declaration.property == "color") {
      text = parse_colour(declaration.value);
    } else if (declaration.property == "background-color") {
      background = parse_colour(declaration.value);
    } else if (declaration.property == "background") {
      background = background_shorthand_colour(declaration.value);
    } else if (declaration.property == "font-size") {
      size = font_size_px(declaration.value);
    } else if (declaration.property == "font-weight") {
      bold = is_bold(declaration.value);
    }
  }
  if (!text || !background) return std::nullopt;
  const Colour white{255, 255, 255, 1};
  ContrastMeasure measure;
  measure.background = blend(*background, white);
  measure.text = blend(*text, measure.background);
  measure.ratio = contrast_ratio(measure.text, measure.background);
  measure.large_text = size && is_large_text(*size, bold ? 700 : 400);
  return measure;
}

std::optional<Finding> check_contrast(const css::Rule& rule) {
  auto measure = measure_contrast(rule.declarations);
  if (!measure) return std::nullopt;
  double required = required_contrast(measure->large_text);
  // The unrounded ratio is compared: 4.499 must fail though it prints 4.50.
  if (measure->ratio >= required) return std::nullopt;
  Finding finding;
  finding.rule = "contrast";
  finding.line = rule.line;
  finding.element = rule.selector;
  finding.measured = format_contrast(measure->ratio, measure->text, measure->background);
  finding.required = measure->large_text ? "at least 3:1" : "at least 4.5:1";
  finding.clause = "WCAG 1.4.3; ГОСТ Р 52872-2019";
  return finding;
}

}  // namespace otklik::validate
