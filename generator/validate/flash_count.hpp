#pragma once
// Counting flashes (WCAG 2.3.1 and its definitions of "flash", "general flash
// threshold" and "red flash threshold"), shared by the CSS animation check
// and the animated-image check.
//
// A transition is a change of relative luminance of at least 10 % of the
// maximum (0.1) where the darker of the two states is below 0.80, or a change
// of (R - G - B) x 320 of more than 20 to or from a saturated red
// (R / (R + G + B) >= 0.8; R, G, B linear as in relative luminance). A flash
// is a pair of opposing transitions. The rule allows at most 3 flashes in any
// one second.
#include <cstddef>
#include <vector>

namespace otklik::validate::flash {

constexpr double kMaxFlashesPerSecond = 3;
constexpr double kLuminanceChange = 0.10;  // 10 % of the maximum relative luminance
constexpr double kDarkerBelow = 0.80;
constexpr double kRedSaturation = 0.80;  // R / (R + G + B)
constexpr double kRedChange = 20;        // of (R - G - B) x 320

enum class Direction { up, down, both };  // both: a change whose direction is unknown

struct Transition {
  double time_s = 0;
  Direction direction = Direction::up;
};

// One value of a level over time: a relative luminance, an opacity, or
// (R - G - B) x 320 for the red threshold.
struct Sample {
  double time_s = 0;
  double level = 0;
  bool saturated_red = false;  // for the red threshold only
};

enum class Threshold {
  luminance,  // |change| >= 0.1 and the darker state below 0.80
  level,      // |change| >= 0.1 (opacity and visibility: the colours behind are unknown)
  red,        // |change| > 20 with either state a saturated red
};

// Whether going from `from` to `to` is a transition under `threshold`.
bool is_transition(const Sample& from, const Sample& to, Threshold threshold);

// The transitions of a level sampled over time. Each sample is compared with
// the sample at the last transition (the anchor), not only with the previous
// one, so a fade spread over several frames counts once it has changed far
// enough, and small steps back and forth never add up. While the level goes
// on in the direction of the last transition the anchor follows it to the
// peak, so a fade up and back down is measured peak to trough.
std::vector<Transition> level_transitions(const std::vector<Sample>& samples, Threshold threshold);

// Consecutive transitions in one direction are one monotonic change: a
// staircase up is one transition, not several. `both` always starts a new
// change (it is a reversal for some part of the picture).
std::vector<Transition> merge_runs(const std::vector<Transition>& transitions);

// The most flashes in any half-open window [t, t + window_s): floor(n / 2)
// of the n merged transitions that fall in it.
std::size_t max_flashes_in_window(const std::vector<Transition>& merged, double window_s = 1);

// Merged transitions in [from, to) halved, per second: the flash rate of a
// steady, repeating sequence measured over whole periods.
double flash_rate(const std::vector<Transition>& merged, double from_s, double to_s);

// sRGB channel 0..255 to linear light 0..1 (the relative luminance formula).
double linear_channel(double channel);

// (R - G - B) x 320 with negative values set to 0, and whether the colour is a
// saturated red; channels 0..255.
double red_level(double red, double green, double blue);
bool is_saturated_red(double red, double green, double blue);

}  // namespace otklik::validate::flash
