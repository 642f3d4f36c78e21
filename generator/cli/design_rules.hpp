#pragma once
// The design-rule check as `otklik build` and `otklik validate` run it: the
// validator over a folder, with the levels otklik.yaml gives the rules.
#include <filesystem>
#include <vector>

#include "ingest/config.hpp"
#include "model/parallel_jobs.hpp"
#include "validate/finding.hpp"
#include "validate/rule_policy.hpp"
#include "validate/validator.hpp"

namespace otklik::cli {

// The `rules:` of the configuration; throws ingest::InputError at the line of
// a rule id the validator does not know.
validate::RulePolicy rule_policy(const ingest::Config& config);

// The findings of `dir` under the configuration's policy; `count` learns
// the number of pages and each one checked. `written`: the files a build
// has just put in `dir`, read from memory (validator.hpp).
std::vector<validate::Finding> check_design_rules(const std::filesystem::path& dir,
                                                  const ingest::Config& config,
                                                  const model::JobCount& count = {},
                                                  const validate::WrittenFiles* written = nullptr);

// The same, plus the layout measured in headless Chromium at 320×240.
// Throws validate::BrowserError when Chromium cannot run.
std::vector<validate::Finding> check_design_rules_in_browser(const std::filesystem::path& dir,
                                                             const ingest::Config& config);

}  // namespace otklik::cli
