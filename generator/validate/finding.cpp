#include "validate/finding.hpp"

namespace otklik::validate {

std::string format_finding(const Finding& finding) {
  std::string location = finding.file;
  if (finding.line > 0) location += ":" + std::to_string(finding.line);
  if (finding.severity == Severity::Warning) location += ": warning";
  return location + ": " + finding.rule + ": " + finding.element + " — " + finding.measured +
         ", required " + finding.required + " (" + finding.clause + ")";
}

}  // namespace otklik::validate
