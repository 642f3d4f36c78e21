#pragma once
// The shared layout of every page: header, menu, breadcrumbs, h1, support
// contacts and the footer with the data period and downloads.
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "render/output_file.hpp"
#include "render/site_context.hpp"

namespace otklik::render {

struct Crumb {
  std::string label;
  std::string path;  // relative to the site root; "" for a crumb without its own page
};

struct PageFrame {
  std::string path = {};           // where the page is written: "touchpoints/tp01.html"
  std::string title = {};          // the h1, and the first part of <title>
  std::vector<Crumb> crumbs = {};  // from «Главная» down to the parent; the page itself is added
  std::string menu_path = {};    // the menu item to mark current, or ""
  std::string crumb_label = {};  // the page's own crumb when it differs from the title
  std::string updated = {};  // «Дата обновления» when not the data's date: a content page's `date`
  // The body links to files outside the pages (downloads) through
  // {{files_root}}, which differs in the vi/ version: render it twice.
  bool links_files = false;
  // The prefix of every link, when not relative to `path`: the 404 page is
  // served at any address, so its links start at the site's own path.
  std::string fixed_root = {};
};

// Every page comes in two versions (ГОСТ Р 52872-2019): the regular one and
// the same page for the visually impaired under vi/, with a high-contrast,
// larger-text stylesheet. Links between pages are relative, so the vi/ copy
// stays inside vi/ as the reader moves on, and it works without scripts.
struct PageFiles {
  OutputFile regular;
  OutputFile vi;
  PageEntry entry;  // how the site maps list the page
};

inline constexpr const char* kViFolder = "vi/";

// Renders `template_name` with `body` (which also gets "root", the relative
// prefix to the site root, and "files_root") and wraps it in layout.mustache,
// once per version.
PageFiles render_page(const SiteContext& site, const PageFrame& frame,
                      const std::string& template_name, kainjow::mustache::data body);

}  // namespace otklik::render
