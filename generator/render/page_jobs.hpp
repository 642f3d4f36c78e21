#pragma once
// The site as a list of page jobs, one per page (both its versions). Each
// job renders from the shared, read-only SiteContext alone, so the jobs run
// on every core, and `otklik serve` re-runs only those a change affects.
// The site map and the search index list the other pages: they are made
// from the jobs' results afterwards (assemble_site).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "render/page_context.hpp"
#include "render/search_index.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

enum class PageKind {
  Home,
  Appeals,
  Decisions,
  Content,
  LifeSituation,
  Touchpoint,
  Regions,              // the list of regions
  Region,               // one region
  RegionLifeSituation,  // one life situation in one region
  Downloads,
  Contacts,
  Accessibility,
  NotFound,
  Search
};

struct PageJob {
  PageKind kind = PageKind::Home;
  // Of the content page, life situation, touchpoint or region.
  std::size_t index = 0;
  // Where the regular page is written: names the job from one build to the next.
  std::string path;
  std::size_t region = 0;  // of a region's life-situation page
};

// Every page but the site map, in the order the site lists them: home,
// appeals, decisions, the content pages, life situations, touchpoints, and
// when the data has regions their list and each region followed by its life
// situations; then downloads, contacts, accessibility, 404, search. Throws
// ingest::InputError for a content page that would overwrite another page
// and for a decision that names a life situation or touchpoint the data
// does not hold.
std::vector<PageJob> page_jobs(const SiteInputs& inputs);

struct RenderedPage {
  PageFiles files;
  std::optional<IndexedPage> index;  // the page's share of the search index, if searched
};

// Renders one job; safe to call for different jobs on several threads.
RenderedPage render_job(const SiteContext& site, const PageJob& job);

// The whole site from the rendered jobs, in page_jobs' order: every page and
// its vi/ copy, then the site map, sitemap.xml and robots.txt, the assets
// and the search index (each also under vi/). Defined in site.cpp.
std::vector<OutputFile> assemble_site(const SiteContext& site, std::vector<RenderedPage> rendered);

}  // namespace otklik::render
