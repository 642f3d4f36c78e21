#pragma once
// Shared state while one data folder is read: the id indexes of the
// dimensions (so facts can check their references) and the periods seen.
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/csv_table.hpp"
#include "ingest/load_dataset.hpp"
#include "model/dataset.hpp"

namespace otklik::ingest {

struct DimensionIndex {
  std::string what;  // "touchpoint"
  std::string file;  // "touchpoints.csv"
  std::unordered_map<std::string, model::DimIndex> ids;
};

class LoadContext {
 public:
  LoadContext(std::filesystem::path dir, const Config& config, const WarningSink& warn,
              model::Dataset& data);

  bool has(const std::string& name) const;
  // Opens name in the data folder; a required file that is missing is an error.
  std::unique_ptr<CsvReader> open(const std::string& name) const;
  // Records the file's rows and SHA-256 once it has been read.
  void finish(CsvReader& reader, const std::string& name);

  // Registers a new id of a dimension file; a duplicate is an error.
  model::DimIndex add_id(DimensionIndex& index, const CsvTable& table, const std::string& id);
  // The index of the id in `column`; kNone when empty and `optional`.
  model::DimIndex ref(const DimensionIndex& index, const CsvTable& table, std::string_view column,
                      bool optional) const;
  // The period of `column`, as a provisional index (see remap_periods).
  uint16_t period(const CsvTable& table);
  // Sorts the periods and returns the map from provisional to final index.
  std::vector<uint16_t> sort_periods();

  model::Dataset& data;
  const WarningSink& warn;
  DimensionIndex life_situations{"life situation", "life_situations.csv", {}};
  DimensionIndex services{"service", "services.csv", {}};
  DimensionIndex touchpoints{"touchpoint", "touchpoints.csv", {}};
  DimensionIndex segments{"segment", "segments.csv", {}};
  DimensionIndex regions{"region", "regions.csv", {}};

 private:
  std::filesystem::path dir_;
  CsvOptions csv_;
  std::unordered_map<std::string, uint16_t> period_ids_;
};

void load_dimensions(LoadContext& context);
void load_facts(LoadContext& context);

}  // namespace otklik::ingest
