#include "render/share_table.hpp"

namespace otklik::render {

kainjow::mustache::data share_table(const ShareTable& table, kainjow::mustache::data rows) {
  kainjow::mustache::data view;
  view.set("table_id", table.id);
  view.set("caption", table.caption);
  view.set("first_header", table.first_header);
  view.set("value_header", std::string(metrics::definition(table.indicator).short_name));
  view.set("has_rows", !rows.is_empty_list());
  view.set("rows", std::move(rows));
  return view;
}

}  // namespace otklik::render
