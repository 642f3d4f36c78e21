// A page's elements as the cascade sees them, and pages merged into one.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "validate/css.hpp"
#include "validate/html_document.hpp"
#include "validate/page_shape.hpp"
#include "validate/style_sharing.hpp"

namespace ov = otklik::validate;

namespace {

ov::StyleSharing sharing_of(const std::string& css) {
  const ov::css::Stylesheet sheet = ov::css::parse_stylesheet(css);
  return ov::style_sharing({&sheet});
}

std::vector<std::string> start_tags(const std::string& html, const ov::StyleSharing& sharing) {
  const ov::HtmlDocument document(html);
  auto steps = ov::shape_steps(document, sharing);
  BOOST_REQUIRE(steps.has_value());
  std::vector<std::string> tags;
  for (const ov::ShapeStep& step : *steps)
    tags.push_back(std::to_string(step.depth) + step.start_tag + (step.text ? "x" : ""));
  return tags;
}

const char* const kDoctype = "<!DOCTYPE html>";

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_page_shape)

BOOST_AUTO_TEST_CASE(keeps_the_attributes_the_cascade_reads) {
  const std::string html =
      std::string(kDoctype) +
      "<html lang=ru><head><title>T</title></head><body>\n"
      "<p class=\"a\" id=x data-n=1 style='color: #333'>t <a href=\"/x?a&amp;b\" "
      "title=\"q\">l</a></p>\n <div>  \n<span data-kind='a\"b'></span></div>"
      "<svg><rect fill=\"#fff\" x=\"3\"/></svg></body></html>";
  const std::vector<std::string> expected = {"0<html>",
                                             "1<head>",
                                             "2<title>x",
                                             "1<body>",
                                             "2<p class=\"a\" style=\"color: #333\">x",
                                             "3<a href=\"\">x",
                                             "2<div>",
                                             "3<span data-kind=\"a&quot;b\">",
                                             "2<svg>",
                                             "3<rect fill=\"#fff\">"};
  BOOST_TEST(start_tags(html, sharing_of("[data-kind=\"z\"] { color: red }")) == expected,
             boost::test_tools::per_element());
  // Ids, and values of href, matter when a selector asks for them.
  const std::vector<std::string> with_ids =
      start_tags(html, sharing_of("#x { color: red } a[href$=b] { color: red }"));
  BOOST_TEST(with_ids[4] == "2<p class=\"a\" id=\"x\" style=\"color: #333\">x");
  BOOST_TEST(with_ids[5] == "3<a href=\"/x?a&amp;b\">x");
}

BOOST_AUTO_TEST_CASE(pages_a_second_parse_would_not_rebuild_are_not_merged) {
  const ov::StyleSharing sharing = sharing_of("p { color: red }");
  const std::vector<std::string> pages = {
      "<html><body><p>no doctype: quirks mode</p></body></html>",
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p>limited quirks</p>",
      std::string(kDoctype) + "<body><template><p>t</p></template></body>",
      std::string(kDoctype) + "<body><noscript><p>n</p></noscript></body>",
      std::string(kDoctype) + "<body><math><mi>x</mi></math></body>",
      std::string(kDoctype) + "<body><plaintext>p",
      std::string(kDoctype) + "<body><svg><a xlink:href=\"#x\"><text>t</text></a></svg></body>",
  };
  for (const std::string& page : pages) {
    BOOST_TEST_CONTEXT(page) {
      const ov::HtmlDocument document(page);
      BOOST_TEST(!ov::shape_steps(document, sharing).has_value());
    }
  }
}

BOOST_AUTO_TEST_CASE(merged_pages_hold_each_path_once_head_first) {
  const ov::StyleSharing sharing = sharing_of("p { color: red }");
  ov::ShapeTree tree;
  for (const std::string body : {"<main><p>one</p><p>two <b>b</b></p></main><br>",
                                 "<main><p></p><ul><li>l</li></ul></main>"}) {
    const ov::HtmlDocument document(std::string(kDoctype) + "<title>t</title>" + body);
    tree.add(*ov::shape_steps(document, sharing));
  }
  std::vector<ov::ShapeElement> elements;
  BOOST_TEST(tree.to_html(elements) ==
             "<!DOCTYPE html><html><head><title>x</title></head><body><br><main><p>x<b>x</b></p>"
             "<ul><li>x</li></ul></main></body></html>");
  const std::vector<ov::ShapeElement> expected = {
      {0, "html"}, {1, "head"}, {2, "title"}, {1, "body"}, {2, "br"},
      {2, "main"}, {3, "p"},    {4, "b"},     {3, "ul"},   {4, "li"}};
  BOOST_TEST((elements == expected));
}

BOOST_AUTO_TEST_SUITE_END()
