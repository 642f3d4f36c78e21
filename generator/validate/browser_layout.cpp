#include "validate/browser_layout.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>

#include <algorithm>

#include "validate/devtools_session.hpp"
#include "validate/folder_path.hpp"
#include "validate/overflow_js.hpp"

namespace otklik::validate {
namespace {

namespace fs = std::filesystem;
constexpr const char* kClause = "4.6.1.13; WCAG 1.4.10";

// tools/browser/overflow.js is a Node module; in the page its functions are
// called through a stand-in `module`.
std::string measurement() {
  return std::string("(() => { const module = {exports: {}};\n") + kOverflowJs +
         "\nreturn {overflow: module.exports.findOverflow(),"
         " clipped: module.exports.findClippedText()}; })()";
}

std::string file_url(const fs::path& file) {
  Poco::URI uri;
  uri.setScheme("file");
  uri.setPath(fs::absolute(file).lexically_normal().generic_string());
  return uri.toString();
}

void add_findings(const std::string& page, const std::string& json, const BrowserOptions& options,
                  std::vector<Finding>& findings) {
  Poco::JSON::Parser parser;
  const auto result = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
  const std::string size = std::to_string(options.width) + "×" + std::to_string(options.height);
  if (const auto overflow = result->getObject("overflow")) {
    const auto culprits = overflow->getArray("culprits");
    const std::string measured =
        "the page is " + std::to_string(overflow->getValue<int>("scrollWidth")) + " px wide in a " +
        std::to_string(overflow->getValue<int>("clientWidth")) + " px window";
    if (culprits->size() == 0)
      findings.push_back(
          {"layout", page, 0, "html", measured, "no horizontal scrolling at " + size, kClause});
    for (std::size_t i = 0; i < culprits->size(); ++i)
      findings.push_back({"layout", page, 0, culprits->getElement<std::string>(i), measured,
                          "no horizontal scrolling at " + size, kClause});
  }
  const auto clipped = result->getArray("clipped");
  for (std::size_t i = 0; clipped && i < clipped->size(); ++i)
    findings.push_back({"layout", page, 0, clipped->getElement<std::string>(i),
                        "text clipped inside its box", "all text visible at " + size, kClause});
}

}  // namespace

std::vector<Finding> check_layout_in_browser(const fs::path& dir, const BrowserOptions& options) {
  DevToolsSession browser(options.chromium, options.width, options.height);
  const std::string script = measurement();
  std::vector<Finding> findings;
  for (const std::string& page : html_pages(dir)) {
    browser.navigate(file_url(dir / page));
    add_findings(page, browser.evaluate_json(script), options, findings);
  }
  return findings;
}

}  // namespace otklik::validate
