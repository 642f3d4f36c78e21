// The contrast rule on single CSS rules.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "validate/contrast_rule.hpp"

namespace ov = otklik::validate;

namespace {

std::optional<ov::Finding> check(const std::string& declarations) {
  return ov::check_contrast({".x", otklik::validate::css::parse_declarations(declarations), 7, ""});
}

struct ContrastCase {
  std::string declarations;
  std::string measured;  // empty: passes
  std::string required;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_contrast)

BOOST_AUTO_TEST_CASE(thresholds_for_normal_and_large_text) {
  const std::vector<ContrastCase> cases = {
      // 4.478 < 4.5 fails (see colour_test for the arithmetic).
      {"color: #777; background-color: #fff", "4.48:1 (#777777 on #ffffff)", "at least 4.5:1"},
      // 4.542 >= 4.5 passes.
      {"color: #767676; background-color: #fff", "", ""},
      // #949494: 148/255 = 0.5804 -> L = 0.2962; 1.05 / 0.3462 = 3.03.
      {"color: #949494; background: white", "3.03:1 (#949494 on #ffffff)", "at least 4.5:1"},
      // Large text needs only 3:1: 24px, 18pt (= 24px), 1.5em (= 24px).
      {"color: #949494; background: white; font-size: 24px", "", ""},
      {"color: #949494; background: white; font-size: 18pt", "", ""},
      {"color: #949494; background: white; font-size: 1.5rem", "", ""},
      // 23px is not large; 14pt (18.67px) is large only when bold.
      {"color: #949494; background: white; font-size: 23px", "3.03:1 (#949494 on #ffffff)",
       "at least 4.5:1"},
      {"color: #949494; background: white; font-size: 14pt", "3.03:1 (#949494 on #ffffff)",
       "at least 4.5:1"},
      {"color: #949494; background: white; font-size: 14pt; font-weight: bold", "", ""},
      {"color: #949494; background: white; font-size: 19px; font-weight: 700", "", ""},
      // #999 = 2.85 fails even for large text.
      {"color: #999; background: #fff; font-size: 30px", "2.85:1 (#999999 on #ffffff)",
       "at least 3:1"},
      // Text at half alpha over white is #808080: 3.98 (see colour_test).
      {"color: rgba(0,0,0,.5); background-color: #fff", "3.98:1 (#808080 on #ffffff)",
       "at least 4.5:1"},
      // Background with alpha lies over white first: black/2 over white = #808080.
      {"color: #fff; background-color: rgb(0 0 0 / 50%)", "3.98:1 (#ffffff on #808080)",
       "at least 4.5:1"},
      // The shorthand with one colour counts; the later declaration wins.
      {"background: #fff url(x.png); color: #999", "", ""},
      {"background: #000; color: #777; background-color: #fff", "4.48:1 (#777777 on #ffffff)",
       "at least 4.5:1"},
      {"background: linear-gradient(#fff, #eee); color: #999", "", ""},
      // Only one colour declared: nothing to measure.
      {"color: #999", "", ""},
      {"color: var(--x); background: #fff", "", ""},
  };
  for (const ContrastCase& c : cases) {
    BOOST_TEST_CONTEXT(c.declarations) {
      auto finding = check(c.declarations);
      BOOST_TEST(finding.has_value() == !c.measured.empty());
      if (finding && !c.measured.empty()) {
        BOOST_TEST(finding->measured == c.measured);
        BOOST_TEST(finding->required == c.required);
        BOOST_TEST(finding->rule == "contrast");
        BOOST_TEST(finding->element == ".x");
        BOOST_TEST(finding->line == 7u);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(exactly_the_threshold_passes) {
  BOOST_TEST(ov::required_contrast(false) == 4.5);
  BOOST_TEST(ov::required_contrast(true) == 3.0);
  // 1.5em at a 16px base is 24px; 12pt is 16px (12 * 96 / 72).
  BOOST_TEST(*ov::font_size_px("1.5em") == 24.0);
  BOOST_TEST(*ov::font_size_px("12pt") == 16.0);
  BOOST_TEST(!ov::font_size_px("large").has_value());
}

BOOST_AUTO_TEST_CASE(formats_a_finding) {
  ov::Finding finding = *check("color: #777777; background-color: #ffffff");
  finding.file = "index.html";
  BOOST_TEST(ov::format_finding(finding) ==
             "index.html:7: contrast: .x — 4.48:1 (#777777 on #ffffff), required at least "
             "4.5:1 (WCAG 1.4.3; ГОСТ Р 52872-2019)");
}

BOOST_AUTO_TEST_SUITE_END()
