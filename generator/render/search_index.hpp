#pragma once
// The index of the site's search, built when the site is built: the pages
// work from any static host or from file://, so there is no server to ask.
// Words are reduced to their Snowball stems (libstemmer), so «пенсия»,
// «пенсии» and «пенсией» find the same pages; assets/russian-stemmer.js
// stems the reader's query the same way.
#include <string>
#include <string_view>
#include <vector>

#include "render/output_file.hpp"

namespace otklik::render {

inline constexpr const char* kSearchPath = "search.html";
inline constexpr const char* kSearchIndexPath = "assets/search-index.js";

// Lower-case, ё read as е, Cyrillic words stemmed, Latin words and numbers
// as they are; words shorter than two letters are left out.
std::vector<std::string> search_terms(std::string_view text);

// assets/search-index.js: `window.OTKLIK_SEARCH = {pages: [[path, title,
// snippet], ...], terms: {stem: [[page, weight], ...], ...}};` over the
// regular pages of `files` (not vi/, not the search page, the site map or
// 404). A word of the h1 weighs 5, of an h2 or caption 2, elsewhere 1.
OutputFile search_index(const std::vector<OutputFile>& files);

}  // namespace otklik::render
