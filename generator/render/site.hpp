#pragma once
// Renders every page of the site through the Mustache templates of templates/.
#include <filesystem>
#include <vector>

#include "content/page.hpp"
#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"
#include "render/output_file.hpp"

namespace otklik::render {

struct SiteInputs {
  const model::Dataset& data;
  const metrics::IndicatorTable& indicators;
  const std::vector<content::ContentPage>& pages;
  const ingest::Config& config;
  std::filesystem::path templates_dir;
  // Downloads to link from every page that lists them (e.g. "otklik-summary.xlsx").
  std::vector<std::string> downloads;
};

// Throws ingest::InputError for a missing or malformed template.
std::vector<OutputFile> render_site(const SiteInputs& inputs);

}  // namespace otklik::render
