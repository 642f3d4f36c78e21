#include "ingest/load_context.hpp"

#include <algorithm>
#include <numeric>

#include "ingest/input_error.hpp"

namespace otklik::ingest {

const std::vector<std::string>& input_file_order() {
  static const std::vector<std::string> kFiles = {
      "life_situations.csv",  "services.csv",       "life_situation_services.csv",
      "touchpoints.csv",      "survey.csv",         "appeals.csv",
      "segments.csv",         "regions.csv",        "questions.csv",
      "service_requests.csv", "response_times.csv", "pain_points.csv",
      "service_standards.csv"};
  return kFiles;
}

LoadContext::LoadContext(InputTables& tables, const WarningSink& w, model::Dataset& d)
    : data(d), warn(w), tables_(tables) {}

void LoadContext::finish(RowSource& rows, const std::string& name) {
  data.inputs.push_back(rows.finish(name));
}

void LoadContext::order_inputs() {
  const auto& order = input_file_order();
  const auto rank = [&](const model::InputFile& file) {
    return std::find(order.begin(), order.end(), file.name) - order.begin();
  };
  std::stable_sort(data.inputs.begin(), data.inputs.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
}

void LoadContext::check_new_id(DimensionIndex& index, const CsvTable& table,
                               const CsvTable::Column& column, const std::string& id) {
  const auto [it, added] = index.lines.emplace(id, table.line());
  if (!added)
    table.fail(column, "duplicate " + index.what + " id " + in_quotes(id) + " (first on line " +
                           std::to_string(it->second) + "); each id must be unique");
}

model::DimIndex LoadContext::add_id(DimensionIndex& index, const CsvTable& table,
                                    const CsvTable::Column& column, const std::string& id) {
  check_new_id(index, table, column, id);
  const auto next = static_cast<model::DimIndex>(index.ids.size());
  index.ids.emplace(id, next);
  return next;
}

model::DimIndex LoadContext::ref(const DimensionIndex& index, const CsvTable& table,
                                 const CsvTable::Column& column, bool optional) const {
  const std::string_view id = table.text(column);
  if (id.empty()) {
    if (optional) return model::kNone;
    table.fail(column, "a " + index.what + " id is required here");
  }
  const auto it = index.ids.find(id);
  if (it == index.ids.end())
    table.fail(column, "unknown " + index.what + " " + in_quotes(id) + " — add it to " +
                           index.file + " or fix the id");
  return it->second;
}

uint16_t LoadContext::question(const CsvTable& table, const CsvTable::Column& column) const {
  const std::string_view id = table.text(column);
  const auto it = questions.ids.find(id);
  if (it != questions.ids.end()) return static_cast<uint16_t>(it->second);
  std::string known;
  for (const auto& q : data.questions) known += (known.empty() ? "" : ", ") + q.id;
  table.fail(column, "unknown question " + in_quotes(id) + "; the known questions are " + known +
                         " — add it to questions.csv (id, text, scale) or fix the id");
}

uint16_t LoadContext::period(const CsvTable& table, const CsvTable::Column& column) {
  const std::string_view text = table.text(column);
  const auto it = period_ids_.find(text);
  if (it != period_ids_.end()) return it->second;
  const auto parsed = model::Period::parse(text);
  if (!parsed)
    table.fail(column,
               "expected a quarter such as \"2026-Q3\" or a month such as \"2026-07\", "
               "found " +
                   in_quotes(text));
  const auto id = static_cast<uint16_t>(data.periods.size());
  data.periods.push_back(*parsed);
  period_ids_.emplace(std::string(text), id);
  return id;
}

std::vector<uint16_t> LoadContext::sort_periods() {
  std::vector<uint16_t> order(data.periods.size());
  std::iota(order.begin(), order.end(), uint16_t{0});
  std::sort(order.begin(), order.end(),
            [&](uint16_t a, uint16_t b) { return data.periods[a] < data.periods[b]; });
  std::vector<uint16_t> remap(order.size());
  std::vector<model::Period> sorted;
  sorted.reserve(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    remap[order[i]] = static_cast<uint16_t>(i);
    sorted.push_back(data.periods[order[i]]);
  }
  data.periods = std::move(sorted);
  return remap;
}

}  // namespace otklik::ingest
