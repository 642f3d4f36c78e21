#pragma once
// CSS lengths and media conditions as the layout rule sees them: in a window
// 320 CSS px wide (4.6.1.13; WCAG 1.4.10), where 1vw is 3.2 px, a percentage
// is anything from 0 to the 320 px of the window and 1em/1rem is 16 px.
#include <optional>
#include <string_view>

namespace otklik::validate {

// The window the layout must fit without sideways scrolling.
constexpr double kNarrowWindowPx = 320.0;
constexpr double kNarrowWindowHeightPx = 240.0;

// The widths a value can take, in CSS px: "600px" -> [600, 600],
// "calc(100% - 2rem)" -> [-32, 288], "min(40rem, 100%)" -> [0, 320].
struct LengthRange {
  double low = 0;
  double high = 0;
};

// Lengths, percentages, calc(), min(), max() and clamp(); nullopt for
// keywords (auto, fit-content), var() and units it does not know.
std::optional<LengthRange> length_range(std::string_view value);

// Whether a rule inside these @media conditions (css::Rule::media) applies
// in the 320×240 window; print never does (media_query.hpp).
bool applies_in_narrow_window(std::string_view media);

// Whether it applies in some window from 320 px up to, not including,
// `width_px`: "(min-width: 40rem)" does not below 640 px, so a 600 px box
// inside it never overflows.
bool applies_narrower_than(std::string_view media, double width_px);

}  // namespace otklik::validate
