// survey.csv: answers merged into one SurveyCell per distinct key while the
// file streams by, so memory grows with distinct cells, not with rows (a
// national file of 15 million rows folds into far fewer cells). A database
// source sums equal rows itself (GROUP BY) and streams the sums.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
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

// The text last read in one column and what it resolved to. A file sorted
// by key repeats each id over many rows (a life situation over 250 000 of
// the national file's), so most ids resolve without a hash lookup.
template <typename Index>
class LastId {
 public:
  template <typename Resolve>
  Index resolve(std::string_view text, Resolve lookup) {
    if (!known_ || text != text_) {
      index_ = lookup();  // throws on an unknown id, leaving the last one
      text_.assign(text);
      known_ = true;
    }
    return index_;
  }

 private:
  std::string text_;
  Index index_{};
  bool known_ = false;
};

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
  LastId<uint16_t> last_period;
  LastId<uint16_t> last_question;
  std::array<LastId<model::DimIndex>, 5> last_ref;
  const auto ref = [&](std::size_t i, const DimensionIndex& index, const CsvTable::Column& column,
                       bool optional) {
    return last_ref[i].resolve(table.text(column),
                               [&] { return ctx.ref(index, table, column, optional); });
  };
  while (table.next()) {
    model::CellKey key;
    key.period = last_period.resolve(table.text(period), [&] { return ctx.period(table, period); });
    key.life_situation = ref(0, ctx.life_situations, life_situation, false);
    key.service = ref(1, ctx.services, service, true);
    key.touchpoint = ref(2, ctx.touchpoints, touchpoint, true);
    key.segment = ref(3, ctx.segments, segment, true);
    key.region = ref(4, ctx.regions, region, true);
    key.question =
        last_question.resolve(table.text(question), [&] { return ctx.question(table, question); });
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
