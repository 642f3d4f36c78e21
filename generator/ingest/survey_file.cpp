// survey.csv: answers merged into one SurveyCell per distinct key while the
// file streams by, so memory grows with distinct cells, not with rows (a
// national file of 15 million rows folds into far fewer cells). A database
// source sums equal rows itself (GROUP BY) and streams the sums.
#include <algorithm>
#include <tuple>

#include "ingest/cell_index.hpp"
#include "ingest/input_error.hpp"
#include "ingest/load_context.hpp"

namespace otklik::ingest {
namespace {

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

  CellIndex cells(ctx.data.survey);
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
    cells.cell(key)[*slot] += n;
  }
  ctx.finish(*reader, name);
}

void sort_survey_cells(model::Dataset& data) {
  // Cells are in order of first appearance, which a database does not keep.
  std::sort(data.survey.begin(), data.survey.end(),
            [](const auto& a, const auto& b) { return key_fields(a.key) < key_fields(b.key); });
}

}  // namespace otklik::ingest
