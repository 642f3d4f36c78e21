#include "metrics/survey_cube.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace otklik::metrics {
namespace {

bool excluded(const model::Dataset& data, const model::CellKey& key, bool publish_internal) {
  return !publish_internal && key.segment != model::kNone &&
         data.segments[key.segment].client_type == model::ClientType::Internal;
}

// Bit i set: the cell is attributed on kDimensions[i].
unsigned attributed(const Cut& cell) {
  unsigned mask = 0;
  for (std::size_t i = 0; i < kDimensions.size(); ++i)
    if (cell.at(kDimensions[i]) != model::kNone) mask |= 1u << i;
  return mask;
}

// The answer slots some cell of each question uses, as a bit set: the
// cube keeps those and no others.
std::vector<uint16_t> used_slots(const model::Dataset& data) {
  std::vector<uint16_t> used(data.questions.size(), 0);
  for (const model::SurveyCell& cell : data.survey)
    for (std::size_t k = 0; k < model::kAnswerSlots; ++k)
      if (cell.answers[k] != 0) used[cell.key.question] |= static_cast<uint16_t>(1u << k);
  return used;
}

std::vector<uint8_t> slots_of(uint16_t used) {
  std::vector<uint8_t> slots;
  for (std::size_t k = 0; k < model::kAnswerSlots; ++k)
    if ((used & (1u << k)) != 0) slots.push_back(static_cast<uint8_t>(k));
  return slots;
}

Cut keep_only(Cut cell, unsigned mask) {
  for (std::size_t i = 0; i < kDimensions.size(); ++i)
    if ((mask & (1u << i)) == 0) cell.at(kDimensions[i]) = model::kNone;
  return cell;
}

}  // namespace

SurveyCube::SurveyCube(const model::Dataset& data, bool publish_internal, uint16_t period) {
  const std::vector<uint16_t> used = used_slots(data);
  for (const uint16_t question_slots : used) {
    columns_.push_back({stride_, slots_of(question_slots)});
    stride_ += columns_.back().slots.size();
  }
  const int nps = data.question_index("nps");
  columns_.push_back({stride_, slots_of(nps >= 0 ? used[nps] : 0)});  // the digital NPS
  stride_ += columns_.back().slots.size();
  std::unordered_map<Cut, std::size_t, CutHash> slot;
  std::vector<uint64_t> counts;
  std::vector<Cut> cuts;
  const auto add = [&](std::size_t row, std::size_t column, const model::AnswerCounts& answers) {
    const Column& c = columns_[column];
    for (std::size_t k = 0; k < c.slots.size(); ++k)
      counts[row * stride_ + c.offset + k] += answers[c.slots[k]];
  };
  const std::vector<model::SurveyCell>& survey = data.survey;
  for (std::size_t first = 0, last = 0; first < survey.size(); first = last) {
    // The cells of one finest cut, a question each, are found once per cut
    // they roll up to rather than once per question: the survey is sorted
    // with the question last, so they are next to each other.
    const Cut finest = cut_of(survey[first].key);
    for (last = first + 1; last < survey.size() && cut_of(survey[last].key) == finest;) ++last;
    if (finest.period != period || excluded(data, survey[first].key, publish_internal)) continue;
    // Its NPS answers also count as digital NPS when its touchpoint is digital.
    const int digital_question =
        finest.touchpoint != model::kNone &&
                data.touchpoints[finest.touchpoint].kind == model::TouchpointKind::Digital
            ? nps
            : -1;
    // Every sub-mask of the attributed dimensions: the cells count in each
    // cut that keeps some of their keys and sets the others to "all".
    const unsigned full = attributed(finest);
    for (unsigned mask = full;; mask = (mask - 1) & full) {
      const Cut cut = keep_only(finest, mask);
      auto [it, inserted] = slot.try_emplace(cut, cuts.size());
      if (inserted) {
        cuts.push_back(cut);
        counts.resize(counts.size() + stride_);
      }
      for (std::size_t c = first; c < last; ++c) {
        add(it->second, survey[c].key.question, survey[c].answers);
        if (survey[c].key.question == digital_question)
          add(it->second, columns_.size() - 1, survey[c].answers);
      }
      if (mask == 0) break;
    }
  }
  // Sorted, so that everything downstream is in a stable order. The counts
  // stay where they were added and are reached through row_: a sorted copy
  // would hold every count twice at once, gigabytes on the national set.
  std::vector<std::size_t> order(cuts.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&cuts](std::size_t a, std::size_t b) { return cuts[a] < cuts[b]; });
  slot = {};  // the sorted cuts are found by binary search from here on
  cuts_.reserve(cuts.size());
  row_.reserve(cuts.size());
  for (std::size_t i : order) {
    cuts_.push_back(cuts[i]);
    row_.push_back(i);
  }
  counts_ = std::move(counts);
}

model::AnswerCounts SurveyCube::expand(std::size_t cut, std::size_t column) const {
  const Column& c = columns_[column];
  const uint64_t* row = counts_.data() + row_[cut] * stride_ + c.offset;
  model::AnswerCounts answers;
  for (std::size_t k = 0; k < c.slots.size(); ++k) answers[c.slots[k]] = row[k];
  return answers;
}

std::optional<std::size_t> SurveyCube::index(const Cut& cut) const {
  const auto it = std::lower_bound(cuts_.begin(), cuts_.end(), cut);
  if (it == cuts_.end() || !(*it == cut)) return std::nullopt;
  return static_cast<std::size_t>(it - cuts_.begin());
}

}  // namespace otklik::metrics
