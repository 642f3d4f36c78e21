// Animated images decoded (GIF, APNG, WebP) and their flashes counted;
// autoplay and meta refresh.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "validate/animated_image.hpp"
#include "validate/flash_images.hpp"
#include "validate/image_flash.hpp"
#include "validate/media_flash.hpp"
#include "validate/validator.hpp"

namespace ov = otklik::validate;
namespace ot = otklik::test;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(OTKLIK_SOURCE_DIR) / "tests/validate/corpus/flashing";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// An animation of solid frames of these grey levels (0..255), each shown `delay_s`.
ov::DecodedAnimation greys(const std::vector<int>& levels, double delay_s, int plays = 0,
                           int width = 40, int height = 30) {
  ov::DecodedAnimation animation{"test", width, height, plays, {}};
  for (int level : levels) {
    ov::AnimationFrame frame{delay_s, {}};
    for (int i = 0; i < width * height; ++i) {
      frame.rgba.insert(frame.rgba.end(),
                        {static_cast<std::uint8_t>(level), static_cast<std::uint8_t>(level),
                         static_cast<std::uint8_t>(level), 255});
    }
    animation.frames.push_back(frame);
  }
  return animation;
}

ov::DecodedAnimation decoded(const std::string& bytes) {
  auto animation = ov::decode_animation(bytes);
  BOOST_REQUIRE(animation.has_value());
  return *animation;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_image_flash)

BOOST_AUTO_TEST_CASE(three_flashes_a_second_pass_four_fail) {
  // Black and white frames: a transition at each frame change.
  BOOST_TEST(ov::measure_image_flashes(greys({0, 255}, 1.0 / 6)).general == 3u);
  BOOST_TEST(ov::measure_image_flashes(greys({0, 255}, 1.0 / 8)).general == 4u);
  BOOST_TEST(ov::measure_image_flashes(greys({0, 255}, 0.4)).general == 1u);
  BOOST_TEST(ov::measure_image_flashes(greys({0, 255}, 0.1)).red == 0u);
}

BOOST_AUTO_TEST_CASE(nine_percent_of_luminance_is_no_transition) {
  // #777777 = 0.1845, #8f8f8f = 0.2747 (9 %), #929292 = 0.2874 (10.3 %).
  BOOST_TEST(ov::measure_image_flashes(greys({0x77, 0x8f}, 0.05)).general == 0u);
  BOOST_TEST(ov::measure_image_flashes(greys({0x77, 0x92}, 0.05)).general == 10u);
  // Both above 0.80 (#eeeeee = 0.855): no flash.
  BOOST_TEST(ov::measure_image_flashes(greys({0xee, 0xff}, 0.05)).general == 0u);
  // A fade in steps of 2 to 5 % of luminance, up over four frames and down
  // again, played once: one change each way, one flash.
  BOOST_TEST(
      ov::measure_image_flashes(greys({0x40, 0x50, 0x60, 0x70, 0x80, 0x70, 0x60, 0x50}, 0.05, 1))
          .general == 1u);
}

BOOST_AUTO_TEST_CASE(flashes_of_a_small_part_count_from_a_quarter_of_the_image) {
  // 40 x 30: a 10 x 30 strip is exactly a quarter; a 9 x 30 strip is less.
  auto strip = [](int columns) {
    ov::DecodedAnimation animation = greys({0, 0}, 0.1);
    for (int y = 0; y < 30; ++y)
      for (int x = 0; x < columns; ++x)
        std::fill_n(&animation.frames[1].rgba[(y * 40 + x) * 4], 3, 255);
    return animation;
  };
  BOOST_TEST(ov::measure_image_flashes(strip(10)).general == 5u);
  BOOST_TEST(ov::measure_image_flashes(strip(9)).general == 0u);
}

BOOST_AUTO_TEST_CASE(transparent_pixels_are_seen_over_white_and_black) {
  ov::DecodedAnimation animation = greys({255, 255}, 0.1);
  for (std::size_t i = 3; i < animation.frames[0].rgba.size(); i += 4)
    animation.frames[0].rgba[i] = 0;  // transparent <-> white: a flash over a black page
  BOOST_TEST(ov::measure_image_flashes(animation).general == 5u);
}

BOOST_AUTO_TEST_CASE(a_short_burst_played_once_counts_its_own_flashes) {
  // 5 frames of 50 ms shown once: 4 transitions, 2 flashes in any second.
  BOOST_TEST(ov::measure_image_flashes(greys({255, 0, 255, 0, 255}, 0.05, 1)).general == 2u);
  // The same looping: 20 transitions a second (the loop joins 255 to 255).
  BOOST_TEST(ov::measure_image_flashes(greys({255, 0, 255, 0}, 0.05, 0)).general == 10u);
}

