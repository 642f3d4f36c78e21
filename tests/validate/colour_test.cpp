// Colour parsing and WCAG 2.x contrast arithmetic.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "validate/colour.hpp"

namespace ov = otklik::validate;

namespace {

struct ColourCase {
  std::string text;
  double red, green, blue, alpha;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_colour)

BOOST_AUTO_TEST_CASE(parses_every_syntax) {
  const std::vector<ColourCase> cases = {
      {"#fff", 255, 255, 255, 1},
      {"#0f08", 0, 255, 0, 0x88 / 255.0},  // #rgba: 8 -> 0x88 = 136 -> 0.533
      {"#777777", 119, 119, 119, 1},       // 0x77 = 119
      {"#FF000080", 255, 0, 0, 128 / 255.0},
      {"rgb(10, 20, 30)", 10, 20, 30, 1},
      {"rgba(10,20,30,0.5)", 10, 20, 30, 0.5},
      {"rgb(10 20 30 / 25%)", 10, 20, 30, 0.25},
      {"rgb(100%, 50%, 0%)", 255, 127.5, 0, 1},  // 50% of 255 = 127.5
      {"rgba(0 0 0)", 0, 0, 0, 1},
      {"hsl(0, 100%, 50%)", 255, 0, 0, 1},       // pure red
      {"hsl(120deg 100% 25%)", 0, 127.5, 0, 1},  // green at half lightness
      {"hsla(240, 100%, 50%, 0.3)", 0, 0, 255, 0.3},
      {"hsl(0 0% 100% / 50%)", 255, 255, 255, 0.5},
      {"RebeccaPurple", 0x66, 0x33, 0x99, 1},
      {"white", 255, 255, 255, 1},
      {"grey", 128, 128, 128, 1},
      {"transparent", 0, 0, 0, 0},
  };
  for (const ColourCase& c : cases) {
    BOOST_TEST_CONTEXT(c.text) {
      auto colour = ov::parse_colour(c.text);
      BOOST_REQUIRE(colour.has_value());
      BOOST_TEST(colour->red == c.red, boost::test_tools::tolerance(1e-6));
      BOOST_TEST(colour->green == c.green, boost::test_tools::tolerance(1e-6));
      BOOST_TEST(colour->blue == c.blue, boost::test_tools::tolerance(1e-6));
      BOOST_TEST(colour->alpha == c.alpha, boost::test_tools::tolerance(1e-6));
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_invalid_values) {
  for (const std::string text : {"", "#ff", "#fffff", "#ggg", "rgb(1, 2)", "rgb(1 2 3 4 5)",
                                 "rgb(a, b, c)", "hsl(10px, 50%, 50%)", "notacolour",
                                 "currentColor", "var(--text)", "inherit", "rgb(1, 2, 3"}) {
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(!ov::parse_colour(text).has_value()); }
  }
}

BOOST_AUTO_TEST_CASE(knows_all_148_named_colours) { BOOST_TEST(ov::named_colour_count() == 148u); }

struct RatioCase {
  std::string text, background;
  double ratio;
};

BOOST_AUTO_TEST_CASE(contrast_ratio_per_wcag) {
  const std::vector<RatioCase> cases = {
      // L(black) = 0, L(white) = 1: (1 + 0.05) / (0 + 0.05) = 21.
      {"#000", "#fff", 21.0},
      // 119/255 = 0.4667; ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845;
      // 1.05 / (0.1845 + 0.05) = 4.478.
      {"#777", "#fff", 4.478},
      // 118/255 = 0.4627; ((0.4627 + 0.055) / 1.055)^2.4 = 0.1812;
      // 1.05 / 0.2312 = 4.542.
      {"#767676", "#ffffff", 4.542},
      // Order does not matter: the lighter colour goes on top.
      {"#ffffff", "#767676", 4.542},
      // 153/255 = 0.6; ((0.6 + 0.055) / 1.055)^2.4 = 0.3185; 1.05 / 0.3685 = 2.849.
      {"#999", "white", 2.849},
      {"red", "red", 1.0},
  };
  for (const RatioCase& c : cases) {
    BOOST_TEST_CONTEXT(c.text << " on " << c.background) {
      double ratio = ov::contrast_ratio(*ov::parse_colour(c.text), *ov::parse_colour(c.background));
      BOOST_TEST(ratio == c.ratio, boost::test_tools::tolerance(0.001));
    }
  }
}

BOOST_AUTO_TEST_CASE(alpha_blends_over_the_background) {
  // Half-transparent black over white: 0.5 * 0 + 0.5 * 255 = 127.5 per channel,
  // printed as #808080 (127.5 rounds to 128 = 0x80).
  ov::Colour blended = ov::blend(*ov::parse_colour("rgba(0, 0, 0, 0.5)"), {255, 255, 255, 1});
  BOOST_TEST(blended.red == 127.5);
  BOOST_TEST(blended.alpha == 1.0);
  BOOST_TEST(ov::to_hex(blended) == "#808080");
  // A quarter of red over blue: red 0.25 * 255 = 63.75, blue 0.75 * 255 = 191.25.
  ov::Colour mixed = ov::blend(*ov::parse_colour("#ff000040"), *ov::parse_colour("blue"));
  BOOST_TEST(mixed.red == 0.25098 * 255, boost::test_tools::tolerance(1e-3));  // 0x40/255
  BOOST_TEST(ov::to_hex(mixed) == "#4000bf");  // 64, 0, 255 - 64 = 191 = 0xbf
}

BOOST_AUTO_TEST_SUITE_END()
