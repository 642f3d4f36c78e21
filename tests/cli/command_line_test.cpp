// The command line as documented in the README and `otklik --help`.
#include <boost/test/unit_test.hpp>
#include <cstdlib>

#include "cli/options.hpp"
#include "support/run_otklik.hpp"

using namespace otklik::test;
using otklik::cli::parse_build_options;
using otklik::cli::UsageError;

BOOST_AUTO_TEST_CASE(help_and_version) {
  const RunResult help = run_otklik("--help");
  BOOST_TEST(help.status == 0);
  BOOST_TEST(help.out.find("otklik build [--data DIR | --source URL]") != std::string::npos);
  BOOST_TEST(help.out.find("otklik validate [--browser] DIR") != std::string::npos);
  BOOST_TEST(help.out.find("otklik metrics [--data DIR | --source URL] [--config FILE] "
                           "[--format csv|json]") != std::string::npos);
  BOOST_TEST(help.out.find("otklik load [--data DIR] --target URL [--config FILE]") !=
             std::string::npos);
  const RunResult version = run_otklik("--version");
  BOOST_TEST(version.status == 0);
  BOOST_TEST(version.out == std::string("otklik ") + OTKLIK_VERSION + "\n");
}

BOOST_AUTO_TEST_CASE(the_program_allocates_with_mimalloc) {
  // The national build's memory and the benchmarks' times are measured with
  // mimalloc (CMakeLists.txt); only mimalloc answers MIMALLOC_SHOW_STATS.
  ::setenv("MIMALLOC_SHOW_STATS", "1", 1);
  const RunResult version = run_otklik("--version");
  ::unsetenv("MIMALLOC_SHOW_STATS");
  BOOST_TEST(version.status == 0);
  BOOST_TEST(version.err.find("heap stats:") != std::string::npos, version.err);
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
      {"build --data data --source postgresql://h/db", "--data and --source exclude each other"},
      {"metrics --source postgresql://h/db --data data", "--data and --source exclude each other"},
      {"load --data data", "target"},
      {"load --target postgresql://h/db stray", "unexpected argument: stray"},
      {"serve --port", "--port needs a number"},
      {"serve --port 80x", "--port takes 0..65535 (0: any free port), found \"80x\""},
      {"serve --port 70000", "--port takes 0..65535"},
      {"serve --nonsense", "nonsense"},
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
  BOOST_TEST(given.source.empty());
  BOOST_CHECK_THROW(parse_build_options({"stray"}), UsageError);
  BOOST_TEST(parse_build_options({"--source", "postgresql://u@h/db"}).source ==
             "postgresql://u@h/db");
}

// No server listens on port 1: the error names the URL, never its password.
BOOST_AUTO_TEST_CASE(an_unreachable_source_fails_with_the_url_masked) {
  const auto out = fresh_temp_dir("cli-unreachable-source") / "site";
  const std::vector<std::string> commands = {
      "metrics --source", "build --out '" + out.string() + "' --source", "load --target"};
  for (const std::string& command : commands) {
    const RunResult run =
        run_otklik(command + " postgresql://otklik:s3cret@127.0.0.1:1/db", OTKLIK_SOURCE_DIR);
    BOOST_TEST(run.status == 1, command);
    BOOST_TEST(run.err.find("cannot connect to postgresql://otklik:***@127.0.0.1:1/db: ") !=
                   std::string::npos,
               command << " -> " << run.err);
    BOOST_TEST(run.err.find("s3cret") == std::string::npos, command << " -> " << run.err);
    BOOST_TEST(!std::filesystem::exists(out), command);
  }
  const RunResult wrong = run_otklik("metrics --source mysql://u:s3cret@h/db");
  BOOST_TEST(wrong.status == 1);
  BOOST_TEST(wrong.err.find("\"mysql://u:***@h/db\" is not a PostgreSQL URL") != std::string::npos,
             wrong.err);
}

BOOST_AUTO_TEST_CASE(validate_of_a_missing_folder_cannot_run) {
  const RunResult run = run_otklik("validate /nonexistent/otklik-site");
  BOOST_TEST(run.status == 2);
  BOOST_TEST(run.err.find("/nonexistent/otklik-site: error: folder not found") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(validate_in_a_browser_that_cannot_start_cannot_run) {
  const auto dir = fresh_temp_dir("cli-validate-no-browser");
  std::filesystem::create_directories(dir / "site");
  ::setenv("OTKLIK_CHROMIUM", "/nonexistent/chromium", 1);
  const RunResult run = run_otklik("validate --browser site", dir);
  ::unsetenv("OTKLIK_CHROMIUM");
  BOOST_TEST(run.status == 2);
  BOOST_TEST(run.err.find("cannot start /nonexistent/chromium") != std::string::npos);
  BOOST_TEST(run.err.find("install the chromium package or set OTKLIK_CHROMIUM") !=
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

namespace {

// A folder with one contrast fault (#777 on white, 4.48:1) and one flashing
// fault (opacity switching 5 times a second).
std::filesystem::path faulty_site(const std::string& name) {
  const auto dir = fresh_temp_dir(name);
  std::filesystem::create_directories(dir / "site");
  write_file(dir / "site/index.html",
             "<!doctype html><html lang=\"ru\"><head><meta name=\"viewport\" "
             "content=\"width=device-width\"><title>t</title><style>\n"
             ".note { color: #777777; background: #ffffff; }\n"
             "@keyframes blink { from { opacity: 0 } to { opacity: 1 } }\n"
             ".alert { animation: blink 0.1s infinite; }\n"
             "</style></head><body><p class=\"note\">Текст</p><p class=\"alert\">!</p>"
             "</body></html>\n");
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_CASE(validate_reports_json_and_junit_on_stdout_for_ci) {
  const auto dir = faulty_site("cli-validate-formats");
  const RunResult json = run_otklik("validate site --format json", dir);
  BOOST_TEST(json.status == 1);
  BOOST_TEST(json.out.find("\"errors\": 2") != std::string::npos, json.out);
  BOOST_TEST(json.out.find("\"rule\": \"contrast\"") != std::string::npos, json.out);
  const RunResult junit = run_otklik("validate site --format junit", dir);
  BOOST_TEST(junit.status == 1);
  BOOST_TEST(junit.out.find("<testsuites") != std::string::npos, junit.out);
  BOOST_TEST(junit.out.find("<failure") != std::string::npos, junit.out);
  const RunResult text = run_otklik("validate site", dir);
  BOOST_TEST(text.out.empty());
  BOOST_TEST(text.err.find("index.html:2: contrast: .note") != std::string::npos, text.err);
  BOOST_TEST(run_otklik("validate site --format xml", dir).status == 2);
}

BOOST_AUTO_TEST_CASE(validate_follows_the_rule_levels_of_the_config) {
  const auto dir = faulty_site("cli-validate-levels");
  write_file(dir / "otklik.yaml", "rules:\n  contrast: warning\n  flashing: off\n");
  const RunResult relaxed = run_otklik("validate site", dir);
  BOOST_TEST(relaxed.status == 0, relaxed.err);
  BOOST_TEST(relaxed.err.find("warning: contrast") != std::string::npos, relaxed.err);
  BOOST_TEST(relaxed.err.find("flashing") == std::string::npos, relaxed.err);
  write_file(dir / "strict.yaml", "rules:\n  contrast: warning\n  contrats: off\n");
  const RunResult typo = run_otklik("validate site --config strict.yaml", dir);
  BOOST_TEST(typo.status == 2);
  BOOST_TEST(
      typo.err.find("strict.yaml:3:3: error: unknown rule \"contrats\"") != std::string::npos,
      typo.err);
}
