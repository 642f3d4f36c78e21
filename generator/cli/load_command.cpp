#include "cli/load_command.hpp"

#include <exception>
#include <string>

#include "cli/postgres_load.hpp"
#include "cli/project_inputs.hpp"
#include "ingest/input_error.hpp"
#include "ingest/load_dataset.hpp"
#include "ingest/postgres_url.hpp"

namespace otklik::cli {

int load_command(const LoadOptions& options, std::ostream& err) {
  try {
    const ingest::Config config = read_config(options.config, options.config_given);
    const ingest::PostgresUrl url = ingest::parse_postgres_url(options.target);
    require_folder(options.data, "data");
    PostgresLoader loader(url);
    // The whole folder is checked as a build reads it before the database is
    // touched: a bad file fails at its line and column, and what gets loaded
    // builds.
    // Only the files' rows and checksums are kept: the copy runs in little memory.
    const std::vector<model::InputFile> inputs =
        ingest::load_dataset(options.data, config, [&err](const std::string& w) {
          err << w << '\n';
        }).inputs;
    const LoadSummary summary =
        loader.load(options.data, {config.csv_encoding, config.csv_delimiter}, inputs);
    err << "otklik: loaded " << summary.tables << " tables, " << summary.rows << " rows from "
        << options.data.string() << " into " << url.display << '\n';
    return 0;
  } catch (const ingest::InputError& e) {
    err << e.what() << '\n';
  } catch (const std::exception& e) {
    err << "otklik: error: " << e.what() << '\n';
  }
  err << "otklik: load failed; the database was left as it was\n";
  return 1;
}

}  // namespace otklik::cli
