#include "ingest/config.hpp"

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "ingest/input_error.hpp"

using namespace otklik::ingest;

namespace {

std::filesystem::path write_yaml(const std::string& text) {
  auto file = std::filesystem::temp_directory_path() / "otklik-config-test.yaml";
  std::ofstream(file) << text;
  return file;
}

std::string error_of(const std::string& yaml) {
  try {
    load_config(write_yaml(yaml));
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_full_config_is_read) {
  const auto c = load_config(write_yaml(
      "organisation: Минтруд\nmin_n: 30\nlow_n: 200\npublish_internal: true\n"
      "support:\n  phone: 8 800 100-00-00\n  email: help@mintrud.gov.ru\n"
      "csv:\n  delimiter: \";\"\n  encoding: windows-1251\nrules:\n  contrast: warning\n"));
  BOOST_TEST(c.organisation == "Минтруд");
  BOOST_TEST(c.min_n == 30u);
  BOOST_TEST(c.low_n == 200u);
  BOOST_TEST(c.publish_internal);
  BOOST_TEST(c.support.phone == "8 800 100-00-00");
  BOOST_TEST(c.support.hours == default_config().support.hours);
  BOOST_TEST(c.csv_delimiter == ";");
  BOOST_TEST(c.csv_encoding == "windows-1251");
  BOOST_TEST((c.rule_severity.at("contrast") == RuleSeverity::Warning));
}

BOOST_AUTO_TEST_CASE(config_errors_are_located) {
  const struct {
    const char* yaml;
    const char* expected;
  } cases[] = {
      {"min_n: 10\nmin_nn: 5\n", ":2:1: error: unknown key `min_nn`; did you mean `min_n`?"},
      {"support:\n  fone: 1\n", ":2:3: error: unknown key `support.fone`; did you mean `support.phone`?"},
      {"min_n: many\n", ":1:8: error: `min_n` must be a whole number"},
      {"publish_internal: maybe\n", ":1:19: error: `publish_internal` must be true or false"},
      {"csv:\n  delimiter: \"|\"\n", ":2:14: error: `csv.delimiter` must be \",\" or \";\""},
      {"rules:\n  contrast: loud\n", ":2:13: error: `rules.contrast` must be error, warning or off"},
      {"min_n: [1\n", ": error: YAML syntax"},
  };
  for (const auto& c : cases) {
    const std::string what = error_of(c.yaml);
    BOOST_TEST(what.find(c.expected) != std::string::npos, c.yaml << " -> " << what);
  }
}
