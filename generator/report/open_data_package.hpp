#pragma once
// The descriptions that travel with the open data: a Frictionless
// datapackage.json (every field of every CSV with its type) and the Russian
// open-data passport (meta.csv and structure-YYYYMMDD.csv of the
// Методические рекомендации по публикации открытых данных, version 3.0).
#include <string>
#include <vector>

#include "ingest/config.hpp"
#include "model/dataset.hpp"

namespace otklik::report {

struct OpenDataFile {
  std::string path;  // "opendata/datapackage.json"
  std::string bytes;
};

// datapackage.json, meta.csv and structure-<data date>.csv. Dates come from
// the data, never the clock.
std::vector<OpenDataFile> open_data_descriptions(const model::Dataset& data,
                                                 const ingest::Config& config);

}  // namespace otklik::report
