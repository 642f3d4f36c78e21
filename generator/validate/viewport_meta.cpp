#include "validate/viewport_meta.hpp"

#include <cstdlib>
#include <map>
#include <optional>

#include "validate/css.hpp"
#include "validate/layout_length.hpp"

namespace otklik::validate {
namespace {

std::map<std::string, std::string> read_pairs(std::string_view content) {
  std::string text = css::to_lower(content);
  for (char& c : text)
    if (c == ';') c = ',';
  std::map<std::string, std::string> pairs;
  for (const std::string& item : css::split_top_level(text, ',')) {
    const std::size_t equals = item.find('=');
    if (equals == std::string::npos) continue;
    pairs[css::trim(item.substr(0, equals))] = css::trim(item.substr(equals + 1));
  }
  return pairs;
}

std::optional<double> number(const std::string& text) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str()) return std::nullopt;
  return value;
}

}  // namespace

std::vector<ViewportProblem> viewport_problems(std::string_view content) {
  std::vector<ViewportProblem> problems;
  const std::map<std::string, std::string> pairs = read_pairs(content);
  const auto width = pairs.find("width");
  if (width == pairs.end()) {
    problems.push_back({"no width=device-width", false});
  } else if (const auto px = number(width->second); px && *px > kNarrowWindowPx) {
    problems.push_back({"width=" + width->second, false});
  }
  if (const auto scalable = pairs.find("user-scalable");
      scalable != pairs.end() && (scalable->second == "no" || scalable->second == "0"))
    problems.push_back({"user-scalable=" + scalable->second, true});
  if (const auto maximum = pairs.find("maximum-scale"); maximum != pairs.end())
    if (const auto scale = number(maximum->second); scale && *scale < 2)
      problems.push_back({"maximum-scale=" + maximum->second, true});
  return problems;
}

}  // namespace otklik::validate
