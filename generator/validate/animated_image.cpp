// GIF with giflib (libgif-dev), animated WebP with libwebpdemux's
// WebPAnimDecoder (libwebp-dev), APNG with libpng (libpng-dev) for the pixels.
//
// Why the APNG chunks are read by hand: Debian's libpng 1.6 is built without
// the APNG patch (no png_get_acTL / fcTL / fdAT), so it reads an APNG as its
// still default image. The chunks around the pixel data are simple (acTL,
// fcTL, fdAT: big-endian integers), so they are parsed here, and each frame's
// compressed data is wrapped as a PNG of its own (IHDR with the frame's size,
// PLTE and tRNS of the file, IDAT) that libpng decodes.
#include "validate/animated_image.hpp"

#include <gif_lib.h>
#include <png.h>
#include <webp/demux.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace otklik::validate {
namespace {

constexpr long kMaxPixels = 16L * 1024 * 1024;
constexpr std::size_t kMaxFrames = 2000;

// Browsers show a frame delay of 10 ms or less as 100 ms.
double clamp_delay(double seconds) { return seconds <= 0.010 + 1e-9 ? 0.1 : seconds; }

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

const std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);

bool is_gif(std::string_view bytes) {
  return starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a");
}
bool is_png(std::string_view bytes) { return starts_with(bytes, kPngSignature); }
bool is_webp(std::string_view bytes) {
  return bytes.size() >= 12 && starts_with(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP";
}

// ---- GIF --------------------------------------------------------------------

struct MemoryReader {
  std::string_view bytes;
  std::size_t pos = 0;
};

int read_memory(GifFileType* gif, GifByteType* buffer, int length) {
  auto* reader = static_cast<MemoryReader*>(gif->UserData);
  std::size_t count =
      std::min(static_cast<std::size_t>(std::max(length, 0)), reader->bytes.size() - reader->pos);
  std::memcpy(buffer, reader->bytes.data() + reader->pos, count);
  reader->pos += count;
  return static_cast<int>(count);
}

// The NETSCAPE2.0 loop count: 0 forever, n: shown n + 1 times (as Chromium
// does); no extension: shown once.
int gif_plays(const GifFileType* gif) {
  auto search = [](const ExtensionBlock* blocks, int count) -> std::optional<int> {
    for (int i = 0; i + 1 < count; ++i) {
      const ExtensionBlock& block = blocks[i];
      if (block.Function != APPLICATION_EXT_FUNC_CODE || block.ByteCount < 11) continue;
      if (std::memcmp(block.Bytes, "NETSCAPE2.0", 11) != 0 &&
          std::memcmp(block.Bytes, "ANIMEXTS1.0", 11) != 0)
        continue;
      const ExtensionBlock& data = blocks[i + 1];
      if (data.ByteCount >= 3 && data.Bytes[0] == 1) return data.Bytes[1] | (data.Bytes[2] << 8);
    }
    return std::nullopt;
  };
  std::optional<int> loops = search(gif->ExtensionBlocks, gif->ExtensionBlockCount);
  for (int i = 0; !loops && i < gif->ImageCount; ++i)
    loops = search(gif->SavedImages[i].ExtensionBlocks, gif->SavedImages[i].ExtensionBlockCount);
  if (!loops) return 1;
  return *loops == 0 ? 0 : *loops + 1;
}

std::optional<DecodedAnimation> decode_gif(std::string_view bytes) {
  MemoryReader reader{bytes};
  int error = 0;
  GifFileType* gif = DGifOpen(&reader, read_memory, &error);
  if (gif == nullptr) return std::nullopt;
  std::unique_ptr<GifFileType, void (*)(GifFileType*)> closer(gif, [](GifFileType* g) {
    int ignored = 0;
    DGifCloseFile(g, &ignored);
  });
  if (DGifSlurp(gif) != GIF_OK || gif->ImageCount < 2) return std::nullopt;
  const int width = gif->SWidth, height = gif->SHeight;
  if (width <= 0 || height <= 0 || static_cast<long>(width) * height > kMaxPixels ||
      static_cast<std::size_t>(gif->ImageCount) > kMaxFrames)
    return std::nullopt;
  DecodedAnimation animation{"GIF", width, height, gif_plays(gif), {}};
  std::vector<std::uint8_t> canvas(static_cast<std::size_t>(width) * height * 4, 0);
  for (int i = 0; i < gif->ImageCount; ++i) {
    const SavedImage& image = gif->SavedImages[i];
    GraphicsControlBlock control{DISPOSAL_UNSPECIFIED, false, 0, NO_TRANSPARENT_COLOR};
    DGifSavedExtensionToGCB(gif, i, &control);
    const ColorMapObject* colours =
        image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
    std::vector<std::uint8_t> previous;
    if (control.DisposalMode == DISPOSE_PREVIOUS) previous = canvas;
    const GifImageDesc& d = image.ImageDesc;
    for (int y = 0; y < d.Height; ++y) {
      for (int x = 0; x < d.Width; ++x) {
        int cx = d.Left + x, cy = d.Top + y;
        if (cx >= width || cy >= height || colours == nullptr) continue;
        int index = image.RasterBits[static_cast<std::size_t>(y) * d.Width + x];
        if (index == control.TransparentColor || index >= colours->ColorCount) continue;
        const GifColorType& c = colours->Colors[index];
        std::uint8_t* pixel = &canvas[(static_cast<std::size_t>(cy) * width + cx) * 4];
        pixel[0] = c.Red;
        pixel[1] = c.Green;
        pixel[2] = c.Blue;
        pixel[3] = 255;
      }
    }
    animation.frames.push_back({clamp_delay(control.DelayTime / 100.0), canvas});
    if (control.DisposalMode == DISPOSE_BACKGROUND) {  // browsers clear to transparent
      for (int y = d.Top; y < std::min(height, d.Top + d.Height); ++y)
        for (int x = d.Left; x < std::min(width, d.Left + d.Width); ++x)
          std::fill_n(&canvas[(static_cast<std::size_t>(y) * width + x) * 4], 4, 0);
    } else if (control.DisposalMode == DISPOSE_PREVIOUS) {
      canvas = std::move(previous);
    }
  }
  return animation;
}

// ---- APNG -------------------------------------------------------------------

std::uint32_t big_endian32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

void put32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xff);
}

