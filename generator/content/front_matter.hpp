#pragma once
// Splits "---\nYAML\n---\nMarkdown" and reads the YAML into FrontMatter.
#include <string>
#include <string_view>

#include "content/page.hpp"

namespace otklik::content {

struct SplitPage {
  FrontMatter front;
  std::string markdown;
  std::size_t body_line = 1;  // line of the file where the Markdown starts
};

// `file` is used in error messages only.
SplitPage split_front_matter(std::string_view text, const std::string& file);

}  // namespace otklik::content
