#pragma once
// The two encodings Russian CSV exports come in: UTF-8 (with or without a
// byte order mark) and Windows-1251 (older Excel "CSV (разделители — точка с
// запятой)"). The conversion itself is Poco's; this decides which applies.
#include <string>
#include <string_view>

#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1251Encoding.h>

namespace otklik::ingest {

enum class Charset { Unknown, Utf8, Windows1251 };

// True when every byte is below 0x80 (ASCII reads the same in both encodings).
bool is_ascii(std::string_view text);
std::size_t non_ascii_bytes(std::string_view text);
// True when `text` is well-formed UTF-8. A sequence cut off at the very end
// counts as well-formed when `may_be_cut`, since a read chunk may end
// mid-character.
bool is_utf8(std::string_view text, bool may_be_cut = false);

class TextDecoder {
 public:
  // `configured` is the config's csv.encoding: "", "utf-8" or "windows-1251".
  explicit TextDecoder(std::string_view configured);

  Charset encoding() const { return encoding_; }
  // Settles the encoding from a sample of non-ASCII text if not yet known.
  // Detection waits for the first non-ASCII bytes because a file can start
  // with megabytes of ASCII ids and numbers before any Russian text.
  void detect(std::string_view sample, bool may_be_cut);
  // Settles the encoding if not yet known (a byte order mark, or bytes that
  // cannot be UTF-8).
  void assume(Charset charset);

  // Converts non-ASCII text to UTF-8 in place; false when the text should be
  // UTF-8 but is not (the caller reports where).
  bool decode(std::string& text) const;

 private:
  Charset encoding_ = Charset::Unknown;
  Poco::Windows1251Encoding windows1251_;
  Poco::UTF8Encoding utf8_;
};

}  // namespace otklik::ingest
