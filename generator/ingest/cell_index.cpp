#include "ingest/cell_index.hpp"

namespace otklik::ingest {
namespace {

constexpr std::size_t kFirstSlots = 1024;

uint64_t hash(const model::CellKey& k) {
  uint64_t h = k.period;
  for (const auto v : {k.life_situation, k.service, k.touchpoint, k.segment, k.region,
                       static_cast<model::DimIndex>(k.question)})
    h = (h ^ static_cast<uint32_t>(v)) * 0x9E3779B97F4A7C15ull;
  // MurmurHash3's finaliser: every bit of the key reaches the low bits the
  // table masks with, and the high bits kept as a tag.
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 33);
}

uint64_t tag_of(uint64_t h) { return h & 0xFFFFFFFF00000000ull; }

}  // namespace

CellIndex::CellIndex(std::vector<model::SurveyCell>& cells) : cells_(cells) {
  slots_.assign(kFirstSlots, 0);
  mask_ = kFirstSlots - 1;
}

model::AnswerCounts& CellIndex::cell(const model::CellKey& key) {
  if (last_ != 0 && cells_[last_ - 1].key == key) return cells_[last_ - 1].answers;
  const uint64_t h = hash(key);
  const uint64_t tag = tag_of(h);
  for (uint64_t at = h & mask_;; at = (at + 1) & mask_) {
    const uint64_t slot = slots_[at];
    if (slot == 0) {
      slots_[at] = tag | (cells_.size() + 1);
      cells_.push_back({key, {}});
      last_ = cells_.size();
      model::AnswerCounts& added = cells_.back().answers;
      if (2 * cells_.size() > slots_.size()) grow();  // at most half full
      return added;
    }
    if (tag_of(slot) == tag) {
      model::SurveyCell& found = cells_[(slot & 0xFFFFFFFFull) - 1];
      if (found.key != key) continue;
      last_ = slot & 0xFFFFFFFFull;
      return found.answers;
    }
  }
}

void CellIndex::grow() {
  std::vector<uint64_t> old(slots_.size() * 2, 0);
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  for (const uint64_t slot : old) {
    if (slot == 0) continue;
    // The tag holds the hash's high half only: the position is found again.
    const uint64_t h = hash(cells_[(slot & 0xFFFFFFFFull) - 1].key);
    uint64_t at = h & mask_;
    while (slots_[at] != 0) at = (at + 1) & mask_;
    slots_[at] = slot;
  }
}

}  // namespace otklik::ingest
