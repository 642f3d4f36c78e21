#pragma once
// Shared state while one data set is read (from a folder or a database): the
// id indexes of the dimensions (so facts can check their references) and the
// periods seen.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/csv_table.hpp"
#include "ingest/load_dataset.hpp"
#include "ingest/row_source.hpp"
#include "model/dataset.hpp"

namespace otklik::ingest {

// Lets a std::string-keyed map be searched with a string_view field without
// building a string per row.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept {
    return std::hash<std::string_view>{}(text);
  }
};
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

struct DimensionIndex {
  std::string what;  // "touchpoint"
  std::string file;  // "touchpoints.csv"
  StringMap<model::DimIndex> ids;
  StringMap<std::size_t> lines;  // where each id was defined, for duplicate errors
};

// The files of input contract v1 in their fixed order (Dataset::inputs).
const std::vector<std::string>& input_file_order();

class LoadContext {
 public:
  LoadContext(InputTables& tables, const WarningSink& warn, model::Dataset& data);

  bool has(const std::string& name) const { return tables_.has(name); }
  // Opens a file's rows; a required file that is missing is an error. `sum`:
  // see InputTables::open.
  std::unique_ptr<RowSource> open(const std::string& name, std::string_view sum = {}) {
    return tables_.open(name, sum);
  }
  // Records the file's rows and SHA-256 once it has been read.
  void finish(RowSource& rows, const std::string& name);
  // Puts Dataset::inputs in the contract's order, whatever the reading order.
  void order_inputs();

  // Checks that the id in `column` is new in its dimension file.
  void check_new_id(DimensionIndex& index, const CsvTable& table, const CsvTable::Column& column,
                    const std::string& id);
  // check_new_id, then gives the id the next index.
  model::DimIndex add_id(DimensionIndex& index, const CsvTable& table,
                         const CsvTable::Column& column, const std::string& id);
  // The index of the id in `column`; kNone when empty and `optional`.
  model::DimIndex ref(const DimensionIndex& index, const CsvTable& table,
                      const CsvTable::Column& column, bool optional) const;
  // The index of the question named in `column`.
  uint16_t question(const CsvTable& table, const CsvTable::Column& column) const;
  // The period in `column`, as a provisional index in order of first
  // appearance; sort_periods() makes it chronological.
  uint16_t period(const CsvTable& table, const CsvTable::Column& column);
  // Sorts Dataset::periods and returns the map from provisional to final index.
  std::vector<uint16_t> sort_periods();

  model::Dataset& data;
  const WarningSink& warn;
  DimensionIndex life_situations{"life situation", "life_situations.csv", {}, {}};
  DimensionIndex services{"service", "services.csv", {}, {}};
  DimensionIndex touchpoints{"touchpoint", "touchpoints.csv", {}, {}};
  DimensionIndex segments{"segment", "segments.csv", {}, {}};
  DimensionIndex regions{"region", "regions.csv", {}, {}};
  DimensionIndex questions{"question", "questions.csv", {}, {}};

 private:
  InputTables& tables_;
  StringMap<uint16_t> period_ids_;
};

void load_dimensions(LoadContext& context);
void load_facts(LoadContext& context);
// survey.csv, merged into cells (survey_file.cpp), and their final order.
void load_survey(LoadContext& context);
void sort_survey_cells(model::Dataset& data);

}  // namespace otklik::ingest
