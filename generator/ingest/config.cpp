#include "ingest/config.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <map>

#include "ingest/input_error.hpp"

namespace otklik::ingest {
namespace {

using Setter = std::function<void(Config&, const YAML::Node&)>;

SourceLocation at(const std::string& file, const YAML::Mark& mark) {
  return {file, static_cast<std::size_t>(mark.line + 1), static_cast<std::size_t>(mark.column + 1)};
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

template <typename T>
T scalar(const std::string& file, const std::string& key, const YAML::Node& node,
         const char* expected) {
  try {
    if (!node.IsScalar()) throw YAML::BadConversion(node.Mark());
    return node.as<T>();
  } catch (const YAML::BadConversion&) {
    throw InputError(at(file, node.Mark()), "`" + key + "` must be " + expected);
  }
}

RuleSeverity severity(const std::string& file, const std::string& key, const YAML::Node& node) {
  const auto text = scalar<std::string>(file, key, node, "error, warning or off");
  if (text == "error") return RuleSeverity::Error;
  if (text == "warning") return RuleSeverity::Warning;
  if (text == "off") return RuleSeverity::Off;
  throw InputError(at(file, node.Mark()),
                   "`" + key + "` must be error, warning or off, not \"" + text + "\"");
}

// The keys of one mapping, each with what it does with its value.
void apply(const std::string& file, const std::string& prefix, const YAML::Node& map,
           const std::map<std::string, Setter>& keys, Config& config) {
  if (!map.IsMap()) throw InputError(at(file, map.Mark()), "`" + prefix + "` must be a mapping");
  for (const auto& entry : map) {
    const auto name = entry.first.as<std::string>();
    auto it = keys.find(name);
    if (it == keys.end()) {
      std::string hint;
      for (const auto& [known, _] : keys)
        if (edit_distance(name, known) <= 2) hint = "; did you mean `" + prefix + known + "`?";
      std::string list;
      for (const auto& [known, _] : keys) list += (list.empty() ? "" : ", ") + known;
      throw InputError(at(file, entry.first.Mark()),
                       "unknown key `" + prefix + name + "`" +
                           (hint.empty() ? "; the known keys are " + list : hint));
    }
    it->second(config, entry.second);
  }
}

Config parse(const std::string& file, const YAML::Node& root) {
  Config config;
  if (root.IsNull()) return config;
  const auto text = [&](std::string Config::*field, const std::string& key) {
    return Setter([=](Config& c, const YAML::Node& n) {
      c.*field = scalar<std::string>(file, key, n, "a text");
    });
  };
  const auto count = [&](uint64_t Config::*field, const std::string& key) {
    return Setter([=](Config& c, const YAML::Node& n) {
      c.*field = scalar<uint64_t>(file, key, n, "a whole number");
    });
  };
  const auto flag = [&](bool Config::*field, const std::string& key) {
    return Setter([=](Config& c, const YAML::Node& n) {
      c.*field = scalar<bool>(file, key, n, "true or false");
    });
  };
  const std::map<std::string, Setter> support_keys = {
      {"phone", Setter([&](Config& c, const YAML::Node& n) {
         c.support.phone = scalar<std::string>(file, "support.phone", n, "a text");
       })},
      {"email", Setter([&](Config& c, const YAML::Node& n) {
         c.support.email = scalar<std::string>(file, "support.email", n, "a text");
       })},
      {"hours", Setter([&](Config& c, const YAML::Node& n) {
         c.support.hours = scalar<std::string>(file, "support.hours", n, "a text");
       })},
  };
  const std::map<std::string, Setter> csv_keys = {
      {"encoding", Setter([&](Config& c, const YAML::Node& n) {
         c.csv_encoding = scalar<std::string>(file, "csv.encoding", n, "utf-8 or windows-1251");
         if (c.csv_encoding != "utf-8" && c.csv_encoding != "windows-1251")
           throw InputError(at(file, n.Mark()), "`csv.encoding` must be utf-8 or windows-1251");
       })},
      {"delimiter", Setter([&](Config& c, const YAML::Node& n) {
         c.csv_delimiter = scalar<std::string>(file, "csv.delimiter", n, "\",\" or \";\"");
         if (c.csv_delimiter != "," && c.csv_delimiter != ";")
           throw InputError(at(file, n.Mark()), "`csv.delimiter` must be \",\" or \";\"");
       })},
  };
  const std::map<std::string, Setter> keys = {
      {"organisation", text(&Config::organisation, "organisation")},
      {"site_title", text(&Config::site_title, "site_title")},
      {"base_url", text(&Config::base_url, "base_url")},
      {"min_n", count(&Config::min_n, "min_n")},
      {"low_n", count(&Config::low_n, "low_n")},
      {"publish_internal", flag(&Config::publish_internal, "publish_internal")},
      {"allow_raw_html", flag(&Config::allow_raw_html, "allow_raw_html")},
      {"readability_limit", Setter([&](Config& c, const YAML::Node& n) {
         c.readability_limit = scalar<double>(file, "readability_limit", n, "a number");
       })},
      {"support", Setter([&](Config& c, const YAML::Node& n) {
         apply(file, "support.", n, support_keys, c);
       })},
      {"csv", Setter([&](Config& c, const YAML::Node& n) { apply(file, "csv.", n, csv_keys, c); })},
      {"rules", Setter([&](Config& c, const YAML::Node& n) {
         if (!n.IsMap())
           throw InputError(at(file, n.Mark()), "`rules` must be a mapping of rule: severity");
         for (const auto& rule : n) {
           const auto id = rule.first.as<std::string>();
           c.rule_severity[id] = severity(file, "rules." + id, rule.second);
         }
       })},
  };
  apply(file, "", root, keys, config);
  return config;
}

}  // namespace

Config default_config() { return Config{}; }

Config load_config(const std::filesystem::path& path) {
  const std::string file = path.string();
  YAML::Node root;
  try {
    root = YAML::LoadFile(file);
  } catch (const YAML::BadFile&) {
    throw InputError({file, 0, 0}, "cannot read the configuration file");
  } catch (const YAML::ParserException& e) {
    throw InputError(at(file, e.mark), "YAML syntax: " + e.msg);
  }
  return parse(file, root);
}

}  // namespace otklik::ingest
