#include "content/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

namespace otklik::content {
namespace {

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

void attach(cmark_parser* parser, const char* name) {
  cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
  if (extension == nullptr)
    throw std::runtime_error(std::string("cmark-gfm extension not found: ") + name);
  cmark_parser_attach_syntax_extension(parser, extension);
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// cmark-gfm writes bare <th> and <table>. Header cells get scope="col" so
// screen readers announce them, and every table scrolls inside its own
// focusable region so a wide table never widens a 320 px page (4.6.1.13).
std::string accessible_tables(std::string html) {
  replace_all(html, "<th>", "<th scope=\"col\">");
  replace_all(html, "<th align=", "<th scope=\"col\" align=");
  replace_all(html, "<table>",
              "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
              "aria-label=\"Таблица\"><table>");
  replace_all(html, "</table>", "</table></div>");
  return html;
}

}  // namespace

void prepare_markdown() { cmark_gfm_core_extensions_ensure_registered(); }

std::string markdown_to_html(std::string_view markdown, bool allow_raw_html) {
  prepare_markdown();
  // Safe mode replaces raw HTML and javascript: links by comments, so a page
  // of content/ cannot inject script unless the config allows it.
  const int options = CMARK_OPT_DEFAULT | (allow_raw_html ? CMARK_OPT_UNSAFE : CMARK_OPT_SAFE);
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
  attach(parser.get(), "table");
  attach(parser.get(), "strikethrough");
  attach(parser.get(), "autolink");
  // GitHub's tag filter still disarms <script>, <iframe> and the like where
  // raw HTML is allowed.
  if (allow_raw_html) attach(parser.get(), "tagfilter");

  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
  char* raw =
      cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string html(raw);
  std::free(raw);
  return accessible_tables(std::move(html));
}

}  // namespace otklik::content
