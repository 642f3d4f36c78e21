// The dimension files: life situations, services, the client scenario,
// touchpoints, and the optional segments, regions and questions.
#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>
#include <utility>

#include "ingest/input_error.hpp"
#include "ingest/load_context.hpp"

namespace otklik::ingest {
namespace {

int parse_order(const CsvTable& table) {
  const auto column = table.column("order");
  const std::string_view text = table.text(column);
  if (text.empty()) return 0;  // unordered ones come first, by id
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end)
    table.fail(column, "expected a whole number such as 3, found " + in_quotes(text));
  return value;
}

void load_life_situations(LoadContext& ctx) {
  const std::string name = "life_situations.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "name"}, {"description", "order", "sphere", "priority"}, ctx.warn);
  const auto id = table.column("id");
  std::vector<model::LifeSituation> rows;
  while (table.next()) {
    model::LifeSituation ls;
    ls.id = table.required_text(id);
    ls.name = table.required_text("name");
    ls.description = table.text("description");
    ls.order = parse_order(table);
    ls.sphere = table.text("sphere");
    ls.priority = !table.text("priority").empty() && table.flag("priority");
    ctx.check_new_id(ctx.life_situations, table, id, ls.id);
    rows.push_back(std::move(ls));
  }
  // Pages and tables list life situations in the ministry's chosen order.
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tie(a.order, a.id) < std::tie(b.order, b.id);
  });
  for (auto& ls : rows) {
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
  const auto id = table.column("id");
  while (table.next()) {
    model::Service s{table.required_text(id), table.required_text("name")};
    ctx.add_id(ctx.services, table, id, s.id);
    ctx.data.services.push_back(std::move(s));
  }
  ctx.finish(*reader, name);
}

void load_scenario(LoadContext& ctx) {
  const std::string name = "life_situation_services.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"life_situation_id", "service_id", "in_scenario", "proactive"}, {},
                 ctx.warn);
  const auto life_situation = table.column("life_situation_id");
  const auto service = table.column("service_id");
  std::map<std::pair<std::string, std::string>, std::size_t> seen;  // pair -> line
  while (table.next()) {
    ctx.ref(ctx.life_situations, table, life_situation, false);
    ctx.ref(ctx.services, table, service, false);
    model::LifeSituationService row{std::string(table.text(life_situation)),
                                    std::string(table.text(service)), table.flag("in_scenario"),
                                    table.flag("proactive")};
    const auto [it, added] =
        seen.emplace(std::pair(row.life_situation_id, row.service_id), table.line());
    if (!added)
      table.fail(service, "service " + in_quotes(row.service_id) + " is already listed for " +
                              in_quotes(row.life_situation_id) + " on line " +
                              std::to_string(it->second) + "; keep one row per pair");
    ctx.data.life_situation_services.push_back(std::move(row));
  }
  ctx.finish(*reader, name);
}

model::TouchpointKind touchpoint_kind(const CsvTable& table) {
  const auto column = table.column("kind");
  const std::string_view kind = table.text(column);
  if (kind == "digital") return model::TouchpointKind::Digital;
  if (kind == "offline") return model::TouchpointKind::Offline;
  table.fail(column, "expected digital or offline, found " + in_quotes(kind));
}

void load_touchpoints(LoadContext& ctx) {
  const std::string name = "touchpoints.csv";
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "name", "channel", "kind"}, {}, ctx.warn);
  const auto id = table.column("id");
  const auto channel = table.column("channel");
  while (table.next()) {
    model::Touchpoint tp;
    tp.id = table.required_text(id);
    tp.name = table.required_text("name");
    const auto parsed = model::parse_channel(table.text(channel));
    if (!parsed)
      table.fail(channel, "expected one of " + std::string(model::channel_ids_list()) + ", found " +
                              in_quotes(table.text(channel)));
    tp.channel = *parsed;
    tp.kind = touchpoint_kind(table);
    ctx.add_id(ctx.touchpoints, table, id, tp.id);
    ctx.data.touchpoints.push_back(std::move(tp));
  }
  ctx.finish(*reader, name);
}

model::ClientType client_type(const CsvTable& table) {
  const auto column = table.column("client_type");
  const std::string_view type = table.text(column);
  if (type == "citizen") return model::ClientType::Citizen;
  if (type == "business") return model::ClientType::Business;
  if (type == "internal") return model::ClientType::Internal;
  table.fail(column, "expected citizen, business or internal, found " + in_quotes(type));
}

void load_segments(LoadContext& ctx) {
  const std::string name = "segments.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "name", "client_type"}, {}, ctx.warn);
  const auto id = table.column("id");
  while (table.next()) {
    model::Segment s{table.required_text(id), table.required_text("name"), client_type(table)};
    ctx.add_id(ctx.segments, table, id, s.id);
    ctx.data.segments.push_back(std::move(s));
  }
  ctx.finish(*reader, name);
}

void load_regions(LoadContext& ctx) {
  const std::string name = "regions.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "name"}, {}, ctx.warn);
  const auto id = table.column("id");
  while (table.next()) {
    model::Region r{table.required_text(id), table.required_text("name")};
    ctx.add_id(ctx.regions, table, id, r.id);
    ctx.data.regions.push_back(std::move(r));
  }
  ctx.finish(*reader, name);
}

// The questions of the standard's Table 1 and NPS; questions.csv adds others.
void add_built_in_questions(LoadContext& ctx) {
  using model::Scale;
  ctx.data.questions = {
      {"satisfaction", "Насколько вы удовлетворены получением услуги?", Scale::FourPoint, true},
      {"need_satisfaction",
       "Насколько удовлетворена ваша потребность в жизненной ситуации в целом?", Scale::FourPoint,
       true},
      {"ease", "Насколько легко было получить услугу?", Scale::FourPoint, true},
      {"nps",
       "Какова вероятность, что вы порекомендуете получать услуги в этой жизненной ситуации "
       "другим людям, по шкале от 0 до 10?",
       Scale::Nps, true},
  };
  for (std::size_t i = 0; i < ctx.data.questions.size(); ++i)
    ctx.questions.ids.emplace(ctx.data.questions[i].id, static_cast<model::DimIndex>(i));
}

void load_questions(LoadContext& ctx) {
  add_built_in_questions(ctx);
  const std::string name = "questions.csv";
  if (!ctx.has(name)) return;
  auto reader = ctx.open(name);
  CsvTable table(*reader, {"id", "text", "scale"}, {}, ctx.warn);
  const auto id = table.column("id");
  const auto scale = table.column("scale");
  while (table.next()) {
    model::Question q;
    q.id = table.required_text(id);
    q.text = table.required_text("text");
    const auto parsed = model::parse_scale(table.text(scale));
    if (!parsed)
      table.fail(scale,
                 "expected four_point, nps or binary, found " + in_quotes(table.text(scale)));
    q.scale = *parsed;
    if (ctx.questions.ids.count(q.id) != 0 && ctx.questions.lines.count(q.id) == 0)
      table.fail(id, "question " + in_quotes(q.id) +
                         " is built in and needs no row; remove the row or use another id");
    ctx.add_id(ctx.questions, table, id, q.id);
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
