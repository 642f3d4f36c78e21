#include "report/touchpoint_sheet.hpp"

#include "report/indicator_sheet.hpp"

namespace otklik::report {
namespace {

std::string kind_name(model::TouchpointKind kind) {
  return kind == model::TouchpointKind::Digital ? "цифровая" : "офлайн";
}

std::vector<std::string> touchpoint_labels(const model::Dataset& data, model::DimIndex tp) {
  if (tp == model::kNone) return {"", std::string(kAllTouchpoints), "", ""};
  const model::Touchpoint& touchpoint = data.touchpoints[tp];
  return {touchpoint.id, touchpoint.name, std::string(model::channel_name(touchpoint.channel)),
          kind_name(touchpoint.kind)};
}

std::vector<IndicatorRow> touchpoint_rows(const model::Dataset& data, const WorkbookScope& scope) {
  std::vector<IndicatorRow> rows;
  for (model::DimIndex tp = model::kNone;
       tp < static_cast<model::DimIndex>(data.touchpoints.size()); ++tp) {
    const std::vector<std::string> labels = touchpoint_labels(data, tp);
    for (std::size_t p = 0; p < data.periods.size(); ++p) {
      IndicatorRow row;
      row.cut = scope.cut(static_cast<uint16_t>(p));
      row.cut.touchpoint = tp;
      row.labels.push_back(data.periods[p].label());
      row.labels.insert(row.labels.end(), labels.begin(), labels.end());
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace

void write_touchpoint_sheet(Workbook& workbook, const model::Dataset& data,
                            const metrics::IndicatorTable& indicators, const ingest::Config& config,
                            const WorkbookScope& scope) {
  const std::vector<Column> leading = {
      {"Период", 10}, {"Код ТВ", 10}, {"Точка взаимодействия", 36}, {"Канал", 18}, {"Тип", 10}};
  write_indicator_sheet(workbook, kTouchpointSheet, leading, touchpoint_rows(data, scope),
                        indicators, config);
}

}  // namespace otklik::report
