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
};

// Renders `template_name` with `body` (which also gets "root", the relative
// prefix to the site root) and wraps it in layout.mustache.
OutputFile render_page(SiteContext& site, const PageFrame& frame, const std::string& template_name,
                       kainjow::mustache::data body);

}  // namespace otklik::render
