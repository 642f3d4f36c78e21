#pragma once
// Checks a folder of HTML and CSS against the portal design rules.
#include <filesystem>
#include <vector>

#include "validate/finding.hpp"

namespace otklik::validate {

// Every *.html and *.css under `dir`, in path order.
std::vector<Finding> validate_folder(const std::filesystem::path& dir);

}  // namespace otklik::validate
