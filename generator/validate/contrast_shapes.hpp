#pragma once
// The contrast check of a whole folder at once, for what pages share. Pages
// that load the same stylesheets and whose selectors allow it
// (style_sharing.hpp) are merged into one page of their distinct element
// paths (page_shape.hpp), and the cascade styles that page alone: on a site
// of one layout, a few hundred elements in place of every element of
// thousands of pages, and no second parse of each page by libmodest.
//
// When the merged page passes, so does every page in it: each text and mark
// of a page computes the same colours as its path in the merged page. When
// it fails, or libmodest does not read it back element for element, its
// pages are checked one by one (PageContrast::check), so the findings and
// the lines they name are those of the single pages.
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "validate/folder_stylesheets.hpp"
#include "validate/html_document.hpp"

namespace otklik::validate {

class ContrastShapes {
 public:
  explicit ContrastShapes(std::shared_ptr<FolderStylesheets> stylesheets);
  ~ContrastShapes();

  // From any thread: merges the page numbered `page` into the pages that
  // share its stylesheets. False when it cannot be merged and is to be
  // checked on its own.
  bool add(std::size_t page, const std::string& relative, const HtmlDocument& document);

  // Styles each merged page (on every core) and returns the numbers of the
  // pages in those that fail or did not read back, in order: to be checked
  // on their own.
  std::vector<std::size_t> pages_to_check_alone();

 private:
  struct Group;
  Group& group_for(const std::string& relative, const HtmlDocument& document);
  std::shared_ptr<FolderStylesheets> stylesheets_;
  std::map<std::string, std::unique_ptr<Group>> groups_;  // by the stylesheets, in order
  std::mutex mutex_;
};

}  // namespace otklik::validate
