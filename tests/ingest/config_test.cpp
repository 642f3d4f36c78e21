// otklik.yaml: every key, defaults, and located errors with hints.
#include "ingest/config.hpp"

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "ingest/fixture.hpp"
#include "ingest/input_error.hpp"

using namespace otklik::ingest;

namespace {

std::filesystem::path write_yaml(const std::string& text) {
  return otklik::test::write_data("config", {{"otklik.yaml", text}}) / "otklik.yaml";
}

// what() of the error, or "no error".
std::string error_of(const std::filesystem::path& file) {
  try {
    load_config(file);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_key_is_read) {
  const auto c = load_config(write_yaml(R"(# Минтруд, сайт обратной связи
organisation: Минтруд России
site_title: "Отклик: Минтруд"
base_url: /otklik/
support:
  phone: 8 800 100-00-00
  email: help@mintrud.gov.ru
min_n: 30
low_n: 200
publish_internal: true
readability_limit: 25.5
rules:
  contrast: warning
  flashing: off
csv:
  encoding: windows-1251
  delimiter: ";"
allow_raw_html: yes
)"));
  BOOST_TEST(c.organisation == "Минтруд России");
  BOOST_TEST(c.site_title == "Отклик: Минтруд");
  BOOST_TEST(c.base_url == "/otklik/");
  BOOST_TEST(c.support.phone == "8 800 100-00-00");
  BOOST_TEST(c.support.email == "help@mintrud.gov.ru");
  BOOST_TEST(c.support.hours == default_config().support.hours);  // not set: the default
  BOOST_TEST(c.min_n == 30u);
  BOOST_TEST(c.low_n == 200u);
  BOOST_TEST(c.publish_internal);
  BOOST_TEST(c.readability_limit == 25.5);
  BOOST_TEST_REQUIRE(c.rule_severity.size() == 2u);
  BOOST_TEST((c.rule_severity.at("contrast") == RuleSeverity::Warning));
  BOOST_TEST((c.rule_severity.at("flashing") == RuleSeverity::Off));
  BOOST_TEST(c.csv_encoding == "windows-1251");
  BOOST_TEST(c.csv_delimiter == ";");
  BOOST_TEST(c.allow_raw_html);
}

BOOST_AUTO_TEST_CASE(an_empty_file_keeps_the_defaults) {
  const auto c = load_config(write_yaml("# nothing set yet\n"));
  const auto d = default_config();
  BOOST_TEST(c.organisation == d.organisation);
  BOOST_TEST(c.min_n == 10u);
  BOOST_TEST(c.low_n == 100u);
  BOOST_TEST(!c.publish_internal);
  BOOST_TEST(c.readability_limit == 30.0);
  BOOST_TEST(c.csv_encoding.empty());
  BOOST_TEST(c.csv_delimiter.empty());
  BOOST_TEST(c.rule_severity.empty());
  BOOST_TEST(!c.allow_raw_html);
}

BOOST_AUTO_TEST_CASE(config_errors_are_located) {
  const struct {
    const char* yaml;
    const char* expected;  // what() after the file name
  } cases[] = {
      {"min_n: 10\nmin_nn: 5\n", ":2:1: error: unknown key `min_nn`; did you mean `min_n`?"},
      {"support:\n  fone: 1\n",
       ":2:3: error: unknown key `support.fone`; did you mean `support.phone`?"},
      {"colour: red\n",
       ":1:1: error: unknown key `colour`; the known keys here are allow_raw_html, base_url, csv, "
       "low_n, max_sentence_words, min_n, organisation, publish_internal, readability_limit, "
       "rules, site_title, "
       "support"},
      {"min_n: many\n", ":1:8: error: `min_n` must be a whole number ≥ 0, found \"many\""},
      {"min_n: -5\n", ":1:8: error: `min_n` must be a whole number ≥ 0, found \"-5\""},
      {"publish_internal: maybe\n",
       ":1:19: error: `publish_internal` must be true or false, found \"maybe\""},
      {"organisation:\n  - a\n", ":2:3: error: `organisation` must be a text, found a list"},
      {"organisation:\n", ":1:1: error: `organisation` must be a text, found nothing"},
      {"readability_limit: .nan\n", ":1:20: error: `readability_limit` must be a finite number"},
      {"csv:\n  delimiter: \"|\"\n",
       ":2:14: error: `csv.delimiter` must be \",\" or \";\", found \"|\""},
      {"csv:\n  encoding: koi8-r\n",
       ":2:13: error: `csv.encoding` must be utf-8 or windows-1251, found \"koi8-r\""},
      {"rules:\n  contrast: loud\n",
       ":2:13: error: `rules.contrast` must be error, warning or off, found \"loud\""},
      {"support: 88001000000\n",
       ":1:10: error: `support` must be a mapping of `key: value` lines, found \"88001000000\""},
      {"min_n: 5\nlow_n: 50\nmin_n: 6\n",
       ":3:1: error: `min_n` is set twice (first on line 1); keep one"},
      {"- min_n\n", ":1:1: error: the configuration must be a mapping of `key: value` lines"},
  };
  for (const auto& c : cases) {
    const auto file = write_yaml(c.yaml);
    BOOST_TEST(error_of(file) == file.string() + c.expected, c.yaml);
  }
}

BOOST_AUTO_TEST_CASE(yaml_syntax_errors_are_located) {
  const struct {
    const char* yaml;
    const char* expected;
  } cases[] = {
      {"min_n: 10\nsupport: [phone\n", ":3:1: error: invalid YAML: end of sequence flow not found"},
      {"min_n: 10\n  low_n: 5\n", ":2:8: error: invalid YAML: illegal map value"},
  };
  for (const auto& c : cases) {
    const auto file = write_yaml(c.yaml);
    BOOST_TEST(error_of(file) == file.string() + c.expected, c.yaml);
  }
}

BOOST_AUTO_TEST_CASE(a_missing_config_file_is_an_error_naming_it) {
  const auto file = write_yaml("").parent_path() / "absent.yaml";
  BOOST_TEST(error_of(file) ==
             file.string() + ": error: cannot read the configuration file; check that it exists");
}
