#include "rows.hpp"

#include <array>
#include <cstdio>

namespace otklik::bench {
namespace {

constexpr std::array<const char*, 8> kPeriods = {"2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3",
                                                 "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"};
// An empty segment or region is a cut not broken down by it, as in survey.csv.
constexpr std::array<const char*, 5> kSegments = {"citizens", "pensioners", "entrepreneurs",
                                                  "staff", ""};
constexpr std::array<const char*, 5> kQuestions = {"satisfaction", "ease", "need_satisfaction",
                                                   "nps", "polite"};
const std::vector<std::string>& answers(std::size_t question) {
  static const std::vector<std::string> scale = {"4", "3", "2", "1", "dk"};
  static const std::vector<std::string> nps = {"0", "1", "2", "3", "4", "5",
                                               "6", "7", "8", "9", "10"};
  static const std::vector<std::string> yes_no = {"yes", "no"};
  return question == 3 ? nps : question == 4 ? yes_no : scale;
}

std::string numbered(const char* prefix, uint32_t n, int digits) {
  char text[16];
  std::snprintf(text, sizeof text, "%s%0*u", prefix, digits, n);
  return text;
}

struct XorShift32 {
  uint32_t state;
  uint32_t next() {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
  }
};

}  // namespace

// Two draws a row; the periods run in order down the sheet, as in the workbook.
std::vector<InputRow> input_rows(uint32_t rows, uint32_t seed) {
  XorShift32 random{seed == 0 ? 1u : seed};
  std::vector<InputRow> out(rows);
  for (uint32_t i = 0; i < rows; ++i) {
    const uint32_t a = random.next();
    const uint32_t b = random.next();
    InputRow& row = out[i];
    row.period = kPeriods[static_cast<uint64_t>(i) * kPeriods.size() / rows];
    row.life_situation = numbered("ls", a % 60 + 1, 2);
    row.service = numbered("svc", (a >> 8) % 400 + 1, 3);
    row.touchpoint = numbered("tp", (a >> 17) % 10 + 1, 2);
    row.segment = kSegments[(a >> 21) % kSegments.size()];
    const uint32_t region = b % 86;
    row.region = region == 0 ? "" : numbered("r", region, 2);
    const std::size_t question = (b >> 7) % kQuestions.size();
    row.question = kQuestions[question];
    row.answer = answers(question)[(b >> 10) % answers(question).size()];
    row.count = 1 + (b >> 14) % 3000;
  }
  return out;
}

}  // namespace otklik::bench
