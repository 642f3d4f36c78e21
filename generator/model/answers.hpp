#pragma once
// Survey questions, their answer scales, and the counts of answers in one cell.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace otklik::model {

enum class Scale {
  FourPoint,  // 4..1 plus dk (satisfaction, need_satisfaction, ease)
  Nps,        // 0..10
  Binary      // yes, no, dk, na («не участвую», seed 001)
};
std::optional<Scale> parse_scale(std::string_view id);  // "four_point", "nps", "binary"

// Where an answer is counted in AnswerCounts: the numeric answers 0..10 in
// their own slot, then the non-numeric ones.
enum class AnswerSlot : uint8_t { Dk = 11, Na = 12, Yes = 13, No = 14 };
inline constexpr std::size_t kAnswerSlots = 15;

// Parses an answer as the scale allows: "4".."1" or "dk" on FourPoint, "0".."10"
// on Nps, "yes|no|dk|na" on Binary. Returns the slot, or nullopt.
std::optional<uint8_t> parse_answer(std::string_view text, Scale scale);
// What the scale accepts, for error messages.
std::string_view scale_answers(Scale scale);

// Counts of each answer in one disjoint cell of the survey.
struct AnswerCounts {
  std::array<uint64_t, kAnswerSlots> n{};

  uint64_t operator[](std::size_t slot) const { return n[slot]; }
  uint64_t& operator[](std::size_t slot) { return n[slot]; }
  uint64_t at(AnswerSlot slot) const { return n[static_cast<std::size_t>(slot)]; }
  AnswerCounts& operator+=(const AnswerCounts& other) {
    for (std::size_t i = 0; i < kAnswerSlots; ++i) n[i] += other.n[i];
    return *this;
  }
  uint64_t total() const {
    uint64_t sum = 0;
    for (auto v : n) sum += v;
    return sum;
  }
};

// A question asked in the survey: built-in or from questions.csv.
struct Question {
  std::string id;    // "satisfaction", "ease", "nps", "need_satisfaction", or a custom id
  std::string text;  // Russian wording
  Scale scale = Scale::FourPoint;
  bool built_in = false;
};

}  // namespace otklik::model
