#include "validate/media_flash.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "validate/flash_count.hpp"
#include "validate/flashing_rule.hpp"
#include "validate/folder_path.hpp"
#include "validate/html_document.hpp"

namespace otklik::validate {
namespace {

namespace fs = std::filesystem;

// The URLs of a srcset: each candidate's first word ("a.gif 2x, b.gif 3x").
std::vector<std::string> srcset_urls(const std::string& srcset) {
  std::vector<std::string> urls;
  for (const std::string& candidate : css::split_top_level(srcset, ',')) {
    auto words = css::split_words(candidate);
    if (!words.empty()) urls.push_back(words.front());
  }
  return urls;
}

// The url(…) references in a declaration value.
std::vector<std::string> css_urls(const std::string& value) {
  std::vector<std::string> urls;
  std::string lower = css::to_lower(value);
  for (std::size_t at = lower.find("url("); at != std::string::npos;
       at = lower.find("url(", at + 4)) {
    std::size_t close = value.find(')', at + 4);
    if (close == std::string::npos) break;
    std::string inside = css::trim(value.substr(at + 4, close - at - 4));
    if (inside.size() >= 2 && (inside.front() == '"' || inside.front() == '\'') &&
        inside.back() == inside.front())
      inside = inside.substr(1, inside.size() - 2);
    urls.push_back(inside);
  }
  return urls;
}

std::string describe(const GumboNode& element, const char* name, const std::string& value) {
  return "<" + tag_name(element) + " " + name + "=\"" + value + "\">";
}

std::string format_unbounded() { return "unbounded flashes/s"; }

}  // namespace

std::optional<Refresh> parse_refresh(const std::string& content) {
  // The HTML standard's "shared declarative refresh steps", shortened.
  std::size_t pos = 0;
  auto skip_space = [&] {
    while (pos < content.size() && std::isspace(static_cast<unsigned char>(content[pos]))) ++pos;
  };
  skip_space();
  std::size_t digits = pos;
  while (pos < content.size() && std::isdigit(static_cast<unsigned char>(content[pos]))) ++pos;
  std::string number = content.substr(digits, pos - digits);
  if (number.empty() && (pos >= content.size() || content[pos] != '.')) return std::nullopt;
  while (pos < content.size() &&
         (std::isdigit(static_cast<unsigned char>(content[pos])) || content[pos] == '.'))
    ++pos;  // the fraction is ignored
  Refresh refresh;
  refresh.delay_s = number.empty() ? 0 : std::stol(number.substr(0, 9));
  skip_space();
  if (pos < content.size() && (content[pos] == ';' || content[pos] == ',')) ++pos;
  skip_space();
  std::string rest = content.substr(pos);
  if (css::to_lower(rest.substr(0, 3)) == "url") {
    std::size_t at = 3;
    while (at < rest.size() && std::isspace(static_cast<unsigned char>(rest[at]))) ++at;
    if (at < rest.size() && rest[at] == '=') {
      ++at;
      while (at < rest.size() && std::isspace(static_cast<unsigned char>(rest[at]))) ++at;
      rest = rest.substr(at);
    }
  }
  if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) {
    std::size_t close = rest.find(rest.front(), 1);
    rest = rest.substr(1, close == std::string::npos ? std::string::npos : close - 1);
  }
  refresh.url = css::trim(rest);
  return refresh;
}

MediaFlashing::MediaFlashing(fs::path root) : root_(std::move(root)) {}

std::optional<ImageFlash> MediaFlashing::image(const std::string& relative, const std::string& url,
                                               std::string* path) {
  auto resolved = resolve_in_folder(relative, url);
  if (!resolved || *resolved == relative) return std::nullopt;
  *path = *resolved;
  {
    const std::lock_guard lock(mutex_);
    auto cached = images_.find(*resolved);
    if (cached != images_.end()) return cached->second;
  }
  std::optional<ImageFlash> measured;
  fs::path file = root_ / *resolved;
  std::error_code error;
  if (fs::is_regular_file(file, error)) {
    std::string bytes = read_file(file);
    if (looks_like_image(bytes)) {
      if (auto animation = decode_animation(bytes)) measured = measure_image_flashes(*animation);
    }
  }
  const std::lock_guard lock(mutex_);
  images_[*resolved] = measured;
  return measured;
}

