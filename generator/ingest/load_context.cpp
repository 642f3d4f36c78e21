#include "ingest/load_context.hpp"

#include <algorithm>
#include <numeric>

#include "ingest/input_error.hpp"

namespace otklik::ingest {
namespace fs = std::filesystem;

LoadContext::LoadContext(fs::path dir, const Config& config, const WarningSink& w,
                         model::Dataset& d)
    : data(d), warn(w), dir_(std::move(dir)), csv_{config.csv_encoding, config.csv_delimiter} {}

bool LoadContext::has(const std::string& name) const { return fs::is_regular_file(dir_ / name); }

std::unique_ptr<CsvReader> LoadContext::open(const std::string& name) const {
  const fs::path file = dir_ / name;
  if (!fs::is_regular_file(file))
    throw InputError({file.string(), 0, 0},
                     "required file not found; every data folder needs it (see "
                     "docs/data-format.md)");
  return std::make_unique<CsvReader>(file, file.string(), csv_);
}

void LoadContext::finish(CsvReader& reader, const std::string& name) {
  const uint64_t rows = reader.rows();
  data.inputs.push_back({name, rows, reader.sha256()});
}

model::DimIndex LoadContext::add_id(DimensionIndex& index, const CsvTable& table,
                                    const std::string& id) {
  const auto next = static_cast<model::DimIndex>(index.ids.size());
  if (!index.ids.emplace(id, next).second)
    table.fail("id", "duplicate " + index.what + " id \"" + id + "\"; each id must be unique");
  return next;
}

model::DimIndex LoadContext::ref(const DimensionIndex& index, const CsvTable& table,
                                 std::string_view column, bool optional) const {
  std::string_view id = table.text(column);
  if (id.empty()) {
    if (optional) return model::kNone;
    table.fail(column, "a " + index.what + " id is required");
  }
  auto it = index.ids.find(std::string(id));
  if (it == index.ids.end())
    table.fail(column, "unknown " + index.what + " \"" + std::string(id) + "\" — add it to " +
                           index.file + " or fix the id");
  return it->second;
}

uint16_t LoadContext::period(const CsvTable& table) {
  std::string text(table.text("period"));
  auto it = period_ids_.find(text);
  if (it != period_ids_.end()) return it->second;
  auto parsed = model::Period::parse(text);
  if (!parsed)
    table.fail("period",
               "expected a quarter such as \"2026-Q3\" or a month such as \"2026-07\", found \"" +
                   text + "\"");
  const auto id = static_cast<uint16_t>(data.periods.size());
  data.periods.push_back(*parsed);
  period_ids_.emplace(text, id);
  return id;
}

std::vector<uint16_t> LoadContext::sort_periods() {
  std::vector<uint16_t> order(data.periods.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint16_t a, uint16_t b) { return data.periods[a] < data.periods[b]; });
  std::vector<uint16_t> remap(order.size());
  std::vector<model::Period> sorted;
  for (std::size_t i = 0; i < order.size(); ++i) {
    remap[order[i]] = static_cast<uint16_t>(i);
    sorted.push_back(data.periods[order[i]]);
  }
  data.periods = std::move(sorted);
  return remap;
}

}  // namespace otklik::ingest
