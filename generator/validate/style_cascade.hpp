#pragma once
// The colours and font sizes a browser would compute for each piece of text
// and each SVG chart mark of a page, through the CSS cascade: the browser's
// own defaults, linked and inline stylesheets in order, @media conditions,
// specificity (matched by libmodest), !important, style="" attributes, SVG
// presentation attributes, inheritance, custom properties (var()), opacity,
// and backgrounds blended over their ancestors' down to the white canvas.
//
// What a static cascade cannot know is left out rather than guessed: text
// over a background image or gradient, animated elements (the flashing rule
// plays those), colours the browser picks (system colours), and the states a
// user brings about (:hover, :focus) — the
// contrast rule checks the colour pairs those rules declare on their own.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "validate/colour.hpp"
#include "validate/css.hpp"
#include "validate/media_query.hpp"
#include "validate/modest_page.hpp"

namespace otklik::validate {

// Where a value came from: "assets/style.css:19", "index.html:12 (style)".
// The file is a view into the page's path or a stylesheet's, which outlive
// the PageStyles of compute_styles.
struct StyleSource {
  std::string_view file;
  std::size_t line = 0;
};

// A stylesheet in the order the page applies it.
struct PageStylesheet {
  const css::Stylesheet* sheet = nullptr;
  std::string file;   // folder-relative, for StyleSource
  std::string media;  // <link media> or <style media>; "" for all
};

// The element of a text or mark is named (describe(), ModestPage::line_of())
// only when it fails a rule: a page has thousands that pass, in every view.
struct StyledText {
  const PageNode* node = nullptr;
  Colour text;        // opaque: blended over the background
  Colour background;  // opaque
  double font_px = 16;
  int font_weight = 400;
  StyleSource colour_from;  // the declaration that set the colour ("" file: the default)
};

// An SVG shape of a chart: what distinguishes it from the background is its
// fill or its stroke (WCAG 1.4.11 asks 3:1 of one of them).
struct StyledMark {
  const PageNode* node = nullptr;
  std::vector<Colour> paints;  // opaque fill and/or stroke, blended
  Colour background;
};

struct PageStyles {
  std::vector<StyledText> texts;
  std::vector<StyledMark> marks;
};

// The parts of a selector list (split at its top-level commas) that a page
// at rest can match, spelled for libmodest (":link" as "[href]"): the states
// a user brings about and pseudo-elements are left out.
const std::vector<std::string>& static_selectors(const std::string& selector_list);

// Whether the cascade reads the attribute `name` (lower case) of an element
// itself, whatever the selectors: style="", bgcolor, aria-hidden and the SVG
// presentation attributes.
bool cascade_reads_attribute(std::string_view name);

// The browser's defaults, the first stylesheet of every cascade.
const css::Stylesheet& user_agent_stylesheet();

// `file` is the page's folder-relative path (for style="" sources).
PageStyles compute_styles(const ModestPage& page, const std::string& file,
                          const std::vector<PageStylesheet>& sheets,
                          const MediaEnvironment& environment);

}  // namespace otklik::validate
