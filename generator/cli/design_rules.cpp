#include "cli/design_rules.hpp"

#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "ingest/input_error.hpp"
#include "validate/browser_layout.hpp"
#include "validate/plain_language.hpp"
#include "validate/validator.hpp"

namespace otklik::cli {
namespace {

std::string known_rules() {
  std::string list;
  for (std::string_view id : validate::rule_ids())
    list += (list.empty() ? "" : ", ") + std::string(id);
  return list;
}

validate::RuleLevel level(ingest::RuleSeverity severity) {
  switch (severity) {
    case ingest::RuleSeverity::Warning:
      return validate::RuleLevel::Warning;
    case ingest::RuleSeverity::Off:
      return validate::RuleLevel::Off;
    case ingest::RuleSeverity::Error:
      break;
  }
  return validate::RuleLevel::Error;
}

}  // namespace

validate::RulePolicy rule_policy(const ingest::Config& config) {
  validate::RulePolicy policy;
  for (const auto& [id, severity] : config.rule_severity) {
    if (!validate::is_rule_id(id)) {
      const auto at = config.rule_locations.find(id);
      throw ingest::InputError(
          at == config.rule_locations.end() ? ingest::SourceLocation{} : at->second,
          "unknown rule \"" + id + "\" under `rules:`; the rules are " + known_rules());
    }
    policy[id] = level(severity);
  }
  return policy;
}

namespace {

std::vector<validate::Finding> checked(const std::filesystem::path& dir,
                                       const ingest::Config& config,
                                       std::vector<validate::Finding> more,
                                       const model::JobCount& count = {},
                                       const validate::WrittenFiles* written = nullptr) {
  const validate::RulePolicy policy = rule_policy(config);
  const validate::ReadabilityLimits limits{config.readability_limit,
                                           static_cast<std::size_t>(config.max_sentence_words)};
  std::vector<validate::Finding> findings = validate::validate_folder(dir, limits, count, written);
  for (validate::Finding& f : more) findings.push_back(std::move(f));
  std::stable_sort(findings.begin(), findings.end(), [](const auto& a, const auto& b) {
    return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  });
  return validate::apply_policy(std::move(findings), policy);
}

}  // namespace

std::vector<validate::Finding> check_design_rules(const std::filesystem::path& dir,
                                                  const ingest::Config& config,
                                                  const model::JobCount& count,
                                                  const validate::WrittenFiles* written) {
  return checked(dir, config, {}, count, written);
}

std::vector<validate::Finding> check_design_rules_in_browser(const std::filesystem::path& dir,
                                                             const ingest::Config& config) {
  validate::BrowserOptions options;
  if (const char* chromium = std::getenv("OTKLIK_CHROMIUM")) options.chromium = chromium;
  rule_policy(config);  // a bad configuration fails before the browser starts
  return checked(dir, config, validate::check_layout_in_browser(dir, options));
}

}  // namespace otklik::cli
