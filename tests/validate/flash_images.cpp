#include "validate/flash_images.hpp"

#include <gif_lib.h>
#include <png.h>
#include <webp/encode.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>

namespace otklik::test {
namespace {

void put32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xff);
}

void put_le(std::string& out, std::uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

std::uint32_t crc32(const std::string& bytes) {
  std::uint32_t crc = 0xffffffffu;
  for (unsigned char byte : bytes) {
    crc ^= byte;
    for (int k = 0; k < 8; ++k) crc = (crc & 1) ? 0xedb88320u ^ (crc >> 1) : crc >> 1;
  }
  return crc ^ 0xffffffffu;
}

void put_chunk(std::string& out, const std::string& type, const std::string& data) {
  put32(out, static_cast<std::uint32_t>(data.size()));
  out += type + data;
  put32(out, crc32(type + data));
}

int write_memory(GifFileType* gif, const GifByteType* bytes, int length) {
  static_cast<std::string*>(gif->UserData)->append(reinterpret_cast<const char*>(bytes), length);
  return length;
}

// The chunks of a PNG file: type -> concatenated data (IDAT joined).
std::map<std::string, std::string> png_chunks(const std::string& png) {
  std::map<std::string, std::string> chunks;
  for (std::size_t pos = 8; pos + 12 <= png.size();) {
    auto* p = reinterpret_cast<const unsigned char*>(png.data() + pos);
    std::uint32_t length = (std::uint32_t{p[0]} << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
    chunks[png.substr(pos + 4, 4)] += png.substr(pos + 8, length);
    pos += 12 + length;
  }
  return chunks;
}

// A lossless WebP bitstream chunk ("VP8L" + size + data) of one frame.
std::string webp_frame_chunk(int width, int height, const std::vector<std::uint8_t>& rgba) {
  std::uint8_t* output = nullptr;
  std::size_t size = WebPEncodeLosslessRGBA(rgba.data(), width, height, width * 4, &output);
  if (size == 0) throw std::runtime_error("WebPEncodeLosslessRGBA failed");
  std::string file(reinterpret_cast<char*>(output), size);
  WebPFree(output);
  return file.substr(12);  // after "RIFF" size "WEBP": the VP8L chunk
}

void put_riff_chunk(std::string& out, const std::string& type, const std::string& data) {
  out += type;
  put_le(out, static_cast<std::uint32_t>(data.size()), 4);
  out += data;
  if (data.size() % 2) out += '\0';
}

}  // namespace

TestFrame solid_frame(int width, int height, std::uint32_t rgb, int delay_ms, std::uint8_t alpha) {
  TestFrame frame = halves_frame(width, height, rgb, rgb, delay_ms);
  for (std::size_t i = 3; i < frame.rgba.size(); i += 4) frame.rgba[i] = alpha;
  return frame;
}

TestFrame halves_frame(int width, int height, std::uint32_t left, std::uint32_t right,
                       int delay_ms) {
  TestFrame frame;
  frame.delay_ms = delay_ms;
  frame.rgba.resize(static_cast<std::size_t>(width) * height * 4);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      std::uint32_t rgb = x < width / 2 ? left : right;
      std::uint8_t* p = &frame.rgba[(static_cast<std::size_t>(y) * width + x) * 4];
      p[0] = (rgb >> 16) & 0xff;
      p[1] = (rgb >> 8) & 0xff;
      p[2] = rgb & 0xff;
      p[3] = 255;
    }
  }
  return frame;
}

