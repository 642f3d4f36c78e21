#pragma once
// Checks a folder of HTML and CSS against the portal design rules.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/parallel_jobs.hpp"
#include "validate/finding.hpp"
#include "validate/plain_language.hpp"

namespace otklik::validate {

// Files otklik has just written into the folder, by folder-relative path
// with '/': they are read from here instead of from the disk. Each must hold
// exactly the bytes of its file.
using WrittenFiles = std::unordered_map<std::string, std::string_view>;

// Every *.html and *.css under `dir`, in path order. With `plain_language`,
// the pages' prose is checked against those limits in the same pass, from
// the same parse (check_plain_language gives the same findings on its own).
// `count` learns the number of pages and each one checked.
std::vector<Finding> validate_folder(
    const std::filesystem::path& dir,
    const std::optional<ReadabilityLimits>& plain_language = std::nullopt,
    const model::JobCount& count = {}, const WrittenFiles* written = nullptr);

}  // namespace otklik::validate
