#pragma once
// How one indicator result reads on a page: a value with its interval, stars
// and base, or «скрыто» / «нет данных за период» and no number at all.
#include <string>

#include <kainjow/mustache.hpp>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"

namespace otklik::render {

// A row of a one-indicator table (satisfaction by touchpoint, by period...).
// Keys: label, href, has_href, has_value, value, low_reliability, has_stars,
// star_symbols, star_text, n_text, n_count, suppressed, suppressed_text, no_data.
kainjow::mustache::data indicator_row(std::string label, std::string href,
                                      const metrics::IndicatorResult* result,
                                      const ingest::Config& config);

// Whether the cut holds any published or suppressed result at all.
bool has_any_result(const metrics::IndicatorTable& table, const metrics::Cut& cut);

}  // namespace otklik::render
