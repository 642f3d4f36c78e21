#include "render/indicator_rows.hpp"

#include <string>
#include <vector>

#include "metrics/definitions.hpp"
#include "metrics/detail_names.hpp"
#include "render/russian_format.hpp"

namespace otklik::render {
namespace {

using kainjow::mustache::data;
using metrics::IndicatorId;

// The file an indicator is computed from: the first of its definition's inputs.
std::string input_file(const metrics::IndicatorDefinition& def) {
  const std::string_view input = def.input;
  return std::string(input.substr(0, input.find(',')));
}

std::vector<IndicatorId> national_indicators(IndicatorScope scope, const model::Touchpoint* tp) {
  std::vector<IndicatorId> ids = {IndicatorId::SatisfactionShare,
                                  IndicatorId::NeedSatisfactionShare, IndicatorId::EaseShare,
                                  IndicatorId::Csi, IndicatorId::Nps};
  const bool digital = tp == nullptr || tp->kind == model::TouchpointKind::Digital;
  if (digital) ids.push_back(IndicatorId::DigitalNps);
  if (scope != IndicatorScope::Touchpoint)
    ids.insert(ids.end(), {IndicatorId::PositiveNpsServicesShare, IndicatorId::ScenarioCoverage,
                           IndicatorId::ProactiveShare, IndicatorId::RepeatRequestShare});
  if (scope != IndicatorScope::LifeSituation) ids.push_back(IndicatorId::StandardCompliance);
  ids.insert(ids.end(), {IndicatorId::AppealsCount, IndicatorId::AppealsOnTimeShare,
                         IndicatorId::AppealsRepeatShare});
  const bool social = tp == nullptr || tp->channel == model::Channel::Social ||
                      tp->channel == model::Channel::Messenger;
  if (scope != IndicatorScope::LifeSituation && social)
    ids.push_back(IndicatorId::SocialResponseLevel);
  ids.push_back(IndicatorId::Question);
  return ids;
}

std::vector<IndicatorId> scope_indicators(IndicatorScope scope, const model::Touchpoint* tp) {
  if (scope == IndicatorScope::Region || scope == IndicatorScope::RegionLifeSituation) {
    const IndicatorScope national =
        scope == IndicatorScope::Region ? IndicatorScope::Body : IndicatorScope::LifeSituation;
    std::vector<IndicatorId> ids;
    for (IndicatorId id : national_indicators(national, tp))
      if (input_file(metrics::definition(id)) == "survey.csv") ids.push_back(id);
    return ids;
  }
  return national_indicators(scope, tp);
}

data empty_row(std::string name) {
  data row;
  row.set("name", std::move(name));
  for (const char* key : {"has_value", "has_interval", "low_reliability", "has_stars", "has_change",
                          "has_excluded", "suppressed", "no_data", "not_computed"})
    row.set(key, false);
  for (const char* key :
       {"value", "interval", "low_text", "star_symbols", "star_text", "change_arrow", "change_text",
        "n_text", "excluded_text", "suppressed_text", "not_computed_text"})
    row.set(key, "");
  return row;
}

data value_row(std::string name, const metrics::IndicatorDefinition& def,
               const metrics::IndicatorResult& r, const ingest::Config& config) {
  data row = empty_row(std::move(name));
  if (r.suppressed) {
    row.set("suppressed", true);
    row.set("suppressed_text",
            "скрыто для защиты данных: " + fewer_than_answers_text(config.min_n) +
                " в этом или в соседнем срезе");
    return row;
  }
  const metrics::Measurement& m = r.measurement;
  row.set("has_value", true);
  row.set("value", format_value(m.value, r.unit));
  const bool interval = r.estimate != metrics::Estimate::Tally;
  row.set("has_interval", interval);
  row.set("interval", interval ? format_interval(m.ci, r.unit) : "");
  row.set("low_reliability", r.low_reliability);
  row.set("low_text", "мало " + std::string(def.counted.many) + ": результат неустойчив");
  const bool stars = r.star_level >= 0;
  row.set("has_stars", stars);
  row.set("star_symbols", stars ? star_symbols(r.star_level) : "");
  row.set("star_text", stars ? star_text(r.star_level) : "");
  row.set("has_change", r.change.has_value());
  if (r.change) {
    row.set("change_arrow", change_arrow(*r.change));
    row.set("change_text", format_change(*r.change, r.unit, def.better));
  }
  row.set("n_text", counted_text(m.n, def.counted));
  row.set("has_excluded", m.excluded > 0);
  row.set("excluded_text", m.excluded > 0 ? format_count(m.excluded) : "");
  return row;
}

// The name of one detail row: a standard's description, a question's text.
std::string detail_name(const SiteContext& site, const metrics::IndicatorDefinition& def,
                        std::string_view detail) {
  if (def.id == IndicatorId::StandardCompliance &&
      model::parse_service_standard(detail).has_value())
    return "Стандарт обслуживания: " + metrics::detail_name(site.in.data, def.id, detail);
  if (def.id == IndicatorId::Question && site.in.data.question_index(detail) >= 0)
    return metrics::detail_name(site.in.data, def.id, detail);
  return std::string(def.name) + ": " + std::string(detail);
}

// The social-media level's value is its level, already in the stars column;
// what a reader wants beside it is the longest response of each kind.
std::string longest_responses(const metrics::IndicatorTable& table, const metrics::Cut& cut) {
  std::string text;
  for (const metrics::IndicatorResult* r :
       table.details_of(cut, IndicatorId::SocialResponseHours)) {
    const auto type = model::parse_request_type(table.detail(*r));
    if (!type || !r->has_value()) continue;
    if (!text.empty()) text += "; ";
    text += std::string(model::request_type_name(*type)) + ": не дольше " +
            format_value(r->measurement.value, metrics::Unit::Hours);
  }
  return text;
}

void add_rows(data& rows, const SiteContext& site, const metrics::Cut& cut,
              const metrics::IndicatorDefinition& def) {
  const metrics::IndicatorTable& table = site.in.indicators;
  const std::string file = input_file(def);
  if (site.in.data.lacks_optional_input(file)) {
    data row = empty_row(std::string(def.name));
    row.set("not_computed", true);
    row.set("not_computed_text", "не рассчитывается: файл " + file + " не представлен");
    rows.push_back(row);
    return;
  }
  if (def.has_detail) {
    for (const metrics::IndicatorResult* r : table.details_of(cut, def.id))
      rows.push_back(value_row(detail_name(site, def, table.detail(*r)), def, *r, site.in.config));
    return;
  }
  const metrics::IndicatorResult* r = table.find(cut, def.id);
  if (r == nullptr) {
    data row = empty_row(std::string(def.name));
    row.set("no_data", true);
    rows.push_back(row);
    return;
  }
  data row = value_row(std::string(def.name), def, *r, site.in.config);
  if (def.id == IndicatorId::SocialResponseLevel && r->has_value())
    row.set("value", longest_responses(table, cut));
  rows.push_back(row);
}

}  // namespace

data indicator_rows(const SiteContext& site, const metrics::Cut& cut, IndicatorScope scope,
                    const std::string& caption) {
  const model::Touchpoint* tp =
      cut.touchpoint == model::kNone ? nullptr : &site.in.data.touchpoints[cut.touchpoint];
  data rows{data::type::list};
  for (IndicatorId id : scope_indicators(scope, tp))
    add_rows(rows, site, cut, metrics::definition(id));
  data view;
  view.set("table_id", "indicators");
  view.set("caption", caption);
  view.set("rows", std::move(rows));
  return view;
}

}  // namespace otklik::render
