// The strict fast path builds gumbo's tree or none: for every page here,
// either StrictHtml::parse declines or its tree is gumbo's, node for node.
#include "validate/strict_html.hpp"

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "validate/gumbo_tree.hpp"
#include "validate/html_document.hpp"

namespace fs = std::filesystem;
using otklik::test::dump_tree;
using otklik::test::gumbo_dump;
using otklik::validate::StrictHtml;

namespace {

std::string page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n" + head +
         "</head>\n<body>\n" + body + "</body>\n</html>\n";
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

struct Outcome {
  std::size_t strict = 0;
  std::size_t declined = 0;
};

// Every .html file under `dir`: declined, or the same tree as gumbo's.
Outcome compare_folder(const fs::path& dir) {
  Outcome outcome;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".html") continue;
    const std::string html = read(entry.path());
    const auto tree = StrictHtml::parse(html);
    if (tree == nullptr) {
      ++outcome.declined;
      continue;
    }
    ++outcome.strict;
    BOOST_TEST(dump_tree(tree->document()) == gumbo_dump(html), entry.path().string());
  }
  return outcome;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(strict_html)

BOOST_AUTO_TEST_CASE(strict_pages_get_gumbos_tree) {
  const std::vector<std::string> pages = {
      page("<title>Главная — «Отклик»</title>\n", "<p>Текст</p>\n"),
      page("<title>A &amp; B &#39;C&#x27; &laquo;D&raquo;&nbsp;E</title>\n",
           "<p class=\"x\" data-n='1' hidden id=a1>a &amp; b &lt; c &gt; d &quot; &#1046; &#x44f;"
           " & e &copy; f &mdash; g</p>\n"),
      page("<link rel=\"stylesheet\" href=\"a.css\">\n<style>\np > a { color: #000 }\n</style>\n"
           "<script>if (a < b && c) {}</script>\n<!-- в заголовке -->\n",
           "<!-- комментарий -->\n<main id=\"main\" tabindex=\"-1\">\n<h1>Заголовок</h1>\n"
           "<ul>\n<li><a href=\"x.html\" aria-current=\"page\">x</a></li>\n<li>y<ul><li>z</li>"
           "</ul></li>\n</ul>\n<dl><dt>a</dt><dd>b</dd></dl>\n</main>\n"),
      page("",
           "<pre>\nпервая строка\nвторая</pre>\n<pre>без перевода</pre>\n<pre>\n\nдве</pre>\n"
           "<pre><code>\nкод\n</code></pre>\n"),
      page("",
           "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\">\n<table>\n<caption>"
           "Доли</caption>\n<colgroup><col><col span=\"2\"></colgroup>\n<thead>\n<tr><th "
           "scope=\"col\">a</th><th>b</th></tr>\n</thead>\n<tbody>\n<tr><th scope=\"row\">1"
           "</th><td>85,3&nbsp;%</td></tr>\n</tbody>\n<tfoot><tr><td>x</td><td><table><tbody>"
           "<tr><td>y</td></tr></tbody></table></td></tr></tfoot>\n</table>\n</div>\n"),
      page("",
           "<figure><svg viewBox=\"0 0 10 10\" role=\"img\" aria-labelledby=\"t d\" "
           "xmlns=\"http://www.w3.org/2000/svg\" preserveaspectratio=\"none\">\n<title "
           "id=\"t\">Доля &amp; число</title><desc id=\"d\">Описание</desc>\n<g class=\"bars\">"
           "<rect x=\"0\" y=\"1\" width=\"5\" height=\"2\" fill=\"#0b5394\"/>\n<text x=\"1\">"
           "85,3 %</text><linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient>"
           "<path d=\"M0 0L1 1\"></path></g></svg>\n<figcaption>Подпись</figcaption></figure>\n"),
      page("",
           "<form class=\"search-form\" role=\"search\" action=\"search.html\" method=\"get\">\n"
           "<label for=\"q\">Поиск</label>\n<input id=\"q\" name=\"q\" type=\"search\">\n"
           "<button type=\"submit\">Найти</button>\n</form>\n<p>a<br>b<br/>c<img src=\"i.png\" "
           "alt=\"\"><wbr></p>\n<hr>\n<p>x <strong>y <em>z</em></strong> <code>&lt;p&gt;</code>"
           "</p>\n"),
      page("",
           "<details><summary>Ещё</summary><p>текст</p></details>\n<blockquote><p>ц</p>"
           "</blockquote>\n<p>1 < 2 and 3 <= 4</p>\n"),
      "<!doctype html><html><head></head><body></body></html>",
      "<!DOCTYPE html>\n<html>\n<head>\n</head>\n\n<body>\n<p>x</p>\n</body>\n\n</html>\n\n",
      "<!DOCTYPE html><html><head><title></title></head><body><p></p></body></html>",
  };
  for (const std::string& html : pages) {
    const auto tree = StrictHtml::parse(html);
    BOOST_TEST_REQUIRE(tree != nullptr, html);
    BOOST_TEST_INFO(html);
    BOOST_TEST(dump_tree(tree->document()) == gumbo_dump(html));
  }
}

