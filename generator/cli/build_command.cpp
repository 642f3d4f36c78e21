#include "cli/build_command.hpp"

#include <filesystem>
#include <functional>
#include <iostream>
#include <set>
#include <stdexcept>
#include <utility>

#include "cli/design_rules.hpp"
#include "cli/period_open_data.hpp"
#include "cli/progress.hpp"
#include "cli/project_inputs.hpp"
#include "content/page.hpp"
#include "ingest/config.hpp"
#include "ingest/input_error.hpp"
#include "ingest/load_dataset.hpp"
#include "metrics/indicator_table.hpp"
#include "metrics/period_indicators.hpp"
#include "metrics/published_cells.hpp"
#include "metrics/site_results.hpp"
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

// What the pages and workbooks read of the indicators. Computing them
// streams every period's table to the open data and lets it go, keeping the
// site's cuts and which survey cells may be published.
struct SiteIndicators {
  metrics::IndicatorTable indicators;
  metrics::PublishedCells published;
  std::size_t open_data_files = 0;  // written beside the indicators
};

SiteIndicators compute_site_indicators(const model::Dataset& data, const ingest::Config& config,
                                       const publish::Staging& staging, Progress& progress) {
  progress.stage("computing indicators", data.periods.size());
  SiteIndicators site{{}, metrics::PublishedCells(data)};
  PeriodOpenData open_data(data, site.published, staging.dir());
  metrics::compute_indicators_by_period(data, config,
                                        [&](uint16_t period, metrics::PeriodTable table) {
                                          site.indicators.append(*table, metrics::is_site_result);
                                          site.published.mark(*table, data, period);
                                          open_data.write(std::move(table), period);
                                          progress.advance(period + 1u);
                                        });
  open_data.finish();
  site.open_data_files = open_data.files();
  site.indicators.sort();
  return site;
}

// Writes the rendered files on every core. Making 20 000 files is mostly
// system calls: on the benchmark machine two threads wrote them in 2.5-2.9 s
// where one took 3.8-5.6 s. The folders come first, so no two writers race
// to create one.
void write_pages(const publish::Staging& staging, const std::vector<render::OutputFile>& files) {
  std::set<fs::path> folders;
  for (const render::OutputFile& file : files) folders.insert(fs::path(file.path).parent_path());
  for (const fs::path& folder : folders) fs::create_directories(staging.dir() / folder);
  model::run_jobs(files.size(), 0,
                  [&](std::size_t i) { staging.write(files[i].path, files[i].bytes); });
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

// The full workbook and one per life situation beside the pages; each file
// is independent, so they are written on every core. Returns how many files
// were written.
std::size_t write_downloads(const model::Dataset& data, const SiteIndicators& site,
                            const ingest::Config& config, const publish::Staging& staging,
                            Progress& progress) {
  // The largest first, so that the other core is kept busy with the small
  // ones meanwhile.
  std::vector<std::function<void()>> jobs = {[&] {
    report::write_workbook(data, site.indicators, site.published, config, {},
                           staging.dir() / report::kSummaryWorkbookName);
  }};
  const std::vector<std::vector<uint32_t>> cells = report::survey_cells_by_life_situation(data);
  for (std::size_t ls = 0; ls < data.life_situations.size(); ++ls)
    jobs.emplace_back([&, ls] {
      report::write_workbook(
          data, site.indicators, site.published, config,
          {static_cast<model::DimIndex>(ls), &cells[ls]},
          staging.dir() / render::life_situation_workbook_path(data.life_situations[ls].id));
    });
  progress.stage("writing workbooks and open data", jobs.size());
  // Folders before the jobs, which would otherwise race to create them.
  for (const model::LifeSituation& ls : data.life_situations)
    fs::create_directories(
        (staging.dir() / render::life_situation_workbook_path(ls.id)).parent_path());
  model::run_jobs(
      jobs.size(), 0, [&](std::size_t i) { jobs[i](); },
      [&](std::size_t finished) { progress.advance(finished); });
  const auto descriptions = report::open_data_descriptions(data, config);
  for (const auto& description : descriptions) staging.write(description.path, description.bytes);
  return jobs.size() + descriptions.size();
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
  publish::Staging staging(options.out);
  const SiteIndicators site = compute_site_indicators(data, config, staging, progress);
  progress.stage("reading content");
  const auto pages = content::load_content(options.content, {config.allow_raw_html});

  // The national site has 10 540 pages to render and to check: both stages count them.
  const model::JobCount counted{[&](std::size_t total) { progress.count(total); },
                                [&](std::size_t finished) { progress.advance(finished); }};
  progress.stage("rendering pages");
  const std::vector<render::OutputFile> files = render::render_site(
      {data, site.indicators, pages, config, options.templates, site_downloads(data)}, counted);
  write_pages(staging, files);
  const std::size_t downloads = write_downloads(data, site, config, staging, progress);

  // Warnings (otklik.yaml `rules:`) are reported and published; errors stop.
  progress.stage("checking design rules");
  // The pages are checked from memory: the same bytes as written, no reads.
  validate::WrittenFiles written;
  for (const render::OutputFile& file : files) written.emplace(file.path, file.bytes);
  const auto findings = check_design_rules(staging.dir(), config, counted, &written);
  progress.finish();
  for (const auto& finding : findings) err << validate::format_finding(finding) << '\n';
  if (const std::size_t errors = validate::error_count(findings); errors > 0)
    throw std::runtime_error(std::to_string(errors) +
                             " design-rule finding(s); the site was not published");
  staging.commit();
  return files.size() + site.open_data_files + downloads;
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
