#include "report/service_sheet.hpp"

#include <unordered_set>

#include "report/indicator_columns.hpp"
#include "report/indicator_sheet.hpp"

namespace otklik::report {
namespace {

bool has_answers(const metrics::IndicatorTable& indicators, const model::Dataset& data,
                 const WorkbookScope& scope, model::DimIndex service) {
  for (std::size_t p = 0; p < data.periods.size(); ++p) {
    metrics::Cut cut = scope.cut(static_cast<uint16_t>(p));
    cut.service = service;
    for (metrics::IndicatorId id : summary_indicators())
      if (indicators.find(cut, id) != nullptr) return true;
  }
  return false;
}

// The whole body lists every service; a life situation its scenario's.
std::vector<model::DimIndex> listed_services(const model::Dataset& data,
                                             const metrics::IndicatorTable& indicators,
                                             const WorkbookScope& scope) {
  std::unordered_set<std::string_view> in_scenario;
  if (!scope.whole_body()) {
    const std::string& ls_id = data.life_situations[scope.life_situation].id;
    for (const model::LifeSituationService& link : data.life_situation_services)
      if (link.life_situation_id == ls_id) in_scenario.insert(link.service_id);
  }
  std::vector<model::DimIndex> services{model::kNone};
  for (std::size_t s = 0; s < data.services.size(); ++s) {
    const auto service = static_cast<model::DimIndex>(s);
    if (scope.whole_body() || in_scenario.count(data.services[s].id) > 0 ||
        has_answers(indicators, data, scope, service))
      services.push_back(service);
  }
  return services;
}

std::vector<IndicatorRow> service_rows(const model::Dataset& data,
                                       const metrics::IndicatorTable& indicators,
                                       const WorkbookScope& scope) {
  std::vector<IndicatorRow> rows;
  for (model::DimIndex service : listed_services(data, indicators, scope)) {
    const bool all = service == model::kNone;
    for (std::size_t p = 0; p < data.periods.size(); ++p) {
      IndicatorRow row;
      row.cut = scope.cut(static_cast<uint16_t>(p));
      row.cut.service = service;
      row.labels = {data.periods[p].label(), all ? "" : data.services[service].id,
                    all ? std::string(kAllServices) : data.services[service].name};
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace

void write_service_sheet(Workbook& workbook, const model::Dataset& data,
                         const metrics::IndicatorTable& indicators, const ingest::Config& config,
                         const WorkbookScope& scope) {
  const std::vector<Column> leading = {{"Период", 10}, {"Код услуги", 12}, {"Услуга", 40}};
  write_indicator_sheet(workbook, kServiceSheet, leading, service_rows(data, indicators, scope),
                        indicators, config);
}

}  // namespace otklik::report
