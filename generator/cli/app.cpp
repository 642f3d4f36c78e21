#include "cli/app.hpp"

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/build_command.hpp"
#include "cli/design_rules.hpp"
#include "cli/load_command.hpp"
#include "cli/metrics_command.hpp"
#include "cli/options.hpp"
#include "cli/project_inputs.hpp"
#include "cli/serve_command.hpp"
#include "ingest/input_error.hpp"
#include "validate/devtools_session.hpp"
#include "validate/report_format.hpp"

namespace otklik::cli {
namespace {

// Exit 0 clean or warnings only, 1 errors, 2 when the check cannot run.
int validate_command(const ValidateOptions& options) {
  if (!std::filesystem::is_directory(options.dir)) {
    std::cerr << options.dir.string() << ": error: folder not found\n";
    return 2;
  }
  std::vector<validate::Finding> findings;
  try {
    const ingest::Config config = read_config(options.config, options.config_given);
    findings = options.browser ? check_design_rules_in_browser(options.dir, config)
                               : check_design_rules(options.dir, config);
  } catch (const ingest::InputError& e) {
    std::cerr << e.what() << '\n';
    return 2;
  } catch (const validate::BrowserError& e) {
    std::cerr << "otklik: error: " << e.what() << '\n';
    return 2;
  }
  const std::string report =
      validate::format_report(findings, options.format, options.dir.string());
  (options.format == validate::ReportFormat::Text ? std::cerr : std::cout) << report;
  const std::size_t errors = validate::error_count(findings);
  std::cerr << "otklik: " << errors << " finding(s), " << findings.size() - errors
            << " warning(s) in " << options.dir.string() << '\n';
  return errors == 0 ? 0 : 1;
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
    if (command == "serve") return serve_command(parse_serve_options(args), std::cerr);
    if (command == "validate") return validate_command(parse_validate_options(args));
    if (command == "load") return load_command(parse_load_options(args), std::cerr);
    throw UsageError{"unknown command \"" + command +
                     "\"; the commands are build, serve, metrics, validate and load"};
  } catch (const UsageError& e) {
    std::cerr << "otklik: " << e.message << "\nRun `otklik --help` for the usage.\n";
    return 2;
  }
}

}  // namespace otklik::cli
