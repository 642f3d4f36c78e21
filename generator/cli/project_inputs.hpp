#pragma once
// The inputs every command that reads a project shares: the configuration
// (optional unless named) and the data folder, checked before anything is read.
#include <filesystem>
#include <string>

#include "ingest/config.hpp"
#include "ingest/load_dataset.hpp"
#include "model/dataset.hpp"

namespace otklik::cli {

// The configuration from `file`, or the defaults when the default file is
// absent. Throws ingest::InputError when an explicitly `given` file is missing.
ingest::Config read_config(const std::filesystem::path& file, bool given);

// Throws ingest::InputError naming the folder and the option to pass.
void require_folder(const std::filesystem::path& dir, const char* what);

// The data from the folder `data`, or when `source` is given (--source) from
// the PostgreSQL database at that URL: the same Dataset either way.
model::Dataset read_dataset(const std::filesystem::path& data, const std::string& source,
                            const ingest::Config& config, const ingest::WarningSink& warn);

}  // namespace otklik::cli
