#pragma once
// What one workbook covers: the whole body, or one life situation. The full
// workbook and each life situation's workbook have the same sheets; the scope
// decides which rows they hold.
#include <cstdint>
#include <string>
#include <vector>

#include "metrics/cut.hpp"
#include "model/dataset.hpp"

namespace otklik::report {

struct WorkbookScope {
  model::DimIndex life_situation = model::kNone;  // kNone: every life situation
  // The positions in Dataset::survey of the cells in scope, when the caller
  // has them (survey_cells_by_life_situation); otherwise a workbook finds
  // them with a pass over every cell. Nationally that pass, twice for each
  // of 60 workbooks, touched some 30 GB of memory (a cache line a cell).
  const std::vector<uint32_t>* cells = nullptr;

  bool whole_body() const { return life_situation == model::kNone; }
  // The life situations of the rows: «all» first and then each one for the
  // whole body; only its own for a life situation's workbook.
  std::vector<model::DimIndex> life_situations(const model::Dataset& data) const;
  bool includes(model::DimIndex ls) const { return whole_body() || ls == life_situation; }
  // The cut of the scope in `period`: every other dimension is «all».
  metrics::Cut cut(uint16_t period) const;
  // «все жизненные ситуации» or «ls01 Рождение ребёнка».
  std::string description(const model::Dataset& data) const;
};

// The positions of each life situation's survey cells, in survey order: one
// pass over the cells for all the workbooks.
std::vector<std::vector<uint32_t>> survey_cells_by_life_situation(const model::Dataset& data);

}  // namespace otklik::report
