#pragma once
// One renderer per kind of page.
#include "content/page.hpp"
#include "model/dataset.hpp"
#include "render/output_file.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

OutputFile render_home(SiteContext& site);
OutputFile render_life_situation(SiteContext& site, model::DimIndex life_situation);
OutputFile render_touchpoint(SiteContext& site, model::DimIndex touchpoint);
OutputFile render_content_page(SiteContext& site, const content::ContentPage& page);

}  // namespace otklik::render
