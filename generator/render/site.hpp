#pragma once
// Renders every page of the site through the Mustache templates of templates/.
#include <filesystem>
#include <string>
#include <vector>

#include "content/page.hpp"
#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "model/parallel_jobs.hpp"
#include "render/output_file.hpp"

namespace otklik::render {

// A file written beside the pages, linked from the footer of every page.
struct Download {
  std::string path;         // relative to the site root: "opendata/indicators.csv"
  std::string label;        // what the reader sees: «Показатели, CSV»
  std::string format;       // «XLSX», «CSV (UTF-8, разделитель — запятая)»
  std::string description;  // what is inside, for the downloads page
  // The life situation's id for its own workbook, linked from its page and
  // listed apart on the downloads page; "" for the site's files, which every
  // page's footer lists.
  std::string life_situation_id = {};
};

struct SiteInputs {
  const model::Dataset& data;
  const metrics::IndicatorTable& indicators;
  const std::vector<content::ContentPage>& pages;
  const ingest::Config& config;
  std::filesystem::path templates_dir;
  std::vector<Download> downloads;
};

// Throws ingest::InputError for a missing or malformed template. The pages
// render on every core; the files come in the same order whatever the timing.
// `count` learns the number of pages and each one rendered.
std::vector<OutputFile> render_site(const SiteInputs& inputs, const model::JobCount& count = {});

}  // namespace otklik::render
