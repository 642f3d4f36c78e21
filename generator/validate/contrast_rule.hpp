#pragma once
// Text contrast of a CSS rule that declares both its colours (WCAG 1.4.3).
#include <optional>
#include <vector>

#include "validate/colour.hpp"
#include "validate/css.hpp"
#include "validate/finding.hpp"

namespace otklik::validate {

struct ContrastMeasure {
  Colour text;        // opaque, after blending over the background
  Colour background;  // opaque, after blending over white
  double ratio = 1;
  bool large_text = false;
};

// Nullopt unless the declarations give `color` and a single background colour.
std::optional<ContrastMeasure> measure_contrast(const std::vector<css::Declaration>& declarations);

// Font size in CSS px (16px base for em/rem/%), nullopt for keywords.
std::optional<double> font_size_px(std::string_view value);

// 4.5 for normal text, 3 for large text.
double required_contrast(bool large_text);

// Large text in WCAG's sense: 18pt (24 px), or 14pt (18.66 px) and bold.
bool is_large_text(double font_px, int font_weight);

// "4.48:1 (#777777 on #ffffff)".
std::string format_contrast(double ratio, const Colour& text, const Colour& background);

// A finding (file left empty) if the rule's contrast is too low.
std::optional<Finding> check_contrast(const css::Rule& rule);

}  // namespace otklik::validate
