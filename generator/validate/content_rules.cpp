#include "validate/content_rules.hpp"

#include <fstream>
#include <sstream>

#include "validate/folder_path.hpp"
#include "validate/html_document.hpp"

namespace otklik::validate {
namespace {

namespace fs = std::filesystem;

constexpr const char* kAltClause = "ГОСТ Р 52872-2019, 6.1; WCAG 1.1.1";
constexpr const char* kTextImageClause = "ГОСТ Р 52872-2019, 6.1; WCAG 1.4.5";
constexpr const char* kMediaClause = "ГОСТ Р 52872-2019; WCAG 1.2.1, 4.1.2";
constexpr const char* kLinkClause = "4.6.1.13; WCAG 2.4.4";

// The attribute that tells elements of a page apart in a finding.
const char* key_attribute(const std::string& tag) {
  if (tag == "a" || tag == "area" || tag == "link") return "href";
  if (tag == "object") return "data";
  return "src";
}

// "<img src=\"chart.png\">": how a finding names an element.
std::string describe(const GumboNode& element, const char* key_attribute) {
  std::string text = "<" + tag_name(element);
  if (const char* value = attribute(element, key_attribute))
    text += " " + std::string(key_attribute) + "=\"" + value + "\"";
  return text + ">";
}

Finding finding(const char* rule, const GumboNode& element, std::string measured,
                std::string required, const char* clause) {
  return {rule,
          "",
          line_of(element),
          describe(element, key_attribute(tag_name(element))),
          std::move(measured),
          std::move(required),
          clause};
}

bool has_text(const char* value) {
  if (value == nullptr) return false;
  for (const char* c = value; *c != '\0'; ++c)
    if (!std::isspace(static_cast<unsigned char>(*c))) return true;
  return false;
}

void check_image(const GumboNode& element, std::vector<Finding>& findings) {
  const char* alt = attribute(element, "alt");
  if (alt == nullptr) {
    findings.push_back(finding("alt-text", element, "no alt attribute",
                               "alt with the image's text or purpose (alt=\"\" if decorative)",
                               kAltClause));
    return;
  }
  // Text as an image: an alt that reads like text, and nothing else said
  // around the picture.
  const GumboNode* parent = element.parent;
  if (looks_like_text(alt) && parent != nullptr && text_content(*parent).empty())
    findings.push_back(finding("text-as-image", element,
                               "an image of text: alt \"" + std::string(alt) + "\"",
                               "the text as text, styled with CSS", kTextImageClause));
}

void check_media(const GumboNode& element, std::vector<Finding>& findings) {
  if (has_text(attribute(element, "title")) || has_text(attribute(element, "aria-label")) ||
      has_text(attribute(element, "aria-labelledby")))
    return;
  findings.push_back(finding("media-title", element, "no title",
                             "a title, aria-label or aria-labelledby naming the media",
                             kMediaClause));
}

// The attributes of an element that lead to another file.
const char* link_attribute(std::string_view tag) {
  if (tag == "a" || tag == "area" || tag == "link") return "href";
  if (tag == "img" || tag == "script" || tag == "source" || tag == "iframe" || tag == "audio" ||
      tag == "video" || tag == "track" || tag == "embed")
    return "src";
  return nullptr;
}

}  // namespace

bool looks_like_text(const std::string& alt) {
  std::istringstream words(alt);
  std::string word;
  int count = 0;
  while (words >> word) ++count;
  return count >= 5;
}

ContentRules::ContentRules(fs::path root, std::shared_ptr<const FolderListing> listing)
    : root_(std::move(root)), listing_(std::move(listing)) {}

namespace {

std::set<std::string> anchors_in(const HtmlDocument& document) {
  std::set<std::string> anchors;
  document.for_each_element([&anchors](const GumboNode& element) {
    if (const char* id = attribute(element, "id")) anchors.insert(id);
    if (known_tag(element) == "a")
      if (const char* name = attribute(element, "name")) anchors.insert(name);
  });
  return anchors;
}

}  // namespace

const std::set<std::string>& ContentRules::anchors_of(const std::string& relative) {
  {
    const std::lock_guard lock(anchors_mutex_);
    auto it = anchors_.find(relative);
    if (it != anchors_.end()) return it->second;
  }
  // Parsed outside the lock; two threads may parse one file, the first wins.
  std::set<std::string> anchors = anchors_in(HtmlDocument(read_file(root_ / relative)));
  const std::lock_guard lock(anchors_mutex_);
  return anchors_.emplace(relative, std::move(anchors)).first->second;
}

ContentRules::FileKind ContentRules::kind_of(const std::string& relative) const {
  if (listing_ != nullptr)
    if (const FileKind kind = listing_->kind_of(relative); kind != FileKind::None) return kind;
  const fs::path file = root_ / relative;
  return fs::is_directory(file)      ? FileKind::Folder
         : fs::is_regular_file(file) ? FileKind::File
                                     : FileKind::None;
}

void ContentRules::check_link(const std::string& page, const std::string& target,
                              const GumboNode& element, const char* attribute_name,
                              std::vector<Finding>& findings) {
  if (target.empty() || is_external(target)) return;
  const std::size_t hash = target.find('#');
  const std::string fragment =
      hash == std::string::npos ? "" : percent_decode(target.substr(hash + 1));
  const std::string path = percent_decode(target.substr(0, target.find_first_of("?#")));
  std::string resolved = path.empty()          ? normal_path(page)
                         : path.front() == '/' ? normal_path(std::string_view(path).substr(1))
                                               : path_from(page, path);
  auto fail = [&](const std::string& what, const char* required = "a file of the folder") {
    findings.push_back({"links", "", line_of(element), describe(element, attribute_name), what,
                        required, kLinkClause});
  };
  if (resolved.rfind("..", 0) == 0) return fail("\"" + target + "\" leads outside the folder");
  FileKind kind = kind_of(resolved);
  if (kind == FileKind::Folder) {
    resolved = normal_path(resolved + "/index.html");
    kind = kind_of(resolved);
  }
  if (kind != FileKind::File) return fail("\"" + target + "\" leads to no file");
  if (fragment.empty() || !(resolved.ends_with(".html") || resolved.ends_with(".htm"))) return;
  if (anchors_of(resolved).count(fragment) == 0)
    fail("\"" + target + "\": no id \"" + fragment + "\" in " + resolved,
         "an element with that id");
}

std::vector<Finding> ContentRules::check(const std::string& relative, const std::string& html) {
  return check(relative, HtmlDocument(html));
}

std::vector<Finding> ContentRules::check(const std::string& relative,
                                         const HtmlDocument& document) {
  {
    std::set<std::string> anchors = anchors_in(document);
    const std::lock_guard lock(anchors_mutex_);
    anchors_.emplace(relative, std::move(anchors));
  }
  std::vector<Finding> findings;
  document.for_each_element([&](const GumboNode& element) {
    const std::string_view tag = known_tag(element);
    if (tag == "img") check_image(element, findings);
    if ((tag == "input" && attribute(element, "type") != nullptr &&
         std::string(attribute(element, "type")) == "image") ||
        (tag == "area" && attribute(element, "href") != nullptr)) {
      if (attribute(element, "alt") == nullptr)
        findings.push_back(finding("alt-text", element, "no alt attribute",
                                   "alt naming the link or button", kAltClause));
    }
    if (tag == "video" || tag == "audio" || tag == "iframe" || tag == "object" || tag == "embed")
      check_media(element, findings);
    if (const char* name = link_attribute(tag))
      if (const char* target = attribute(element, name))
        check_link(relative, target, element, name, findings);
  });
  return findings;
}

}  // namespace otklik::validate
