#pragma once
// Which design rules stop a build: each rule is an error (the default), a
// warning (reported, published anyway) or off (not reported), as otklik.yaml's
// `rules:` says.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "validate/finding.hpp"

namespace otklik::validate {

enum class RuleLevel { Error, Warning, Off };
using RulePolicy = std::map<std::string, RuleLevel>;  // rule id -> level

// The rule ids findings carry, for checking a configuration.
const std::vector<std::string_view>& rule_ids();
bool is_rule_id(std::string_view id);

// Drops the findings of rules that are off and marks those of warning rules.
std::vector<Finding> apply_policy(std::vector<Finding> findings, const RulePolicy& policy);

// Findings that stop a build or fail `otklik validate`.
std::size_t error_count(const std::vector<Finding>& findings);

}  // namespace otklik::validate
