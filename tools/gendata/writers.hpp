#pragma once
// One function per output file group; each writes into `out` and returns the
// files it wrote with their row counts, for the run summary.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "world.hpp"

namespace gendata {

struct WrittenFile {
  std::string name;
  uint64_t rows = 0;
  uint64_t bytes = 0;
};
using WrittenFiles = std::vector<WrittenFile>;

// life_situations, services, life_situation_services, touchpoints, segments,
// questions and, on the national scale, regions.
void write_dimensions(const World& world, const std::filesystem::path& out, WrittenFiles& files);
void write_survey(const World& world, const std::filesystem::path& out, WrittenFiles& files);
void write_appeals(const World& world, const std::filesystem::path& out, WrittenFiles& files);
void write_pain_points(const World& world, const std::filesystem::path& out, WrittenFiles& files);
// service_requests, response_times, service_standards.
void write_operations(const World& world, const std::filesystem::path& out, WrittenFiles& files);

}  // namespace gendata
