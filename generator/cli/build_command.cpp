#include "cli/build_command.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <utility>

#include "cli/design_rules.hpp"
#include "cli/progress.hpp"
#include "cli/project_inputs.hpp"
#include "content/page.hpp"
#include "ingest/config.hpp"
#include "ingest/input_error.hpp"
#include "ingest/load_dataset.hpp"
#include "metrics/indicator_table.hpp"
#include "model/parallel_jobs.hpp"
#include "publish/staging.hpp"
#include "render/page_paths.hpp"
#include "render/site.hpp"
#include "report/indicator_records.hpp"
#include "report/input_count_records.hpp"
#include "report/open_data_package.hpp"
#include "report/workbook.hpp"
#include "validate/rule_policy.hpp"

namespace otklik::cli {
namespace fs = std::filesystem;
namespace {

// The open data is streamed to its files: on national data it is far larger
// than the pages. The four files are written side by side, one per core.
void write_open_data(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                     const ingest::Config& config, const publish::Staging& staging) {
  using Writer = void (*)(const model::Dataset&, const metrics::IndicatorTable&,
                          report::RecordFormat, std::ostream&);
  const struct {
    const char* path;
    report::RecordFormat format;
    Writer write;
  } files[] = {
      {report::kIndicatorsCsvPath, report::RecordFormat::Csv, report::write_indicator_records},
      {report::kIndicatorsJsonPath, report::RecordFormat::Json, report::write_indicator_records},
      {report::kInputCountsCsvPath, report::RecordFormat::Csv, report::write_input_count_records},
      {report::kInputCountsJsonPath, report::RecordFormat::Json, report::write_input_count_records},
  };
  for (const auto& f : files) fs::create_directories((staging.dir() / f.path).parent_path());
  model::run_jobs(std::size(files), 0, [&](std::size_t i) {
    const fs::path file = staging.dir() / files[i].path;
    std::ofstream out(file, std::ios::binary);
    files[i].write(data, indicators, files[i].format, out);
    out.close();
    if (!out) throw std::runtime_error("cannot write " + file.string());
  });
  for (const auto& description : report::open_data_descriptions(data, config))
    staging.write(description.path, description.bytes);
}

}  // namespace

std::vector<render::Download> site_downloads(const model::Dataset& data) {
  std::vector<render::Download> files = {
      {report::kSummaryWorkbookName, "Сводка показателей, XLSX", "XLSX (Excel, LibreOffice)",
       "Все показатели за последний период; по точкам взаимодействия, услугам, жизненным "
       "ситуациям и периодам; обращения. Каждая доля, индекс и уровень — формула над "
       "числами ответов и порогами листа «Методика»; исходные числа ответов и контрольные "
       "суммы входных файлов — на листах «Исходные данные» и «Контроль»."},
      {report::kIndicatorsCsvPath, "Все показатели, открытые данные CSV",
       "CSV (UTF-8, разделитель — запятая)",
       "Одна строка на срез и показатель: период, жизненная ситуация, услуга, точка "
       "взаимодействия, сегмент, регион, значение, число ответов, 95-процентный интервал, "
       "уровень, изменение и его значимость, признаки скрытия и малого числа ответов."},
      {report::kIndicatorsJsonPath, "Все показатели, открытые данные JSON", "JSON (UTF-8)",
       "Те же записи, что в CSV, массивом объектов."},
      {report::kInputCountsCsvPath, "Число ответов по ячейкам опроса, CSV",
       "CSV (UTF-8, разделитель — запятая)",
       "Исходные данные показателей: период, коды измерений, вопрос, ответ и число ответов. "
       "Ячейки скрытых срезов — без ответов и чисел."},
      {"opendata/datapackage.json", "Описание открытых данных (Frictionless Data Package)", "JSON",
       "Поля и типы обоих наборов данных, лицензия CC BY 4.0."},
      {"opendata/meta.csv", "Паспорт набора открытых данных", "CSV",
       "Паспорт по методическим рекомендациям 3.0: название, описание, владелец, формат, "
       "периодичность обновления, лицензия; структура — в файле structure-*.csv."}};
  for (const model::LifeSituation& ls : data.life_situations)
    files.push_back({render::life_situation_workbook_path(ls.id), ls.name,
                     "XLSX (Excel, LibreOffice)", "", ls.id});
  return files;
}

namespace {

// The full workbook and one per life situation, beside the pages; each
// workbook is independent, so they are written on every core.
std::size_t write_workbooks(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                            const ingest::Config& config, const publish::Staging& staging,
                            Progress& progress) {
  const std::size_t count = 1 + data.life_situations.size();
  progress.stage("writing workbooks", count);
  for (const model::LifeSituation& ls : data.life_situations)
    fs::create_directories(
        (staging.dir() / render::life_situation_workbook_path(ls.id)).parent_path());
  model::run_jobs(
      count, 0,
      [&](std::size_t i) {
        // The whole body's workbook first: it is the largest, and starting it
        // first keeps the other core busy with the small ones meanwhile.
        if (i == 0)
          return report::write_workbook(data, indicators, config, {},
                                        staging.dir() / report::kSummaryWorkbookName);
        const auto ls = static_cast<model::DimIndex>(i - 1);
        report::write_workbook(
            data, indicators, config, {ls},
            staging.dir() / render::life_situation_workbook_path(data.life_situations[ls].id));
      },
      [&](std::size_t finished) { progress.advance(finished); });
  return count;
}

// Every stage in data-flow order; throws on the first error. The staging
// folder is discarded on any throw, so the previous site stays.
std::size_t run_pipeline(const BuildOptions& options, std::ostream& err, Progress& progress) {
  const ingest::Config config = read_config(options.config, options.config_given);
  rule_policy(config);  // an unknown rule id fails before any work is done
  if (options.source.empty()) require_folder(options.data, "data");
  require_folder(options.content, "content");
  require_folder(options.templates, "templates");

  progress.stage("reading data");
  const model::Dataset data = read_dataset(options.data, options.source, config,
                                           [&err](const std::string& w) { err << w << '\n'; });
  progress.stage("computing indicators");
  const metrics::IndicatorTable indicators = metrics::compute_indicators(data, config);
  progress.stage("reading content");
  const auto pages = content::load_content(options.content, {config.allow_raw_html});

  publish::Staging staging(options.out);
  progress.stage("rendering pages");
  const std::vector<render::OutputFile> files = render::render_site(
      {data, indicators, pages, config, options.templates, site_downloads(data)});
  for (const auto& file : files) staging.write(file.path, file.bytes);
  const std::size_t workbooks = write_workbooks(data, indicators, config, staging, progress);
  progress.stage("writing open data");
  write_open_data(data, indicators, config, staging);

  // Warnings (otklik.yaml `rules:`) are reported and published; errors stop.
  progress.stage("checking design rules");
  const auto findings = check_design_rules(staging.dir(), config);
  progress.finish();
  for (const auto& finding : findings) err << validate::format_finding(finding) << '\n';
  if (const std::size_t errors = validate::error_count(findings); errors > 0)
    throw std::runtime_error(std::to_string(errors) +
                             " design-rule finding(s); the site was not published");
  staging.commit();
  return files.size() + workbooks + 4 + report::open_data_descriptions(data, config).size();
}

}  // namespace

int build_command(const BuildOptions& options, std::ostream& err) {
  try {
    // Only the real stderr can be a terminal; a test's stream gets lines.
    Progress progress(err, &err == &std::cerr ? progress_style_for_stderr() : ProgressStyle::Lines);
    const std::size_t written = run_pipeline(options, err, progress);
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
