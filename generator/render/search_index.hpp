#pragma once
// The index of the site's search, built when the site is built: the pages
// work from any static host or from file://, so there is no server to ask.
// Words are reduced to their Snowball stems (libstemmer), so «пенсия»,
// «пенсии» and «пенсией» find the same pages; assets/russian-stemmer.js
// stems the reader's query the same way.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/output_file.hpp"

namespace otklik::render {

inline constexpr const char* kSearchPath = "search.html";
inline constexpr const char* kSearchIndexPath = "assets/search-index.js";

// Lower-case, ё read as е, Cyrillic words stemmed, Latin words and numbers
// as they are; words shorter than two letters are left out.
std::vector<std::string> search_terms(std::string_view text);

// Whether a page is searched: the regular pages, not vi/, not the search
// page, the site map, 404 or the life-situation pages of a region.
bool is_indexed(const std::string& path);

// One page's share of the index, worked out with the page (on its thread)
// and kept by `otklik serve` for the pages it does not re-render.
struct IndexedPage {
  std::string path;
  std::string title;    // the h1's text
  std::string snippet;  // the start of the lead paragraph
  // (stem, weight on this page), each stem once, in no particular order. A
  // vector rather than a map: 10 000 pages of about 150 stems are made and
  // freed with the site, and a map's nodes cost more than the stemming.
  std::vector<std::pair<std::string, int>> terms;
};

// A word of the h1 weighs 5, of an h2 or caption 2, elsewhere 1.
IndexedPage index_page(const OutputFile& page);

// assets/search-index.js: `window.OTKLIK_SEARCH = {pages: [[path, title,
// snippet], ...], terms: {stem: [[page, weight], ...], ...}};` over `pages`
// in their order.
OutputFile search_index(const std::vector<const IndexedPage*>& pages);
// The same over the indexed pages of `files`.
OutputFile search_index(const std::vector<OutputFile>& files);

}  // namespace otklik::render