std::string encode_gif(int width, int height, const std::vector<TestFrame>& frames, int loop) {
  // One global palette of the frames' colours (opaque pixels only).
  std::vector<std::uint32_t> colours;
  for (const TestFrame& frame : frames) {
    for (std::size_t i = 0; i < frame.rgba.size(); i += 4) {
      std::uint32_t rgb = (frame.rgba[i] << 16) | (frame.rgba[i + 1] << 8) | frame.rgba[i + 2];
      if (std::find(colours.begin(), colours.end(), rgb) == colours.end()) colours.push_back(rgb);
    }
  }
  if (colours.size() > 255) throw std::runtime_error("too many colours for a GIF");
  // GIF palettes come in powers of two, at least 2 bits.
  if (colours.size() < 4) colours.resize(4, 0);
  while (colours.size() & (colours.size() - 1)) colours.push_back(0);
  std::vector<GifColorType> palette;
  for (std::uint32_t rgb : colours)
    palette.push_back({static_cast<GifByteType>(rgb >> 16), static_cast<GifByteType>(rgb >> 8),
                       static_cast<GifByteType>(rgb)});
  std::string out;
  int error = 0;
  GifFileType* gif = EGifOpen(&out, write_memory, &error);
  EGifSetGifVersion(gif, true);
  ColorMapObject* map = GifMakeMapObject(static_cast<int>(palette.size()), palette.data());
  EGifPutScreenDesc(gif, width, height, 8, 0, map);
  if (loop >= 0) {
    EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE);
    EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0");
    const GifByteType count[3] = {1, static_cast<GifByteType>(loop & 0xff),
                                  static_cast<GifByteType>(loop >> 8)};
    EGifPutExtensionBlock(gif, 3, count);
    EGifPutExtensionTrailer(gif);
  }
  std::vector<GifPixelType> row(width);
  for (const TestFrame& frame : frames) {
    GraphicsControlBlock control{DISPOSAL_UNSPECIFIED, false, frame.delay_ms / 10,
                                 NO_TRANSPARENT_COLOR};
    GifByteType extension[4];
    std::size_t length = EGifGCBToExtension(&control, extension);
    EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension);
    EGifPutImageDesc(gif, 0, 0, width, height, false, nullptr);
    for (int y = 0; y < height; ++y) {
      for (int x = 0; x < width; ++x) {
        const std::uint8_t* p = &frame.rgba[(static_cast<std::size_t>(y) * width + x) * 4];
        std::uint32_t rgb = (p[0] << 16) | (p[1] << 8) | p[2];
        row[x] = static_cast<GifPixelType>(std::find(colours.begin(), colours.end(), rgb) -
                                           colours.begin());
      }
      EGifPutLine(gif, row.data(), width);
    }
  }
  GifFreeMapObject(map);
  EGifCloseFile(gif, &error);
  return out;
}

std::string encode_png(int width, int height, const std::vector<std::uint8_t>& rgba) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = width;
  image.height = height;
  image.format = PNG_FORMAT_RGBA;
  png_alloc_size_t size = 0;
  png_image_write_to_memory(&image, nullptr, &size, 0, rgba.data(), 0, nullptr);
  std::string out(size, '\0');
  if (!png_image_write_to_memory(&image, out.data(), &size, 0, rgba.data(), 0, nullptr))
    throw std::runtime_error("png_image_write_to_memory failed");
  out.resize(size);
  return out;
}

std::string encode_apng(int width, int height, const std::vector<TestFrame>& frames, int plays) {
  std::string out("\x89PNG\r\n\x1a\n", 8);
  std::uint32_t sequence = 0;
  for (std::size_t i = 0; i < frames.size(); ++i) {
    auto chunks = png_chunks(encode_png(width, height, frames[i].rgba));
    if (i == 0) {
      put_chunk(out, "IHDR", chunks["IHDR"]);
      std::string actl;
      put32(actl, static_cast<std::uint32_t>(frames.size()));
      put32(actl, static_cast<std::uint32_t>(plays));
      put_chunk(out, "acTL", actl);
    }
    std::string fctl;
    put32(fctl, sequence++);
    put32(fctl, width);
    put32(fctl, height);
    put32(fctl, 0);
    put32(fctl, 0);
    fctl += static_cast<char>(frames[i].delay_ms >> 8);
    fctl += static_cast<char>(frames[i].delay_ms & 0xff);
    fctl += static_cast<char>(1000 >> 8);
    fctl += static_cast<char>(1000 & 0xff);
    fctl += '\0';  // dispose: none
    fctl += '\0';  // blend: source
    put_chunk(out, "fcTL", fctl);
    if (i == 0) {
      put_chunk(out, "IDAT", chunks["IDAT"]);
    } else {
      std::string fdat;
      put32(fdat, sequence++);
      put_chunk(out, "fdAT", fdat + chunks["IDAT"]);
    }
  }
  put_chunk(out, "IEND", "");
  return out;
}

