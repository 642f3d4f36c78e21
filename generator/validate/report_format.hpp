#pragma once
// The validator's findings for people and for CI: text lines, a JSON
// document, or a JUnit XML report that CI systems show as test results.
#include <string>
#include <vector>

#include "validate/finding.hpp"

namespace otklik::validate {

enum class ReportFormat { Text, Json, Junit };

// `folder` is the validated folder, as the user named it. Text: one
// format_finding() line per finding. JSON: {"folder", "errors", "warnings",
// "findings": [{rule, severity, file, line, element, measured, required,
// clause, message}]}. JUnit: a test suite per rule, a failed test case per
// error, a skipped one per warning, and one passed case for a rule with
// nothing to report, so that a clean run still shows what was checked.
std::string format_report(const std::vector<Finding>& findings, ReportFormat format,
                          const std::string& folder);

}  // namespace otklik::validate