std::uint32_t crc32(std::string_view bytes) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t crc = 0xffffffffu;
  for (unsigned char byte : bytes) crc = table[(crc ^ byte) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffffu;
}

void put_chunk(std::string& out, std::string_view type, std::string_view data) {
  put32(out, static_cast<std::uint32_t>(data.size()));
  std::string body(type);
  body += data;
  out += body;
  put32(out, crc32(body));
}

struct ApngFrame {
  std::uint32_t width = 0, height = 0, x = 0, y = 0;
  std::uint16_t delay_num = 0, delay_den = 0;
  std::uint8_t dispose = 0, blend = 0;
  std::string data;  // the zlib stream (IDAT or fdAT contents)
};

// The RGBA pixels of a single-frame PNG, through libpng's simplified API.
std::optional<std::vector<std::uint8_t>> decode_png(const std::string& png) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, png.data(), png.size())) return std::nullopt;
  image.format = PNG_FORMAT_RGBA;
  std::vector<std::uint8_t> pixels(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) {
    png_image_free(&image);
    return std::nullopt;
  }
  return pixels;
}

std::optional<DecodedAnimation> decode_apng(std::string_view bytes) {
  std::string ihdr, plte, trns;
  std::uint32_t plays = 0;
  bool animated = false;
  std::vector<ApngFrame> frames;
  bool frame_open = false;  // an fcTL waits for its data
  for (std::size_t pos = 8; pos + 12 <= bytes.size();) {
    auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + pos);
    std::uint32_t length = big_endian32(p);
    if (length > bytes.size() - pos - 12) return std::nullopt;
    std::string_view type = bytes.substr(pos + 4, 4);
    std::string_view data = bytes.substr(pos + 8, length);
    auto* d = reinterpret_cast<const unsigned char*>(data.data());
    pos += 12 + length;
    if (type == "IHDR" && length == 13) {
      ihdr = data;
    } else if (type == "PLTE") {
      plte = data;
    } else if (type == "tRNS") {
      trns = data;
    } else if (type == "acTL" && length == 8) {
      animated = true;
      plays = big_endian32(d + 4);
    } else if (type == "fcTL" && length == 26) {
      ApngFrame frame;
      frame.width = big_endian32(d + 4);
      frame.height = big_endian32(d + 8);
      frame.x = big_endian32(d + 12);
      frame.y = big_endian32(d + 16);
      frame.delay_num = static_cast<std::uint16_t>((d[20] << 8) | d[21]);
      frame.delay_den = static_cast<std::uint16_t>((d[22] << 8) | d[23]);
      frame.dispose = d[24];
      frame.blend = d[25];
      frames.push_back(std::move(frame));
      frame_open = true;
      if (frames.size() > kMaxFrames) return std::nullopt;
    } else if (type == "IDAT") {
      // The default image is the first frame only when an fcTL comes before it.
      if (frame_open) frames.back().data += data;
    } else if (type == "fdAT" && length >= 4) {
      if (frame_open) frames.back().data += data.substr(4);
    } else if (type == "IEND") {
      break;
    }
  }
  if (!animated || frames.size() < 2 || ihdr.size() != 13) return std::nullopt;
  auto* h = reinterpret_cast<const unsigned char*>(ihdr.data());
  const std::uint32_t width = big_endian32(h), height = big_endian32(h + 4);
  if (width == 0 || height == 0 || static_cast<long>(width) * height > kMaxPixels)
    return std::nullopt;
  DecodedAnimation animation{
      "APNG", static_cast<int>(width), static_cast<int>(height), static_cast<int>(plays), {}};
  std::vector<std::uint8_t> canvas(static_cast<std::size_t>(width) * height * 4, 0);
  for (std::size_t i = 0; i < frames.size(); ++i) {
    const ApngFrame& frame = frames[i];
    if (frame.width == 0 || frame.height == 0 || frame.x + frame.width > width ||
        frame.y + frame.height > height)
      return std::nullopt;
    std::string png(kPngSignature);
    std::string header = ihdr;
    header.replace(0, 8, "");
    std::string size;
    put32(size, frame.width);
    put32(size, frame.height);
    put_chunk(png, "IHDR", size + header);
    if (!plte.empty()) put_chunk(png, "PLTE", plte);
    if (!trns.empty()) put_chunk(png, "tRNS", trns);
    put_chunk(png, "IDAT", frame.data);
    put_chunk(png, "IEND", "");
    auto pixels = decode_png(png);
    if (!pixels) return std::nullopt;
    std::vector<std::uint8_t> previous;
    std::uint8_t dispose = frame.dispose;
    if (i == 0 && dispose == 2) dispose = 1;  // APNG: "previous" on the first frame is "background"
    if (dispose == 2) previous = canvas;
    for (std::uint32_t y = 0; y < frame.height; ++y) {
      for (std::uint32_t x = 0; x < frame.width; ++x) {
        const std::uint8_t* src = &(*pixels)[(static_cast<std::size_t>(y) * frame.width + x) * 4];
        std::uint8_t* dst =
            &canvas[(static_cast<std::size_t>(frame.y + y) * width + frame.x + x) * 4];
        if (frame.blend == 0 || src[3] == 255) {
          std::copy_n(src, 4, dst);
        } else if (src[3] > 0) {  // source over, not premultiplied
          double a = src[3] / 255.0, b = dst[3] / 255.0 * (1 - a), out = a + b;
          for (int c = 0; c < 3; ++c)
            dst[c] = static_cast<std::uint8_t>((src[c] * a + dst[c] * b) / out + 0.5);
          dst[3] = static_cast<std::uint8_t>(out * 255 + 0.5);
        }
      }
    }
    double den = frame.delay_den == 0 ? 100 : frame.delay_den;
    animation.frames.push_back({clamp_delay(frame.delay_num / den), canvas});
    if (dispose == 1) {
      for (std::uint32_t y = frame.y; y < frame.y + frame.height; ++y)
        std::fill_n(&canvas[(static_cast<std::size_t>(y) * width + frame.x) * 4],
                    static_cast<std::size_t>(frame.width) * 4, 0);
    } else if (dispose == 2) {
      canvas = std::move(previous);
    }
  }
  return animation;
}

