#pragma once
// Contrast of every piece of text and every SVG chart mark of a page, with
// the colours the cascade computes (style_cascade.hpp), for each way of
// viewing the page its stylesheets tell apart: the wide window, 320 px, a
// dark colour scheme, more contrast. The visually-impaired version under
// vi/ is checked as its pages load it. Text needs 4.5:1 (large text 3:1,
// WCAG 1.4.3), a chart mark 3:1 for its fill or its stroke (WCAG 1.4.11).
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "validate/css.hpp"
#include "validate/finding.hpp"
#include "validate/folder_stylesheets.hpp"
#include "validate/modest_page.hpp"
#include "validate/style_cascade.hpp"

namespace otklik::validate {

class PageContrast {
 public:
  explicit PageContrast(std::filesystem::path root);
  explicit PageContrast(std::shared_ptr<FolderStylesheets> stylesheets);

  // Findings (file left empty) for the page at `relative`: one per element
  // description and colour pair, at its first line.
  std::vector<Finding> check(const std::string& relative, const std::string& html);

 private:
  std::shared_ptr<FolderStylesheets> stylesheets_;
};

// The findings of a page already parsed, with its stylesheets in order;
// `relative` names the page in the findings.
std::vector<Finding> contrast_findings(const ModestPage& page, const std::string& relative,
                                       const std::vector<PageStylesheet>& sheets);

}  // namespace otklik::validate
