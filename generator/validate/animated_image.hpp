#pragma once
// Animated GIF, APNG and animated WebP decoded into whole frames, as a
// browser shows them (each frame composited over the ones before it).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace otklik::validate {

struct AnimationFrame {
  double duration_s = 0;           // after the browsers' clamp (see decode_animation)
  std::vector<std::uint8_t> rgba;  // width x height x 4, not premultiplied
};

struct DecodedAnimation {
  std::string format;  // "GIF", "APNG", "WebP"
  int width = 0;
  int height = 0;
  int plays = 0;  // 0: forever
  std::vector<AnimationFrame> frames;
};

// The frames of an animated GIF, APNG or WebP (told apart by their first
// bytes, not the file name); nullopt for other files, still images, broken
// files and images over 16 megapixels or 2000 frames. A frame delay of 10 ms
// or less is shown for 100 ms, as Chromium and Firefox do.
std::optional<DecodedAnimation> decode_animation(std::string_view bytes);

// Whether the bytes start like a GIF, a PNG or a WebP file.
bool looks_like_image(std::string_view bytes);

}  // namespace otklik::validate
