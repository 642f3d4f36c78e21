#include "validate/flashing_rule.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

namespace otklik::validate {
namespace {

constexpr double kMaxFlashesPerSecond = 3;
const char* const kClause = "4.6.1.11; WCAG 2.3.1";
const char* const kRequired = "at most 3 flashes/s";

const std::set<std::string> kFlashingProperties = {"opacity",    "visibility",       "color",
                                                   "background", "background-color", "filter"};

const std::set<std::string> kAnimationKeywords = {
    "none",       "normal",    "reverse", "alternate", "alternate-reverse",
    "forwards",   "backwards", "both",    "running",   "paused",
    "ease",       "linear",    "ease-in", "ease-out",  "ease-in-out",
    "step-start", "step-end",  "initial", "inherit",   "unset"};

std::optional<double> parse_time(const std::string& token) {
  std::string lower = css::to_lower(token);
  char* end = nullptr;
  double value = std::strtod(lower.c_str(), &end);
  if (end == lower.c_str()) return std::nullopt;
  std::string unit(end);
  if (unit == "s") return value;
  if (unit == "ms") return value / 1000;
  return std::nullopt;
}

std::optional<double> parse_iterations(const std::string& token) {
  std::string lower = css::to_lower(token);
  if (lower == "infinite") return std::numeric_limits<double>::infinity();
  char* end = nullptr;
  double value = std::strtod(lower.c_str(), &end);
  if (end == lower.c_str() || *end != '\0') return std::nullopt;
  return value;
}

// n of "steps(n)" / "steps(n, end)"; 0 for other timing functions.
std::optional<int> parse_steps(const std::string& token) {
  std::string lower = css::to_lower(token);
  if (lower == "step-start" || lower == "step-end") return 1;
  if (!lower.starts_with("steps(")) return std::nullopt;
  return std::max(1, std::atoi(lower.c_str() + 6));
}

bool is_timing_function(const std::string& lower) {
  return lower.starts_with("cubic-bezier(") || lower.starts_with("linear(");
}

Animation parse_shorthand(const std::string& single) {
  Animation animation;
  bool have_duration = false;
  for (const std::string& word : css::split_words(single)) {
    std::string lower = css::to_lower(word);
    if (auto time = parse_time(word)) {
      if (!have_duration) animation.duration_s = *time;  // the second is the delay
      have_duration = true;
    } else if (auto count = parse_iterations(word)) {
      animation.iterations = *count;
    } else if (auto steps = parse_steps(word)) {
      animation.steps = *steps;
    } else if (!kAnimationKeywords.contains(lower) && !is_timing_function(lower)) {
      animation.name = word;
    }
  }
  return animation;
}

template <typename Apply>
void apply_longhand(std::vector<Animation>& animations, const std::string& value, Apply apply) {
  auto values = css::split_top_level(value, ',');
  if (values.empty()) return;
  // Longhand lists repeat to the length of animation-name.
  if (animations.empty()) animations.resize(values.size());
  for (std::size_t i = 0; i < animations.size(); ++i)
    apply(animations[i], values[i % values.size()]);
}

// Keyframe offsets in 0..1: "from" -> 0, "50%" -> 0.5.
std::vector<double> stop_offsets(const std::string& selector) {
  std::vector<double> offsets;
  for (const std::string& part : css::split_top_level(selector, ',')) {
    std::string lower = css::to_lower(part);
    if (lower == "from")
      offsets.push_back(0);
    else if (lower == "to")
      offsets.push_back(1);
    else
      offsets.push_back(std::strtod(lower.c_str(), nullptr) / 100);
  }
  return offsets;
}

std::string normalise(const std::string& value) {
  std::string out;
  for (const std::string& word : css::split_words(css::to_lower(value))) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string format_rate(double rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f flashes/s", rate);
  return buffer;
}

Finding make_finding(std::size_t line, std::string element, std::string measured) {
  Finding finding;
  finding.rule = "flashing";
  finding.line = line;
  finding.element = std::move(element);
  finding.measured = std::move(measured);
  finding.required = kRequired;
  finding.clause = kClause;
  return finding;
}

}  // namespace

void add_keyframes(KeyframesIndex& index, const std::vector<css::Keyframes>& keyframes) {
  for (const css::Keyframes& block : keyframes) index[block.name] = block;
}

std::vector<Animation> resolve_animations(const std::vector<css::Declaration>& declarations) {
  std::vector<Animation> animations;
  for (const css::Declaration& declaration : declarations) {
    const std::string& property = declaration.property;
    if (property == "animation") {
      animations.clear();
      for (const std::string& single : css::split_top_level(declaration.value, ',')) {
        animations.push_back(parse_shorthand(single));
      }
    } else if (property == "animation-name") {
      auto names = css::split_top_level(declaration.value, ',');
      animations.resize(names.size());
      for (std::size_t i = 0; i < names.size(); ++i) animations[i].name = names[i];
    } else if (property == "animation-duration") {
      apply_longhand(animations, declaration.value, [](Animation& a, const std::string& v) {
        a.duration_s = parse_time(v).value_or(0);
      });
    } else if (property == "animation-iteration-count") {
      apply_longhand(animations, declaration.value, [](Animation& a, const std::string& v) {
        a.iterations = parse_iterations(v).value_or(1);
      });
    } else if (property == "animation-timing-function") {
      apply_longhand(animations, declaration.value, [](Animation& a, const std::string& v) {
        a.steps = parse_steps(v).value_or(0);
      });
    }
    // animation-direction is read but not needed: `alternate` plays the same
    // changes backwards, so the number of changes per cycle is the same.
  }
  return animations;
}

std::size_t count_changes(const css::Keyframes& keyframes) {
  // Offset -> property -> value; later stops at one offset override earlier.
  std::map<double, std::map<std::string, std::string>> stops;
  for (const css::KeyframeStop& stop : keyframes.stops) {
    for (double offset : stop_offsets(stop.selector)) {
      auto& values = stops[offset];
      for (const css::Declaration& declaration : stop.declarations) {
        if (kFlashingProperties.contains(declaration.property)) {
          values[declaration.property == "background" ? "background-color" : declaration.property] =
              normalise(declaration.value);
        }
      }
    }
  }
  stops[0];
  stops[1];
  std::set<std::string> properties;
  for (const auto& [offset, values] : stops) {
    for (const auto& [property, value] : values) properties.insert(property);
  }
  std::size_t most = 0;
  for (const std::string& property : properties) {
    // A missing 0% or 100% value is the element's own value, which the
    // keyframes animate from or to: count it as different from any declared
    // value. Stops in between that omit the property are interpolated over.
    std::vector<std::string> sequence;
    for (const auto& [offset, values] : stops) {
      auto found = values.find(property);
      if (found != values.end())
        sequence.push_back(found->second);
      else if (offset == 0 || offset == 1)
        sequence.push_back("<element value>");
    }
    std::size_t changes = 0;
    for (std::size_t i = 1; i < sequence.size(); ++i) changes += sequence[i] != sequence[i - 1];
    most = std::max(most, changes);
  }
  return most;
}

std::optional<double> flash_rate(const Animation& animation, const KeyframesIndex& index) {
  if (animation.iterations <= 1 || animation.duration_s <= 0) return std::nullopt;
  auto keyframes = index.find(animation.name);
  if (keyframes == index.end()) return std::nullopt;
  std::size_t changes = count_changes(keyframes->second);
  // steps(n) turns each smooth change into n jumps.
  if (animation.steps > 0) changes *= static_cast<std::size_t>(animation.steps);
  if (changes == 0) return std::nullopt;
  // A flash is a pair of opposing changes (WCAG 2.3.1 definition).
  return (static_cast<double>(changes) / 2) / animation.duration_s;
}

std::vector<Finding> check_flashing(const css::Rule& rule, const KeyframesIndex& index) {
  std::vector<Finding> findings;
  for (const css::Declaration& declaration : rule.declarations) {
    if (declaration.property != "text-decoration" &&
        declaration.property != "text-decoration-line") {
      continue;
    }
    auto words = css::split_words(css::to_lower(declaration.value));
    if (std::ranges::find(words, "blink") != words.end()) {
      findings.push_back(make_finding(rule.line, rule.selector, "text-decoration: blink"));
    }
  }
  for (const Animation& animation : resolve_animations(rule.declarations)) {
    auto rate = flash_rate(animation, index);
    if (rate && *rate > kMaxFlashesPerSecond) {
      findings.push_back(make_finding(rule.line, rule.selector, format_rate(*rate)));
    }
  }
  return findings;
}

Finding flashing_element(const std::string& tag, std::size_t line) {
  return make_finding(line, "<" + tag + ">", "<" + tag + "> element");
}

}  // namespace otklik::validate
