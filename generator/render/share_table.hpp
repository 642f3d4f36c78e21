#pragma once
// A one-indicator table (rows: life situations, touchpoints, services or
// periods), rendered by the share-table partial.
#include <string>

#include <kainjow/mustache.hpp>

#include "metrics/definitions.hpp"

namespace otklik::render {

struct ShareTable {
  std::string id;  // unique on the page; the caption gets id + "-caption"
  std::string caption;
  std::string first_header;  // «Точка взаимодействия», «Период»...
  metrics::IndicatorId indicator = metrics::IndicatorId::SatisfactionShare;
};

// `rows` is a list of indicator_row() views.
kainjow::mustache::data share_table(const ShareTable& table, kainjow::mustache::data rows);

}  // namespace otklik::render
