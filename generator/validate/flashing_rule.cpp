// How CSS flashing is measured. An animation is played out on a grid of
// samples (kSamplesPerIteration per iteration), each flashing property's
// value is turned into a level (opacity; visibility as 1/0; a colour's
// relative luminance and its red level; brightness()/opacity() filters), and
// the level sequence goes through the counting of flash_count.hpp: a
// transition is a change of 0.1 or more (for colours with the darker state
// below 0.80, and the red threshold beside it), runs in one direction are one
// transition, two opposing transitions are a flash. The rate is that of the
// steady state, measured over whole periods after the first ones:
//
//   * iterations: `infinite` or a count above 1. A count that gives less
//     than a second of flashing is still a rate ("3 flashes a second" is read
//     as a frequency), as long as the whole run holds at least one flash; a
//     single iteration is one flash at most and is not a rate;
//   * direction: normal and reverse jump back from the 100% value to the 0%
//     value at each new iteration (that jump is a transition too);
//     alternate plays back and forth, so a period is two iterations;
//   * stops: from/to and percentages, lists ("0%, 100%"), stops that omit a
//     property are interpolated over, a missing 0% or 100% is the element's
//     own value (its declared value, or opacity 1 / visible; unknown colours
//     count as different from every declared one);
//   * steps(n, jump-*) and step-start/step-end: the value holds and jumps;
//     a staircase in one direction is one transition, so steps() changes the
//     count only for visibility (which shows `hidden` only when the progress
//     reaches the hidden end) and for the 0.1 threshold of each stop.
//     Smooth easing functions are taken as linear: they reach the same values
//     in the same order, and the count does not depend on when.
//
// Transitions. A transition runs once for each change of the value it
// watches, so on its own it cannot flash; it flashes only if something changes
// that value over and over. Scripts are not run here, so a script toggling a
// class in a loop is out of reach. Without scripts the only loop is an
// animation: an animation of the property itself overrides its transition
// (and is counted as an animation), while an animation of a custom property
// that a flashing property reads through var() changes that property at
// every keyframe, each change starting its transition. Such a custom property
// (the folder's stylesheets are searched for a flashing property reading it)
// is played like the property that reads it, and its transition is played
// too: the value moves towards each new target at the speed the transition
// gives (the whole swing in its duration), so a transition longer than the
// interval between toggles never completes and swings less than 0.1, and is
// then no flash. A custom property animates discretely (it flips halfway).
#include "validate/flashing_rule.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "validate/colour.hpp"
#include "validate/flash_count.hpp"

