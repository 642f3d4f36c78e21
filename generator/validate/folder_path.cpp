#include "validate/folder_path.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "validate/css.hpp"

namespace otklik::validate {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string percent_decode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool is_external(const std::string& url) {
  if (url.rfind("//", 0) == 0) return true;
  const std::size_t colon = url.find(':');
  return colon != std::string::npos && url.find_first_of("/?#") > colon;
}

std::optional<std::string> resolve_in_folder(const std::string& from, const std::string& url) {
  std::string target = css::trim(url);
  if (is_external(target)) return std::nullopt;
  std::string path = percent_decode(target.substr(0, target.find_first_of("?#")));
  fs::path resolved = path.empty()          ? fs::path(from)
                      : path.front() == '/' ? fs::path(path.substr(1))
                                            : fs::path(from).parent_path() / path;
  std::string normal = resolved.lexically_normal().generic_string();
  if (normal.empty() || normal.rfind("..", 0) == 0) return std::nullopt;
  return normal;
}

std::vector<std::string> html_pages(const fs::path& dir) {
  std::vector<std::string> pages;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() && (extension == ".html" || extension == ".htm"))
      pages.push_back(entry.path().lexically_relative(dir).generic_string());
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

}  // namespace otklik::validate
