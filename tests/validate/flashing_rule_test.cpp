// The flashing rule on CSS: animations played out and their transitions
// counted (flash_count.hpp); a flash is a pair of opposing transitions.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "validate/flashing_rule.hpp"

namespace ov = otklik::validate;
namespace css = otklik::validate::css;

namespace {

const char* const kStylesheet = R"(
@keyframes blink2 { from { opacity: 0; } to { opacity: 1; } }
@keyframes fade { 0% { opacity: 1; } 50% { opacity: 0; } 100% { opacity: 1; } }
@keyframes pulse50 { 50% { opacity: 0; } }
@keyframes move { from { transform: none; } to { transform: scale(2); } }
@keyframes hide { to { visibility: hidden; } }
@keyframes tick { 0% { visibility: visible; } 100% { visibility: hidden; } }
@keyframes flick { from { background-color: #fff } to { background-color: #000 } }
@keyframes dim { from { color: #777 } to { color: #7a7a7a } }
@keyframes pale { from { background: #fff } to { background: #eee } }
@keyframes redgrey { from { background-color: #ff0000 } to { background-color: #7f7f7f } }
@keyframes cflash { to { color: #000 } }
@keyframes bright { from { filter: brightness(1) } to { filter: brightness(0.2) } }
@keyframes toggle { 0%, 49% { --on: 1 } 50%, 100% { --on: 0 } }
@keyframes slowtoggle { 0%, 49% { --dim: 1 } 50%, 100% { --dim: 0 } }
@keyframes spin { 0%, 49% { --turn: 0 } 50%, 100% { --turn: 1 } }
.lamp { opacity: var(--on); transition: opacity 0.05s; }
.shade { opacity: var(--dim); transition: opacity 2s; }
)";

ov::FlashContext context() {
  ov::FlashContext flash;
  ov::add_stylesheet(flash, css::parse_stylesheet(kStylesheet));
  return flash;
}

struct FlashCase {
  std::string declarations;
  std::string measured;  // empty: passes
};

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_flashing)

BOOST_AUTO_TEST_CASE(rates_against_three_per_second) {
  const std::vector<FlashCase> cases = {
      // alternate: up in one iteration, down in the next; 1 flash per 0.2 s.
      {"animation: blink2 0.1s alternate infinite", "5.00 flashes/s (@keyframes blink2: opacity)"},
      // normal: up, then the jump back to 0 at each new iteration; 1 flash per 0.1 s.
      {"animation: blink2 0.1s infinite", "10.00 flashes/s (@keyframes blink2: opacity)"},
      {"animation: blink2 1s alternate infinite", ""},
      {"animation: blink2 0.1s infinite; animation-direction: alternate",
       "5.00 flashes/s (@keyframes blink2: opacity)"},
      {"animation: blink2 0.1s alternate-reverse infinite",
       "5.00 flashes/s (@keyframes blink2: opacity)"},
      // 1 -> 0 -> 1 is one flash a cycle: 1 / 0.345 s = 2.90 passes, 1 / 0.322 s = 3.11 fails.
      {"animation: fade 345ms infinite", ""},
      {"animation: fade 322ms infinite", "3.11 flashes/s (@keyframes fade: opacity)"},
      // A 50% stop alone: both ends are the element's opacity 1.
      {"animation: pulse50 0.25s infinite", "4.00 flashes/s (@keyframes pulse50: opacity)"},
      {"opacity: 0; animation: pulse50 0.1s infinite", ""},  // element value 0 = the 50% value
      // steps(): a staircase up is one transition, then the jump back down.
      {"animation: blink2 1s steps(8, end) infinite", ""},
      {"animation: blink2 0.25s steps(4) infinite", "4.00 flashes/s (@keyframes blink2: opacity)"},
      // visibility shows `hidden` only when the progress reaches the hidden end:
      // never with steps(8, end); for the second half with steps(2, start).
      {"animation: tick 0.1s steps(8, end) infinite", ""},
      {"animation: tick 0.25s steps(2, start) infinite",
       "4.00 flashes/s (@keyframes tick: visibility)"},
      {"animation: hide 0.1s infinite", ""},
      // Iterations: one is a single change, not a rate; two repeat, and the rate
      // stands though the run lasts 0.2 s.
      {"animation: blink2 0.1s", ""},
      {"animation: blink2 0.1s 1", ""},
      {"animation: fade 0.1s 1", ""},
      {"animation: blink2 0.1s 2", "10.00 flashes/s (@keyframes blink2: opacity)"},
      {"animation: fade 0.1s 1.5", "10.00 flashes/s (@keyframes fade: opacity)"},
      // The second time is the delay: duration 1 s.
      {"animation: blink2 1s 0.05s infinite", ""},
      // Longhands; milliseconds.
      {"animation-name: fade; animation-duration: 250ms; animation-iteration-count: infinite",
       "4.00 flashes/s (@keyframes fade: opacity)"},
      {"animation: blink2 0.1s infinite; animation-duration: 2s", ""},
      // Several animations in one shorthand: only the fast one.
      {"animation: fade 2s infinite, blink2 100ms alternate infinite",
       "5.00 flashes/s (@keyframes blink2: opacity)"},
      // Colours: white <-> black; a change under 0.1 of luminance; both states above 0.80.
      {"animation: flick 50ms infinite", "20.00 flashes/s (@keyframes flick: background-color)"},
      {"animation: dim 50ms infinite", ""},
      {"animation: pale 50ms infinite", ""},
      // Red to a grey of the same luminance: only the red flash threshold sees it.
      {"animation: redgrey 0.1s alternate infinite",
       "5.00 flashes/s (@keyframes redgrey: background-color)"},
      // An unknown element colour differs from #000.
      {"animation: cflash 0.2s infinite", "5.00 flashes/s (@keyframes cflash: color)"},
      {"color: #000; animation: cflash 0.1s infinite", ""},
      {"animation: bright 0.1s alternate infinite", "5.00 flashes/s (@keyframes bright: filter)"},
      // Nothing that flashes, or no keyframes.
      {"animation: move 0.05s infinite", ""},
      {"animation: nowhere 0.05s infinite", ""},
      // A transition alone runs once per change.
      {"transition: opacity 0.05s", ""},
      // A custom property toggled by an animation drives a transition (.lamp reads
      // --on with a 0.05 s transition): 1 flash per 0.2 s.
      {"animation: toggle 0.2s infinite",
       "5.00 flashes/s (@keyframes toggle: opacity through --on, transition 0.05s)"},
      // A 2 s transition swings 0.05 in 0.1 s: never 0.1, no flash.
      {"animation: slowtoggle 0.2s infinite", ""},
      // --turn is read by nothing that flashes.
      {"animation: spin 0.1s infinite", ""},
      {"text-decoration: underline blink", "text-decoration: blink"},
      {"text-decoration-line: blink", "text-decoration: blink"},
      {"text-decoration: underline", ""},
  };
  ov::FlashContext flash = context();
  for (const FlashCase& c : cases) {
    BOOST_TEST_CONTEXT(c.declarations) {
      auto findings =
          ov::check_flashing({".flash", css::parse_declarations(c.declarations), 3, ""}, flash);
      BOOST_REQUIRE(findings.size() == (c.measured.empty() ? 0u : 1u));
      if (!findings.empty()) {
        BOOST_TEST(findings[0].measured == c.measured);
        BOOST_TEST(findings[0].rule == "flashing");
        BOOST_TEST(findings[0].required == "at most 3 flashes/s");
        BOOST_TEST(findings[0].clause == "4.6.1.11; WCAG 2.3.1");
        BOOST_TEST(findings[0].line == 3u);
        BOOST_TEST(findings[0].element == ".flash");
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(parses_the_shorthand_and_longhands) {
  auto animations = ov::resolve_animations(css::parse_declarations(
      "animation: fade 2s infinite, blink2 100ms steps(3, jump-none) 4 alternate-reverse"));
  BOOST_REQUIRE(animations.size() == 2u);
  BOOST_TEST(animations[0].name == "fade");
  BOOST_TEST(animations[0].duration_s == 2.0);
  BOOST_TEST(animations[1].name == "blink2");
  BOOST_TEST(animations[1].duration_s == 0.1, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(animations[1].iterations == 4.0);
  BOOST_TEST(animations[1].timing.steps == 3);
  BOOST_TEST((animations[1].timing.jump == ov::Timing::Jump::none));
  BOOST_TEST((animations[1].direction == ov::PlayDirection::alternate_reverse));
  // Longhand lists repeat to the length of animation-name.
  animations = ov::resolve_animations(
      css::parse_declarations("animation-name: a, b, c; animation-duration: 1s, 2s; "
                              "animation-direction: alternate"));
  BOOST_REQUIRE(animations.size() == 3u);
  BOOST_TEST(animations[2].duration_s == 1.0);
  BOOST_TEST((animations[1].direction == ov::PlayDirection::alternate));
}

BOOST_AUTO_TEST_CASE(transition_durations) {
  auto duration = [](const std::string& text, const std::string& property) {
    return ov::transition_duration(css::parse_declarations(text), property);
  };
  BOOST_TEST(duration("transition: opacity 0.1s, color 2s", "color").value() == 2.0);
  BOOST_TEST(duration("transition: 300ms", "opacity").value() == 0.3,
             boost::test_tools::tolerance(1e-9));
  BOOST_TEST(duration("transition: all 1s ease 0.5s", "filter").value() == 1.0);
  BOOST_TEST(!duration("transition: color 1s", "opacity"));
  BOOST_TEST(!duration("transition: opacity 0s", "opacity"));
  BOOST_TEST(
      duration("transition-property: color, opacity; transition-duration: 1s, 50ms", "opacity")
              .value() == 0.05,
      boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()
