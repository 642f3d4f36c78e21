#pragma once
// The content of <meta name="viewport">: without width=device-width a phone
// lays the page out 980 px wide and shrinks it, so nothing reflows at 320 px
// (WCAG 1.4.10); user-scalable=no or a maximum-scale under 2 forbid the
// 200 % zoom of WCAG 1.4.4.
#include <string>
#include <string_view>
#include <vector>

namespace otklik::validate {

struct ViewportProblem {
  std::string measured;  // "width=1024", "no width=device-width", "maximum-scale=1"
  bool zoom = false;     // a WCAG 1.4.4 problem rather than 1.4.10
};

// "width=device-width, initial-scale=1" -> none; keys and values are read
// case-insensitively, separated by commas (or semicolons, which browsers
// accept too).
std::vector<ViewportProblem> viewport_problems(std::string_view content);

}  // namespace otklik::validate
