#include "render/appeals_view.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "model/appeals.hpp"
#include "render/russian_format.hpp"

namespace otklik::render {
namespace {

using kainjow::mustache::data;
using metrics::IndicatorId;

struct Group {
  IndicatorId counted;    // appeals_kind, appeals_result, ...
  std::string_view part;  // the detail prefix of the shares: "kind"
  const char* table_id;
  const char* caption;
  const char* first_header;
};

constexpr Group kGroups[] = {
    {IndicatorId::AppealsByKind, "kind", "appeals-by-kind", "Обращения по виду", "Вид"},
    {IndicatorId::AppealsByResult, "result", "appeals-by-result", "Обращения по результату",
     "Результат"},
    {IndicatorId::AppealsByChannel, "channel", "appeals-by-channel", "Обращения по каналу",
     "Канал"},
    {IndicatorId::AppealsByTopic, "topic", "appeals-by-topic", "Обращения по теме", "Тема"},
};

std::string share_text(const metrics::IndicatorResult* share) {
  return share != nullptr && share->has_value() ? format_percent(share->measurement.value) : "—";
}

data group_rows(const metrics::IndicatorTable& table, const metrics::Cut& cut, const Group& g) {
  auto found = table.details_of(cut, g.counted);
  // Most appeals first; ties keep the detail order, so input order never matters.
  std::stable_sort(found.begin(), found.end(), [](const auto* a, const auto* b) {
    return a->measurement.n > b->measurement.n;
  });
  data rows{data::type::list};
  for (const metrics::IndicatorResult* counted : found) {
    const std::string id(table.detail(*counted));
    const std::string detail = std::string(g.part) + ":" + id;
    data row;
    row.set("name", model::appeal_detail_name(g.part, id));
    row.set("count", format_count(counted->measurement.n));
    row.set("on_time", share_text(table.find(cut, IndicatorId::AppealsOnTimeShare, detail)));
    row.set("repeat", share_text(table.find(cut, IndicatorId::AppealsRepeatShare, detail)));
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

std::string appeals_summary(const SiteContext& site, const metrics::Cut& cut) {
  const metrics::IndicatorTable& table = site.in.indicators;
  const metrics::IndicatorResult* count = table.find(cut, IndicatorId::AppealsCount);
  if (count == nullptr || !count->has_value()) return "";
  return counted_text(count->measurement.n,
                      metrics::definition(IndicatorId::AppealsCount).counted) +
         ", рассмотрено в срок — " + share_text(table.find(cut, IndicatorId::AppealsOnTimeShare)) +
         ", повторных — " + share_text(table.find(cut, IndicatorId::AppealsRepeatShare));
}

data appeals_view(const SiteContext& site, const metrics::Cut& cut, const std::string& subject) {
  data groups{data::type::list};
  for (const Group& g : kGroups) {
    data rows = group_rows(site.in.indicators, cut, g);
    if (rows.is_empty_list()) continue;
    data group;
    group.set("table_id", g.table_id);
    group.set("caption", std::string(g.caption) + ", " + subject);
    group.set("first_header", g.first_header);
    group.set("rows", std::move(rows));
    groups.push_back(group);
  }
  const std::string summary = appeals_summary(site, cut);
  data view;
  view.set("has_file", !site.in.data.lacks_optional_input("appeals.csv"));
  view.set("has_appeals", !summary.empty());
  view.set("summary", summary);
  view.set("groups", std::move(groups));
  return view;
}

}  // namespace otklik::render
