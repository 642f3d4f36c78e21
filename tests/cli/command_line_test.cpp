// The command line as documented in the README and `otklik --help`.
#include <boost/test/unit_test.hpp>

#include "cli/options.hpp"
#include "support/run_otklik.hpp"

using namespace otklik::test;
using otklik::cli::parse_build_options;
using otklik::cli::UsageError;

BOOST_AUTO_TEST_CASE(help_and_version) {
  const RunResult help = run_otklik("--help");
  BOOST_TEST(help.status == 0);
  BOOST_TEST(help.out.find("otklik build [--data DIR]") != std::string::npos);
  BOOST_TEST(help.out.find("otklik validate DIR") != std::string::npos);
  BOOST_TEST(help.out.find("otklik metrics [--data DIR] [--config FILE] [--format csv|json]") !=
             std::string::npos);
  const RunResult version = run_otklik("--version");
  BOOST_TEST(version.status == 0);
  BOOST_TEST(version.out == std::string("otklik ") + OTKLIK_VERSION + "\n");
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2_with_a_message_on_stderr) {
  const struct {
    const char* args;
    const char* message;
  } cases[] = {
      {"", "Usage:"},
      {"publish", "unknown command \"publish\""},
      {"build --nonsense x", "nonsense"},
      {"build --data", "data"},
      {"metrics --format xml", "unknown --format \"xml\"; the formats are csv and json"},
      {"metrics stray", "unexpected argument: stray"},
      {"validate", "exactly one folder"},
      {"validate a b", "exactly one folder"},
  };
  for (const auto& c : cases) {
    const RunResult run = run_otklik(c.args);
    BOOST_TEST(run.status == 2, c.args);
    BOOST_TEST(run.out.empty(), c.args);
    BOOST_TEST(run.err.find(c.message) != std::string::npos, c.args << " -> " << run.err);
  }
}

BOOST_AUTO_TEST_CASE(build_options_defaults_and_overrides) {
  const auto defaults = parse_build_options({});
  BOOST_TEST(defaults.data == "data");
  BOOST_TEST(defaults.content == "content");
  BOOST_TEST(defaults.templates == "templates");
  BOOST_TEST(defaults.out == "site");
  BOOST_TEST(defaults.config == "otklik.yaml");
  BOOST_TEST(!defaults.config_given);

  const auto given = parse_build_options(
      {"--data", "d", "--content=c", "--templates", "t", "--out", "o", "--config", "x.yaml"});
  BOOST_TEST(given.data == "d");
  BOOST_TEST(given.content == "c");
  BOOST_TEST(given.templates == "t");
  BOOST_TEST(given.out == "o");
  BOOST_TEST(given.config == "x.yaml");
  BOOST_TEST(given.config_given);
  BOOST_CHECK_THROW(parse_build_options({"stray"}), UsageError);
}

BOOST_AUTO_TEST_CASE(validate_of_a_missing_folder_cannot_run) {
  const RunResult run = run_otklik("validate /nonexistent/otklik-site");
  BOOST_TEST(run.status == 2);
  BOOST_TEST(run.err.find("/nonexistent/otklik-site: error: folder not found") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_missing_data_folder_is_reported_and_nothing_is_written) {
  const auto dir = fresh_temp_dir("cli-missing-data");
  const RunResult run = run_otklik("build --data nowhere --out site", dir);
  BOOST_TEST(run.status == 1);
  BOOST_TEST(run.err.find("nowhere: error: data folder not found") != std::string::npos, run.err);
  BOOST_TEST(!std::filesystem::exists(dir / "site"));
}

BOOST_AUTO_TEST_CASE(metrics_reports_bad_data_like_build_and_prints_nothing) {
  const auto dir = fresh_temp_dir("cli-metrics-missing-data");
  const RunResult run = run_otklik("metrics --data nowhere", dir);
  BOOST_TEST(run.status == 1);
  BOOST_TEST(run.out.empty());
  BOOST_TEST(run.err.find("nowhere: error: data folder not found") != std::string::npos, run.err);
  const RunResult config = run_otklik("metrics --config missing.yaml", dir);
  BOOST_TEST(config.status == 1);
  BOOST_TEST(
      config.err.find("missing.yaml: error: configuration file not found") != std::string::npos,
      config.err);
}