// ---- WebP -------------------------------------------------------------------

std::optional<DecodedAnimation> decode_webp(std::string_view bytes) {
  WebPData data{reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()};
  WebPAnimDecoderOptions options;
  if (!WebPAnimDecoderOptionsInit(&options)) return std::nullopt;
  options.color_mode = MODE_RGBA;
  options.use_threads = 0;
  std::unique_ptr<WebPAnimDecoder, void (*)(WebPAnimDecoder*)> decoder(
      WebPAnimDecoderNew(&data, &options), WebPAnimDecoderDelete);
  if (!decoder) return std::nullopt;
  WebPAnimInfo info;
  if (!WebPAnimDecoderGetInfo(decoder.get(), &info)) return std::nullopt;
  if (info.frame_count < 2 || info.frame_count > kMaxFrames ||
      static_cast<long>(info.canvas_width) * info.canvas_height > kMaxPixels)
    return std::nullopt;
  DecodedAnimation animation{"WebP",
                             static_cast<int>(info.canvas_width),
                             static_cast<int>(info.canvas_height),
                             static_cast<int>(info.loop_count),
                             {}};
  const std::size_t size = static_cast<std::size_t>(info.canvas_width) * info.canvas_height * 4;
  int previous = 0;
  while (WebPAnimDecoderHasMoreFrames(decoder.get())) {
    std::uint8_t* pixels = nullptr;
    int timestamp = 0;  // when this frame ends, in ms
    if (!WebPAnimDecoderGetNext(decoder.get(), &pixels, &timestamp)) return std::nullopt;
    animation.frames.push_back({clamp_delay((timestamp - previous) / 1000.0),
                                std::vector<std::uint8_t>(pixels, pixels + size)});
    previous = timestamp;
  }
  return animation;
}

}  // namespace

bool looks_like_image(std::string_view bytes) {
  return is_gif(bytes) || is_png(bytes) || is_webp(bytes);
}

std::optional<DecodedAnimation> decode_animation(std::string_view bytes) {
  if (is_gif(bytes)) return decode_gif(bytes);
  if (is_png(bytes)) return decode_apng(bytes);
  if (is_webp(bytes)) return decode_webp(bytes);
  return std::nullopt;
}

}  // namespace otklik::validate
