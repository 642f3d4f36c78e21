#pragma once
// The layout rule in a real browser (4.6.1.13; WCAG 1.4.10): every page of a
// folder loaded in headless Chromium at 320×240 CSS pixels; a page that
// scrolls sideways names the elements that stick out, and text clipped
// inside its box is named too.
#include <filesystem>
#include <string>
#include <vector>

#include "validate/finding.hpp"

namespace otklik::validate {

struct BrowserOptions {
  std::string chromium = "chromium";  // OTKLIK_CHROMIUM overrides it in the cli
  int width = 320;
  int height = 240;
};

// Throws BrowserError (devtools_session.hpp) when Chromium cannot run.
std::vector<Finding> check_layout_in_browser(const std::filesystem::path& dir,
                                             const BrowserOptions& options);

}  // namespace otklik::validate
