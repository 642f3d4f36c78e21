#pragma once
// Finds the survey cell of a key while the survey streams by. The cells live
// in the Dataset's own vector; the index is an open-addressing table of
// 8-byte slots (a hash tag and the cell's position). Against a node-based
// std::unordered_map it touches about half as many cache lines per row,
// which matters when 15 million rows come in the database's hash order
// rather than the file's sorted one, and the cells need no second copy
// into the vector at the end.
#include <cstdint>
#include <vector>

#include "model/dataset.hpp"

namespace otklik::ingest {

class CellIndex {
 public:
  // `cells` starts empty and is filled through cell().
  explicit CellIndex(std::vector<model::SurveyCell>& cells);

  // The answers of `key`'s cell, a new empty cell appended when none has it.
  model::AnswerCounts& cell(const model::CellKey& key);

 private:
  void grow();

  std::vector<model::SurveyCell>& cells_;
  std::vector<uint64_t> slots_;  // tag << 32 | (position + 1); 0 = empty
  uint64_t mask_ = 0;
  // The cell found last, position + 1 (0: none). A file sorted by key gives
  // a cell's answers on consecutive rows, so most rows need no lookup.
  std::size_t last_ = 0;
};

}  // namespace otklik::ingest
