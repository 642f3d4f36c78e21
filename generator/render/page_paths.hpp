#pragma once
// Where each page of the site lives, and how a page links back to the root.
// Links are relative so the site works from file:// and from a sub-folder.
#include <string>
#include <string_view>

#include "content/page.hpp"

namespace otklik::render {

// The generated pages besides those of life situations and touchpoints.
inline constexpr const char* kHomePath = "index.html";
inline constexpr const char* kAppealsPath = "appeals.html";
inline constexpr const char* kDecisionsPath = "decisions.html";
inline constexpr const char* kDownloadsPath = "downloads.html";
inline constexpr const char* kContactsPath = "contacts.html";
inline constexpr const char* kAccessibilityPath = "accessibility.html";
inline constexpr const char* kSitemapPath = "sitemap.html";
inline constexpr const char* kNotFoundPath = "404.html";
// The list of regions, made only when the data has regions.
inline constexpr const char* kRegionsPath = "regions.html";

// "" for "index.html", "../" for "life-situations/ls01.html".
std::string root_prefix(std::string_view page_path);

// Throw ingest::InputError naming the dimension file when an id cannot be a file name.
std::string life_situation_path(const std::string& id);
std::string touchpoint_path(const std::string& id);
// "regions/<id>.html", and "regions/<region id>/<life situation id>.html"
// for a life situation in one region.
std::string region_path(const std::string& id);
std::string region_life_situation_path(const std::string& region_id, const std::string& ls_id);
// Whether `path` is a region_life_situation_path().
bool is_region_life_situation_path(std::string_view path);
// "workbooks/<id>.xlsx": the XLSX of one life situation.
std::string life_situation_workbook_path(const std::string& id);
// "<slug>.html" at the top, "<section>/<slug>.html" for a sub-folder of content/.
std::string content_page_path(const content::ContentPage& page);

}  // namespace otklik::render
