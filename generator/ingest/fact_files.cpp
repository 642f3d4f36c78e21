// The fact files: survey answers (merged into disjoint cells), appeals and
// the optional operational files.
#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "ingest/input_error.hpp"
#include "ingest/load_context.hpp"

namespace otklik::ingest {
namespace {

struct CellKeyHash {
  std::size_t operator()(const model::CellKey& k) const {
    std::size_t h = k.period;
    for (auto v : {k.life_situation, k.service, k.touchpoint, k.segment, k.region,
                   static_cast<model::DimIndex>(k.question)})
      h = h * 1000003u ^ static_cast<std::size_t>(v + 1);
    return h;
  }
};

auto key_tuple(const model::CellKey& k) {
  return std::tie(k.period, k.life_situation, k.service, k.touchpoint, k.segment, k.region,
                  k.question);
}

// Memory grows with distinct cells, not rows: a national file of 15 million
// rows folds into far fewer cells.
void load_survey(LoadContext& ctx) {
  const std::string name = "survey.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"period", "life_situation_id", "question", "answer", "count"},
                 {"service_id", "touchpoint_id", "segment_id", "region_id"}, ctx.warn);
  std::unordered_map<model::CellKey, model::AnswerCounts, CellKeyHash> cells;
  while (table.next()) {
    model::CellKey key;
    key.period = ctx.period(table);
    key.life_situation = ctx.ref(ctx.life_situations, table, "life_situation_id", false);
    key.service = ctx.ref(ctx.services, table, "service_id", true);
    key.touchpoint = ctx.ref(ctx.touchpoints, table, "touchpoint_id", true);
    key.segment = ctx.ref(ctx.segments, table, "segment_id", true);
    key.region = ctx.ref(ctx.regions, table, "region_id", true);
    const int q = ctx.data.question_index(table.text("question"));
    if (q < 0)
      table.fail("question", "unknown question \"" + std::string(table.text("question")) +
                                 "\"; built-in: satisfaction, need_satisfaction, ease, nps; "
                                 "others go in questions.csv");
    key.question = static_cast<uint16_t>(q);
    const auto scale = ctx.data.questions[q].scale;
    auto slot = model::parse_answer(table.text("answer"), scale);
    if (!slot)
      table.fail("answer", "question \"" + ctx.data.questions[q].id + "\" takes " +
                               std::string(model::scale_answers(scale)) + ", found \"" +
                               std::string(table.text("answer")) + "\"");
    cells[key][*slot] += table.count("count");
  }
  ctx.finish(*reader, name);
  ctx.data.survey.reserve(cells.size());
  for (auto& [key, answers] : cells) ctx.data.survey.push_back({key, answers});
}

void check_not_above(const CsvTable& table, std::string_view part, uint64_t part_value,
                     std::string_view whole, uint64_t whole_value) {
  if (part_value > whole_value)
    table.fail(part, std::to_string(part_value) + " is more than " + std::string(whole) + " (" +
                         std::to_string(whole_value) + "); it counts a part of " +
                         std::string(whole));
}

void load_appeals(LoadContext& ctx) {
  const std::string name = "appeals.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"period", "topic", "kind", "result", "count", "on_time", "repeat"},
                 {"life_situation_id", "touchpoint_id"}, ctx.warn);
  while (table.next()) {
    model::AppealRow row;
    row.period = ctx.period(table);
    row.life_situation = ctx.ref(ctx.life_situations, table, "life_situation_id", true);
    row.touchpoint = ctx.ref(ctx.touchpoints, table, "touchpoint_id", true);
    row.topic = table.required_text("topic");
    auto kind = model::parse_appeal_kind(table.text("kind"));
    if (!kind)
      table.fail("kind", "expected statement, complaint or proposal, found \"" +
                             std::string(table.text("kind")) + "\"");
    row.kind = *kind;
    auto result = model::parse_appeal_result(table.text("result"));
    if (!result)
      table.fail("result",
                 "expected supported, measures_taken, explained, not_supported, answered, "
                 "forwarded or in_progress, found \"" +
                     std::string(table.text("result")) + "\"");
    row.result = *result;
    row.count = table.count("count");
    row.on_time = table.count("on_time");
    row.repeat = table.count("repeat");
    check_not_above(table, "on_time", row.on_time, "count", row.count);
    check_not_above(table, "repeat", row.repeat, "count", row.count);
    ctx.data.appeals.push_back(std::move(row));
  }
  ctx.finish(*reader, name);
}

