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

}  // namespace

OutputFile render_page(SiteContext& site, const PageFrame& frame, const std::string& template_name,
                       data body) {
  const std::string root = root_prefix(frame.path);
  body.set("root", root);
  const std::string body_html = site.templates.render(template_name, std::move(body));

  const ingest::Config& config = site.in.config;
  data layout;
  layout.set("root", root);
  layout.set("home_href", root + "index.html");
  layout.set("stylesheet_href", root + "assets/style.css");
  layout.set("site_title", config.site_title);
  layout.set("organisation", config.organisation);
  layout.set("title", frame.title);
  layout.set("is_home", frame.path == "index.html");
  layout.set("menu", menu_data(site, frame, root));
  layout.set("crumbs", crumbs_data(frame, root));
  layout.set("support", support_data(config.support));
  layout.set("data_period", site.data_period_text());
  layout.set("has_downloads", !site.in.downloads.empty());
  layout.set("downloads", downloads_data(site, root));
  layout.set("body", body_html);  // our own rendered template: already escaped
  return {frame.path, site.templates.render("layout", std::move(layout))};
}

}  // namespace otklik::render
