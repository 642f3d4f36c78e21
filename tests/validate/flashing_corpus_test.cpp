// The flashing corpus: each page of corpus/flashing/bad has exactly one
// planted fault with its figure; the pages of corpus/flashing/good are near
// misses that must pass. Animated images are made by flash_images.cpp.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "validate/planted.hpp"

namespace fs = std::filesystem;
using otklik::test::Planted;

namespace {

const fs::path kCorpus = fs::path(OTKLIK_SOURCE_DIR) / "tests/validate/corpus/flashing";

// One entry per bad page, by file name.
const std::map<std::string, Planted> kPlanted = {
    // Images (tests/validate/flash_images.cpp makes them). pulse.png: black and
    // white APNG frames of 125 ms, 8 transitions a second.
    {"apng-srcset.html",
     {6, "<source srcset=\"img/pulse.png 2x, img/still.png 1x\">",
      "4.00 flashes/s (img/pulse.png: general flash)"}},
    // strobe.gif: black and white every 100 ms, here as a CSS background.
    {"css-background.html", {5, ".hero", "5.00 flashes/s (img/strobe.gif: general flash)"}},
    {"gif-strobe.html",
     {6, "<img src=\"img/strobe.gif\">", "5.00 flashes/s (img/strobe.gif: general flash)"}},
    // Two halves swapping every 80 ms: 12.5 reversals a second, 6 whole flashes in one.
    {"gif-swap.html",
     {6, "<img src=\"./img/swap.gif\">", "6.00 flashes/s (img/swap.gif: general flash)"}},
    // Reloads itself at once, over and over.
    {"meta-refresh.html",
     {4, "<meta http-equiv=\"refresh\">", "unbounded flashes/s (reloads itself every 0 s)"}},
    {"video-poster.html",
     {5, "<video poster=\"img/pulse.png\">", "4.00 flashes/s (img/pulse.png: general flash)"}},
    // Saturated red and a grey of the same luminance every 100 ms.
    {"webp-red.html",
     {6, "<img src=\"img/alarm.webp\">", "5.00 flashes/s (img/alarm.webp: red flash)"}},
    {"blink-element.html", {5, "<blink>", "<blink> element"}},
    // opacity 1 <-> 0.2 back and forth (alternate): 1 flash per 2 x 150 ms.
    {"shorthand-list.html", {7, ".badge", "3.33 flashes/s (@keyframes flash: opacity)"}},
    // black to white, then back at each new iteration: 1 flash per 300 ms.
    {"colour-wrap.html", {6, ".banner", "3.33 flashes/s (@keyframes night: background-color)"}},
    // 0 <-> 1 alternate: 1 flash per 2 x 0.1 s.
    {"fast-animation.html", {10, ".alert", "5.00 flashes/s (@keyframes pulse: opacity)"}},
    {"marquee.html", {7, "<marquee>", "<marquee> element"}},
    // red to a grey of the same luminance and back in 2 x 0.125 s.
    {"red-flash.html", {10, "p", "4.00 flashes/s (@keyframes alarm: background-color)"}},
    // steps(2, start) shows `hidden` for the second half of each 250 ms.
    {"steps-animation.html", {7, ".ticker", "4.00 flashes/s (@keyframes tick: visibility)"}},
    {"text-decoration-blink.html", {6, ".old", "text-decoration: blink"}},
    // --lit flips 1 -> 0.1 -> 1 every 0.2 s; the 40 ms transition completes each time.
    {"var-transition.html",
     {7, ".lamp.on",
      "5.00 flashes/s (@keyframes toggle: opacity through --lit, transition 0.04s)"}},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_flashing_corpus)

BOOST_AUTO_TEST_CASE(bad_pages_have_exactly_their_fault) {
  otklik::test::check_planted(kCorpus / "bad", kPlanted,
                              {"flashing", "at most 3 flashes/s", "4.6.1.11; WCAG 2.3.1"});
}

BOOST_AUTO_TEST_CASE(good_pages_pass) { otklik::test::check_near_misses(kCorpus / "good", 5); }

BOOST_AUTO_TEST_SUITE_END()