namespace otklik::validate {
namespace {

const char* const kClause = "4.6.1.11; WCAG 2.3.1";
const char* const kRequired = "at most 3 flashes/s";
constexpr int kSamplesPerIteration = 240;
constexpr int kSteadyIterations = 8;  // played for the steady rate: 4 alternate periods
constexpr double kMaxSimulatedIterations = 1000;

const std::set<std::string> kFlashingProperties = {"opacity",    "visibility", "color",
                                                   "background", "filter",     "background-color"};

const std::set<std::string> kAnimationKeywords = {
    "none",     "normal",    "reverse", "alternate", "alternate-reverse",
    "forwards", "backwards", "both",    "running",   "paused",
    "ease",     "linear",    "ease-in", "ease-out",  "ease-in-out",
    "initial",  "inherit",   "unset"};

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

std::optional<PlayDirection> parse_direction(const std::string& token) {
  std::string lower = css::to_lower(token);
  if (lower == "normal") return PlayDirection::normal;
  if (lower == "reverse") return PlayDirection::reverse;
  if (lower == "alternate") return PlayDirection::alternate;
  if (lower == "alternate-reverse") return PlayDirection::alternate_reverse;
  return std::nullopt;
}

// steps(n[, jump]), step-start, step-end; nullopt for anything else.
std::optional<Timing> parse_steps(const std::string& token) {
  std::string lower = css::to_lower(token);
  if (lower == "step-start") return Timing{1, Timing::Jump::start};
  if (lower == "step-end") return Timing{1, Timing::Jump::end};
  if (!lower.starts_with("steps(")) return std::nullopt;
  std::string inside = lower.substr(6, lower.find(')') - 6);
  auto parts = css::split_top_level(inside, ',');
  Timing timing;
  timing.steps = parts.empty() ? 1 : std::max(1, std::atoi(parts[0].c_str()));
  std::string jump = parts.size() > 1 ? parts[1] : "end";
  if (jump == "start" || jump == "jump-start") timing.jump = Timing::Jump::start;
  if (jump == "jump-none") timing.jump = Timing::Jump::none;
  if (jump == "jump-both") timing.jump = Timing::Jump::both;
  if (timing.jump == Timing::Jump::none && timing.steps < 2) timing.steps = 2;
  return timing;
}

Timing parse_timing(const std::string& token) { return parse_steps(token).value_or(Timing{}); }

bool is_timing_function(const std::string& lower) {
  return lower.starts_with("cubic-bezier(") || lower.starts_with("linear(") ||
         lower.starts_with("steps(") || lower == "step-start" || lower == "step-end";
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
      animation.timing = *steps;
    } else if (auto direction = parse_direction(word)) {
      animation.direction = *direction;
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
    if (lower == "from") {
      offsets.push_back(0);
    } else if (lower == "to") {
      offsets.push_back(1);
    } else {
      char* end = nullptr;
      double percent = std::strtod(lower.c_str(), &end);
      if (end != lower.c_str() && percent >= 0 && percent <= 100) offsets.push_back(percent / 100);
    }
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

std::string canonical_property(const std::string& property) {
  return property == "background" ? "background-color" : property;
}

const std::string* find_declaration(const std::vector<css::Declaration>& declarations,
                                    const std::string& property) {
  const std::string* found = nullptr;
  for (const css::Declaration& declaration : declarations) {
    if (canonical_property(declaration.property) == property) found = &declaration.value;
  }
  return found;
}

// ---- Values as levels ------------------------------------------------------

enum class Kind { number, visibility, colour, discrete };

struct Value {
  bool known = false;  // false: a state compared only by its text
  double level = 0;    // opacity or relative luminance, 0..1
  double red = 0;      // (R - G - B) x 320 of a colour
  bool saturated_red = false;
  std::string text;  // normalised, for discrete comparison
};

std::optional<double> parse_number_or_percent(const std::string& text) {
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str()) return std::nullopt;
  std::string rest = css::trim(end);
  if (rest == "%")
    value /= 100;
  else if (!rest.empty())
    return std::nullopt;
  return std::clamp(value, 0.0, 1.0);
}

Value colour_value(const Colour& colour, const std::string& text) {
  Colour opaque = blend(colour, Colour{255, 255, 255, 1});  // over a white page
  Value value{true, relative_luminance(opaque), 0, false, text};
  value.red = flash::red_level(opaque.red, opaque.green, opaque.blue);
  value.saturated_red = flash::is_saturated_red(opaque.red, opaque.green, opaque.blue);
  return value;
}

// A background's colour: the whole value, or its only colour word when the
// rest are not images ("#000 no-repeat"); nullopt for images and gradients.
std::optional<Colour> background_colour(const std::string& text) {
  if (auto colour = parse_colour(text)) return colour;
  if (text.find('(') != std::string::npos && text.find("url(") != std::string::npos) return {};
  if (text.find("gradient(") != std::string::npos) return {};
  std::optional<Colour> found;
  for (const std::string& word : css::split_words(text)) {
    if (auto colour = parse_colour(word)) found = colour;
  }
  return found;
}

Value to_value(Kind kind, const std::string& raw) {
  std::string text = normalise(raw);
  Value value;
  value.text = text;
  switch (kind) {
    case Kind::number:
      if (text == "none") {  // filter: none
        value.known = true;
        value.level = 1;
      } else if (auto number = parse_number_or_percent(text)) {
        value.known = true;
        value.level = *number;
      } else if (text.find('(') != std::string::npos) {
        // filter: only brightness() and opacity() are levels; others are states.
        double level = 1;
        bool all_levels = true;
        for (const std::string& function : css::split_words(text)) {
          bool brightness = function.starts_with("brightness(");
          if (!brightness && !function.starts_with("opacity(")) {
            all_levels = false;
            break;
          }
          std::string inside = function.substr(function.find('(') + 1);
          inside = inside.substr(0, inside.find(')'));
          char* end = nullptr;
          double amount = std::strtod(inside.c_str(), &end);
          if (end == inside.c_str()) amount = 1;
          if (*end == '%') amount /= 100;
          level *= std::clamp(amount, 0.0, 1.0);
        }
        if (all_levels) {
          value.known = true;
          value.level = level;
        }
      }
      break;
    case Kind::visibility:
      if (text == "visible") {
        value.known = true;
        value.level = 1;
      } else if (text == "hidden" || text == "collapse") {
        value.known = true;
        value.level = 0;
      }
      break;
    case Kind::colour:
      if (auto colour = background_colour(text)) return colour_value(*colour, text);
      break;
    case Kind::discrete:
      break;
  }
  return value;
}

Kind kind_of(const std::string& property) {
  if (property == "opacity" || property == "filter") return Kind::number;
  if (property == "visibility") return Kind::visibility;
  if (property == "color" || property == "background-color") return Kind::colour;
  return Kind::discrete;
}

std::string default_value(const std::string& property) {
  if (property == "opacity") return "1";
  if (property == "visibility") return "visible";
  if (property == "filter") return "none";
  return "";  // colours and custom properties: unknown
}

// ---- Tracks: one property's stops ----------------------------------------

struct TrackStop {
  double offset = 0;
  Value value;
  Timing timing;
};

struct Track {
  std::string property;  // the property that shows it ("opacity")
  std::string via;       // the custom property that drives it, if any
  Kind kind = Kind::discrete;
  bool discrete_interpolation = false;  // custom properties flip halfway
  double transition_s = 0;
  std::vector<TrackStop> stops;  // sorted, from 0 to 1
};

double eased(double progress, const Timing& timing) {
  if (timing.steps == 0) return progress;  // smooth: monotonic, taken as linear
  double n = timing.steps;
  double step = std::floor(progress * n);
  switch (timing.jump) {
    case Timing::Jump::end:
      return step / n;
    case Timing::Jump::start:
      return std::min(1.0, (step + 1) / n);
    case Timing::Jump::none:
      return std::min(1.0, step / (n - 1));
    case Timing::Jump::both:
      return (step + 1) / (n + 1);
  }
  return progress;
}

Value interpolate(const Track& track, const Value& from, const Value& to, double p) {
  if (p <= 0) return from;
  if (p >= 1) return to;
  if (track.discrete_interpolation || !from.known || !to.known || track.kind == Kind::discrete) {
    return p < 0.5 ? from : to;
  }
  if (track.kind == Kind::visibility) {
    // Between visible and hidden the value is visible (CSS Values 4).
    if (from.level > 0 || to.level > 0) {
      Value visible = from.level > 0 ? from : to;
      return visible;
    }
    return from;
  }
  Value value = from;
  value.level = from.level + (to.level - from.level) * p;
  value.red = from.red + (to.red - from.red) * p;
  value.saturated_red = p < 0.5 ? from.saturated_red : to.saturated_red;
  return value;
}

Value value_at(const Track& track, double offset) {
  const auto& stops = track.stops;
  if (offset >= 1) return stops.back().value;
  for (std::size_t i = 0; i + 1 < stops.size(); ++i) {
    if (offset >= stops[i].offset && offset < stops[i + 1].offset) {
      double span = stops[i + 1].offset - stops[i].offset;
      double p = (offset - stops[i].offset) / span;
      return interpolate(track, stops[i].value, stops[i + 1].value, eased(p, stops[i].timing));
    }
  }
  return stops.back().value;
}

bool forward_iteration(PlayDirection direction, long iteration) {
  switch (direction) {
    case PlayDirection::normal:
      return true;
    case PlayDirection::reverse:
      return false;
    case PlayDirection::alternate:
      return iteration % 2 == 0;
    case PlayDirection::alternate_reverse:
      return iteration % 2 != 0;
  }
  return true;
}

// The merged transitions of a track played for `iterations` iterations.
std::vector<flash::Transition> play(const Track& track, const Animation& animation,
                                    double iterations) {
  long samples = static_cast<long>(std::floor(iterations * kSamplesPerIteration));
  double dt = animation.duration_s / kSamplesPerIteration;
  double swing = 0;
  if (track.transition_s > 0) {
    double low = 1, high = 0;
    for (const TrackStop& stop : track.stops) {
      low = std::min(low, stop.value.level);
      high = std::max(high, stop.value.level);
    }
    swing = std::max(0.0, high - low);
  }
  bool levels = track.kind != Kind::discrete &&
                std::all_of(track.stops.begin(), track.stops.end(),
                            [](const TrackStop& stop) { return stop.value.known; });
  std::vector<flash::Sample> general;
  std::vector<flash::Sample> red;
  std::vector<flash::Transition> discrete;
  std::string last_state;
  double shown = 0;  // the level after the transition's lag
  for (long i = 0; i <= samples; ++i) {
    long iteration = i / kSamplesPerIteration;
    double within = static_cast<double>(i % kSamplesPerIteration) / kSamplesPerIteration;
    if (i == samples && i % kSamplesPerIteration == 0 && i > 0) {
      iteration -= 1;  // the end of the last iteration
      within = 1;
    }
    bool forward = forward_iteration(animation.direction, iteration);
    Value value = value_at(track, forward ? within : 1 - within);
    double time = i * dt;
    if (!levels) {
      if (i > 0 && value.text != last_state) discrete.push_back({time, flash::Direction::both});
      last_state = value.text;
      continue;
    }
    double level = value.level;
    if (track.transition_s > 0 && i > 0) {
      double most = swing * dt / track.transition_s;
      shown += std::clamp(level - shown, -most, most);
      level = shown;
    } else {
      shown = level;
    }
    general.push_back({time, level, false});
    if (track.kind == Kind::colour) red.push_back({time, value.red, value.saturated_red});
  }
  if (!levels) return discrete;
  flash::Threshold threshold =
      track.kind == Kind::colour ? flash::Threshold::luminance : flash::Threshold::level;
  auto merged = flash::merge_runs(flash::level_transitions(general, threshold));
  auto merged_red = flash::merge_runs(flash::level_transitions(red, flash::Threshold::red));
  return merged_red.size() > merged.size() ? merged_red : merged;
}

double steady_rate(const Track& track, const Animation& animation) {
  auto merged = play(track, animation, kSteadyIterations);
  double half = animation.duration_s * kSteadyIterations / 2;
  return flash::flash_rate(merged, half, 2 * half);
}

std::vector<Track> build_tracks(const css::Keyframes& keyframes,
                                const std::vector<css::Declaration>& declarations,
                                const Timing& animation_timing, const FlashContext& context) {
  // Property -> offset -> (value, timing of the interval that starts there).
  struct StopEntry {
    std::optional<std::string> value;  // nullopt: the element's own value
    Timing timing;
  };
  std::map<std::string, std::map<double, StopEntry>> by_property;
  for (const css::KeyframeStop& stop : keyframes.stops) {
    Timing timing = animation_timing;
    if (const std::string* own = find_declaration(stop.declarations, "animation-timing-function"))
      timing = parse_timing(*own);
    for (double offset : stop_offsets(stop.selector)) {
      for (const css::Declaration& declaration : stop.declarations) {
        std::string property = canonical_property(declaration.property);
        bool flashing = kFlashingProperties.contains(property);
        bool driven = property.starts_with("--") && context.var_uses.contains(property);
        if (flashing || driven) by_property[property][offset] = {declaration.value, timing};
      }
    }
  }
  std::vector<Track> tracks;
  for (auto& [property, stops] : by_property) {
    Track track;
    if (property.starts_with("--")) {
      const VarUse& use = context.var_uses.at(property);
      track.property = use.property;
      track.via = property;
      track.kind = kind_of(use.property);  // its values read as the reader's
      track.discrete_interpolation = true;
      track.transition_s = use.transition_s;
    } else {
      track.property = property;
      track.kind = kind_of(property);
    }
    // A missing 0% or 100% is the element's own value.
    const std::string* declared = find_declaration(declarations, property);
    std::string own = declared ? *declared : default_value(property);
    Value element =
        own.empty() ? Value{false, 0, 0, false, "<element value>"} : to_value(track.kind, own);
    for (double end : {0.0, 1.0}) {
      if (!stops.contains(end)) stops[end] = {std::nullopt, animation_timing};
    }
    for (const auto& [offset, entry] : stops) {
      track.stops.push_back(
          {offset, entry.value ? to_value(track.kind, *entry.value) : element, entry.timing});
    }
    tracks.push_back(std::move(track));
  }
  return tracks;
}

}  // namespace

void add_keyframes(KeyframesIndex& index, const std::vector<css::Keyframes>& keyframes) {
  for (const css::Keyframes& block : keyframes) index[block.name] = block;
}

void add_var_uses(FlashContext& context, const std::vector<css::Declaration>& declarations) {
  for (const css::Declaration& declaration : declarations) {
    std::string property = canonical_property(declaration.property);
    if (!kFlashingProperties.contains(property)) continue;
    double transition = transition_duration(declarations, property).value_or(0);
    std::string lower = css::to_lower(declaration.value);
    for (std::size_t at = lower.find("var("); at != std::string::npos;
         at = lower.find("var(", at + 4)) {
      std::size_t begin = at + 4;
      while (begin < lower.size() && lower[begin] == ' ') ++begin;
      std::size_t end = begin;
      while (end < lower.size() && lower[end] != ')' && lower[end] != ',' && lower[end] != ' ')
        ++end;
      std::string name = lower.substr(begin, end - begin);
      if (!name.starts_with("--")) continue;
      // Several readers: the one with the shortest transition flashes most.
      auto [it, inserted] = context.var_uses.try_emplace(name, VarUse{property, transition});
      if (!inserted && transition < it->second.transition_s) it->second = {property, transition};
    }
  }
}

void add_stylesheet(FlashContext& context, const css::Stylesheet& sheet) {
  add_keyframes(context.keyframes, sheet.keyframes);
  for (const css::Rule& rule : sheet.rules) add_var_uses(context, rule.declarations);
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
      apply_longhand(animations, declaration.value,
                     [](Animation& a, const std::string& v) { a.timing = parse_timing(v); });
    } else if (property == "animation-direction") {
      apply_longhand(animations, declaration.value, [](Animation& a, const std::string& v) {
        a.direction = parse_direction(v).value_or(PlayDirection::normal);
      });
    }
  }
  return animations;
}

