#pragma once
// Flashing content (4.6.1.11; WCAG 2.3.1): CSS animations that switch
// opacity, visibility or colours more than 3 times a second, blinking text,
// <blink> and <marquee>.
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "validate/css.hpp"
#include "validate/finding.hpp"

namespace otklik::validate {

// @keyframes by name; later definitions replace earlier ones, as in CSS.
using KeyframesIndex = std::map<std::string, css::Keyframes>;

void add_keyframes(KeyframesIndex& index, const std::vector<css::Keyframes>& keyframes);

struct Animation {
  std::string name;
  double duration_s = 0;
  double iterations = 1;  // infinity for `infinite`
  int steps = 0;          // n of steps(n); 0 for smooth timing functions
};

// The animations a rule runs, from `animation` and its longhands.
std::vector<Animation> resolve_animations(const std::vector<css::Declaration>& declarations);

// Changes per cycle of opacity, visibility, colour, background or filter
// between consecutive keyframes (the largest count over those properties).
std::size_t count_changes(const css::Keyframes& keyframes);

// Flashes per second, nullopt when the animation does not repeat, has no
// known keyframes or changes nothing that flashes.
std::optional<double> flash_rate(const Animation& animation, const KeyframesIndex& index);

// Findings (file left empty) for a rule's animations and text-decoration.
std::vector<Finding> check_flashing(const css::Rule& rule, const KeyframesIndex& index);

// A finding for a <blink> or <marquee> element.
Finding flashing_element(const std::string& tag, std::size_t line);

}  // namespace otklik::validate
