#include "report/workbook.hpp"

#include "report/appeals_sheet.hpp"
#include "report/control_sheet.hpp"
#include "report/data_date.hpp"
#include "report/dynamics_sheet.hpp"
#include "report/input_counts_sheet.hpp"
#include "report/methodology_sheet.hpp"
#include "report/service_sheet.hpp"
#include "report/summary_sheet.hpp"
#include "report/touchpoint_sheet.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {
namespace {

DocumentProperties workbook_properties(const model::Dataset& data, const ingest::Config& config,
                                       const WorkbookScope& scope) {
  DocumentProperties properties;
  properties.title = config.site_title + ": " +
                     (scope.whole_body() ? std::string("сводные показатели")
                                         : data.life_situations[scope.life_situation].name);
  properties.subject = "Показатели клиентоцентричности по стандарту «Государство для людей»";
  const std::string range = period_range(data);
  if (!range.empty()) properties.subject += ", " + range;
  properties.company = config.organisation;
  properties.comments = "Сформировано otklik " OTKLIK_VERSION
                        " из входных данных, "
                        "контрольные суммы на листе «Контроль»";
  // The data's date, not the clock: the same input gives the same bytes.
  properties.created = to_time_t(data_date(data));
  return properties;
}

}  // namespace

void write_workbook(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                    const metrics::PublishedCells& published, const ingest::Config& config,
                    const WorkbookScope& scope, const std::filesystem::path& file) {
  Workbook workbook(file);
  workbook.set_properties(workbook_properties(data, config, scope));
  write_summary_sheet(workbook, data, indicators, config, scope);
  write_touchpoint_sheet(workbook, data, indicators, config, scope);
  write_service_sheet(workbook, data, indicators, config, scope);
  write_dynamics_sheet(workbook, data, indicators, config, scope);
  write_appeals_sheet(workbook, data, indicators, scope);
  write_input_counts_sheets(workbook, data, published, config, scope);
  write_methodology_sheet(workbook);
  write_control_sheet(workbook, data, config, scope);
  workbook.close();
}

void write_workbook(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                    const ingest::Config& config, const WorkbookScope& scope,
                    const std::filesystem::path& file) {
  write_workbook(data, indicators, metrics::published_cells(indicators, data), config, scope, file);
}

}  // namespace otklik::report
