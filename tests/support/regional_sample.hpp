#pragma once
// The sample's data with its survey split between two regions, for the tests
// of region pages: the sample itself has no regions.
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/run_otklik.hpp"

namespace otklik::test {

inline const std::vector<std::string> kSampleRegions = {"north", "south"};

// survey.csv with region_id (the sixth column) filled: even rows to «north»,
// odd rows to «south». The region is part of a cell's key, so no two rows
// become one cell.
inline std::string split_between_regions(const std::string& survey) {
  std::istringstream in(survey);
  std::string line;
  std::getline(in, line);
  std::string out = line + "\n";
  for (std::size_t row = 0; std::getline(in, line); ++row) {
    std::size_t comma = 0;
    for (int field = 0; field < 5; ++field) comma = line.find(',', comma) + 1;
    if (line[comma] != ',') throw std::runtime_error("the sample's survey already has a region");
    out += line.substr(0, comma) + kSampleRegions[row % 2] + line.substr(comma) + "\n";
  }
  return out;
}

// A copy of the sample's data/ under a fresh temporary folder, with
// regions.csv and the survey split between its regions.
inline std::filesystem::path regional_sample_data(const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path data = fresh_temp_dir(name) / "data";
  fs::copy(source_dir() / "data", data, fs::copy_options::recursive);
  write_file(data / "regions.csv", "id,name\nnorth,Северный край\nsouth,Южный край\n");
  write_file(data / "survey.csv", split_between_regions(read_file(data / "survey.csv")));
  return data;
}

}  // namespace otklik::test
