#include "model/dataset.hpp"

namespace otklik::model {
namespace {

// Linear: dimensions are small (hundreds) and ingest keeps its own hash maps
// for the hot path; these lookups serve pages and tests.
template <typename Row>
DimIndex find_by_id(const std::vector<Row>& rows, std::string_view id) {
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].id == id) return static_cast<DimIndex>(i);
  return kNone;
}

}  // namespace

int Dataset::question_index(std::string_view id) const { return find_by_id(questions, id); }
DimIndex Dataset::life_situation_index(std::string_view id) const {
  return find_by_id(life_situations, id);
}
DimIndex Dataset::service_index(std::string_view id) const { return find_by_id(services, id); }
DimIndex Dataset::touchpoint_index(std::string_view id) const {
  return find_by_id(touchpoints, id);
}

bool Dataset::lacks_optional_input(std::string_view name) const {
  for (std::string_view optional : kOptionalFactFiles)
    if (optional == name) return !has_input(name);
  return false;
}

bool Dataset::has_input(std::string_view name) const {
  for (const auto& file : inputs)
    if (file.name == name) return true;
  return false;
}

}  // namespace otklik::model
