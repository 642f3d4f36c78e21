#pragma once
// `otklik load`: puts a data folder into a PostgreSQL database, for
// `otklik build --source` (docs/postgres.md).
#include <ostream>

#include "cli/options.hpp"

namespace otklik::cli {

// Exit 0 when loaded, 1 on an input error (nothing is written then) or a
// database error (nothing is changed).
int load_command(const LoadOptions& options, std::ostream& err);

}  // namespace otklik::cli
