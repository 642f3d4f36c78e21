#include "content/slug.hpp"

namespace otklik::content {

bool is_valid_slug(std::string_view slug) {
  if (slug.empty()) return false;
  for (char c : slug) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace otklik::content
