// The dimension files: life situations, services, scenario, touchpoints,
// segments, regions, questions.
#include <algorithm>
#include <charconv>

#include "ingest/input_error.hpp"
#include "ingest/load_context.hpp"

namespace otklik::ingest {
namespace {

int parse_order(const CsvTable& table) {
  std::string_view text = table.text("order");
  if (text.empty()) return 0;
  int value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end)
    table.fail("order", "expected a whole number, found \"" + std::string(text) + "\"");
  return value;
}

void load_life_situations(LoadContext& ctx) {
  const std::string name = "life_situations.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "name"}, {"description", "order", "sphere", "priority"}, ctx.warn);
  std::vector<std::pair<model::LifeSituation, std::size_t>> rows;  // with their line
  while (table.next()) {
    model::LifeSituation ls;
    ls.id = table.required_text("id");
    ls.name = table.required_text("name");
    ls.description = table.text("description");
    ls.order = parse_order(table);
    ls.sphere = table.text("sphere");
    ls.priority = !table.text("priority").empty() && table.flag("priority");
    for (const auto& [seen, line] : rows)
      if (seen.id == ls.id)
        table.fail("id", "duplicate life situation id \"" + ls.id + "\" (first on line " +
                             std::to_string(line) + "); each id must be unique");
    rows.emplace_back(std::move(ls), table.line());
  }
  // Pages and tables list life situations in the ministry's chosen order.
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.first.order != b.first.order ? a.first.order < b.first.order : a.first.id < b.first.id;
  });
  for (auto& [ls, line] : rows) {
    ctx.life_situations.ids.emplace(ls.id,
                                    static_cast<model::DimIndex>(ctx.data.life_situations.size()));
    ctx.data.life_situations.push_back(std::move(ls));
  }
  ctx.finish(*reader, name);
}

void load_services(LoadContext& ctx) {
  const std::string name = "services.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "name"}, {}, ctx.warn);
  while (table.next()) {
    model::Service s{table.required_text("id"), table.required_text("name")};
    ctx.add_id(ctx.services, table, s.id);
    ctx.data.services.push_back(std::move(s));
  }
  ctx.finish(*reader, name);
}

void load_scenario(LoadContext& ctx) {
  const std::string name = "life_situation_services.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"life_situation_id", "service_id", "in_scenario", "proactive"}, {},
                 ctx.warn);
  while (table.next()) {
    ctx.ref(ctx.life_situations, table, "life_situation_id", false);
    ctx.ref(ctx.services, table, "service_id", false);
    ctx.data.life_situation_services.push_back(
        {std::string(table.text("life_situation_id")), std::string(table.text("service_id")),
         table.flag("in_scenario"), table.flag("proactive")});
  }
  ctx.finish(*reader, name);
}

void load_touchpoints(LoadContext& ctx) {
  const std::string name = "touchpoints.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "name", "channel", "kind"}, {}, ctx.warn);
  while (table.next()) {
    model::Touchpoint tp;
    tp.id = table.required_text("id");
    tp.name = table.required_text("name");
    auto channel = model::parse_channel(table.text("channel"));
    if (!channel)
      table.fail("channel", "expected one of " + std::string(model::channel_ids_list()) +
                                ", found \"" + std::string(table.text("channel")) + "\"");
    tp.channel = *channel;
    std::string_view kind = table.text("kind");
    if (kind != "digital" && kind != "offline")
      table.fail("kind", "expected digital or offline, found \"" + std::string(kind) + "\"");
    tp.kind = kind == "digital" ? model::TouchpointKind::Digital : model::TouchpointKind::Offline;
    ctx.add_id(ctx.touchpoints, table, tp.id);
    ctx.data.touchpoints.push_back(std::move(tp));
  }
  ctx.finish(*reader, name);
}

void load_segments(LoadContext& ctx) {
  const std::string name = "segments.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "name", "client_type"}, {}, ctx.warn);
  while (table.next()) {
    model::Segment s;
    s.id = table.required_text("id");
    s.name = table.required_text("name");
    std::string_view type = table.text("client_type");
    if (type == "citizen")
      s.client_type = model::ClientType::Citizen;
    else if (type == "business")
      s.client_type = model::ClientType::Business;
    else if (type == "internal")
      s.client_type = model::ClientType::Internal;
    else
      table.fail("client_type",
                 "expected citizen, business or internal, found \"" + std::string(type) + "\"");
    ctx.add_id(ctx.segments, table, s.id);
    ctx.data.segments.push_back(std::move(s));
  }
  ctx.finish(*reader, name);
}

void load_regions(LoadContext& ctx) {
  const std::string name = "regions.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "name"}, {}, ctx.warn);
  while (table.next()) {
    model::Region r{table.required_text("id"), table.required_text("name")};
    ctx.add_id(ctx.regions, table, r.id);
    ctx.data.regions.push_back(std::move(r));
  }
  ctx.finish(*reader, name);
}

void add_built_in_questions(model::Dataset& data) {
  using model::Scale;
  data.questions = {
      {"satisfaction", "Насколько вы удовлетворены получением услуги?", Scale::FourPoint, true},
      {"need_satisfaction",
       "Насколько удовлетворена ваша потребность в жизненной ситуации в целом?", Scale::FourPoint,
       true},
      {"ease", "Насколько легко было получить услугу?", Scale::FourPoint, true},
      {"nps",
       "Какова вероятность того, что вы порекомендуете получать услуги в этой жизненной "
       "ситуации другому человеку, по шкале от 0 до 10?",
       Scale::Nps, true},
  };
}

void load_questions(LoadContext& ctx) {
  add_built_in_questions(ctx.data);
  const std::string name = "questions.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "text", "scale"}, {}, ctx.warn);
  while (table.next()) {
    model::Question q;
    q.id = table.required_text("id");
    q.text = table.required_text("text");
    auto scale = model::parse_scale(table.text("scale"));
    if (!scale)
      table.fail("scale", "expected four_point, nps or binary, found \"" +
                              std::string(table.text("scale")) + "\"");
    q.scale = *scale;
    if (ctx.data.question_index(q.id) >= 0)
      table.fail("id", "duplicate question id \"" + q.id + "\" (built-in questions need no row)");
    ctx.data.questions.push_back(std::move(q));
  }
  ctx.finish(*reader, name);
}

}  // namespace

void load_dimensions(LoadContext& ctx) {
  load_life_situations(ctx);
  load_services(ctx);
  load_scenario(ctx);
  load_touchpoints(ctx);
  load_segments(ctx);
  load_regions(ctx);
  load_questions(ctx);
}

}  // namespace otklik::ingest
