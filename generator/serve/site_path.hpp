#pragma once
// Maps a request target to a file of the site, and never to anything
// outside it: the preview server's one safety rule.
#include <filesystem>
#include <string_view>

namespace otklik::serve {

struct SitePath {
  int status = 200;            // 200, 403 (outside the site or malformed), 404
  std::filesystem::path file;  // set when status is 200
};

// `target` is the request's raw target ("/a/b.html?x=1"). Percent-escapes
// are decoded first; a ".." or "." segment, a backslash, an encoded slash
// or a NUL is refused (403), as is a file that a symlink puts outside
// `root`. A folder gives its index.html.
SitePath resolve_site_path(const std::filesystem::path& root, std::string_view target);

}  // namespace otklik::serve
