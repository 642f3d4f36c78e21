#include "cli/project_inputs.hpp"

#include <string>

#include "ingest/input_error.hpp"
#include "ingest/postgres_tables.hpp"

namespace otklik::cli {
namespace fs = std::filesystem;

ingest::Config read_config(const fs::path& file, bool given) {
  if (fs::exists(file)) return ingest::load_config(file);
  if (given)
    throw ingest::InputError({file.string(), 0, 0},
                             "configuration file not found; check the --config path");
  return ingest::default_config();
}

void require_folder(const fs::path& dir, const char* what) {
  if (!fs::is_directory(dir))
    throw ingest::InputError({dir.string(), 0, 0}, std::string(what) +
                                                       " folder not found; run otklik in the "
                                                       "project folder or pass --" +
                                                       what + " DIR");
}

model::Dataset read_dataset(const fs::path& data, const std::string& source,
                            const ingest::Config& config, const ingest::WarningSink& warn) {
  if (source.empty()) return ingest::load_dataset(data, config, warn);
  ingest::PostgresTables tables(ingest::parse_postgres_url(source));
  return ingest::load_dataset(tables, warn);
}

}  // namespace otklik::cli
