#include "model/answers.hpp"

#include <charconv>

namespace otklik::model {

std::optional<Scale> parse_scale(std::string_view id) {
  if (id == "four_point") return Scale::FourPoint;
  if (id == "nps") return Scale::Nps;
  if (id == "binary") return Scale::Binary;
  return std::nullopt;
}

std::optional<uint8_t> parse_answer(std::string_view text, Scale scale) {
  if (scale == Scale::Binary) {
    if (text == "yes") return static_cast<uint8_t>(AnswerSlot::Yes);
    if (text == "no") return static_cast<uint8_t>(AnswerSlot::No);
    if (text == "dk") return static_cast<uint8_t>(AnswerSlot::Dk);
    if (text == "na") return static_cast<uint8_t>(AnswerSlot::Na);
    return std::nullopt;
  }
  if (scale == Scale::FourPoint && text == "dk") return static_cast<uint8_t>(AnswerSlot::Dk);
  int value = -1;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end || text.empty()) return std::nullopt;
  const int max = scale == Scale::Nps ? 10 : 4;
  const int min = scale == Scale::Nps ? 0 : 1;
  if (value < min || value > max) return std::nullopt;
  return static_cast<uint8_t>(value);
}

std::string_view scale_answers(Scale scale) {
  switch (scale) {
    case Scale::FourPoint:
      return "4, 3, 2, 1 or dk";
    case Scale::Nps:
      return "an integer from 0 to 10";
    case Scale::Binary:
      return "yes, no, dk or na";
  }
  return "";
}

}  // namespace otklik::model
