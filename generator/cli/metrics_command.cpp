#include "cli/metrics_command.hpp"

#include <exception>
#include <string>

#include "cli/project_inputs.hpp"
#include "ingest/input_error.hpp"
#include "ingest/load_dataset.hpp"
#include "metrics/period_indicators.hpp"
#include "report/indicator_records.hpp"

namespace otklik::cli {

int metrics_command(const MetricsOptions& options, std::ostream& out, std::ostream& err) {
  try {
    const ingest::Config config = read_config(options.config, options.config_given);
    if (options.source.empty()) require_folder(options.data, "data");
    const model::Dataset data = read_dataset(options.data, options.source, config,
                                             [&err](const std::string& w) { err << w << '\n'; });
    const auto format = options.format == MetricsFormat::Json ? report::RecordFormat::Json
                                                              : report::RecordFormat::Csv;
    // A period at a time, as a build writes them: national data never whole.
    report::IndicatorRecordWriter records(data, format, out);
    metrics::compute_indicators_by_period(
        data, config,
        [&records](uint16_t, const metrics::PeriodTable& table) { records.write(*table); });
    records.end();
    out.flush();
    if (!out) {
      err << "otklik: error: cannot write to standard output\n";
      return 1;
    }
    return 0;
  } catch (const ingest::InputError& e) {
    err << e.what() << '\n';
  } catch (const std::exception& e) {
    err << "otklik: error: " << e.what() << '\n';
  }
  return 1;
}

}  // namespace otklik::cli
