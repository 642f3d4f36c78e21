#pragma once
// How many respondents gave each answer: the expected shares of a scale's
// answers, and a sampler that turns n respondents into whole counts.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "random.hpp"

namespace gendata {

// Answers in the order they are written: the four-point scale, NPS, binary.
inline constexpr std::array<std::string_view, 5> kFourPointAnswers = {"4", "3", "2", "1", "dk"};
inline constexpr std::array<std::string_view, 11> kNpsAnswers = {"0", "1", "2", "3", "4", "5",
                                                                 "6", "7", "8", "9", "10"};
inline constexpr std::array<std::string_view, 4> kBinaryAnswers = {"yes", "no", "dk", "na"};

// Shares of 4, 3, 2, 1, dk: `top_two` of the valid answers (dk excluded) are
// 4 or 3, and `dk` of all answers are dk.
std::array<double, 5> four_point_shares(double top_two, double dk);

// Shares of 0..10 with the given NPS (−1..1, promoters minus detractors).
std::array<double, 11> nps_shares(double nps, double passives);

// Shares of yes, no, dk, na.
std::array<double, 4> binary_shares(double yes_of_valid, double dk, double na);

// Splits n respondents over the answers. The shares get the noise a real
// survey of n people would show (about sqrt(p(1-p)/n)), then the counts are
// rounded by largest remainder, so they always sum to n exactly.
void draw_counts(uint64_t n, std::span<const double> shares, Rng& rng, std::span<uint64_t> counts);

// Splits n over fixed weights by largest remainder, without noise.
void split_counts(uint64_t n, std::span<const double> weights, std::span<uint64_t> counts);

}  // namespace gendata
