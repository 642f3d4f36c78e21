#pragma once
// `otklik metrics`: the indicators as open-data records on stdout, for CI
// jobs and analysts who want the figures without building the site.
#include <ostream>

#include "cli/options.hpp"

namespace otklik::cli {

// Prints the records to `out`, messages to `err`. Returns the exit status:
// 0, or 1 on an input error (the same messages as build).
int metrics_command(const MetricsOptions& options, std::ostream& out, std::ostream& err);

}  // namespace otklik::cli
