#pragma once
// `otklik build`: the whole pipeline, published atomically.
#include <ostream>

#include "cli/options.hpp"

namespace otklik::cli {

// Runs the pipeline; messages go to `err`. Returns the exit status.
int build_command(const BuildOptions& options, std::ostream& err);

}  // namespace otklik::cli
