// The fact files besides the survey: appeals and the optional operational
// files (service requests, response times, pain points, service standards).
#include <algorithm>
#include <array>
#include <utility>

#include "ingest/input_error.hpp"
#include "ingest/load_context.hpp"

namespace otklik::ingest {
namespace {

void check_not_above(const CsvTable& table, std::string_view part, uint64_t part_value,
                     std::string_view whole, uint64_t whole_value) {
  if (part_value > whole_value)
    table.fail(part, std::to_string(part_value) + " is more than " + std::string(whole) + " (" +
                         std::to_string(whole_value) + "); it counts a part of " +
                         std::string(whole) + ", so it must be ≤ " + std::string(whole));
}

// Coded values are spelled in the model, which the outputs share.
template <typename Value>
Value parsed_or_fail(const CsvTable& table, std::string_view column,
                     std::optional<Value> (*parse)(std::string_view), std::string_view ids) {
  const std::string_view text = table.text(column);
  if (auto value = parse(text)) return *value;
  table.fail(column, "expected " + std::string(ids) + ", found " + in_quotes(text));
}

void load_appeals(LoadContext& ctx) {
  const std::string name = "appeals.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"period", "topic", "kind", "result", "count", "on_time", "repeat"},
                 {"life_situation_id", "touchpoint_id"}, ctx.warn);
  const auto period = table.column("period");
  const auto life_situation = table.column("life_situation_id");
  const auto touchpoint = table.column("touchpoint_id");
  while (table.next()) {
    model::AppealRow row;
    row.period = ctx.period(table, period);
    row.life_situation = ctx.ref(ctx.life_situations, table, life_situation, true);
    row.touchpoint = ctx.ref(ctx.touchpoints, table, touchpoint, true);
    row.topic = table.required_text("topic");
    row.kind =
        parsed_or_fail(table, "kind", model::parse_appeal_kind, model::appeal_kind_ids_list());
    row.result = parsed_or_fail(table, "result", model::parse_appeal_result,
                                model::appeal_result_ids_list());
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
  const auto period = table.column("period");
  const auto service = table.column("service_id");
  while (table.next()) {
    model::ServiceRequestRow row;
    row.period = ctx.period(table, period);
    row.service = ctx.ref(ctx.services, table, service, false);
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
  const auto period = table.column("period");
  const auto touchpoint = table.column("touchpoint_id");
  while (table.next()) {
    model::ResponseTimeRow row;
    row.period = ctx.period(table, period);
    row.touchpoint = ctx.ref(ctx.touchpoints, table, touchpoint, false);
    row.request_type = parsed_or_fail(table, "request_type", model::parse_request_type,
                                      model::request_type_ids_list());
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
  const auto period = table.column("period");
  const auto life_situation = table.column("life_situation_id");
  const auto touchpoint = table.column("touchpoint_id");
  while (table.next()) {
    model::PainPointRow row;
    row.period = ctx.period(table, period);
    row.life_situation = ctx.ref(ctx.life_situations, table, life_situation, false);
    row.touchpoint = ctx.ref(ctx.touchpoints, table, touchpoint, true);
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
  const auto period = table.column("period");
  const auto touchpoint = table.column("touchpoint_id");
  while (table.next()) {
    model::ServiceStandardRow row;
    row.period = ctx.period(table, period);
    row.touchpoint = ctx.ref(ctx.touchpoints, table, touchpoint, false);
    row.standard = parsed_or_fail(table, "standard", model::parse_service_standard,
                                  model::service_standard_ids_list());
    row.met = table.count("met");
    row.total = table.count("total");
    check_not_above(table, "met", row.met, "total", row.total);
    ctx.data.service_standards.push_back(row);
  }
  ctx.finish(*reader, name);
}

// Renumbers a file's rows to the chronological periods and orders them by
// period, keeping the file's order within a period.
template <typename Row>
void remap_rows(std::vector<Row>& rows, const std::vector<uint16_t>& remap) {
  for (auto& row : rows) row.period = remap[row.period];
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.period < b.period; });
}

// Facts were read with provisional period indexes in order of appearance.
void order_periods(LoadContext& ctx) {
  const auto remap = ctx.sort_periods();
  auto& d = ctx.data;
  for (auto& cell : d.survey) cell.key.period = remap[cell.key.period];
  sort_survey_cells(d);
  remap_rows(d.appeals, remap);
  remap_rows(d.service_requests, remap);
  remap_rows(d.response_times, remap);
  remap_rows(d.pain_points, remap);
  remap_rows(d.service_standards, remap);
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