void MediaFlashing::check_image(const std::string& relative, const std::string& url,
                                std::size_t line, const std::string& element,
                                std::vector<Finding>& findings) {
  std::string path;
  auto measured = image(relative, url, &path);
  if (!measured) return;
  auto report = [&](std::size_t flashes, const char* kind) {
    if (flashes <= flash::kMaxFlashesPerSecond) return;
    findings.push_back(flashing_finding(
        line, element,
        format_rate(static_cast<double>(flashes)) + " (" + path + ": " + kind + " flash)"));
  };
  // One finding per image: the threshold it breaks worse.
  if (measured->red > measured->general)
    report(measured->red, "red");
  else
    report(measured->general, "general");
}

std::vector<Finding> MediaFlashing::check_page(const std::string& relative,
                                               const std::string& html) {
  return check_page(relative, HtmlDocument(html));
}

std::vector<Finding> MediaFlashing::check_page(const std::string& relative,
                                               const HtmlDocument& document) {
  std::vector<Finding> findings;
  document.for_each_element([&](const GumboNode& element) {
    const std::string_view tag = known_tag(element);
    const std::size_t line = line_of(element);
    auto image_attribute = [&](const char* name, bool srcset) {
      const char* value = attribute(element, name);
      if (value == nullptr) return;
      std::vector<std::string> urls = srcset ? srcset_urls(value) : std::vector{std::string(value)};
      for (const std::string& url : urls)
        check_image(relative, url, line, describe(element, name, value), findings);
    };
    if (tag == "img" || tag == "source") {
      image_attribute("src", false);
      image_attribute("srcset", true);
    } else if (tag == "input") {
      const char* type = attribute(element, "type");
      if (type != nullptr && css::to_lower(type) == "image") image_attribute("src", false);
    } else if (tag == "video") {
      image_attribute("poster", false);
    }
    if ((tag == "video" || tag == "audio") && attribute(element, "autoplay") != nullptr) {
      const char* src = attribute(element, "src");
      Finding finding;
      finding.rule = "autoplay";
      finding.line = line;
      finding.element = src ? describe(element, "src", src) : "<" + std::string(tag) + ">";
      finding.measured = tag == "video"
                             ? "autoplay: the video starts by itself, its flashes unmeasured"
                             : "autoplay: the sound starts by itself";
      finding.required = "no autoplay: it starts when the user asks";
      finding.clause = tag == "video" ? "4.6.1.11; WCAG 2.3.1, 2.2.2" : "4.6.1.11; WCAG 1.4.2";
      findings.push_back(std::move(finding));
    }
    if (tag == "meta") {
      const char* equiv = attribute(element, "http-equiv");
      const char* content = attribute(element, "content");
      if (equiv == nullptr || content == nullptr || css::to_lower(equiv) != "refresh") return;
      auto refresh = parse_refresh(content);
      if (!refresh) return;
      auto target = resolve_in_folder(relative, refresh->url);
      const std::lock_guard lock(mutex_);
      refreshes_[relative] = {*refresh, target.value_or(""), line};
    }
  });
  return findings;
}

std::vector<Finding> MediaFlashing::check_rule(const std::string& relative, const css::Rule& rule) {
  std::vector<Finding> findings;
  for (const css::Declaration& declaration : rule.declarations) {
    for (const std::string& url : css_urls(declaration.value))
      check_image(relative, url, rule.line, rule.selector, findings);
  }
  return findings;
}

std::vector<Finding> MediaFlashing::refresh_rings() const {
  std::vector<Finding> findings;
  std::set<std::string> reported;
  for (const auto& [start, first] : refreshes_) {
    // Follow the refreshes from `start`; a ring is found when they return to it.
    std::vector<std::string> ring{start};
    long delay = first.refresh.delay_s;
    std::string next = first.target;
    while (next != start) {
      auto found = refreshes_.find(next);
      if (found == refreshes_.end() || std::find(ring.begin(), ring.end(), next) != ring.end())
        break;
      ring.push_back(next);
      delay += found->second.refresh.delay_s;
      next = found->second.target;
    }
    if (next != start) continue;
    // Each ring once, at its first page in path order (the map's order).
    if (reported.contains(*std::min_element(ring.begin(), ring.end()))) continue;
    reported.insert(start);
    const double pages = static_cast<double>(ring.size());
    if (delay > 0 && pages / delay <= flash::kMaxFlashesPerSecond) continue;
    std::string measured = delay == 0 ? format_unbounded() : format_rate(pages / delay);
    measured += ring.size() == 1
                    ? " (reloads itself every " + std::to_string(delay) + " s)"
                    : " (" + std::to_string(ring.size()) + " pages refresh each other in " +
                          std::to_string(delay) + " s)";
    Finding finding =
        flashing_finding(first.line, "<meta http-equiv=\"refresh\">", std::move(measured));
    finding.file = start;
    findings.push_back(std::move(finding));
  }
  return findings;
}

}  // namespace otklik::validate
