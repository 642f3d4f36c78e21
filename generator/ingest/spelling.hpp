#pragma once
// "Did you mean ...?" for misspelt config keys and CSV column names.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace otklik::ingest {

// Levenshtein distance (insertions, deletions, substitutions), bytewise.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` within `max_distance` edits (fewer for short
// words); the first such candidate on a tie, so the hint is stable. nullopt
// when none is close.
std::optional<std::string> closest_spelling(std::string_view word,
                                            const std::vector<std::string>& candidates,
                                            std::size_t max_distance = 2);

}  // namespace otklik::ingest