std::optional<double> transition_duration(const std::vector<css::Declaration>& declarations,
                                          const std::string& property) {
  // Property list and duration list, as the shorthand or the longhands set them.
  std::vector<std::string> properties;
  std::vector<double> durations;
  for (const css::Declaration& declaration : declarations) {
    if (declaration.property == "transition") {
      properties.clear();
      durations.clear();
      for (const std::string& single : css::split_top_level(declaration.value, ',')) {
        std::string name = "all";
        double duration = 0;
        bool have_duration = false;
        for (const std::string& word : css::split_words(single)) {
          std::string lower = css::to_lower(word);
          if (auto time = parse_time(word)) {
            if (!have_duration) duration = *time;
            have_duration = true;
          } else if (!kAnimationKeywords.contains(lower) && !is_timing_function(lower)) {
            name = lower;
          }
        }
        properties.push_back(name);
        durations.push_back(duration);
      }
    } else if (declaration.property == "transition-property") {
      properties.clear();
      for (const std::string& name : css::split_top_level(declaration.value, ','))
        properties.push_back(css::to_lower(name));
    } else if (declaration.property == "transition-duration") {
      durations.clear();
      for (const std::string& time : css::split_top_level(declaration.value, ','))
        durations.push_back(parse_time(time).value_or(0));
    }
  }
  if (durations.empty()) return std::nullopt;
  if (properties.empty()) properties.push_back("all");
  std::optional<double> found;
  for (std::size_t i = 0; i < properties.size(); ++i) {
    const std::string name = canonical_property(properties[i]);
    if (name == property || name == "all") found = durations[i % durations.size()];
  }
  if (found && *found <= 0) return std::nullopt;
  return found;
}

