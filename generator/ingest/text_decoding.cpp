#include "ingest/text_decoding.hpp"

#include <Poco/TextConverter.h>

namespace otklik::ingest {

bool is_ascii(std::string_view text) {
  unsigned char high = 0;
  for (char c : text) high |= static_cast<unsigned char>(c);
  return high < 0x80;
}

std::size_t non_ascii_bytes(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += static_cast<unsigned char>(c) >= 0x80;
  return n;
}

bool is_utf8(std::string_view text, bool may_be_cut) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0) return false;
    if (i + len > text.size()) {
      for (std::size_t k = i + 1; k < text.size(); ++k)
        if ((static_cast<unsigned char>(text[k]) >> 6) != 0x2) return false;
      return may_be_cut;
    }
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return false;
    i += len;
  }
  return true;
}

TextDecoder::TextDecoder(std::string_view configured) {
  if (configured == "utf-8") encoding_ = Charset::Utf8;
  if (configured == "windows-1251") encoding_ = Charset::Windows1251;
}

void TextDecoder::detect(std::string_view sample, bool may_be_cut) {
  if (encoding_ != Charset::Unknown || is_ascii(sample)) return;
  // Cyrillic in Windows-1251 is bytes 0xC0-0xFF, which in UTF-8 must be
  // followed by continuation bytes 0x80-0xBF; real Russian text breaks that
  // within a few letters, so a sample that passes is UTF-8.
  encoding_ = is_utf8(sample, may_be_cut) ? Charset::Utf8 : Charset::Windows1251;
}

void TextDecoder::assume(Charset charset) {
  if (encoding_ == Charset::Unknown) encoding_ = charset;
}

bool TextDecoder::decode(std::string& text) const {
  if (is_ascii(text)) return true;
  if (encoding_ != Charset::Windows1251) return is_utf8(text);
  Poco::TextConverter converter(windows1251_, utf8_);
  std::string utf8;
  converter.convert(text, utf8);
  text = std::move(utf8);
  return true;
}

}  // namespace otklik::ingest
