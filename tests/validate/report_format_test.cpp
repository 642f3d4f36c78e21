// The validator's reports: text for people, JSON and JUnit for CI, and the
// levels otklik.yaml gives each rule.
#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "validate/report_format.hpp"
#include "validate/rule_policy.hpp"

namespace ov = otklik::validate;

namespace {

std::vector<ov::Finding> findings() {
  ov::Finding contrast{
      "contrast",       "index.html",          5, ".note <\"x\">", "4.48:1 (#777777 on #ffffff)",
      "at least 4.5:1", "4.6.1.13; WCAG 1.4.3"};
  ov::Finding flashing{"flashing",
                       "a/b.html",
                       10,
                       ".alert",
                       "5.00 flashes/s",
                       "at most 3 flashes/s",
                       "4.6.1.11; WCAG 2.3.1"};
  flashing.severity = ov::Severity::Warning;
  return {contrast, flashing};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_reports)

BOOST_AUTO_TEST_CASE(text_is_one_line_per_finding_and_names_warnings) {
  const std::string text = ov::format_report(findings(), ov::ReportFormat::Text, "site");
  BOOST_TEST(text ==
             "index.html:5: contrast: .note <\"x\"> — 4.48:1 (#777777 on #ffffff), required at "
             "least 4.5:1 (4.6.1.13; WCAG 1.4.3)\n"
             "a/b.html:10: warning: flashing: .alert — 5.00 flashes/s, required at most 3 "
             "flashes/s (4.6.1.11; WCAG 2.3.1)\n");
}

BOOST_AUTO_TEST_CASE(json_carries_every_field_and_the_counts) {
  const std::string json = ov::format_report(findings(), ov::ReportFormat::Json, "site");
  Poco::JSON::Parser parser;
  const auto report = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
  BOOST_TEST(report->getValue<std::string>("folder") == "site");
  BOOST_TEST(report->getValue<int>("errors") == 1);
  BOOST_TEST(report->getValue<int>("warnings") == 1);
  const auto list = report->getArray("findings");
  BOOST_REQUIRE(list->size() == 2u);
  const auto first = list->getObject(0);
  BOOST_TEST(first->getValue<std::string>("rule") == "contrast");
  BOOST_TEST(first->getValue<std::string>("severity") == "error");
  BOOST_TEST(first->getValue<std::string>("element") == ".note <\"x\">");
  BOOST_TEST(first->getValue<int>("line") == 5);
  BOOST_TEST(first->getValue<std::string>("measured") == "4.48:1 (#777777 on #ffffff)");
  BOOST_TEST(first->getValue<std::string>("clause") == "4.6.1.13; WCAG 1.4.3");
  BOOST_TEST(list->getObject(1)->getValue<std::string>("severity") == "warning");
  // Keys in a fixed order: the same findings give the same bytes.
  BOOST_TEST(json.find("\"folder\"") < json.find("\"errors\""));
}

BOOST_AUTO_TEST_CASE(junit_has_a_suite_per_rule_failures_for_errors_and_skips_for_warnings) {
  const std::string xml = ov::format_report(findings(), ov::ReportFormat::Junit, "site");
  Poco::XML::DOMParser parser;
  Poco::AutoPtr<Poco::XML::Document> doc = parser.parseString(xml);
  const auto* root = doc->documentElement();
  BOOST_TEST(root->tagName() == "testsuites");
  BOOST_TEST(root->getAttribute("failures") == "1");
  Poco::AutoPtr<Poco::XML::NodeList> suites = doc->getElementsByTagName("testsuite");
  // Every known rule has a suite, so a clean run still lists what was checked.
  BOOST_TEST(suites->length() == ov::rule_ids().size());
  Poco::AutoPtr<Poco::XML::NodeList> failures = doc->getElementsByTagName("failure");
  BOOST_REQUIRE(failures->length() == 1u);
  const auto* failure = static_cast<Poco::XML::Element*>(failures->item(0));
  BOOST_TEST(failure->getAttribute("type") == "contrast");
  BOOST_TEST(failure->innerText().find("index.html:5: contrast") == 0u);
  Poco::AutoPtr<Poco::XML::NodeList> skipped = doc->getElementsByTagName("skipped");
  BOOST_TEST(skipped->length() == 1u);
}

BOOST_AUTO_TEST_CASE(junit_of_a_clean_run_passes_one_case_per_rule) {
  const std::string xml = ov::format_report({}, ov::ReportFormat::Junit, "site");
  Poco::XML::DOMParser parser;
  Poco::AutoPtr<Poco::XML::Document> doc = parser.parseString(xml);
  Poco::AutoPtr<Poco::XML::NodeList> cases = doc->getElementsByTagName("testcase");
  BOOST_TEST(cases->length() == ov::rule_ids().size());
  BOOST_TEST(doc->getElementsByTagName("failure")->length() == 0u);
}

BOOST_AUTO_TEST_CASE(policy_turns_rules_off_or_into_warnings) {
  struct Case {
    const char* name;
    ov::RulePolicy policy;
    std::size_t kept;
    std::size_t errors;
  };
  std::vector<ov::Finding> plain = findings();
  plain[1].severity = ov::Severity::Error;
  const Case cases[] = {
      {"default: every rule an error", {}, 2, 2},
      {"flashing a warning", {{"flashing", ov::RuleLevel::Warning}}, 2, 1},
      {"contrast off", {{"contrast", ov::RuleLevel::Off}}, 1, 1},
      {"both relaxed",
       {{"contrast", ov::RuleLevel::Warning}, {"flashing", ov::RuleLevel::Off}},
       1,
       0},
      {"an explicit error", {{"contrast", ov::RuleLevel::Error}}, 2, 2},
  };
  for (const Case& c : cases) {
    const auto kept = ov::apply_policy(plain, c.policy);
    BOOST_TEST(kept.size() == c.kept, c.name);
    BOOST_TEST(ov::error_count(kept) == c.errors, c.name);
  }
  BOOST_TEST(ov::is_rule_id("contrast"));
  BOOST_TEST(!ov::is_rule_id("contrats"));
}

BOOST_AUTO_TEST_SUITE_END()
