#pragma once
// Content rules of the portal (ГОСТ Р 52872-2019; WCAG 1.1.1, 1.4.5, 2.4.4,
// 4.1.2): every image has alternative text, text is not shown as an image,
// audio, video and frames have a title, and internal links and downloads
// lead to files (and fragments) that exist in the folder.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "validate/finding.hpp"
#include "validate/folder_path.hpp"
#include "validate/html_document.hpp"

namespace otklik::validate {

// Safe to use from several threads: the pages are checked in parallel.
class ContentRules {
 public:
  // `root` is the validated folder: links resolve inside it. `listing`, a
  // walk of it already made, answers most questions about paths at once.
  explicit ContentRules(std::filesystem::path root,
                        std::shared_ptr<const FolderListing> listing = nullptr);

  // Findings (file left empty) for the page at `relative` (with '/').
  std::vector<Finding> check(const std::string& relative, const std::string& html);
  // The same for a page already parsed; also notes the page's own anchors,
  // so that links to them need no second parse.
  std::vector<Finding> check(const std::string& relative, const HtmlDocument& document);

 private:
  // The ids (and <a name>) of an HTML file of the folder, parsed once.
  const std::set<std::string>& anchors_of(const std::string& relative);
  // What a folder-relative path is: from the listing, or from the disk for
  // what the listing lacks (no listing, or a folder reached by a symbolic
  // link, which the walk does not follow).
  using FileKind = FolderListing::Kind;
  FileKind kind_of(const std::string& relative) const;
  // `attribute_name` is the element's attribute that holds `target`.
  void check_link(const std::string& page, const std::string& target, const GumboNode& element,
                  const char* attribute_name, std::vector<Finding>& findings);

  std::filesystem::path root_;
  std::map<std::string, std::set<std::string>> anchors_;  // a node, once in, never changes
  std::mutex anchors_mutex_;
  std::shared_ptr<const FolderListing> listing_;
};

// An alt text that reads like text set in the picture: five words or more.
bool looks_like_text(const std::string& alt);

}  // namespace otklik::validate
