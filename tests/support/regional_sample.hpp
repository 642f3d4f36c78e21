#pragma once
// The sample's data with its survey split between two regions, for the tests
// of region pages: the sample itself has no regions. The split is
// tests/support/regional-sample, which the browser and PostgreSQL checks use
// too.
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/run_otklik.hpp"

namespace otklik::test {

inline const std::vector<std::string> kSampleRegions = {"north", "south"};

// A copy of the sample's data/ under a fresh temporary folder, with
// regions.csv and the survey split between its regions.
inline std::filesystem::path regional_sample_data(const std::string& name) {
  const std::filesystem::path data = fresh_temp_dir(name) / "data";
  const std::string command = "bash '" + (source_dir() / "tests/support/regional-sample").string() +
                              "' '" + (source_dir() / "data").string() + "' '" + data.string() +
                              "'";
  if (std::system(command.c_str()) != 0)
    throw std::runtime_error("cannot split the sample between regions: " + command);
  return data;
}

}  // namespace otklik::test
