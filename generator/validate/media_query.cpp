// Hand-written: libmodest's mycss parses media queries but does not evaluate
// them, and the handful of features a static check can know fit here.
#include "validate/media_query.hpp"

#include <cstdlib>
#include <optional>

#include "validate/css.hpp"

namespace otklik::validate {
namespace {

std::optional<double> length_px(std::string_view text) {
  std::string value = css::trim(text);
  char* end = nullptr;
  double number = std::strtod(value.c_str(), &end);
  if (end == value.c_str()) return std::nullopt;
  std::string unit = css::to_lower(css::trim(end));
  if (unit == "px" || (unit.empty() && number == 0)) return number;
  if (unit == "em" || unit == "rem") return number * 16;
  if (unit == "pt") return number * 4 / 3;
  return std::nullopt;
}

bool compare(double actual, std::string_view op, double limit) {
  if (op == ">=") return actual >= limit;
  if (op == "<=") return actual <= limit;
  if (op == ">") return actual > limit;
  if (op == "<") return actual < limit;
  return actual == limit;
}

// "(min-width: 40rem)", "(width >= 600px)", "(prefers-color-scheme: dark)".
bool feature_matches(std::string feature, const MediaEnvironment& env) {
  feature = css::to_lower(css::trim(feature));
  for (std::string_view op : {">=", "<=", ">", "<"}) {
    std::size_t at = feature.find(op);
    if (at == std::string::npos) continue;
    std::string name = css::trim(feature.substr(0, at));
    auto limit = length_px(feature.substr(at + op.size()));
    if (!limit) return false;
    if (name == "width") return compare(env.width_px, op, *limit);
    if (name == "height") return compare(env.height_px, op, *limit);
    return false;
  }
  std::size_t colon = feature.find(':');
  std::string name = css::trim(feature.substr(0, colon));
  std::string value = colon == std::string::npos ? "" : css::trim(feature.substr(colon + 1));
  if (name == "min-width" || name == "max-width" || name == "width" || name == "min-height" ||
      name == "max-height" || name == "height") {
    auto limit = length_px(value);
    if (!limit) return false;
    double actual = name.find("width") != std::string::npos ? env.width_px : env.height_px;
    if (name.starts_with("min-")) return actual >= *limit;
    if (name.starts_with("max-")) return actual <= *limit;
    return actual == *limit;
  }
  if (name == "orientation")
    return value == (env.width_px > env.height_px ? "landscape" : "portrait");
  if (name == "prefers-color-scheme") return value == (env.dark ? "dark" : "light");
  if (name == "prefers-contrast")
    return value.empty() ? env.more_contrast
                         : value == (env.more_contrast ? "more" : "no-preference");
  if (name == "prefers-reduced-motion") return value == "no-preference";
  if (name == "hover" || name == "any-hover") return value.empty() || value == "hover";
  if (name == "pointer" || name == "any-pointer") return value.empty() || value == "fine";
  if (name == "color") return true;
  return false;
}

// One query of a comma-separated list: "screen and (min-width: 40rem)".
bool query_matches(std::string query, const MediaEnvironment& env) {
  query = css::trim(query);
  bool negate = false;
  std::string lower = css::to_lower(query);
  if (lower.starts_with("not ")) {
    negate = true;
    query = query.substr(4);
  } else if (lower.starts_with("only ")) {
    query = query.substr(5);
  }
  bool holds = true;
  std::size_t pos = 0;
  while (holds && pos < query.size()) {
    while (pos < query.size() && (query[pos] == ' ' || query[pos] == '\t' || query[pos] == '\n'))
      ++pos;
    if (pos >= query.size()) break;
    if (query[pos] == '(') {
      std::size_t close = query.find(')', pos);
      if (close == std::string::npos) return false;
      holds = feature_matches(query.substr(pos + 1, close - pos - 1), env);
      pos = close + 1;
      continue;
    }
    std::size_t end = query.find_first_of(" \t\n(", pos);
    std::string word = css::to_lower(query.substr(pos, end - pos));
    pos = end == std::string::npos ? query.size() : end;
    if (word == "and") continue;
    if (word == "print" || word == "speech" || word == "tv" || word == "projection")
      holds = false;
    else if (word != "all" && word != "screen")
      holds = false;
  }
  return negate ? !holds : holds;
}

bool mentions(std::string_view condition, std::string_view feature) {
  return css::to_lower(condition).find(feature) != std::string::npos;
}

}  // namespace

std::string MediaEnvironment::describe() const {
  std::string text;
  auto add = [&](const std::string& part) { text += (text.empty() ? "" : ", ") + part; };
  if (width_px != 1280) add("at " + std::to_string(static_cast<int>(width_px)) + " px");
  if (dark) add("prefers-color-scheme: dark");
  if (more_contrast) add("prefers-contrast: more");
  return text;
}

bool media_matches(std::string_view condition, const MediaEnvironment& environment) {
  if (css::trim(condition).empty()) return true;
  // Nested @media blocks arrive joined by " and "; each part is a list.
  std::string rest(condition);
  for (const std::string& query : css::split_top_level(rest, ',')) {
    if (query_matches(query, environment)) return true;
  }
  return false;
}

bool mentions_width(std::string_view condition) { return mentions(condition, "width"); }
bool mentions_colour_scheme(std::string_view condition) {
  return mentions(condition, "prefers-color-scheme");
}
bool mentions_contrast(std::string_view condition) {
  return mentions(condition, "prefers-contrast");
}

}  // namespace otklik::validate
