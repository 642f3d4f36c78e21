// The CSS tokeniser: rules with lines, @media descent, @keyframes.
#include <boost/test/unit_test.hpp>
#include <string>

#include "validate/css.hpp"

namespace css = otklik::validate::css;

BOOST_AUTO_TEST_SUITE(validate_css)

BOOST_AUTO_TEST_CASE(rules_keyframes_and_media) {
  const std::string text =
      "/* a comment { with: braces } */\n"                                    // 1
      "@import url(\"x.css\");\n"                                             // 2
      "h1, .t { Color: #777 !important; background: url('a;b.png') #fff }\n"  // 3
      "@media (max-width: 320px) {\n"                                         // 4
      "  .m { color: red; }\n"                                                // 5
      "  @keyframes pulse { 0%, 50% { opacity: 0 } to { opacity: 1 } }\n"     // 6
      "}\n"                                                                   // 7
      "@font-face { font-family: X; }\n"                                      // 8
      "\n"                                                                    // 9
      ".last { color: blue }\n";                                              // 10
  css::Stylesheet sheet = css::parse_stylesheet(text);
  BOOST_REQUIRE(sheet.rules.size() == 3u);
  BOOST_TEST(sheet.rules[0].selector == "h1, .t");
  BOOST_TEST(sheet.rules[0].line == 3u);
  BOOST_REQUIRE(sheet.rules[0].declarations.size() == 2u);
  BOOST_TEST(sheet.rules[0].declarations[0].property == "color");
  BOOST_TEST(sheet.rules[0].declarations[0].value == "#777");
  BOOST_TEST(sheet.rules[0].declarations[1].value == "url('a;b.png') #fff");
  BOOST_TEST(sheet.rules[1].selector == ".m");
  BOOST_TEST(sheet.rules[1].line == 5u);
  BOOST_TEST(sheet.rules[2].line == 10u);
  BOOST_REQUIRE(sheet.keyframes.size() == 1u);
  BOOST_TEST(sheet.keyframes[0].name == "pulse");
  BOOST_REQUIRE(sheet.keyframes[0].stops.size() == 2u);
  BOOST_TEST(sheet.keyframes[0].stops[0].selector == "0%, 50%");
}

BOOST_AUTO_TEST_CASE(rules_know_their_media_and_declarations_their_importance) {
  auto sheet = css::parse_stylesheet(
      "p { color: red !important; background: #fff }\n"
      "@media print { p { color: black } }\n"
      "@media screen and (min-width: 40rem) {\n @media (prefers-color-scheme: dark) {\n"
      "  .x { color: #eee ! IMPORTANT } } }\n"
      "@supports (display: grid) { .y { color: blue } }\n");
  BOOST_REQUIRE(sheet.rules.size() == 4u);
  BOOST_TEST(sheet.rules[0].media == "");
  BOOST_TEST(sheet.rules[0].declarations[0].important);
  BOOST_TEST(sheet.rules[0].declarations[0].value == "red");
  BOOST_TEST(!sheet.rules[0].declarations[1].important);
  BOOST_TEST(sheet.rules[1].media == "print");
  BOOST_TEST(sheet.rules[2].media == "screen and (min-width: 40rem) and (prefers-color-scheme: dark)");
  BOOST_TEST(sheet.rules[2].line == 5u);
  BOOST_TEST(sheet.rules[2].declarations[0].important);
  BOOST_TEST(sheet.rules[2].declarations[0].value == "#eee");
  BOOST_TEST(sheet.rules[3].media == "");
}

BOOST_AUTO_TEST_SUITE_END()
