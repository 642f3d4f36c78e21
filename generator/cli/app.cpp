#include "cli/app.hpp"

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/build_command.hpp"
#include "cli/metrics_command.hpp"
#include "cli/options.hpp"
#include "validate/validator.hpp"

namespace otklik::cli {
namespace {

int validate_command(const ValidateOptions& options) {
  if (!std::filesystem::is_directory(options.dir)) {
    std::cerr << options.dir.string() << ": error: folder not found\n";
    return 2;
  }
  const auto findings = validate::validate_folder(options.dir);
  for (const auto& finding : findings) std::cerr << validate::format_finding(finding) << '\n';
  std::cerr << "otklik: " << findings.size() << " finding(s) in " << options.dir.string() << '\n';
  return findings.empty() ? 0 : 1;
}

}  // namespace

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << help_text();
    return 2;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  try {
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << help_text();
      return 0;
    }
    if (command == "--version") {
      std::cout << "otklik " << OTKLIK_VERSION << '\n';
      return 0;
    }
    if (command == "build") return build_command(parse_build_options(args), std::cerr);
    if (command == "metrics")
      return metrics_command(parse_metrics_options(args), std::cout, std::cerr);
    if (command == "validate") return validate_command(parse_validate_options(args));
    throw UsageError{"unknown command \"" + command +
                     "\"; the commands are build, metrics and validate"};
  } catch (const UsageError& e) {
    std::cerr << "otklik: " << e.message << "\nRun `otklik --help` for the usage.\n";
    return 2;
  }
}

}  // namespace otklik::cli
