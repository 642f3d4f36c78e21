#pragma once
// The inputs every command that reads a project shares: the configuration
// (optional unless named) and the data folder, checked before anything is read.
#include <filesystem>

#include "ingest/config.hpp"

namespace otklik::cli {

// The configuration from `file`, or the defaults when the default file is
// absent. Throws ingest::InputError when an explicitly `given` file is missing.
ingest::Config read_config(const std::filesystem::path& file, bool given);

// Throws ingest::InputError naming the folder and the option to pass.
void require_folder(const std::filesystem::path& dir, const char* what);

}  // namespace otklik::cli
