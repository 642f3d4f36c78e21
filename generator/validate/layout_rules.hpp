#pragma once
// The layout rule of the portal without a browser (4.6.1.13; WCAG 1.4.10
// Reflow, 1.4.4 zoom): a page works from 320×240 CSS px without sideways
// scrolling. Read from the HTML and CSS alone: the viewport meta, widths
// fixed wider than 320 px, wide tables outside a scrolling wrapper, wide
// images without max-width, and long text that may not wrap. The browser
// mode (browser_layout.hpp) measures what these checks can only suspect.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "validate/css.hpp"
#include "validate/finding.hpp"
#include "validate/folder_stylesheets.hpp"
#include "validate/html_document.hpp"
#include "validate/layout_style.hpp"

namespace otklik::validate {

struct LayoutOptions {
  // Report a page with no <meta name="viewport"> at all: phones then lay it
  // out 980 px wide and shrink it. A viewport meta that fixes the width or
  // forbids zoom is reported either way.
  bool require_viewport_meta = true;
};

class LayoutRules {
 public:
  // `root` is the validated folder: linked stylesheets resolve inside it.
  explicit LayoutRules(std::filesystem::path root, LayoutOptions options = {});
  explicit LayoutRules(std::shared_ptr<FolderStylesheets> stylesheets, LayoutOptions options = {});

  // Findings (file left empty) for the file at `relative` (with '/'): a page,
  // or a stylesheet when `is_css`. A fixed width in a stylesheet is reported
  // once, in the .css file at the rule's line; the pages that link it report
  // only their own <style> and style="" widths, but do use the linked rules
  // to decide wrappers, image widths and text that may not wrap.
  std::vector<Finding> check(const std::string& relative, const std::string& text, bool is_css);
  // A page already parsed (`document` is `html` parsed).
  std::vector<Finding> check_page(const std::string& relative, const std::string& html,
                                  const HtmlDocument& document);

 private:
  std::vector<Finding> check_stylesheet(const std::string& relative, const std::string& text);
  std::vector<Finding> check_page(const std::string& relative, const std::string& html);
  std::shared_ptr<const NarrowRules> narrow_rules_of(const css::Stylesheet& sheet);

  std::shared_ptr<FolderStylesheets> stylesheets_;
  LayoutOptions options_;
  // Linked stylesheets prepared for the 320 px window, shared by the pages
  // (which are checked on several threads).
  std::map<const css::Stylesheet*, std::shared_ptr<const NarrowRules>> narrow_rules_;
  std::mutex narrow_rules_mutex_;
};

}  // namespace otklik::validate
