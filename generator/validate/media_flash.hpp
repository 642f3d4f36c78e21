#pragma once
// The flashing rule's checks of what a page embeds or does by itself:
// animated images (GIF, APNG, WebP) referenced by <img src|srcset>,
// <source src|srcset>, <video poster>, <input type=image> and CSS url();
// `autoplay` on <video> and <audio>; <meta http-equiv="refresh"> that
// reloads pages faster than the rule allows.
//
// A refresh is read as one flash per reload: the page is taken down and
// drawn again. A page that refreshes itself after N seconds flashes 1/N times
// a second; browsers read the delay as a whole number of seconds, so only
// N = 0 (reload at once, over and over) exceeds 3 a second. A refresh to
// another page is a redirect, not a flash, unless the pages refresh each
// other in a ring: k pages whose delays add up to T seconds reload k/T times a
// second (a ring of 0-second delays without bound). Refreshes to other sites
// end the chain.
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "validate/css.hpp"
#include "validate/finding.hpp"
#include "validate/html_document.hpp"
#include "validate/image_flash.hpp"

namespace otklik::validate {

// <meta http-equiv="refresh" content="…">: the delay and the target (empty
// when the page reloads itself); nullopt when browsers would ignore it.
struct Refresh {
  long delay_s = 0;
  std::string url;
};
std::optional<Refresh> parse_refresh(const std::string& content);

class MediaFlashing {
 public:
  explicit MediaFlashing(std::filesystem::path root);

  // Findings (file left empty) for the elements of the page at `relative`.
  std::vector<Finding> check_page(const std::string& relative, const std::string& html);
  // The same for a page already parsed.
  std::vector<Finding> check_page(const std::string& relative, const HtmlDocument& document);

  // Findings for the url() images of a rule; `relative` is the file the URLs
  // are relative to (the stylesheet, or the page for <style> and style="").
  std::vector<Finding> check_rule(const std::string& relative, const css::Rule& rule);

  // Refresh rings among the pages checked, each found once with the file it
  // starts at (in path order); call after every page.
  std::vector<Finding> refresh_rings() const;

 private:
  // The flashes of the image `url` names from `relative`, nullopt if it is
  // no animated image of the folder.
  std::optional<ImageFlash> image(const std::string& relative, const std::string& url,
                                  std::string* path);
  void check_image(const std::string& relative, const std::string& url, std::size_t line,
                   const std::string& element, std::vector<Finding>& findings);

  struct PageRefresh {
    Refresh refresh;
    std::string target;  // folder-relative page, empty when outside
    std::size_t line = 0;
  };

  std::filesystem::path root_;
  std::map<std::string, std::optional<ImageFlash>> images_;
  std::map<std::string, PageRefresh> refreshes_;
  std::mutex mutex_;  // over images_ and refreshes_: pages are checked in parallel
};

}  // namespace otklik::validate
