#include "validate/rule_policy.hpp"

#include <algorithm>

namespace otklik::validate {

const std::vector<std::string_view>& rule_ids() {
  static const std::vector<std::string_view> ids = {
      "alt-text", "autoplay",    "contrast",       "flashing",     "layout",
      "links",    "media-title", "plain-language", "text-as-image"};
  return ids;
}

bool is_rule_id(std::string_view id) {
  const auto& ids = rule_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<Finding> apply_policy(std::vector<Finding> findings, const RulePolicy& policy) {
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (Finding& finding : findings) {
    const auto it = policy.find(finding.rule);
    const RuleLevel level = it == policy.end() ? RuleLevel::Error : it->second;
    if (level == RuleLevel::Off) continue;
    finding.severity = level == RuleLevel::Warning ? Severity::Warning : Severity::Error;
    kept.push_back(std::move(finding));
  }
  return kept;
}

std::size_t error_count(const std::vector<Finding>& findings) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(),
                    [](const auto& f) { return f.severity == Severity::Error; }));
}

}  // namespace otklik::validate