BOOST_AUTO_TEST_CASE(pages_that_need_htmls_repairs_go_to_gumbo) {
  const std::vector<std::string> declined = {
      "<html><head></head><body></body></html>",  // no doctype: quirks mode
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><head></head><body></body></html>",
      "\xEF\xBB\xBF<!DOCTYPE html><html><head></head><body></body></html>",  // byte-order mark
      "<!DOCTYPE html><html><body></body></html>",                           // no <head>
      "<!DOCTYPE html><html><head></head><body></body>",                     // no </html>
      "<!DOCTYPE html><html><head></head><body></body></html>x",             // text after it
      "<!DOCTYPE html><!-- c --><html><head></head><body></body></html>",    // comment outside
      page("", "<p>a<div>b</div></p>"),  // <div> closes the paragraph
      page("", "<p>a<p>b</p></p>"),
      page("", "<p><ul><li>a</li></ul></p>"),
      page("", "<ul><li>a<li>b</li></ul>"),  // implied </li>
      page("", "<ul><li>a<div><li>b</li></div></li></ul>"),
      page("", "<dl><dt>a<dd>b</dd></dt></dl>"),
      page("", "<table><tr><td>a</td></tr></table>"),                  // implied <tbody>
      page("", "<table><tbody><tr><td>a</td></tr></tbody>x</table>"),  // foster parenting
      page("", "<table><tbody><div>a</div></tbody></table>"),
      page("", "<td>a</td>"),
      page("", "<a href=\"a\">x<a href=\"b\">y</a></a>"),
      page("", "<h2>a<h3>b</h3></h2>"),
      page("", "<form><form></form></form>"),
      page("", "<button><button>a</button></button>"),
      page("", "<b><i>x</b></i>"),  // misnested: the adoption agency
      page("", "<div>x</span></div>"),
      page("", "<div/>"),
      page("", "<br></br>"),
      page("", "<p>&unknownname;</p>"),
      page("", "<p>&amp without semicolon</p>"),
      page("", "<p>&#128;</p>"),  // a windows-1252 number gumbo replaces
      page("", "<p>&#0;</p>"),
      page("", "<p>a\rb</p>"),
      page("", "<p>\x01</p>"),
      page("", "<p>\xC3</p>"),      // cut UTF-8
      page("", "<p>\xC2\x85</p>"),  // C1 control
      page("", "<p id=\"a\" id=\"b\">x</p>"),
      page("", "<p class=a\"b>x</p>"),
      page("", "<custom-element>x</custom-element>"),
      page("", "<select><option>a</option></select>"),
      page("", "<textarea>x</textarea>"),
      page("", "<math><mi>x</mi></math>"),
      page("", "<svg><div>x</div></svg>"),
      page("", "<svg><title><b>x</b></title></svg>"),
      page("", "<svg><a xlink:href=\"#x\">x</a></svg>"),
      page("", "<svg><![CDATA[x]]></svg>"),
      page("", "<script><!-- x --></script>"),
      page("", "<?php echo 1 ?>"),
      page("", "<!-->x"),
      page("<div>x</div>", ""),     // an element <head> cannot hold
      page("x", ""),                // text in <head>
      page("", "<p>never closed"),  // no end tag before </body>
      page("", "<table><caption><table></table></caption></table>"),
      page("", "<table><tbody><tr><td>a<tr><td>b</td></tr></td></tr></tbody></table>"),
  };
  for (const std::string& html : declined) BOOST_TEST(StrictHtml::parse(html) == nullptr, html);
}

BOOST_AUTO_TEST_CASE(html_document_uses_the_fast_path_for_strict_pages_only) {
  const otklik::validate::HtmlDocument strict(page("", "<p>x</p>"));
  BOOST_TEST(!strict.parsed_by_gumbo());
  BOOST_TEST(strict.in_standards_mode());
  BOOST_TEST(strict.root() != nullptr);
  const otklik::validate::HtmlDocument repaired(page("", "<p>x<div>y</div>"));
  BOOST_TEST(repaired.parsed_by_gumbo());
  BOOST_TEST(repaired.in_standards_mode());
}

// The validator's corpus: broken pages of every kind, each declined or matched.
BOOST_AUTO_TEST_CASE(the_corpus_is_declined_or_matched) {
  const Outcome outcome = compare_folder(fs::path(OTKLIK_SOURCE_DIR) / "tests/validate/corpus");
  BOOST_TEST_MESSAGE("corpus: " << outcome.strict << " strict, " << outcome.declined
                                << " declined");
  BOOST_TEST(outcome.strict > 0u);
  BOOST_TEST(outcome.declined > 0u);
}

// OTKLIK_STRICT_HTML_CORPUS=DIR compares every page of a built site as well
// (docs/validate.md has the figures for the sample, national and bench sites).
BOOST_AUTO_TEST_CASE(a_site_named_in_the_environment_is_declined_or_matched) {
  const char* dir = std::getenv("OTKLIK_STRICT_HTML_CORPUS");
  if (dir == nullptr) return;
  const Outcome outcome = compare_folder(dir);
  BOOST_TEST_MESSAGE(dir << ": " << outcome.strict << " strict, " << outcome.declined
                         << " declined");
}

BOOST_AUTO_TEST_SUITE_END()
