#include "cli/build_command.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <utility>

#include "cli/project_inputs.hpp"
#include "content/page.hpp"
#include "ingest/config.hpp"
#include "ingest/input_error.hpp"
#include "ingest/load_dataset.hpp"
#include "metrics/indicator_table.hpp"
#include "publish/staging.hpp"
#include "render/site.hpp"
#include "report/indicator_records.hpp"
#include "report/summary_workbook.hpp"
#include "validate/validator.hpp"

namespace otklik::cli {
namespace fs = std::filesystem;
namespace {

// The open data is streamed to its files: on national data it is far larger
// than the pages.
void write_open_data(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                     const fs::path& site) {
  for (const auto& [path, format] :
       {std::pair{report::kIndicatorsCsvPath, report::RecordFormat::Csv},
        std::pair{report::kIndicatorsJsonPath, report::RecordFormat::Json}}) {
    const fs::path file = site / path;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    report::write_indicator_records(data, indicators, format, out);
    out.close();
    if (!out) throw std::runtime_error("cannot write " + file.string());
  }
}

std::vector<render::Download> downloads() {
  return {{report::kSummaryWorkbookName, "Сводка показателей, XLSX", "XLSX (Excel, LibreOffice)",
           "Показатели по жизненным ситуациям и точкам взаимодействия. Каждая доля — формула "
           "над числами ответов на листе исходных данных; на листе «Методика» — формулы, базы и "
           "пороги звёзд."},
          {report::kIndicatorsCsvPath, "Все показатели, открытые данные CSV",
           "CSV (UTF-8, разделитель — запятая)",
           "Одна строка на срез и показатель: период, жизненная ситуация, услуга, точка "
           "взаимодействия, сегмент, регион, значение, число ответов, 95-процентный интервал, "
           "уровень, изменение и его значимость, признаки скрытия и малого числа ответов."},
          {report::kIndicatorsJsonPath, "Все показатели, открытые данные JSON", "JSON (UTF-8)",
           "Те же записи, что в CSV, массивом объектов."}};
}

// Every stage in data-flow order; throws on the first error. The staging
// folder is discarded on any throw, so the previous site stays.
std::size_t run_pipeline(const BuildOptions& options, std::ostream& err) {
  const ingest::Config config = read_config(options.config, options.config_given);
  require_folder(options.data, "data");
  require_folder(options.content, "content");
  require_folder(options.templates, "templates");

  const model::Dataset data = ingest::load_dataset(
      options.data, config, [&err](const std::string& w) { err << w << '\n'; });
  const metrics::IndicatorTable indicators = metrics::compute_indicators(data, config);
  const auto pages = content::load_content(options.content, {config.allow_raw_html});

  publish::Staging staging(options.out);
  const std::vector<render::OutputFile> files =
      render::render_site({data, indicators, pages, config, options.templates, downloads()});
  for (const auto& file : files) staging.write(file.path, file.bytes);
  report::write_summary_workbook(data, indicators, config,
                                 staging.dir() / report::kSummaryWorkbookName);
  write_open_data(data, indicators, staging.dir());

  const auto findings = validate::validate_folder(staging.dir());
  if (!findings.empty()) {
    for (const auto& finding : findings) err << validate::format_finding(finding) << '\n';
    throw std::runtime_error(std::to_string(findings.size()) +
                             " design-rule finding(s); the site was not published");
  }
  staging.commit();
  return files.size() + 3;
}

}  // namespace

int build_command(const BuildOptions& options, std::ostream& err) {
  try {
    const std::size_t written = run_pipeline(options, err);
    err << "otklik: wrote " << written << " files to " << options.out.string() << '\n';
    return 0;
  } catch (const ingest::InputError& e) {
    err << e.what() << '\n';
  } catch (const std::exception& e) {
    err << "otklik: error: " << e.what() << '\n';
  }
  err << "otklik: build failed; " << options.out.string() << " was left as it was" << '\n';
  return 1;
}

}  // namespace otklik::cli