std::optional<AnimationFlash> measure_animation(const Animation& animation,
                                                const std::vector<css::Declaration>& declarations,
                                                const FlashContext& context) {
  if (animation.iterations <= 1 || animation.duration_s <= 0) return std::nullopt;
  auto keyframes = context.keyframes.find(animation.name);
  if (keyframes == context.keyframes.end()) return std::nullopt;
  std::optional<AnimationFlash> fastest;
  for (const Track& track :
       build_tracks(keyframes->second, declarations, animation.timing, context)) {
    // The whole run must hold a flash (two opposing transitions).
    double run = std::min(animation.iterations, kMaxSimulatedIterations);
    if (run < kSteadyIterations && play(track, animation, run).size() < 2) continue;
    double rate = steady_rate(track, animation);
    if (rate <= 0) continue;
    if (!fastest || rate > fastest->rate) fastest = AnimationFlash{rate, track.property, track.via};
  }
  return fastest;
}

std::string format_rate(double rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f flashes/s", rate);
  return buffer;
}

Finding flashing_finding(std::size_t line, std::string element, std::string measured) {
  Finding finding;
  finding.rule = "flashing";
  finding.line = line;
  finding.element = std::move(element);
  finding.measured = std::move(measured);
  finding.required = kRequired;
  finding.clause = kClause;
  return finding;
}

