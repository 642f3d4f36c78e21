#pragma once
// The site as `otklik serve` keeps it between edits: the last rendered page
// of every job, so an edit re-renders only the pages it affects and the
// rest are reused as they are. The site map, sitemap.xml and the search
// index list every page, so they are assembled again each time.
#include <cstddef>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "render/page_jobs.hpp"

namespace otklik::render {

// What changed since the last render.
struct SiteEdit {
  bool templates = false;  // a template or asset: every page re-renders
  // Content files written, created or deleted, as ContentPage::source names them.
  std::vector<std::filesystem::path> content_files;
};

class IncrementalSite {
 public:
  // The whole site, as render_site gives it. The first call renders every
  // page; later calls re-render the pages `edit` affects:
  // - an edited or new content page;
  // - for a decision written or deleted, the decisions page and the life
  //   situation pages, which list the decisions;
  // - every page when the templates or the main menu (the top-level pages'
  //   titles, order and paths) changed.
  // `inputs` must hold the same data and configuration on every call (a
  // data change means a new IncrementalSite). Throws as render_site does and
  // then keeps the pages of the last good render.
  std::vector<OutputFile> render(const SiteInputs& inputs, const SiteEdit& edit);

  // How many pages the last call rendered (not counting the site map).
  std::size_t pages_rendered() const { return pages_rendered_; }

 private:
  bool rendered_once_ = false;
  std::vector<MenuItem> menu_;
  std::set<std::string> decision_sources_;
  std::map<std::string, RenderedPage> pages_;  // by job path
  std::size_t pages_rendered_ = 0;
};

}  // namespace otklik::render
