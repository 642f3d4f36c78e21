#pragma once
// Flashing content in CSS and HTML (4.6.1.11; WCAG 2.3.1): animations and
// loop-driven transitions that change opacity, visibility, colour,
// background or filter more than 3 times a second, blinking text, <blink>,
// <marquee>, autoplaying media and pages that reload themselves too often.
// Animated images are measured in image_flash.hpp.
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

// A custom property that a flashing property reads through var(), with the
// transition that property runs (0 s when it has none).
struct VarUse {
  std::string property;  // "opacity"
  double transition_s = 0;
};

// What the flashing check needs beyond the rule itself: the keyframes and the
// custom properties read by flashing properties, from every stylesheet seen.
struct FlashContext {
  KeyframesIndex keyframes;
  std::map<std::string, VarUse> var_uses;  // "--on" -> opacity, transition 0.1 s
};

// Adds a stylesheet's keyframes and var() uses; later keyframes win.
void add_stylesheet(FlashContext& context, const css::Stylesheet& sheet);
// Adds the var() uses of one rule (a style="" attribute).
void add_var_uses(FlashContext& context, const std::vector<css::Declaration>& declarations);

enum class PlayDirection { normal, reverse, alternate, alternate_reverse };

// A CSS easing function as far as flashing needs it: smooth, or steps(n, jump).
struct Timing {
  enum class Jump { start, end, none, both };
  int steps = 0;  // 0: a smooth function (ease, linear, cubic-bezier)
  Jump jump = Jump::end;
};

struct Animation {
  std::string name;
  double duration_s = 0;
  double iterations = 1;  // infinity for `infinite`
  PlayDirection direction = PlayDirection::normal;
  Timing timing;
};

// The animations a rule runs, from `animation` and its longhands.
std::vector<Animation> resolve_animations(const std::vector<css::Declaration>& declarations);

// The duration of the transition `property` runs under these declarations
// (`transition` and its longhands, `all` included); nullopt when none.
std::optional<double> transition_duration(const std::vector<css::Declaration>& declarations,
                                          const std::string& property);

struct AnimationFlash {
  double rate = 0;       // flashes per second while the animation runs
  std::string property;  // the property that flashes fastest ("opacity")
  std::string via;       // "--on" when a custom property drives it
};

// The flash rate of one animation run by a rule with these declarations, or
// nullopt when it does not repeat, has no known keyframes, or makes fewer than
// two opposing transitions in the whole run.
std::optional<AnimationFlash> measure_animation(const Animation& animation,
                                                const std::vector<css::Declaration>& declarations,
                                                const FlashContext& context);

// Findings (file left empty) for a rule's animations and text-decoration.
std::vector<Finding> check_flashing(const css::Rule& rule, const FlashContext& context);

// A finding for a <blink> or <marquee> element.
Finding flashing_element(const std::string& tag, std::size_t line);

// "5.00 flashes/s"
std::string format_rate(double rate);

// A flashing finding with the rule's required value and clause.
Finding flashing_finding(std::size_t line, std::string element, std::string measured);

}  // namespace otklik::validate
