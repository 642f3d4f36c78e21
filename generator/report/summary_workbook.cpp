#include "report/summary_workbook.hpp"

#include "report/control_sheet.hpp"
#include "report/data_date.hpp"
#include "report/input_counts_sheet.hpp"
#include "report/life_situation_sheet.hpp"
#include "report/methodology_sheet.hpp"
#include "report/touchpoint_sheet.hpp"
#include "report/xlsx_writer.hpp"

namespace otklik::report {
namespace {

DocumentProperties summary_properties(const model::Dataset& data, const ingest::Config& config) {
  DocumentProperties properties;
  properties.title = config.site_title + ": сводные показатели";
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

void write_summary_workbook(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                            const ingest::Config& config, const std::filesystem::path& file) {
  Workbook workbook(file);
  workbook.set_properties(summary_properties(data, config));
  write_life_situation_sheet(workbook, data, indicators, config);
  write_touchpoint_sheet(workbook, data, indicators, config);
  write_input_counts_sheets(workbook, data, indicators, config);
  write_control_sheet(workbook, data, config);
  write_methodology_sheet(workbook);
  workbook.close();
}

}  // namespace otklik::report
