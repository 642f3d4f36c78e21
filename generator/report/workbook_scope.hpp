#pragma once
// What one workbook covers: the whole body, or one life situation. The full
// workbook and each life situation's workbook have the same sheets; the scope
// decides which rows they hold.
#include <string>
#include <vector>

#include "metrics/cut.hpp"
#include "model/dataset.hpp"

namespace otklik::report {

struct WorkbookScope {
  model::DimIndex life_situation = model::kNone;  // kNone: every life situation

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

}  // namespace otklik::report
