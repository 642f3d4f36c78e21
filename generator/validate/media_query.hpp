#pragma once
// Whether a stylesheet's @media condition (or a <link media>) holds for one
// way of viewing the site: a window width and the user's colour preferences.
// The contrast rule computes the page's styles for each way that changes
// them, so the themes a site ships (dark, more contrast) are checked too.
#include <string>
#include <string_view>

namespace otklik::validate {

struct MediaEnvironment {
  double width_px = 1280;
  double height_px = 800;
  bool dark = false;           // prefers-color-scheme: dark
  bool more_contrast = false;  // prefers-contrast: more

  // "", "at 320 px", "prefers-color-scheme: dark", … for findings.
  std::string describe() const;
};

// Media types (all, screen; print and speech never hold), the features
// width/height (min-, max-, and the range form), orientation,
// prefers-color-scheme, prefers-contrast, prefers-reduced-motion, hover and
// pointer, joined by `and`, `not` and commas. An unknown feature does not
// hold. Lengths in em and rem are 16 px, as media queries read them.
bool media_matches(std::string_view condition, const MediaEnvironment& environment);

// Whether any condition of the text mentions a width, a colour scheme or a
// contrast preference: the environments worth computing.
bool mentions_width(std::string_view condition);
bool mentions_colour_scheme(std::string_view condition);
bool mentions_contrast(std::string_view condition);

}  // namespace otklik::validate
