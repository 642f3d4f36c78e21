// survey.csv: answers merged into one SurveyCell per distinct key while the
// file streams by, so memory grows with distinct cells, not with rows (a
// national file of 15 million rows folds into far fewer cells). A database
// source sums equal rows itself (GROUP BY) and streams the sums.
#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "ingest/input_error.hpp"
#include "ingest/load_context.hpp"

namespace otklik::ingest {
namespace {

struct CellKeyHash {
  std::size_t operator()(const model::CellKey& k) const noexcept {
    uint64_t h = k.period;
    for (const auto v : {k.life_situation, k.service, k.touchpoint, k.segment, k.region,
                         static_cast<model::DimIndex>(k.question)})
      h = (h ^ static_cast<uint32_t>(v)) * 0x9E3779B97F4A7C15ull;  // Fibonacci hashing
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
};

auto key_fields(const model::CellKey& k) {
  return std::tie(k.period, k.life_situation, k.service, k.touchpoint, k.segment, k.region,
                  k.question);
}

}  // namespace

void load_survey(LoadContext& ctx) {
  const std::string name = "survey.csv";
  auto reader = ctx.open(name, "count");
  CsvTable table(*reader, {"period", "life_situation_id", "question", "answer", "count"},
                 {"service_id", "touchpoint_id", "segment_id", "region_id"}, ctx.warn);
  const auto period = table.column("period");
  const auto life_situation = table.column("life_situation_id");
  const auto service = table.column("service_id");
  const auto touchpoint = table.column("touchpoint_id");
  const auto segment = table.column("segment_id");
  const auto region = table.column("region_id");
  const auto question = table.column("question");
  const auto answer = table.column("answer");
  const auto count = table.column("count");

  std::unordered_map<model::CellKey, model::AnswerCounts, CellKeyHash> cells;
  while (table.next()) {
    model::CellKey key;
    key.period = ctx.period(table, period);
    key.life_situation = ctx.ref(ctx.life_situations, table, life_situation, false);
    key.service = ctx.ref(ctx.services, table, service, true);
    key.touchpoint = ctx.ref(ctx.touchpoints, table, touchpoint, true);
    key.segment = ctx.ref(ctx.segments, table, segment, true);
    key.region = ctx.ref(ctx.regions, table, region, true);
    key.question = ctx.question(table, question);
    const model::Question& asked = ctx.data.questions[key.question];
    const auto slot = model::parse_answer(table.text(answer), asked.scale);
    if (!slot)
      table.fail(answer, "question " + in_quotes(asked.id) + " takes " +
                             std::string(model::scale_answers(asked.scale)) + ", found " +
                             in_quotes(table.text(answer)));
    const uint64_t n = table.count(count);
    cells[key][*slot] += n;
  }
  ctx.finish(*reader, name);
  ctx.data.survey.reserve(cells.size());
  for (const auto& [key, answers] : cells) ctx.data.survey.push_back({key, answers});
}

void sort_survey_cells(model::Dataset& data) {
  // The hash map's order depends on the library; outputs must not.
  std::sort(data.survey.begin(), data.survey.end(),
            [](const auto& a, const auto& b) { return key_fields(a.key) < key_fields(b.key); });
}

}  // namespace otklik::ingest
