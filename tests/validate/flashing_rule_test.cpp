// The flashing rule: flashes per second = (changes per cycle / 2) / duration.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "validate/flashing_rule.hpp"

namespace ov = otklik::validate;
namespace css = otklik::validate::css;

namespace {

const char* const kKeyframes = R"(
@keyframes blink2 { from { opacity: 0; } to { opacity: 1; } }
@keyframes fade { 0% { opacity: 1; } 50% { opacity: 0; } 100% { opacity: 1; } }
@keyframes move { from { transform: none; } to { transform: scale(2); } }
@keyframes hide { to { visibility: hidden; } }
)";

ov::KeyframesIndex index() {
  ov::KeyframesIndex keyframes;
  ov::add_keyframes(keyframes, css::parse_stylesheet(kKeyframes).keyframes);
  return keyframes;
}

struct FlashCase {
  std::string declarations;
  std::string measured;  // empty: passes
};

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_flashing)

BOOST_AUTO_TEST_CASE(changes_per_cycle) {
  ov::KeyframesIndex keyframes = index();
  BOOST_TEST(ov::count_changes(keyframes.at("blink2")) == 1u);  // 0 -> 1
  BOOST_TEST(ov::count_changes(keyframes.at("fade")) == 2u);    // 1 -> 0 -> 1
  BOOST_TEST(ov::count_changes(keyframes.at("move")) == 0u);    // transform only
  BOOST_TEST(ov::count_changes(keyframes.at("hide")) == 1u);    // element value -> hidden
}

BOOST_AUTO_TEST_CASE(rates_against_three_per_second) {
  const std::vector<FlashCase> cases = {
      // k = 1: (1 / 2) / 0.1 s = 5; alternate keeps k per cycle.
      {"animation: blink2 0.1s alternate infinite", "5.00 flashes/s"},
      // (1 / 2) / 1 s = 0.5.
      {"animation: blink2 1s alternate infinite", ""},
      // k = 2: (2 / 2) / 0.345 s = 2.90 passes; / 0.322 s = 3.11 fails.
      {"animation: fade 345ms infinite", ""},
      {"animation: fade 322ms infinite", "3.11 flashes/s"},
      // steps(6) on two stops: k = 6; (6 / 2) / 1 s = 3 exactly passes.
      {"animation: blink2 1s steps(6) infinite", ""},
      // steps(8): (8 / 2) / 1 s = 4.
      {"animation: blink2 1s steps(8, end) infinite", "4.00 flashes/s"},
      // One iteration does not repeat; two do: (1 / 2) / 0.1 = 5.
      {"animation: blink2 0.1s", ""},
      {"animation: blink2 0.1s 1", ""},
      {"animation: blink2 0.1s 2", "5.00 flashes/s"},
      // The second time is the delay: duration 1s -> 0.5/s.
      {"animation: blink2 1s 0.05s infinite", ""},
      // Longhands; the duration in ms: (2 / 2) / 0.25 s = 4.
      {"animation-name: fade; animation-duration: 250ms; animation-iteration-count: infinite",
       "4.00 flashes/s"},
      // A longhand after the shorthand overrides it: 2 s -> 0.25/s.
      {"animation: blink2 0.1s infinite; animation-duration: 2s", ""},
      // Only transform changes: no flash however fast.
      {"animation: move 0.05s infinite", ""},
      // Unknown keyframes: nothing to measure.
      {"animation: nowhere 0.05s infinite", ""},
      // A transition runs once per state change.
      {"transition: opacity 0.05s", ""},
      {"text-decoration: underline blink", "text-decoration: blink"},
      {"text-decoration-line: blink", "text-decoration: blink"},
      {"text-decoration: underline", ""},
  };
  ov::KeyframesIndex keyframes = index();
  for (const FlashCase& c : cases) {
    BOOST_TEST_CONTEXT(c.declarations) {
      auto findings =
          ov::check_flashing({".flash", css::parse_declarations(c.declarations), 3}, keyframes);
      BOOST_REQUIRE(findings.size() == (c.measured.empty() ? 0u : 1u));
      if (!findings.empty()) {
        BOOST_TEST(findings[0].measured == c.measured);
        BOOST_TEST(findings[0].rule == "flashing");
        BOOST_TEST(findings[0].required == "at most 3 flashes/s");
        BOOST_TEST(findings[0].clause == "4.6.1.11; WCAG 2.3.1");
        BOOST_TEST(findings[0].line == 3u);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(several_animations_in_one_shorthand) {
  auto animations = ov::resolve_animations(
      css::parse_declarations("animation: fade 2s infinite, blink2 100ms steps(3) 4"));
  BOOST_REQUIRE(animations.size() == 2u);
  BOOST_TEST(animations[1].name == "blink2");
  BOOST_TEST(animations[1].duration_s == 0.1, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(animations[1].iterations == 4.0);
  BOOST_TEST(animations[1].steps == 3);
  // k = 3: (3 / 2) / 0.1 s = 15.
  BOOST_TEST(*ov::flash_rate(animations[1], index()) == 15.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()
