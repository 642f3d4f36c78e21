#pragma once
// The otklik command line: `otklik build|validate|--help|--version`.

namespace otklik::cli {

// Exit status: 0 success, 1 input error or design-rule findings, 2 usage
// error or a folder that cannot be read.
int run(int argc, char** argv);

}  // namespace otklik::cli
