#pragma once
// One renderer per kind of page.
#include <vector>

#include "content/page.hpp"
#include "model/dataset.hpp"
#include "render/page_context.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

PageFiles render_home(const SiteContext& site);
PageFiles render_life_situation(const SiteContext& site, model::DimIndex life_situation);
PageFiles render_touchpoint(const SiteContext& site, model::DimIndex touchpoint);
PageFiles render_regions(const SiteContext& site);
PageFiles render_region(const SiteContext& site, model::DimIndex region);
PageFiles render_region_life_situation(const SiteContext& site, model::DimIndex region,
                                       model::DimIndex life_situation);
PageFiles render_content_page(const SiteContext& site, const content::ContentPage& page);
PageFiles render_appeals(const SiteContext& site);
PageFiles render_decisions(const SiteContext& site);
PageFiles render_downloads(const SiteContext& site);
PageFiles render_contacts(const SiteContext& site);
PageFiles render_accessibility(const SiteContext& site);
PageFiles render_not_found(const SiteContext& site);
PageFiles render_search(const SiteContext& site);
// Lists `pages` (every other page, in site order) and itself.
PageFiles render_sitemap(const SiteContext& site, const std::vector<PageEntry>& pages);
// sitemap.xml (only with an absolute base_url: its addresses must be
// absolute) and robots.txt, listing `pages` (the site map's included).
std::vector<OutputFile> render_search_engine_files(const SiteContext& site,
                                                   const std::vector<PageEntry>& pages);

}  // namespace otklik::render
