#pragma once
// `otklik serve`: builds, serves the site on 127.0.0.1 and rebuilds on edits.
#include <cstdint>
#include <ostream>

#include "cli/options.hpp"

namespace otklik::cli {

struct ServeOptions {
  BuildOptions build;
  uint16_t port = 8000;  // 0: any free port
};

ServeOptions parse_serve_options(const std::vector<std::string>& args);

// Runs until SIGINT or SIGTERM; returns the exit status (1 when the first
// build fails, 2 when the port cannot be had).
int serve_command(const ServeOptions& options, std::ostream& err);

}  // namespace otklik::cli
