#pragma once
// `otklik build`: the whole pipeline, published atomically.
#include <ostream>

#include <vector>

#include "cli/options.hpp"
#include "model/dataset.hpp"
#include "render/site.hpp"

namespace otklik::cli {

// Runs the pipeline; messages go to `err`. Returns the exit status.
// The site's files, then the workbook of each life situation: what the
// downloads page and every page's footer list.
std::vector<render::Download> site_downloads(const model::Dataset& data);

int build_command(const BuildOptions& options, std::ostream& err);

}  // namespace otklik::cli
