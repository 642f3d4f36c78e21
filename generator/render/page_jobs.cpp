#include "render/page_jobs.hpp"

#include <map>

#include "ingest/input_error.hpp"
#include "render/decisions_view.hpp"
#include "render/page_paths.hpp"
#include "render/pages.hpp"

namespace otklik::render {
namespace {

PageFiles render_files(const SiteContext& site, const PageJob& job) {
  const auto dim = static_cast<model::DimIndex>(job.index);
  switch (job.kind) {
    case PageKind::Home:
      return render_home(site);
    case PageKind::Appeals:
      return render_appeals(site);
    case PageKind::Decisions:
      return render_decisions(site);
    case PageKind::Content:
      return render_content_page(site, site.in.pages[job.index]);
    case PageKind::LifeSituation:
      return render_life_situation(site, dim);
    case PageKind::Touchpoint:
      return render_touchpoint(site, dim);
    case PageKind::Regions:
      return render_regions(site);
    case PageKind::Region:
      return render_region(site, dim);
    case PageKind::RegionLifeSituation:
      return render_region_life_situation(site, static_cast<model::DimIndex>(job.region), dim);
    case PageKind::Downloads:
      return render_downloads(site);
    case PageKind::Contacts:
      return render_contacts(site);
    case PageKind::Accessibility:
      return render_accessibility(site);
    case PageKind::NotFound:
      return render_not_found(site);
    case PageKind::Search:
      break;
  }
  return render_search(site);
}

// How the error for a content page that would overwrite a generated one
// names that page.
const char* generated_page_name(PageKind kind) {
  switch (kind) {
    case PageKind::Home:
      return "the home page";
    case PageKind::Appeals:
      return "the appeals page";
    case PageKind::Decisions:
      return "the decisions page";
    case PageKind::LifeSituation:
      return "a life situation page";
    case PageKind::Touchpoint:
      return "a touchpoint page";
    case PageKind::Regions:
      return "the list of regions";
    case PageKind::Region:
      return "a region page";
    case PageKind::RegionLifeSituation:
      return "a life situation page of a region";
    case PageKind::Downloads:
      return "the downloads page";
    case PageKind::Contacts:
      return "the contacts page";
    case PageKind::Accessibility:
      return "the accessibility statement";
    case PageKind::NotFound:
      return "the 404 page";
    case PageKind::Search:
      return "the search page";
    case PageKind::Content:
      break;
  }
  return "a content page";
}

// Regions come only from the survey; a data set without them has no region pages.
void add_region_jobs(const model::Dataset& data, std::vector<PageJob>& jobs) {
  if (data.regions.empty()) return;
  jobs.push_back({PageKind::Regions, 0, kRegionsPath});
  for (std::size_t r = 0; r < data.regions.size(); ++r) {
    const std::string& region_id = data.regions[r].id;
    jobs.push_back({PageKind::Region, r, region_path(region_id)});
    for (std::size_t i = 0; i < data.life_situations.size(); ++i)
      jobs.push_back({PageKind::RegionLifeSituation, i,
                      region_life_situation_path(region_id, data.life_situations[i].id), r});
  }
}

// A content page may not overwrite a generated page or another content page.
// The generated pages are taken from the jobs themselves (plus the site map,
// made after them), so a new kind of page is protected without a second list.
void check_content_paths(const SiteInputs& in, const std::vector<PageJob>& jobs) {
  std::map<std::string, std::string> taken = {{kSitemapPath, "the site map"}};
  for (const PageJob& job : jobs)
    if (job.kind != PageKind::Content) taken.emplace(job.path, generated_page_name(job.kind));
  for (const PageJob& job : jobs) {
    if (job.kind != PageKind::Content) continue;
    const content::ContentPage& page = in.pages[job.index];
    const auto [it, fresh] = taken.emplace(job.path, page.source.string());
    if (!fresh || job.path.starts_with("assets/") || job.path.starts_with(kViFolder))
      throw ingest::InputError({page.source.string(), 1, 1},
                               "the page would be written to " + job.path + ", which is already " +
                                   (fresh ? "a folder of the site" : it->second) +
                                   "; give it another `slug:`");
  }
}

// A decision must name a life situation and touchpoint the data holds, or its
// links would lead nowhere.
void check_decision_ids(const SiteInputs& in) {
  for (const content::ContentPage& page : in.pages) {
    if (page.section != kDecisionsSection) continue;
    const auto& f = page.front;
    if (f.life_situation.empty())
      throw ingest::InputError({page.source.string(), 1, 1},
                               "a decision needs `life_situation: <id>` in its front matter, "
                               "one of the ids of life_situations.csv");
    if (in.data.life_situation_index(f.life_situation) == model::kNone)
      throw ingest::InputError(f.life_situation_at, "`life_situation` \"" + f.life_situation +
                                                        "\" is not an id of life_situations.csv");
    if (!f.touchpoint.empty() && in.data.touchpoint_index(f.touchpoint) == model::kNone)
      throw ingest::InputError(
          f.touchpoint_at, "`touchpoint` \"" + f.touchpoint + "\" is not an id of touchpoints.csv");
  }
}

}  // namespace

std::vector<PageJob> page_jobs(const SiteInputs& in) {
  std::vector<PageJob> jobs = {{PageKind::Home, 0, kHomePath},
                               {PageKind::Appeals, 0, kAppealsPath},
                               {PageKind::Decisions, 0, kDecisionsPath}};
  for (std::size_t i = 0; i < in.pages.size(); ++i)
    jobs.push_back({PageKind::Content, i, content_page_path(in.pages[i])});
  for (std::size_t i = 0; i < in.data.life_situations.size(); ++i)
    jobs.push_back(
        {PageKind::LifeSituation, i, life_situation_path(in.data.life_situations[i].id)});
  for (std::size_t i = 0; i < in.data.touchpoints.size(); ++i)
    jobs.push_back({PageKind::Touchpoint, i, touchpoint_path(in.data.touchpoints[i].id)});
  add_region_jobs(in.data, jobs);
  jobs.push_back({PageKind::Downloads, 0, kDownloadsPath});
  jobs.push_back({PageKind::Contacts, 0, kContactsPath});
  jobs.push_back({PageKind::Accessibility, 0, kAccessibilityPath});
  jobs.push_back({PageKind::NotFound, 0, kNotFoundPath});
  jobs.push_back({PageKind::Search, 0, kSearchPath});
  check_content_paths(in, jobs);
  check_decision_ids(in);
  return jobs;
}

RenderedPage render_job(const SiteContext& site, const PageJob& job) {
  RenderedPage page{render_files(site, job), std::nullopt};
  if (is_indexed(page.files.regular.path)) page.index = index_page(page.files.regular);
  return page;
}

}  // namespace otklik::render