std::vector<Finding> check_flashing(const css::Rule& rule, const FlashContext& context) {
  std::vector<Finding> findings;
  for (const css::Declaration& declaration : rule.declarations) {
    if (declaration.property != "text-decoration" &&
        declaration.property != "text-decoration-line") {
      continue;
    }
    auto words = css::split_words(css::to_lower(declaration.value));
    if (std::ranges::find(words, "blink") != words.end()) {
      findings.push_back(flashing_finding(rule.line, rule.selector, "text-decoration: blink"));
    }
  }
  for (const Animation& animation : resolve_animations(rule.declarations)) {
    auto measured = measure_animation(animation, rule.declarations, context);
    if (!measured || measured->rate <= flash::kMaxFlashesPerSecond + 1e-9) continue;
    std::string detail = " (@keyframes " + animation.name + ": " + measured->property;
    if (!measured->via.empty()) {
      detail += " through " + measured->via;
      if (double transition = context.var_uses.at(measured->via).transition_s; transition > 0) {
        char buffer[48];
        std::snprintf(buffer, sizeof buffer, ", transition %gs", transition);
        detail += buffer;
      }
    }
    findings.push_back(
        flashing_finding(rule.line, rule.selector, format_rate(measured->rate) + detail + ")"));
  }
  return findings;
}

Finding flashing_element(const std::string& tag, std::size_t line) {
  return flashing_finding(line, "<" + tag + ">", "<" + tag + "> element");
}

}  // namespace otklik::validate
