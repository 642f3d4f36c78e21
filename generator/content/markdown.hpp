#pragma once
// Markdown to HTML with cmark-gfm and its GFM extensions (tables, strikethrough, autolinks).
#include <string>
#include <string_view>

namespace otklik::content {

// Registers cmark-gfm's extensions. cmark-gfm registers them behind an
// unguarded static flag, so this runs once before pages convert on several
// threads; markdown_to_html calls it too, for callers on one thread.
void prepare_markdown();

std::string markdown_to_html(std::string_view markdown, bool allow_raw_html);

}  // namespace otklik::content
