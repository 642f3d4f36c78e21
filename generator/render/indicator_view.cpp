#include "render/indicator_view.hpp"

#include "metrics/definitions.hpp"
#include "render/russian_format.hpp"

namespace otklik::render {
namespace {

using kainjow::mustache::data;

// The state keys shared by cards and rows. Every key is always set: a
// missing key would make Mustache fall back to an outer value of that name.
void set_state(data& view, const metrics::IndicatorDefinition& def,
               const metrics::IndicatorResult* result, const ingest::Config& config) {
  const bool suppressed = result != nullptr && result->suppressed;
  const bool has_value = result != nullptr && !suppressed;
  const bool has_stars = has_value && result->star_level >= 0;
  view.set("has_value", has_value);
  view.set("value", has_value ? format_value(result->measurement.value, def.unit) : "");
  view.set("interval", has_value ? format_interval(result->measurement.ci, def.unit) : "");
  view.set("low_reliability", has_value && result->low_reliability);
  view.set("has_stars", has_stars);
  view.set("star_symbols", has_stars ? star_symbols(result->star_level) : "");
  view.set("star_text", has_stars ? star_text(result->star_level) : "");
  view.set("n_text", has_value ? answers_text(result->measurement.n) : "");
  view.set("n_count", has_value ? format_count(result->measurement.n) : "");
  view.set("suppressed", suppressed);
  view.set("suppressed_text", "скрыто: " + fewer_than_answers_text(config.min_n));
  view.set("no_data", result == nullptr);
}

}  // namespace

data indicator_row(std::string label, std::string href, const metrics::IndicatorResult* result,
                   const ingest::Config& config) {
  data row;
  row.set("label", std::move(label));
  row.set("has_href", !href.empty());
  row.set("href", std::move(href));
  const metrics::IndicatorId id =
      result != nullptr ? result->indicator : metrics::IndicatorId::SatisfactionShare;
  set_state(row, metrics::definition(id), result, config);
  return row;
}

bool has_any_result(const metrics::IndicatorTable& table, const metrics::Cut& cut) {
  for (const metrics::IndicatorDefinition& def : metrics::indicator_definitions())
    if (table.find(cut, def.id) != nullptr) return true;
  return false;
}

}  // namespace otklik::render
