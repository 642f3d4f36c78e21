#include "render/page_jobs.hpp"

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
  jobs.push_back({PageKind::Downloads, 0, kDownloadsPath});
  jobs.push_back({PageKind::Contacts, 0, kContactsPath});
  jobs.push_back({PageKind::Accessibility, 0, kAccessibilityPath});
  jobs.push_back({PageKind::NotFound, 0, kNotFoundPath});
  jobs.push_back({PageKind::Search, 0, kSearchPath});
  return jobs;
}

RenderedPage render_job(const SiteContext& site, const PageJob& job) {
  RenderedPage page{render_files(site, job), std::nullopt};
  if (is_indexed(page.files.regular.path)) page.index = index_page(page.files.regular);
  return page;
}

}  // namespace otklik::render