std::string encode_webp(int width, int height, const std::vector<TestFrame>& frames, int loops) {
  // The container by hand (RIFF, VP8X, ANIM, ANMF), frames from WebPEncodeLosslessRGBA:
  // libwebpmux's WebPAnimEncoder would do it too, but the tests need no other library.
  std::string body = "WEBP";
  std::string vp8x;
  bool alpha = false;
  for (const TestFrame& frame : frames)
    for (std::size_t i = 3; i < frame.rgba.size(); i += 4) alpha = alpha || frame.rgba[i] < 255;
  put_le(vp8x, 0x02 | (alpha ? 0x10 : 0), 1);  // animation (and alpha)
  put_le(vp8x, 0, 3);
  put_le(vp8x, width - 1, 3);
  put_le(vp8x, height - 1, 3);
  put_riff_chunk(body, "VP8X", vp8x);
  std::string anim;
  put_le(anim, 0xffffffffu, 4);  // background: white
  put_le(anim, loops, 2);
  put_riff_chunk(body, "ANIM", anim);
  for (const TestFrame& frame : frames) {
    std::string anmf;
    put_le(anmf, 0, 3);  // x / 2
    put_le(anmf, 0, 3);  // y / 2
    put_le(anmf, width - 1, 3);
    put_le(anmf, height - 1, 3);
    put_le(anmf, frame.delay_ms, 3);
    put_le(anmf, 0x02, 1);  // do not blend, do not dispose
    anmf += webp_frame_chunk(width, height, frame.rgba);
    put_riff_chunk(body, "ANMF", anmf);
  }
  std::string out = "RIFF";
  put_le(out, static_cast<std::uint32_t>(body.size()), 4);
  return out + body;
}

std::map<std::string, std::string> corpus_images() {
  constexpr std::uint32_t kBlack = 0x000000, kWhite = 0xffffff;
  constexpr std::uint32_t kRed = 0xff0000, kGrey = 0x7f7f7f;  // about the same luminance
  auto alternate = [](int count, auto make) {
    std::vector<TestFrame> frames;
    for (int i = 0; i < count; ++i) frames.push_back(make(i));
    return frames;
  };
  std::map<std::string, std::string> images;
  // 10 transitions a second: 5 flashes.
  images["bad/img/strobe.gif"] = encode_gif(
      160, 120, alternate(2, [](int i) { return solid_frame(160, 120, i ? kWhite : kBlack, 100); }),
      0);
  // Two halves swapping every 80 ms: the mean luminance never changes, every pixel flashes.
  images["bad/img/swap.gif"] = encode_gif(
      160, 120,
      alternate(2,
                [](int i) {
                  return halves_frame(160, 120, i ? kWhite : kBlack, i ? kBlack : kWhite, 80);
                }),
      0);
  // 8 transitions a second: 4 flashes.
  images["bad/img/pulse.png"] = encode_apng(
      120, 120, alternate(2, [](int i) { return solid_frame(120, 120, i ? kBlack : kWhite, 125); }),
      0);
  images["bad/img/still.png"] = encode_png(8, 8, solid_frame(8, 8, kWhite, 0).rgba);
  // Red against grey every 100 ms: no general flash, 5 red flashes.
  images["bad/img/alarm.webp"] = encode_webp(
      120, 120, alternate(2, [](int i) { return solid_frame(120, 120, i ? kGrey : kRed, 100); }),
      0);
  // Black and white every 400 ms: 1 flash a second.
  images["good/img/slow.gif"] = encode_gif(
      160, 120, alternate(2, [](int i) { return solid_frame(160, 120, i ? kWhite : kBlack, 400); }),
      0);
  // Greys 9 % of luminance apart every 50 ms: no transition.
  images["good/img/calm.webp"] = encode_webp(
      120, 120,
      alternate(2, [](int i) { return solid_frame(120, 120, i ? 0x8f8f8f : 0x777777, 50); }), 0);
  // Black and white every 50 ms, but only 5 frames played once: 2 flashes in all.
  images["good/img/burst.png"] = encode_apng(
      120, 120,
      alternate(5, [](int i) { return solid_frame(120, 120, i % 2 ? kBlack : kWhite, 50); }), 1);
  return images;
}

}  // namespace otklik::test
