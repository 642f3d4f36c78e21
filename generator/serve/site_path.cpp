#include "serve/site_path.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

namespace otklik::serve {
namespace fs = std::filesystem;
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The path part decoded, or nullopt for an escape that hides a separator
// or a NUL, or a malformed escape.
std::optional<std::string> decode(std::string_view path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] != '%') {
      out += path[i];
      continue;
    }
    if (i + 2 >= path.size()) return std::nullopt;
    const int high = hex_digit(path[i + 1]);
    const int low = hex_digit(path[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    const char c = static_cast<char>(high * 16 + low);
    if (c == '/' || c == '\\' || c == '\0') return std::nullopt;
    out += c;
    i += 2;
  }
  return out;
}

bool inside(const fs::path& root, const fs::path& file) {
  const auto [r, f] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  return r == root.end();
}

}  // namespace

SitePath resolve_site_path(const fs::path& root, std::string_view target) {
  const std::string_view path = target.substr(0, target.find_first_of("?#"));
  if (path.empty() || path.front() != '/') return {403, {}};
  const std::optional<std::string> decoded = decode(path);
  if (!decoded || decoded->find('\0') != std::string::npos ||
      decoded->find('\\') != std::string::npos)
    return {403, {}};
  fs::path file = root;
  std::size_t start = 1;
  while (start <= decoded->size()) {
    const std::size_t end = std::min(decoded->find('/', start), decoded->size());
    const std::string segment = decoded->substr(start, end - start);
    if (segment == ".." || segment == ".") return {403, {}};
    if (!segment.empty()) file /= segment;
    start = end + 1;
  }
  std::error_code ec;
  if (fs::is_directory(file, ec)) file /= "index.html";
  if (!fs::is_regular_file(file, ec)) return {404, {}};
  // A symlink inside the site may point anywhere; only its target counts.
  const fs::path real = fs::canonical(file, ec);
  const fs::path real_root = fs::canonical(root, ec);
  if (ec || !inside(real_root, real)) return {403, {}};
  return {200, real};
}

}  // namespace otklik::serve
