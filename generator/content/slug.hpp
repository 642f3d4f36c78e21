#pragma once
// A page's slug becomes a file name of the site, so it must be safe as one.
#include <string_view>

namespace otklik::content {

// Latin letters, digits, '-' and '_' only: no path separators, no "..", and
// the same spelling in a URL as on disk.
bool is_valid_slug(std::string_view slug);

}  // namespace otklik::content
