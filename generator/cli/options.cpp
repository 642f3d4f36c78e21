#include "cli/options.hpp"

#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>
#include <Poco/Util/OptionSet.h>

#include <map>

namespace otklik::cli {
namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

Option path_option(const std::string& name, const std::string& help) {
  return Option(name, "", help).required(false).repeatable(false).argument("DIR");
}

// Runs Poco's processor over args; returns option name -> value and the
// positional arguments.
std::map<std::string, std::string> process(const OptionSet& set,
                                           const std::vector<std::string>& args,
                                           std::vector<std::string>& positional) {
  Poco::Util::OptionProcessor processor(set);
  processor.setUnixStyle(true);
  std::map<std::string, std::string> values;
  try {
    for (const auto& arg : args) {
      std::string name;
      std::string value;
      if (processor.process(arg, name, value)) {
        if (!name.empty()) values[name] = value;
      } else {
        positional.push_back(arg);
      }
    }
    processor.checkRequired();
  } catch (const Poco::Util::OptionException& e) {
    throw UsageError{e.displayText()};
  }
  return values;
}

Option url_option(const std::string& name, const std::string& help) {
  return Option(name, "", help).required(false).repeatable(false).argument("URL");
}

// --source replaces --data; both at once is a usage error.
std::string data_source(std::map<std::string, std::string>& values) {
  if (values.count("source") && values.count("data"))
    throw UsageError{
        "--data and --source exclude each other: the data come from a folder or "
        "from a database"};
  return values.count("source") ? values["source"] : "";
}

}  // namespace

BuildOptions parse_build_options(const std::vector<std::string>& args) {
  OptionSet set;
  set.addOption(path_option("data", "folder of the CSV data (default: data)"));
  set.addOption(url_option("source", "PostgreSQL database of the data, instead of --data"));
  set.addOption(path_option("content", "folder of the Markdown pages (default: content)"));
  set.addOption(path_option("templates", "folder of the templates (default: templates)"));
  set.addOption(path_option("out", "output folder (default: site)"));
  set.addOption(path_option("config", "configuration file (default: otklik.yaml)"));
  std::vector<std::string> positional;
  auto values = process(set, args, positional);
  if (!positional.empty()) throw UsageError{"unexpected argument: " + positional.front()};
  BuildOptions options;
  options.source = data_source(values);
  if (values.count("data")) options.data = values["data"];
  if (values.count("content")) options.content = values["content"];
  if (values.count("templates")) options.templates = values["templates"];
  if (values.count("out")) options.out = values["out"];
  if (values.count("config")) {
    options.config = values["config"];
    options.config_given = true;
  }
  return options;
}

MetricsOptions parse_metrics_options(const std::vector<std::string>& args) {
  OptionSet set;
  set.addOption(path_option("data", "folder of the CSV data (default: data)"));
  set.addOption(url_option("source", "PostgreSQL database of the data, instead of --data"));
  set.addOption(path_option("config", "configuration file (default: otklik.yaml)"));
  set.addOption(Option("format", "", "csv or json (default: csv)")
                    .required(false)
                    .repeatable(false)
                    .argument("FORMAT"));
  std::vector<std::string> positional;
  auto values = process(set, args, positional);
  if (!positional.empty()) throw UsageError{"unexpected argument: " + positional.front()};
  MetricsOptions options;
  options.source = data_source(values);
  if (values.count("data")) options.data = values["data"];
  if (values.count("config")) {
    options.config = values["config"];
    options.config_given = true;
  }
  if (values.count("format")) {
    const std::string& format = values["format"];
    if (format == "json")
      options.format = MetricsFormat::Json;
    else if (format != "csv")
      throw UsageError{"unknown --format \"" + format + "\"; the formats are csv and json"};
  }
  return options;
}

