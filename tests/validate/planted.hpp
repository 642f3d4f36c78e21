#pragma once
// The corpus check shared by the rules' corpus tests: each page of a bad
// folder has exactly one planted finding, word for word; the pages of a good
// folder are near misses with none.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "validate/validator.hpp"

namespace otklik::test {

struct Planted {
  Planted(std::size_t line, std::string element, std::string measured, std::string required = "")
      : line(line),
        element(std::move(element)),
        measured(std::move(measured)),
        required(std::move(required)) {}
  std::size_t line;
  std::string element;
  std::string measured;
  std::string required;  // "" when the rule has one requirement, given to the check
};

struct PlantedRule {
  std::string rule;
  std::string required;  // for entries that give none
  std::string clause;    // "" not checked
};

inline void check_planted(const std::filesystem::path& folder,
                          const std::map<std::string, Planted>& planted, const PlantedRule& rule) {
  std::size_t pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".html") continue;
    ++pages;
    BOOST_TEST_CONTEXT(entry.path().filename().string()) {
      BOOST_TEST(planted.contains(entry.path().filename().string()));
    }
  }
  BOOST_TEST(pages == planted.size());
  std::map<std::string, std::vector<validate::Finding>> by_file;
  for (validate::Finding& finding : validate::validate_folder(folder))
    by_file[finding.file].push_back(finding);
  for (const auto& [file, expected] : planted) {
    BOOST_TEST_CONTEXT(file) {
      const auto& found = by_file[file];
      BOOST_REQUIRE(found.size() == 1u);
      BOOST_TEST(found[0].rule == rule.rule);
      BOOST_TEST(found[0].line == expected.line);
      BOOST_TEST(found[0].element == expected.element);
      BOOST_TEST(found[0].measured == expected.measured);
      BOOST_TEST(found[0].required ==
                 (expected.required.empty() ? rule.required : expected.required));
      if (!rule.clause.empty()) BOOST_TEST(found[0].clause == rule.clause);
    }
  }
  BOOST_TEST(by_file.size() == planted.size());  // nothing found in other files
}

inline void check_near_misses(const std::filesystem::path& folder, std::size_t at_least) {
  std::size_t pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    pages += entry.path().extension() == ".html";
  BOOST_TEST(pages >= at_least);
  for (const validate::Finding& finding : validate::validate_folder(folder))
    BOOST_ERROR("unexpected: " << validate::format_finding(finding));
}

}  // namespace otklik::test
