#pragma once
// One renderer per kind of page.
#include <vector>

#include "content/page.hpp"
#include "model/dataset.hpp"
#include "render/page_context.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

PageFiles render_home(SiteContext& site);
PageFiles render_life_situation(SiteContext& site, model::DimIndex life_situation);
PageFiles render_touchpoint(SiteContext& site, model::DimIndex touchpoint);
PageFiles render_content_page(SiteContext& site, const content::ContentPage& page);
PageFiles render_appeals(SiteContext& site);
PageFiles render_decisions(SiteContext& site);
PageFiles render_downloads(SiteContext& site);
PageFiles render_contacts(SiteContext& site);
PageFiles render_accessibility(SiteContext& site);
PageFiles render_not_found(SiteContext& site);
PageFiles render_search(SiteContext& site);
// Lists every page rendered before it: call it after all the others.
PageFiles render_sitemap(SiteContext& site);
// sitemap.xml (only with an absolute base_url: its addresses must be
// absolute) and robots.txt, from the pages rendered so far.
std::vector<OutputFile> render_search_engine_files(const SiteContext& site);

}  // namespace otklik::render
