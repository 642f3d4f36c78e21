#pragma once
// Flashes of an animated image, from its frame delays and the change of
// relative luminance (and of saturated red) between its frames.
//
// Each frame is compared pixel by pixel with the frame at the last
// transition (the anchor; see flash_count.hpp): a pixel makes a general
// transition when its relative luminance changes by 0.1 or more with the
// darker state below 0.80, and a red one when (R - G - B) x 320 changes by
// more than 20 to or from a saturated red. The frame change is a transition
// when enough pixels make it in one direction: a quarter of the image, but
// never more than 21,824 pixels (a quarter of 341 x 256, the 10-degree field
// of view WCAG takes at 1024 x 768). WCAG exempts flashes smaller than that
// area; this rule does not, because the size an image is shown at depends on
// CSS and zoom (the vi/ version for the visually impaired enlarges it), so
// a small blinking icon is measured like a large one. When as many pixels go
// up as down (two regions swapping), the change is a reversal for one of them
// and pairs with any other. Transparent pixels are seen over a white and over
// a black page, and the worse is kept. The image is played as often as it
// loops (forever: long enough for the steady state) and the flashes are
// counted in every one-second window.
#include <cstddef>

#include "validate/animated_image.hpp"

namespace otklik::validate {

struct ImageFlash {
  std::size_t general = 0;  // most general flashes in any one second
  std::size_t red = 0;      // most red flashes in any one second
};

ImageFlash measure_image_flashes(const DecodedAnimation& animation);

}  // namespace otklik::validate
