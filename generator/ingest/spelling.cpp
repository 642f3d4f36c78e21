#include "ingest/spelling.hpp"

#include <algorithm>

namespace otklik::ingest {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1] ? 1u : 0u)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::optional<std::string> closest_spelling(std::string_view word,
                                            const std::vector<std::string>& candidates,
                                            std::size_t max_distance) {
  // Two edits turn "id" into almost any two-letter word; short words get one.
  const std::size_t limit = std::min(max_distance, std::max<std::size_t>(1, word.size() / 2));
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance && d != 0) {
      best = candidate;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace otklik::ingest
