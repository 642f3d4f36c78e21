#include "render/incremental_site.hpp"

#include <algorithm>

#include "model/parallel_jobs.hpp"
#include "render/decisions_view.hpp"

namespace otklik::render {
namespace {

// The watcher and the content loader may spell one file differently
// ("content//a.md", "./content/a.md").
std::string same_file(const std::filesystem::path& file) {
  return file.lexically_normal().string();
}

std::set<std::string> decision_sources(const SiteInputs& in) {
  std::set<std::string> sources;
  for (const content::ContentPage& page : in.pages)
    if (page.section == kDecisionsSection) sources.insert(same_file(page.source));
  return sources;
}

bool lists_decisions(PageKind kind) {
  return kind == PageKind::Decisions || kind == PageKind::LifeSituation;
}

}  // namespace

std::vector<OutputFile> IncrementalSite::render(const SiteInputs& inputs, const SiteEdit& edit) {
  const SiteContext site(inputs);
  const std::vector<PageJob> jobs = page_jobs(inputs);
  const std::set<std::string> decisions = decision_sources(inputs);
  std::set<std::string> edited;
  for (const auto& file : edit.content_files) edited.insert(same_file(file));
  const bool everything = !rendered_once_ || edit.templates || site.menu != menu_;
  const bool decisions_edited =
      std::any_of(edited.begin(), edited.end(), [&](const std::string& file) {
        return decisions.contains(file) || decision_sources_.contains(file);
      });

  std::vector<std::size_t> stale;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const PageJob& job = jobs[i];
    const bool edited_page =
        job.kind == PageKind::Content && edited.contains(same_file(inputs.pages[job.index].source));
    if (everything || edited_page || (decisions_edited && lists_decisions(job.kind)) ||
        !pages_.contains(job.path))
      stale.push_back(i);
  }
  std::vector<RenderedPage> fresh(stale.size());
  model::run_jobs(stale.size(), 0,
                  [&](std::size_t i) { fresh[i] = render_job(site, jobs[stale[i]]); });

  // Only now, with every page rendered, is the last good render replaced.
  std::map<std::string, RenderedPage> pages;
  for (std::size_t i = 0; i < stale.size(); ++i) pages[jobs[stale[i]].path] = std::move(fresh[i]);
  for (const PageJob& job : jobs)
    if (!pages.contains(job.path)) pages[job.path] = std::move(pages_.at(job.path));
  pages_ = std::move(pages);
  menu_ = site.menu;
  decision_sources_ = decisions;
  rendered_once_ = true;
  pages_rendered_ = stale.size();

  std::vector<RenderedPage> in_order;
  in_order.reserve(jobs.size());
  for (const PageJob& job : jobs) in_order.push_back(pages_.at(job.path));
  return assemble_site(site, std::move(in_order));
}

}  // namespace otklik::render
