#pragma once
// A small, deterministic maker of animated GIF, APNG and WebP files for the
// flashing tests, and the images of corpus/flashing it makes. The corpus
// images are committed; flash_images_test.cpp checks that they decode to
// what this code makes, and rewrites them when OTKLIK_WRITE_FLASH_IMAGES=1.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace otklik::test {

struct TestFrame {
  std::vector<std::uint8_t> rgba;  // width x height x 4
  int delay_ms = 100;
};

// A frame of one colour, or with its left half `left` and right half `right`.
TestFrame solid_frame(int width, int height, std::uint32_t rgb, int delay_ms,
                      std::uint8_t alpha = 255);
TestFrame halves_frame(int width, int height, std::uint32_t left, std::uint32_t right,
                       int delay_ms);

// loop: the NETSCAPE2.0 count (0 forever), -1 for none (shown once).
std::string encode_gif(int width, int height, const std::vector<TestFrame>& frames, int loop);
// plays: 0 forever.
std::string encode_apng(int width, int height, const std::vector<TestFrame>& frames, int plays);
std::string encode_webp(int width, int height, const std::vector<TestFrame>& frames, int loops);
std::string encode_png(int width, int height, const std::vector<std::uint8_t>& rgba);

// The images of tests/validate/corpus/flashing, by path under it.
std::map<std::string, std::string> corpus_images();

}  // namespace otklik::test
