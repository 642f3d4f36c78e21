#include "render/page_context.hpp"

#include <cctype>

#include "render/page_paths.hpp"

namespace otklik::render {
namespace {

using kainjow::mustache::data;

// "tel:" accepts digits and a leading '+' only; "8 800 000-00-00" → "tel:88000000000".
std::string phone_href(const std::string& phone) {
  std::string href = "tel:";
  for (char c : phone)
    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && href.size() == 4)) href += c;
  return href;
}

data menu_data(const SiteContext& site, const PageFrame& frame, const std::string& root) {
  data items{data::type::list};
  for (const MenuItem& item : site.menu) {
    data entry;
    entry.set("label", item.label);
    entry.set("href", root + item.path);
    entry.set("current", item.path == frame.menu_path);
    items.push_back(entry);
  }
  return items;
}

data crumbs_data(const PageFrame& frame, const std::string& root) {
  data items{data::type::list};
  for (const Crumb& crumb : frame.crumbs) {
    data entry;
    entry.set("label", crumb.label);
    entry.set("href", root + crumb.path);
    entry.set("current", false);
    items.push_back(entry);
  }
  data self;
  self.set("label", frame.crumb_label.empty() ? frame.title : frame.crumb_label);
  self.set("href", "");
  self.set("current", true);
  items.push_back(self);
  return items;
}

data downloads_data(const SiteContext& site, const std::string& root) {
  data items{data::type::list};
  for (const Download& download : site.in.downloads) {
    if (!download.life_situation_id.empty()) continue;
    data entry;
    entry.set("label", download.label);
    entry.set("href", root + download.path);
    items.push_back(entry);
  }
  return items;
}

data support_data(const ingest::SupportContacts& support) {
  data contacts;
  contacts.set("phone", support.phone);
  contacts.set("phone_href", phone_href(support.phone));
  contacts.set("email", support.email);
  contacts.set("hours", support.hours);
  return contacts;
}

// The layout of one version of a page. `files_root` leads from the page to
// the site root where the downloads and the regular assets are.
std::string page_root(const PageFrame& frame) {
  return frame.fixed_root.empty() ? root_prefix(frame.path) : frame.fixed_root;
}

data layout_data(const SiteContext& site, const PageFrame& frame, bool vi,
                 const std::string& files_root) {
  const std::string root = page_root(frame);
  const ingest::Config& config = site.in.config;
  data layout;
  layout.set("root", root);
  layout.set("vi", vi);
  layout.set("home_href", root + "index.html");
  layout.set("stylesheet_href", root + "assets/style.css");
  layout.set("vi_stylesheet_href", root + "assets/vi.css");
  layout.set("version_href", vi ? files_root + frame.path : root + kViFolder + frame.path);
  layout.set("site_title", config.site_title);
  layout.set("organisation", config.organisation);
  layout.set("title", frame.title);
  layout.set("is_home", frame.path == "index.html");
  layout.set("menu", menu_data(site, frame, root));
  layout.set("crumbs", crumbs_data(frame, root));
  layout.set("support", support_data(config.support));
  layout.set("data_period", site.data_period_text());
  layout.set("updated", frame.updated.empty() ? site.updated_text() : frame.updated);
  data downloads = downloads_data(site, files_root);
  layout.set("has_downloads", !downloads.is_empty_list());
  layout.set("downloads", std::move(downloads));
  return layout;
}

}  // namespace

PageFiles render_page(const SiteContext& site, const PageFrame& frame,
                      const std::string& template_name, data body) {
  const std::string root = page_root(frame);
  const std::string vi_files_root = frame.fixed_root.empty() ? "../" + root : root;
  body.set("root", root);
  body.set("files_root", root);
  data vi_body = frame.links_files ? body : data{};
  const std::string body_html = site.templates.render(template_name, std::move(body));
  std::string vi_body_html = body_html;
  if (frame.links_files) {
    vi_body.set("files_root", vi_files_root);
    vi_body_html = site.templates.render(template_name, std::move(vi_body));
  }

  PageFiles files;
  files.entry = {frame.path, frame.title};
  data regular = layout_data(site, frame, false, root);
  regular.set("body", body_html);  // our own rendered template: already escaped
  files.regular = {frame.path, site.templates.render("layout", std::move(regular))};
  data vi = layout_data(site, frame, true, vi_files_root);
  vi.set("body", vi_body_html);
  files.vi = {kViFolder + frame.path, site.templates.render("layout", std::move(vi))};
  return files;
}

}  // namespace otklik::render
