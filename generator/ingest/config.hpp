#pragma once
// otklik.yaml: every key optional; an unknown key is an error with its line.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "ingest/input_error.hpp"

namespace otklik::ingest {

struct SupportContacts {
  std::string phone = "8 800 000-00-00";
  std::string email = "support@example.gov.ru";
  std::string hours = "пн–пт 9:00–18:00 (МСК)";
};

enum class RuleSeverity { Error, Warning, Off };

struct Config {
  std::string organisation = "Министерство";
  std::string site_title = "Отклик: результаты обратной связи";
  std::string base_url = "/";
  SupportContacts support;
  uint64_t min_n = 10;              // suppress cuts with fewer valid answers
  uint64_t low_n = 100;             // flag cuts with fewer valid answers as low reliability
  bool publish_internal = false;    // internal-client (staff) results
  double readability_limit = 30.0;  // Oborneva Flesch score below which a page is flagged
  uint64_t max_sentence_words = 40;  // a longer sentence of a page's prose is flagged
  std::map<std::string, RuleSeverity> rule_severity;  // rule id -> severity
  // Where each rule id was written, so that an unknown one is reported there.
  std::map<std::string, SourceLocation> rule_locations;
  std::string csv_encoding;   // "", "utf-8" or "windows-1251"; empty = detect
  std::string csv_delimiter;  // "", "," or ";"; empty = detect
  bool allow_raw_html = false;
};

// Reads the YAML file; throws InputError naming file, line and column for a
// syntax error, an unknown key, or a value of the wrong type.
Config load_config(const std::filesystem::path& file);
// The defaults, for when no otklik.yaml exists.
Config default_config();

}  // namespace otklik::ingest
