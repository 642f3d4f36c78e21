#include "validate/image_flash.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "validate/flash_count.hpp"

namespace otklik::validate {
namespace {

constexpr std::size_t kMaxSteps = 20000;      // frames shown, all loops together
constexpr double kFieldPixels = 341.0 * 256;  // WCAG's 10-degree field at 1024 x 768

// One frame as the counting sees it.
struct FrameLevels {
  std::vector<float> luminance;
  std::vector<float> red;
  std::vector<std::uint8_t> saturated_red;
};

const std::array<double, 256>& linear_table() {
  static const std::array<double, 256> table = [] {
    std::array<double, 256> t{};
    for (int i = 0; i < 256; ++i) t[i] = flash::linear_channel(i);
    return t;
  }();
  return table;
}

FrameLevels levels_of(const AnimationFrame& frame, double backdrop) {
  const auto& linear = linear_table();
  std::size_t pixels = frame.rgba.size() / 4;
  FrameLevels levels;
  levels.luminance.resize(pixels);
  levels.red.resize(pixels);
  levels.saturated_red.resize(pixels);
  for (std::size_t i = 0; i < pixels; ++i) {
    const std::uint8_t* p = &frame.rgba[i * 4];
    double alpha = p[3] / 255.0;
    // Composited over the page in sRGB, as browsers blend.
    int rgb[3];
    for (int c = 0; c < 3; ++c)
      rgb[c] = static_cast<int>(std::lround(p[c] * alpha + backdrop * (1 - alpha)));
    double r = linear[rgb[0]], g = linear[rgb[1]], b = linear[rgb[2]];
    levels.luminance[i] = static_cast<float>(0.2126 * r + 0.7152 * g + 0.0722 * b);
    levels.red[i] = static_cast<float>(std::max(0.0, (r - g - b) * 320));
    double sum = r + g + b;
    levels.saturated_red[i] = sum > 0 && r / sum >= flash::kRedSaturation;
  }
  return levels;
}

// How frame `to` differs from frame `from`: a transition (nullopt when too
// few pixels make one), and whether enough pixels moved up or down at all.
struct FrameChange {
  std::optional<flash::Direction> transition;
  bool moved_up = false;
  bool moved_down = false;
};

FrameChange frame_change(const FrameLevels& from, const FrameLevels& to, bool red, double area) {
  std::size_t up = 0, down = 0, moved_up = 0, moved_down = 0;
  const std::size_t pixels = from.luminance.size();
  for (std::size_t i = 0; i < pixels; ++i) {
    flash::Sample a, b;
    if (red) {
      a = {0, from.red[i], from.saturated_red[i] != 0};
      b = {0, to.red[i], to.saturated_red[i] != 0};
    } else {
      a = {0, from.luminance[i], false};
      b = {0, to.luminance[i], false};
    }
    if (b.level != a.level) (b.level > a.level ? moved_up : moved_down) += 1;
    if (!flash::is_transition(a, b, red ? flash::Threshold::red : flash::Threshold::luminance))
      continue;
    (b.level > a.level ? up : down) += 1;
  }
  FrameChange change;
  change.moved_up = moved_up >= area && moved_down < area;
  change.moved_down = moved_down >= area && moved_up < area;
  bool rises = up >= area, falls = down >= area;
  if (rises && falls)
    change.transition = flash::Direction::both;
  else if (rises)
    change.transition = flash::Direction::up;
  else if (falls)
    change.transition = flash::Direction::down;
  return change;
}

std::size_t count(const DecodedAnimation& animation, const std::vector<FrameLevels>& frames,
                  bool red) {
  const double pixels = static_cast<double>(animation.width) * animation.height;
  const double area = std::max(1.0, std::min(pixels / 4, kFieldPixels / 4));
  double loop_s = 0;
  for (const AnimationFrame& frame : animation.frames) loop_s += frame.duration_s;
  // Forever: play long enough to reach a steady state and a whole second of it.
  std::size_t plays = animation.plays > 0
                          ? static_cast<std::size_t>(animation.plays)
                          : static_cast<std::size_t>(std::max(3.0, std::ceil(3 / loop_s) + 2));
  std::map<std::pair<std::size_t, std::size_t>, FrameChange> memo;
  std::vector<flash::Transition> transitions;
  std::size_t anchor = 0;
  double time = 0;
  std::size_t steps = 0;
  for (std::size_t play = 0; play < plays && steps < kMaxSteps; ++play) {
    for (std::size_t i = 0; i < frames.size() && steps < kMaxSteps; ++i, ++steps) {
      if (steps > 0 && i != anchor) {
        auto key = std::make_pair(anchor, i);
        auto found = memo.find(key);
        if (found == memo.end())
          found = memo.emplace(key, frame_change(frames[anchor], frames[i], red, area)).first;
        const FrameChange& change = found->second;
        if (change.transition) {
          transitions.push_back({time, *change.transition});
          anchor = i;
        } else if (!transitions.empty()) {
          // Still going the way of the last transition: follow it to the peak.
          flash::Direction last = transitions.back().direction;
          if ((last == flash::Direction::up && change.moved_up) ||
              (last == flash::Direction::down && change.moved_down))
            anchor = i;
        }
      }
      time += animation.frames[i].duration_s;
    }
  }
  return flash::max_flashes_in_window(flash::merge_runs(transitions));
}

}  // namespace

ImageFlash measure_image_flashes(const DecodedAnimation& animation) {
  ImageFlash most;
  if (animation.frames.size() < 2) return most;
  bool transparent = false;
  for (const AnimationFrame& frame : animation.frames) {
    for (std::size_t i = 3; i < frame.rgba.size() && !transparent; i += 4)
      transparent = frame.rgba[i] < 255;
  }
  for (double backdrop : {255.0, 0.0}) {
    if (backdrop == 0 && !transparent) break;
    std::vector<FrameLevels> frames;
    for (const AnimationFrame& frame : animation.frames)
      frames.push_back(levels_of(frame, backdrop));
    most.general = std::max(most.general, count(animation, frames, false));
    most.red = std::max(most.red, count(animation, frames, true));
  }
  return most;
}

}  // namespace otklik::validate