void load_service_requests(LoadContext& ctx) {
  const std::string name = "service_requests.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"period", "service_id", "completed", "repeated_4w"}, {}, ctx.warn);
  while (table.next()) {
    model::ServiceRequestRow row;
    row.period = ctx.period(table);
    row.service = ctx.ref(ctx.services, table, "service_id", false);
    row.completed = table.count("completed");
    row.repeated_4w = table.count("repeated_4w");
    check_not_above(table, "repeated_4w", row.repeated_4w, "completed", row.completed);
    ctx.data.service_requests.push_back(row);
  }
  ctx.finish(*reader, name);
}

void load_response_times(LoadContext& ctx) {
  const std::string name = "response_times.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"period", "touchpoint_id", "request_type", "hours_max", "count"}, {},
                 ctx.warn);
  while (table.next()) {
    model::ResponseTimeRow row;
    row.period = ctx.period(table);
    row.touchpoint = ctx.ref(ctx.touchpoints, table, "touchpoint_id", false);
    std::string_view type = table.text("request_type");
    if (type != "mention" && type != "official")
      table.fail("request_type",
                 "expected mention or official, found \"" + std::string(type) + "\"");
    row.request_type =
        type == "mention" ? model::RequestType::Mention : model::RequestType::Official;
    row.hours_max = table.decimal("hours_max");
    row.count = table.count("count");
    ctx.data.response_times.push_back(row);
  }
  ctx.finish(*reader, name);
}

void load_pain_points(LoadContext& ctx) {
  const std::string name = "pain_points.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"period", "life_situation_id", "theme", "mentions"}, {"touchpoint_id"},
                 ctx.warn);
  while (table.next()) {
    model::PainPointRow row;
    row.period = ctx.period(table);
    row.life_situation = ctx.ref(ctx.life_situations, table, "life_situation_id", false);
    row.touchpoint = ctx.ref(ctx.touchpoints, table, "touchpoint_id", true);
    row.theme = table.required_text("theme");
    row.mentions = table.count("mentions");
    ctx.data.pain_points.push_back(std::move(row));
  }
  ctx.finish(*reader, name);
}

void load_service_standards(LoadContext& ctx) {
  const std::string name = "service_standards.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"period", "touchpoint_id", "standard", "met", "total"}, {}, ctx.warn);
  static const std::pair<std::string_view, model::ServiceStandard> kStandards[] = {
      {"transfers_le_2", model::ServiceStandard::TransfersLe2},
      {"ack_24h", model::ServiceStandard::Ack24h},
      {"wait_15min", model::ServiceStandard::Wait15min},
      {"inperson_5min", model::ServiceStandard::InPerson5min},
      {"form_10min", model::ServiceStandard::Form10min},
  };
  while (table.next()) {
    model::ServiceStandardRow row;
    row.period = ctx.period(table);
    row.touchpoint = ctx.ref(ctx.touchpoints, table, "touchpoint_id", false);
    auto it = std::find_if(std::begin(kStandards), std::end(kStandards),
                           [&](const auto& s) { return s.first == table.text("standard"); });
    if (it == std::end(kStandards))
      table.fail("standard",
                 "expected transfers_le_2, ack_24h, wait_15min, inperson_5min or form_10min, "
                 "found \"" +
                     std::string(table.text("standard")) + "\"");
    row.standard = it->second;
    row.met = table.count("met");
    row.total = table.count("total");
    check_not_above(table, "met", row.met, "total", row.total);
    ctx.data.service_standards.push_back(row);
  }
  ctx.finish(*reader, name);
}

// Facts were read with provisional period indexes in order of appearance;
// renumber them chronologically and sort the cells for deterministic output.
void order_periods(LoadContext& ctx) {
  const auto remap = ctx.sort_periods();
  auto& d = ctx.data;
  for (auto& c : d.survey) c.key.period = remap[c.key.period];
  for (auto& r : d.appeals) r.period = remap[r.period];
  for (auto& r : d.service_requests) r.period = remap[r.period];
  for (auto& r : d.response_times) r.period = remap[r.period];
  for (auto& r : d.pain_points) r.period = remap[r.period];
  for (auto& r : d.service_standards) r.period = remap[r.period];
  std::sort(d.survey.begin(), d.survey.end(),
            [](const auto& a, const auto& b) { return key_tuple(a.key) < key_tuple(b.key); });
  std::stable_sort(d.appeals.begin(), d.appeals.end(),
                   [](const auto& a, const auto& b) { return a.period < b.period; });
}

}  // namespace

void load_facts(LoadContext& ctx) {
  load_survey(ctx);
  load_appeals(ctx);
  load_service_requests(ctx);
  load_response_times(ctx);
  load_pain_points(ctx);
  load_service_standards(ctx);
  order_periods(ctx);
}

}  // namespace otklik::ingest
