#pragma once
// Markdown to HTML with cmark-gfm and its GFM extensions (tables, strikethrough, autolinks).
#include <string>
#include <string_view>

namespace otklik::content {

std::string markdown_to_html(std::string_view markdown, bool allow_raw_html);

}  // namespace otklik::content
