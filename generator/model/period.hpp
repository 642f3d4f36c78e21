#pragma once
// A reporting period of the input contract: a quarter ("2026-Q3") or a month ("2026-07").
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace otklik::model {

struct Period {
  int year = 0;
  int quarter = 0;  // 1..4 for a quarter, 0 for a month
  int month = 0;    // 1..12 for a month, 0 for a quarter

  // Parses "YYYY-Qn" or "YYYY-MM"; nullopt on anything else.
  static std::optional<Period> parse(std::string_view text);

  // The contract's spelling: "2026-Q3" or "2026-07".
  std::string label() const;
  // Russian display: "III квартал 2026 г." or "июль 2026 г.".
  std::string russian_label() const;

  // The period right after this one, of the same kind: 2026-Q4 -> 2027-Q1,
  // 2026-12 -> 2027-01. Change is measured only against the period before.
  Period next() const;

  // Chronological order; a month sorts inside its quarter's span.
  int sort_key() const { return year * 100 + (quarter != 0 ? quarter * 3 : month); }
  friend bool operator<(const Period& a, const Period& b) {
    return a.sort_key() != b.sort_key() ? a.sort_key() < b.sort_key() : a.quarter < b.quarter;
  }
  friend bool operator==(const Period&, const Period&) = default;
};

}  // namespace otklik::model
