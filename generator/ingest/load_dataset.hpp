#pragma once
// Reads every file of input contract v1 from a data folder (or any other
// InputTables, such as a PostgreSQL database) into a Dataset.
#include <filesystem>
#include <functional>
#include <string>

#include "ingest/config.hpp"
#include "model/dataset.hpp"

namespace otklik::ingest {

// Called once per non-fatal finding (an unknown column), already formatted
// "file:line:col: warning: ...".
using WarningSink = std::function<void(const std::string&)>;

class InputTables;

// Throws InputError on the first error: a missing required file or column, a
// bad number, a negative count, an unknown id, an answer outside its scale.
model::Dataset load_dataset(const std::filesystem::path& data_dir, const Config& config,
                            const WarningSink& warn);
// The same checks and the same Dataset from the tables of another source.
model::Dataset load_dataset(InputTables& tables, const WarningSink& warn);

}  // namespace otklik::ingest
