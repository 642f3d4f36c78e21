// The tag scanner: style blocks and attributes, <blink>/<marquee> with lines.
#include <boost/test/unit_test.hpp>
#include <string>

#include "validate/css.hpp"
#include "validate/html_scan.hpp"

namespace ov = otklik::validate;

BOOST_AUTO_TEST_SUITE(validate_html_scan)

BOOST_AUTO_TEST_CASE(finds_elements_with_line_numbers_outside_comments) {
  const std::string html =
      "<html>\n"                                                  // 1
      "<!-- <marquee>old</marquee>\n"                             // 2
      "<blink>old</blink> -->\n"                                  // 3
      "<p>the word blink</p>\n"                                   // 4
      "<BLINK>now</BLINK>\n"                                      // 5
      "<script>x = '<marquee>';</script>\n"                       // 6
      "<div\n  class=\"a\"><marquee loop=3>x</marquee></div>\n";  // 7, 8
  ov::HtmlScan scan = ov::scan_html(html);
  BOOST_REQUIRE(scan.flashing_elements.size() == 2u);
  BOOST_TEST(scan.flashing_elements[0].tag == "blink");
  BOOST_TEST(scan.flashing_elements[0].line == 5u);
  BOOST_TEST(scan.flashing_elements[1].tag == "marquee");
  BOOST_TEST(scan.flashing_elements[1].line == 8u);
}

BOOST_AUTO_TEST_CASE(collects_style_blocks_and_attributes) {
  const std::string html =
      "<head>\n"                                                                        // 1
      "<style>\n"                                                                       // 2
      ".a { color: red; }\n"                                                            // 3
      "</style></head>\n"                                                               // 4
      "<p id=\"lead\" style=\"color: #777; font-family: &quot;PT Sans&quot;\">x</p>\n"  // 5
      "<span class='note big' style='color:red'>y</span>\n";                            // 6
  ov::HtmlScan scan = ov::scan_html(html);
  BOOST_REQUIRE(scan.style_blocks.size() == 1u);
  BOOST_TEST(scan.style_blocks[0].line == 2u);  // the text starts right after <style>
  auto sheet =
      otklik::validate::css::parse_stylesheet(scan.style_blocks[0].css, scan.style_blocks[0].line);
  BOOST_REQUIRE(sheet.rules.size() == 1u);
  BOOST_TEST(sheet.rules[0].line == 3u);
  BOOST_REQUIRE(scan.style_attributes.size() == 2u);
  BOOST_TEST(scan.style_attributes[0].element == "p#lead");
  BOOST_TEST(scan.style_attributes[0].css == "color: #777; font-family: \"PT Sans\"");
  BOOST_TEST(scan.style_attributes[0].line == 5u);
  BOOST_TEST(scan.style_attributes[1].element == "span.note");
  BOOST_TEST(scan.style_attributes[1].line == 6u);
}

BOOST_AUTO_TEST_SUITE_END()
