#pragma once
// Options of the sub-commands, parsed with Poco::Util::OptionProcessor.
#include <filesystem>
#include <string>
#include <vector>

#include "validate/report_format.hpp"

namespace otklik::cli {

struct BuildOptions {
  std::filesystem::path data = "data";
  std::string source;  // --source postgresql://…: the data from a database instead of `data`
  std::filesystem::path content = "content";
  std::filesystem::path templates = "templates";
  std::filesystem::path out = "site";
  std::filesystem::path config = "otklik.yaml";
  bool config_given = false;  // an explicit --config must exist; the default may not
};

enum class MetricsFormat { Csv, Json };

struct MetricsOptions {
  std::filesystem::path data = "data";
  std::string source;  // as BuildOptions::source
  std::filesystem::path config = "otklik.yaml";
  bool config_given = false;
  MetricsFormat format = MetricsFormat::Csv;
};

struct ValidateOptions {
  std::filesystem::path dir;
  std::filesystem::path config = "otklik.yaml";  // its `rules:` set each rule's level
  bool config_given = false;
  validate::ReportFormat format = validate::ReportFormat::Text;
  bool browser = false;  // also load every page in headless Chromium at 320×240
};

struct LoadOptions {
  std::filesystem::path data = "data";
  std::string target;                            // postgresql://…, required
  std::filesystem::path config = "otklik.yaml";  // its csv: encoding and delimiter
  bool config_given = false;
};

// Thrown for a usage error; the message is shown with a hint to --help.
struct UsageError {
  std::string message;
};

BuildOptions parse_build_options(const std::vector<std::string>& args);
MetricsOptions parse_metrics_options(const std::vector<std::string>& args);
ValidateOptions parse_validate_options(const std::vector<std::string>& args);
LoadOptions parse_load_options(const std::vector<std::string>& args);

std::string help_text();

}  // namespace otklik::cli
