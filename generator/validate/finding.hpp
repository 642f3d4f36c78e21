#pragma once
// One violation of the portal design rules, located and measured.
#include <string>
#include <vector>

namespace otklik::validate {

// An error stops the build; a warning is reported and published anyway
// (otklik.yaml `rules:`, see rule_policy.hpp).
enum class Severity { Error, Warning };

struct Finding {
  std::string rule;      // "contrast", "flashing", "blink", "marquee"
  std::string file;      // relative to the validated folder
  std::size_t line = 0;  // 1-based, 0 if unknown
  std::string element;   // CSS selector or HTML element
  std::string measured;  // "2.85:1 (#777777 on #ffffff)", "5 flashes/s"
  std::string required;  // "at least 4.5:1", "at most 3 flashes/s"
  std::string clause;    // "4.6.1.11; WCAG 2.3.1"
  Severity severity = Severity::Error;
};

// "site/index.html:12: flashing: .blink — 5 flashes/s, required at most 3 flashes/s (4.6.1.11;
// WCAG 2.3.1)"; a warning reads "site/index.html:12: warning: flashing: …".
std::string format_finding(const Finding& finding);

}  // namespace otklik::validate
