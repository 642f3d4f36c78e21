#pragma once
// The rows of benchmark 4c: the shape of the workbook's «Исходные данные»
// sheet (period, life situation, service, touchpoint, segment, region,
// question, answer, count), drawn from a seed by a 32-bit xorshift that
// rows.py repeats step for step, so both writers get the same cells.
#include <cstdint>
#include <string>
#include <vector>

namespace otklik::bench {

struct InputRow {
  std::string period, life_situation, service, touchpoint, segment, region, question, answer;
  uint32_t count = 0;
};

std::vector<InputRow> input_rows(uint32_t rows, uint32_t seed);

}  // namespace otklik::bench
