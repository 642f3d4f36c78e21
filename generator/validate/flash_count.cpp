#include "validate/flash_count.hpp"

#include <algorithm>
#include <cmath>

namespace otklik::validate::flash {

bool is_transition(const Sample& from, const Sample& to, Threshold threshold) {
  double change = std::abs(to.level - from.level);
  switch (threshold) {
    case Threshold::luminance:
      // 1e-9: 0.1 computed from two luminances must not miss by rounding.
      return change >= kLuminanceChange - 1e-9 && std::min(from.level, to.level) < kDarkerBelow;
    case Threshold::level:
      return change >= kLuminanceChange - 1e-9;
    case Threshold::red:
      return change > kRedChange && (from.saturated_red || to.saturated_red);
  }
  return false;
}

std::vector<Transition> level_transitions(const std::vector<Sample>& samples, Threshold threshold) {
  std::vector<Transition> transitions;
  if (samples.empty()) return transitions;
  Sample anchor = samples.front();
  for (const Sample& sample : samples) {
    if (is_transition(anchor, sample, threshold)) {
      transitions.push_back(
          {sample.time_s, sample.level > anchor.level ? Direction::up : Direction::down});
      anchor = sample;
      continue;
    }
    // A change still going the way of the last transition moves the anchor
    // to its extreme, so the way back is measured from the peak it reached.
    if (transitions.empty()) continue;
    bool further = transitions.back().direction == Direction::up ? sample.level > anchor.level
                                                                 : sample.level < anchor.level;
    if (further) anchor = sample;
  }
  return transitions;
}

std::vector<Transition> merge_runs(const std::vector<Transition>& transitions) {
  std::vector<Transition> merged;
  for (const Transition& transition : transitions) {
    if (!merged.empty() && transition.direction != Direction::both &&
        merged.back().direction == transition.direction) {
      continue;  // the same change going on
    }
    merged.push_back(transition);
  }
  return merged;
}

std::size_t max_flashes_in_window(const std::vector<Transition>& merged, double window_s) {
  std::size_t most = 0;
  std::size_t end = 0;
  for (std::size_t begin = 0; begin < merged.size(); ++begin) {
    end = std::max(end, begin);
    // 1e-9: a transition exactly one window after `begin` belongs to the next window.
    while (end < merged.size() && merged[end].time_s < merged[begin].time_s + window_s - 1e-9) {
      ++end;
    }
    most = std::max(most, (end - begin) / 2);
  }
  return most;
}

double flash_rate(const std::vector<Transition>& merged, double from_s, double to_s) {
  if (to_s <= from_s) return 0;
  auto count = std::count_if(merged.begin(), merged.end(), [&](const Transition& transition) {
    return transition.time_s >= from_s - 1e-9 && transition.time_s < to_s - 1e-9;
  });
  return static_cast<double>(count) / 2 / (to_s - from_s);
}

double linear_channel(double channel) {
  double c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double red_level(double red, double green, double blue) {
  double level = (linear_channel(red) - linear_channel(green) - linear_channel(blue)) * 320;
  return std::max(0.0, level);
}

bool is_saturated_red(double red, double green, double blue) {
  double r = linear_channel(red);
  double sum = r + linear_channel(green) + linear_channel(blue);
  return sum > 0 && r / sum >= kRedSaturation;
}

}  // namespace otklik::validate::flash
