#pragma once
// Reading back the CSV files otklik writes, for the end-to-end tests.
#include <cstdio>
#include <string>
#include <vector>

namespace otklik::test {

// RFC 4180 records: quoted fields may hold commas, quotes and newlines.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row(1);
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        row.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        row.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.emplace_back();
    } else if (c == '\n') {
      rows.push_back(row);
      row.assign(1, "");
    } else {
      row.back() += c;
    }
  }
  return rows;
}

// How a page shows a share the CSV gives as "74.08031273339796": rounded
// to one decimal, with a comma and a non-breaking space before "%".
inline std::string shown_percent(const std::string& csv_value) {
  char shown[32];
  std::snprintf(shown, sizeof shown, "%.1f", std::stod(csv_value));
  std::string russian(shown);
  russian[russian.find('.')] = ',';
  return russian + "\u00a0%";
}

}  // namespace otklik::test
