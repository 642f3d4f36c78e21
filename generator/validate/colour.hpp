#pragma once
// CSS colour values and the WCAG 2.x contrast arithmetic.
#include <optional>
#include <string>
#include <string_view>

namespace otklik::validate {

struct Colour {
  double red = 0;    // 0..255
  double green = 0;  // 0..255
  double blue = 0;   // 0..255
  double alpha = 1;  // 0..1
};

// #rgb #rgba #rrggbb #rrggbbaa, rgb()/rgba(), hsl()/hsla(), the 148 named
// colours and `transparent`. Anything else (currentColor, var(), inherit)
// gives nullopt: the validator cannot know that colour from the rule alone.
std::optional<Colour> parse_colour(std::string_view text);

// Number of named colours known (148 by CSS Color 4).
std::size_t named_colour_count();

// WCAG 2.x relative luminance of an opaque colour, 0 (black) .. 1 (white).
double relative_luminance(const Colour& colour);

// (L1 + 0.05) / (L2 + 0.05), the lighter colour on top; 1..21.
double contrast_ratio(const Colour& first, const Colour& second);

// `top` painted over the opaque `bottom` (source-over); the result is opaque.
Colour blend(const Colour& top, const Colour& bottom);

// "#777777" (channels rounded; alpha dropped).
std::string to_hex(const Colour& colour);

}  // namespace otklik::validate