BOOST_AUTO_TEST_CASE(red_flashes) {
  ov::DecodedAnimation animation{"test", 2, 2, 0, {}};
  for (std::uint8_t red : {255, 127}) {
    std::uint8_t gb = red == 255 ? 0 : 127;
    animation.frames.push_back(
        {0.1, {red, gb, gb, 255, red, gb, gb, 255, red, gb, gb, 255, red, gb, gb, 255}});
  }
  ov::ImageFlash flashes = ov::measure_image_flashes(animation);
  BOOST_TEST(flashes.general == 0u);  // #ff0000 and #7f7f7f: 0.2126 and 0.2122
  BOOST_TEST(flashes.red == 5u);
}

BOOST_AUTO_TEST_CASE(gif_round_trip_loops_and_delays) {
  std::vector<ot::TestFrame> frames = {ot::solid_frame(4, 3, 0x000000, 100),
                                       ot::halves_frame(4, 3, 0xff0000, 0xffffff, 250)};
  ov::DecodedAnimation gif = decoded(ot::encode_gif(4, 3, frames, 0));
  BOOST_TEST(gif.format == "GIF");
  BOOST_TEST(gif.width == 4);
  BOOST_TEST(gif.plays == 0);
  BOOST_REQUIRE(gif.frames.size() == 2u);
  BOOST_TEST(gif.frames[1].duration_s == 0.25, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(gif.frames[0].rgba == frames[0].rgba);
  BOOST_TEST(gif.frames[1].rgba == frames[1].rgba);
  BOOST_TEST(decoded(ot::encode_gif(4, 3, frames, -1)).plays == 1);
  BOOST_TEST(decoded(ot::encode_gif(4, 3, frames, 2)).plays == 3);  // 2 loops after the first
  // A delay of 0 is shown for 100 ms.
  frames[0].delay_ms = 0;
  BOOST_TEST(decoded(ot::encode_gif(4, 3, frames, 0)).frames[0].duration_s == 0.1,
             boost::test_tools::tolerance(1e-9));
  // A single frame is no animation; other bytes are no image.
  BOOST_TEST(!ov::decode_animation(ot::encode_gif(4, 3, {frames[1]}, 0)));
  BOOST_TEST(!ov::decode_animation("not an image"));
}

BOOST_AUTO_TEST_CASE(apng_round_trip) {
  std::vector<ot::TestFrame> frames = {ot::solid_frame(5, 4, 0xffffff, 125),
                                       ot::halves_frame(5, 4, 0x000000, 0x00ff00, 40),
                                       ot::solid_frame(5, 4, 0x123456, 5, 128)};
  ov::DecodedAnimation apng = decoded(ot::encode_apng(5, 4, frames, 3));
  BOOST_TEST(apng.format == "APNG");
  BOOST_TEST(apng.plays == 3);
  BOOST_REQUIRE(apng.frames.size() == 3u);
  BOOST_TEST(apng.frames[0].duration_s == 0.125, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(apng.frames[1].duration_s == 0.04, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(apng.frames[2].duration_s == 0.1, boost::test_tools::tolerance(1e-9));  // 5 ms
  for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(apng.frames[i].rgba == frames[i].rgba);
  // A plain PNG is a still image.
  BOOST_TEST(!ov::decode_animation(ot::encode_png(5, 4, frames[0].rgba)));
}

BOOST_AUTO_TEST_CASE(webp_round_trip) {
  std::vector<ot::TestFrame> frames = {ot::solid_frame(6, 2, 0xff0000, 100),
                                       ot::halves_frame(6, 2, 0x7f7f7f, 0x000000, 300)};
  ov::DecodedAnimation webp = decoded(ot::encode_webp(6, 2, frames, 2));
  BOOST_TEST(webp.format == "WebP");
  BOOST_TEST(webp.plays == 2);
  BOOST_REQUIRE(webp.frames.size() == 2u);
  BOOST_TEST(webp.frames[1].duration_s == 0.3, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(webp.frames[0].rgba == frames[0].rgba);
  BOOST_TEST(webp.frames[1].rgba == frames[1].rgba);
}

BOOST_AUTO_TEST_CASE(corpus_images_are_what_the_generator_makes) {
  // OTKLIK_WRITE_FLASH_IMAGES=1 rewrites them (after changing flash_images.cpp).
  const char* write = std::getenv("OTKLIK_WRITE_FLASH_IMAGES");
  for (const auto& [path, bytes] : ot::corpus_images()) {
    BOOST_TEST_CONTEXT(path) {
      if (write != nullptr && std::string(write) == "1") {
        fs::create_directories((kCorpus / path).parent_path());
        std::ofstream(kCorpus / path, std::ios::binary) << bytes;
      }
      BOOST_REQUIRE(fs::exists(kCorpus / path));
      std::string committed = read_file(kCorpus / path);
      BOOST_TEST(committed.size() < 20000u);
      // Compared decoded, so another libwebp's bytes would still match.
      auto made = ov::decode_animation(bytes);
      auto found = ov::decode_animation(committed);
      BOOST_REQUIRE(made.has_value() == found.has_value());
      if (!made) {
        BOOST_TEST(committed == bytes);  // the still fallback PNG
        continue;
      }
      BOOST_TEST(found->plays == made->plays);
      BOOST_REQUIRE(found->frames.size() == made->frames.size());
      for (std::size_t i = 0; i < made->frames.size(); ++i) {
        BOOST_TEST(found->frames[i].duration_s == made->frames[i].duration_s);
        BOOST_TEST((found->frames[i].rgba == made->frames[i].rgba));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(refresh_content_as_browsers_read_it) {
  struct Case {
    std::string content;
    bool valid;
    long delay;
    std::string url;
  };
  const std::vector<Case> cases = {
      {"0", true, 0, ""},
      {"5", true, 5, ""},
      {"0.5", true, 0, ""},  // the fraction is ignored
      {" 3; url=next.html", true, 3, "next.html"},
      {"0;URL='a b.html'", true, 0, "a b.html"},
      {"1, other.html", true, 1, "other.html"},
      {".9", true, 0, ""},
      {"soon", false, 0, ""},
      {"", false, 0, ""},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.content) {
      auto refresh = ov::parse_refresh(c.content);
      BOOST_REQUIRE(refresh.has_value() == c.valid);
      if (!refresh) continue;
      BOOST_TEST(refresh->delay_s == c.delay);
      BOOST_TEST(refresh->url == c.url);
    }
  }
}

BOOST_AUTO_TEST_CASE(refresh_rings_and_autoplay_in_a_folder) {
  fs::path dir = fs::temp_directory_path() / "otklik-validate-refresh";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  auto page = [&](const std::string& name, const std::string& head) {
    std::ofstream(dir / name) << "<!DOCTYPE html>\n<html lang=\"ru\"><head><title>t</title>\n"
                              << head << "\n</head><body><p>x</p></body></html>\n";
  };
  // Four pages in a ring, 1 s in all: 4 reloads a second.
  page("a.html", "<meta http-equiv=\"refresh\" content=\"0; url=b.html\">");
  page("b.html", "<meta http-equiv=\"refresh\" content=\"0; url=sub/c.html\">");
  page("sub/c.html", "<meta http-equiv=\"Refresh\" content=\"1;url=../d.html\">");
  page("d.html", "<meta http-equiv=\"refresh\" content=\"0; url=/a.html\">");
  // Redirects that end, a slow self refresh, one to another site.
  page("e.html", "<meta http-equiv=\"refresh\" content=\"0; url=a.html\">");
  page("f.html", "<meta http-equiv=\"refresh\" content=\"2\">");
  page("g.html", "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/\">");
  // Itself at once, and by its own name.
  page("h.html", "<meta http-equiv=\"refresh\" content=\"0; url=h.html#top\">");
  page("m.html", "<video autoplay muted title=\"v\"></video>\n<audio title=\"a\"></audio>");
  std::vector<std::string> lines;
  for (const ov::Finding& finding : ov::validate_folder(dir)) {
    if (finding.rule == "flashing" || finding.rule == "autoplay")
      lines.push_back(ov::format_finding(finding));
  }
  const std::vector<std::string> expected = {
      "a.html:3: flashing: <meta http-equiv=\"refresh\"> — 4.00 flashes/s (4 pages refresh each "
      "other in 1 s), required at most 3 flashes/s (4.6.1.11; WCAG 2.3.1)",
      "h.html:3: flashing: <meta http-equiv=\"refresh\"> — unbounded flashes/s (reloads itself "
      "every 0 s), required at most 3 flashes/s (4.6.1.11; WCAG 2.3.1)",
      "m.html:3: autoplay: <video> — autoplay: the video starts by itself, its flashes "
      "unmeasured, required no autoplay: it starts when the user asks (4.6.1.11; WCAG 2.3.1, "
      "2.2.2)",
  };
  BOOST_TEST(lines == expected, boost::test_tools::per_element());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
