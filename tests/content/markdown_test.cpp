// Markdown: the GFM extensions are on, raw HTML is off unless allowed.
#include <boost/test/unit_test.hpp>
#include <string>

#include "content/markdown.hpp"

using otklik::content::markdown_to_html;

namespace {
bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(markdown)

BOOST_AUTO_TEST_CASE(gfm_table_renders_with_column_headers_in_a_scroll_region) {
  const std::string html = markdown_to_html(
      "| Ответ | Балл |\n|---|---:|\n| Удовлетворён | 4 |\n| Не удовлетворён | 1 |\n", false);
  BOOST_TEST(contains(html, "<table>"), html);
  BOOST_TEST(contains(html, "<th scope=\"col\">Ответ</th>"), html);
  BOOST_TEST(contains(html, "<th scope=\"col\" align=\"right\">Балл</th>"), html);
  BOOST_TEST(contains(html, "<td>Удовлетворён</td>"), html);
  BOOST_TEST(contains(html, "role=\"region\" tabindex=\"0\""), html);
  BOOST_TEST(contains(html, "</table></div>"), html);
}

BOOST_AUTO_TEST_CASE(strikethrough_and_autolink_are_on) {
  const std::string html = markdown_to_html("~~старое~~ см. https://example.gov.ru\n", false);
  BOOST_TEST(contains(html, "<del>старое</del>"), html);
  BOOST_TEST(contains(html, "<a href=\"https://example.gov.ru\">"), html);
}

BOOST_AUTO_TEST_CASE(raw_html_is_stripped_by_default) {
  const std::string html =
      markdown_to_html("Текст <b onclick=\"x()\">жирный</b>\n\n<script>alert(1)</script>\n", false);
  BOOST_TEST(!contains(html, "<script"), html);
  BOOST_TEST(!contains(html, "<b onclick"), html);
  BOOST_TEST(contains(html, "жирный"), html);  // the text stays, only the tags go
}

BOOST_AUTO_TEST_CASE(javascript_links_are_dropped_in_safe_mode) {
  const std::string html = markdown_to_html("[нажми](javascript:alert(1))\n", false);
  BOOST_TEST(!contains(html, "javascript:"), html);
}

BOOST_AUTO_TEST_CASE(raw_html_passes_when_allowed_but_script_is_filtered) {
  const std::string html = markdown_to_html(
      "Текст <abbr title=\"Многофункциональный центр\">МФЦ</abbr>\n\n"
      "<script>alert(1)</script>\n",
      true);
  BOOST_TEST(contains(html, "<abbr title=\"Многофункциональный центр\">МФЦ</abbr>"), html);
  BOOST_TEST(!contains(html, "<script>"), html);  // tagfilter writes &lt;script>
}

BOOST_AUTO_TEST_SUITE_END()