ValidateOptions parse_validate_options(const std::vector<std::string>& args) {
  OptionSet set;
  set.addOption(path_option("config", "configuration file (default: otklik.yaml)"));
  set.addOption(Option("format", "", "text, json or junit (default: text)")
                    .required(false)
                    .repeatable(false)
                    .argument("FORMAT"));
  set.addOption(Option("browser", "", "also measure every page in headless Chromium")
                    .required(false)
                    .repeatable(false));
  std::vector<std::string> positional;
  auto values = process(set, args, positional);
  if (positional.size() != 1)
    throw UsageError{"validate needs exactly one folder: otklik validate DIR"};
  ValidateOptions options;
  options.dir = positional.front();
  options.browser = values.count("browser") > 0;
  if (values.count("config")) {
    options.config = values["config"];
    options.config_given = true;
  }
  if (values.count("format")) {
    const std::string& format = values["format"];
    if (format == "json")
      options.format = validate::ReportFormat::Json;
    else if (format == "junit")
      options.format = validate::ReportFormat::Junit;
    else if (format != "text")
      throw UsageError{"unknown --format \"" + format + "\"; the formats are text, json and junit"};
  }
  return options;
}

LoadOptions parse_load_options(const std::vector<std::string>& args) {
  OptionSet set;
  set.addOption(path_option("data", "folder of the CSV data (default: data)"));
  set.addOption(url_option("target", "PostgreSQL database to load").required(true));
  set.addOption(path_option("config", "configuration file (default: otklik.yaml)"));
  std::vector<std::string> positional;
  auto values = process(set, args, positional);
  if (!positional.empty()) throw UsageError{"unexpected argument: " + positional.front()};
  LoadOptions options;
  options.target = values["target"];
  if (values.count("data")) options.data = values["data"];
  if (values.count("config")) {
    options.config = values["config"];
    options.config_given = true;
  }
  return options;
}

std::string help_text() {
  return R"(otklik — publishes the results of client feedback (standard «Государство для людей»)

Usage:
  otklik build [--data DIR | --source URL] [--content DIR] [--templates DIR] [--out DIR]
               [--config FILE]
      Reads the CSV data, computes the indicators, renders the site, the
      XLSX summary and the open data, checks the design rules, and replaces
      the output folder only if everything succeeded.
      Defaults: data, content, templates, site and otklik.yaml (optional)
      in the current folder. --source postgresql://user@host:port/db reads
      the data from the tables `otklik load` wrote instead of the folder.
  otklik metrics [--data DIR | --source URL] [--config FILE] [--format csv|json]
      Computes the indicators and prints them to stdout, one record per cut
      and indicator: the same bytes as site/opendata/indicators.csv or .json.
      Columns: docs/opendata.md.
  otklik load [--data DIR] --target URL [--config FILE]
      Checks the data folder as build does, then writes it into the
      PostgreSQL database at URL (postgresql://user@host:port/db), one
      table per file, in one transaction. docs/postgres.md.
  otklik serve [build options] [--port N]
      Builds like build, serves the site on http://127.0.0.1:N/ (default
      8000, 0: any free port; never a file outside the site) and watches
      content, templates, data and the configuration: an edited page
      re-renders in memory and only the files whose bytes changed are
      rewritten; a data or configuration change rebuilds everything. A
      failed rebuild keeps the last good pages served. docs/serve.md.
  otklik validate [--browser] DIR [--format text|json|junit] [--config FILE]
      Checks a folder of HTML and CSS against the portal design rules
      (contrast, flashing, autoplay, alt text, text as images, media titles,
      links, plain language). --browser also loads every page in headless
      Chromium at 320×240 and reports sideways scrolling and clipped text
      (OTKLIK_CHROMIUM names the browser; default chromium). Text findings
      go to stderr; json and junit reports to stdout, for CI. otklik.yaml's
      `rules:` makes a rule a warning or turns it off. Exit 0 clean (or
      warnings only), 1 findings, 2 cannot run.
  otklik --help       this text
  otklik --version    the version

Exit status: 0 success, 1 input error or design-rule findings, 2 usage error.
Data format: docs/data-format.md
)";
}

}  // namespace otklik::cli
