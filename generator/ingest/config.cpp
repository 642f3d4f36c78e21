#include "ingest/config.hpp"

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <map>
#include <vector>

#include "ingest/input_error.hpp"
#include "ingest/spelling.hpp"

namespace otklik::ingest {
namespace {

SourceLocation at(const std::string& file, const YAML::Mark& mark) {
  return {file, static_cast<std::size_t>(mark.line + 1), static_cast<std::size_t>(mark.column + 1)};
}

// yaml-cpp places an empty value after its line; point at the key instead.
YAML::Mark mark_of(const YAML::Node& key, const YAML::Node& value) {
  return value.IsNull() ? key.Mark() : value.Mark();
}

// One value of the file, with what a message needs to point at it.
struct Value {
  const std::string& file;
  std::string key;  // full name: "support.phone"
  const YAML::Node& node;
  YAML::Mark mark;  // the value's, or its key's when the value is empty

  [[noreturn]] void fail(const std::string& message) const {
    throw InputError(at(file, mark), "`" + key + "` " + message);
  }

  std::string found() const {
    if (node.IsMap()) return "a mapping";
    if (node.IsSequence()) return "a list";
    if (node.IsNull()) return "nothing";
    return "\"" + node.Scalar() + "\"";
  }

  template <typename T>
  T as(const char* expected) const {
    try {
      if (node.IsScalar()) return node.as<T>();
    } catch (const YAML::BadConversion&) {
    }
    fail(std::string("must be ") + expected + ", found " + found());
  }
};

using Setter = void (*)(Config&, const Value&);
using KeyTable = std::map<std::string, Setter>;  // sorted, so the list of keys reads in order

void read_map(const Value& map, const KeyTable& keys, Config& config);

std::string text(const Value& v) { return v.as<std::string>("a text"); }
uint64_t whole(const Value& v) { return v.as<uint64_t>("a whole number ≥ 0"); }
bool flag(const Value& v) { return v.as<bool>("true or false"); }

std::string one_of(const Value& v, const std::vector<std::string>& allowed, const char* expected) {
  auto value = v.as<std::string>(expected);
  for (const auto& a : allowed)
    if (value == a) return value;
  v.fail(std::string("must be ") + expected + ", found " + v.found());
}

RuleSeverity severity(const Value& v) {
  const auto s = one_of(v, {"error", "warning", "off"}, "error, warning or off");
  return s == "error"     ? RuleSeverity::Error
         : s == "warning" ? RuleSeverity::Warning
                          : RuleSeverity::Off;
}

// Rule ids belong to the validator, a later stage; any id is taken here and
// the validator decides what an unknown one means.
void read_rules(Config& c, const Value& rules) {
  if (!rules.node.IsMap()) rules.fail("must be a mapping of `rule_id: error|warning|off` lines");
  for (const auto& entry : rules.node) {
    if (!entry.first.IsScalar())
      throw InputError(at(rules.file, entry.first.Mark()), "a rule id must be a plain word");
    const auto id = entry.first.as<std::string>();
    c.rule_locations[id] = at(rules.file, entry.first.Mark());
    c.rule_severity[id] = severity(
        {rules.file, rules.key + "." + id, entry.second, mark_of(entry.first, entry.second)});
  }
}

const KeyTable& support_keys() {
  static const KeyTable keys = {
      {"phone", [](Config& c, const Value& v) { c.support.phone = text(v); }},
      {"email", [](Config& c, const Value& v) { c.support.email = text(v); }},
      {"hours", [](Config& c, const Value& v) { c.support.hours = text(v); }},
  };
  return keys;
}

const KeyTable& csv_keys() {
  static const KeyTable keys = {
      {"encoding",
       [](Config& c, const Value& v) {
         c.csv_encoding = one_of(v, {"utf-8", "windows-1251"}, "utf-8 or windows-1251");
       }},
      {"delimiter",
       [](Config& c, const Value& v) {
         c.csv_delimiter = one_of(v, {",", ";"}, "\",\" or \";\"");
       }},
  };
  return keys;
}

const KeyTable& top_keys() {
  static const KeyTable keys = {
      {"organisation", [](Config& c, const Value& v) { c.organisation = text(v); }},
      {"site_title", [](Config& c, const Value& v) { c.site_title = text(v); }},
      {"base_url", [](Config& c, const Value& v) { c.base_url = text(v); }},
      {"support", [](Config& c, const Value& v) { read_map(v, support_keys(), c); }},
      {"min_n", [](Config& c, const Value& v) { c.min_n = whole(v); }},
      {"low_n", [](Config& c, const Value& v) { c.low_n = whole(v); }},
      {"publish_internal", [](Config& c, const Value& v) { c.publish_internal = flag(v); }},
      {"readability_limit",
       [](Config& c, const Value& v) {
         c.readability_limit = v.as<double>("a number");
         if (!std::isfinite(c.readability_limit)) v.fail("must be a finite number");
       }},
      {"max_sentence_words", [](Config& c, const Value& v) { c.max_sentence_words = whole(v); }},
      {"rules", read_rules},
      {"csv", [](Config& c, const Value& v) { read_map(v, csv_keys(), c); }},
      {"allow_raw_html", [](Config& c, const Value& v) { c.allow_raw_html = flag(v); }},
  };
  return keys;
}

[[noreturn]] void unknown_key(const Value& map, const YAML::Node& key, const std::string& name,
                              const KeyTable& keys) {
  const std::string prefix = map.key.empty() ? "" : map.key + ".";
  std::vector<std::string> names;
  for (const auto& [known, _] : keys) names.push_back(known);
  std::string hint;
  if (const auto guess = closest_spelling(name, names)) {
    hint = "; did you mean `" + prefix + *guess + "`?";
  } else {
    for (const auto& known : names)
      hint += (hint.empty() ? "; the known keys here are " : ", ") + prefix + known;
  }
  throw InputError(at(map.file, key.Mark()), "unknown key `" + prefix + name + "`" + hint);
}

void read_map(const Value& map, const KeyTable& keys, Config& config) {
  if (!map.node.IsMap()) {
    if (map.key.empty())
      throw InputError(at(map.file, map.mark),
                       "the configuration must be a mapping of `key: value` lines");
    map.fail("must be a mapping of `key: value` lines, found " + map.found());
  }
  std::map<std::string, std::size_t> seen;  // key -> line, to catch a key set twice
  for (const auto& entry : map.node) {
    if (!entry.first.IsScalar())
      throw InputError(at(map.file, entry.first.Mark()),
                       "a key must be a plain word such as min_n");
    const auto name = entry.first.as<std::string>();
    const auto setter = keys.find(name);
    if (setter == keys.end()) unknown_key(map, entry.first, name, keys);
    const std::string key = map.key.empty() ? name : map.key + "." + name;
    const auto [first, added] = seen.emplace(name, entry.first.Mark().line + 1);
    if (!added)
      throw InputError(at(map.file, entry.first.Mark()),
                       "`" + key + "` is set twice (first on line " +
                           std::to_string(first->second) + "); keep one");
    setter->second(config, {map.file, key, entry.second, mark_of(entry.first, entry.second)});
  }
}

}  // namespace

Config default_config() { return Config{}; }

Config load_config(const std::filesystem::path& path) {
  const std::string file = path.string();
  YAML::Node root;
  try {
    root = YAML::LoadFile(file);
  } catch (const YAML::BadFile&) {
    throw InputError({file, 0, 0}, "cannot read the configuration file; check that it exists");
  } catch (const YAML::Exception& e) {
    throw InputError(at(file, e.mark), "invalid YAML: " + e.msg);
  }
  Config config;
  if (root.IsNull()) return config;  // an empty file keeps every default
  read_map({file, "", root, root.Mark()}, top_keys(), config);
  return config;
}

}  // namespace otklik::ingest
