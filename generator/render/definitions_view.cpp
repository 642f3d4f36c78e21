#include "render/definitions_view.hpp"

#include "metrics/definitions.hpp"
#include "render/russian_format.hpp"

namespace otklik::render {
namespace {

using kainjow::mustache::data;

// "от 90,1 до 100 %": the band as the standard's tables write it.
std::string band_range(const metrics::StarBand& band, metrics::Unit unit) {
  std::string text = "от " + format_threshold(band.low) + " до " + format_threshold(band.high);
  if (unit == metrics::Unit::Percent) text += std::string(kNbsp) + "%";
  return text;
}

data star_bands(const metrics::IndicatorDefinition& def) {
  data bands{data::type::list};
  for (const metrics::StarBand& band : def.stars) {
    data item;
    item.set("symbols", star_symbols(band.level));
    item.set("text", star_text(band.level));
    item.set("range", band.text.empty() ? band_range(band, def.unit) : std::string(band.text));
    bands.push_back(item);
  }
  return bands;
}

}  // namespace

data definitions_view() {
  data rows{data::type::list};
  for (const metrics::IndicatorDefinition& def : metrics::indicator_definitions()) {
    data row;
    row.set("name", std::string(def.name));
    row.set("source", std::string(def.source));
    row.set("key", std::string(def.key));
    row.set("input", std::string(def.input));
    row.set("formula", std::string(def.formula));
    row.set("base", std::string(def.base));
    row.set("has_stars", !def.stars.empty());
    row.set("stars", star_bands(def));
    row.set("star_note", std::string(def.star_note));
    row.set("has_note", !def.star_note.empty());
    rows.push_back(row);
  }
  return rows;
}

}  // namespace otklik::render
