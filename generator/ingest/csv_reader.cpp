#include "ingest/csv_reader.hpp"

#include <Poco/TextConverter.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1251Encoding.h>

#include "ingest/input_error.hpp"

namespace otklik::ingest {
namespace {

constexpr std::size_t kChunk = 1 << 20;

// True when `text` is well-formed UTF-8; a sequence cut at the end counts as
// well-formed when `allow_cut_tail`, since a read chunk may end mid-character.
bool is_utf8(std::string_view text, bool allow_cut_tail) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = c < 0x80         ? 1
                      : (c >> 5) == 6  ? 2
                      : (c >> 4) == 14 ? 3
                      : (c >> 3) == 30 ? 4
                                       : 0;
    if (len == 0) return false;
    if (i + len > text.size()) return allow_cut_tail;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 2) return false;
    i += len;
  }
  return true;
}

char detect_delimiter(std::string_view header_line) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : header_line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    commas += c == ',';
    semicolons += c == ';';
  }
  return semicolons > commas ? ';' : ',';
}

}  // namespace

CsvReader::CsvReader(const std::filesystem::path& file, std::string display,
                     const CsvOptions& options)
    : display_(std::move(display)), in_(file, std::ios::binary) {
  if (!in_) throw InputError({display_, 0, 0}, "cannot open the file");
  // Fill the first chunk to detect the encoding before any line is decoded.
  std::string probe;
  read_line(probe);
  pos_ = 0;
  line_no_ = 0;
  if (buffer_.rfind("\xEF\xBB\xBF", 0) == 0) pos_ = 3;  // UTF-8 byte order mark
  if (options.encoding == "windows-1251")
    windows1251_ = true;
  else if (options.encoding.empty())
    windows1251_ = !is_utf8(std::string_view(buffer_).substr(pos_), !eof_);

  std::size_t header_end = buffer_.find('\n', pos_);
  std::string_view header_line = std::string_view(buffer_).substr(
      pos_, header_end == std::string::npos ? std::string::npos : header_end - pos_);
  delimiter_ = options.delimiter.empty() ? detect_delimiter(header_line) : options.delimiter[0];
  if (!read_record(header_))
    throw InputError({display_, 1, 0},
                     "the file is empty; a header row naming the columns is required");
  for (auto& name : header_.fields) {
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.pop_back();
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.erase(0, 1);
  }
}

bool CsvReader::read_line(std::string& line) {
  for (;;) {
    const std::size_t nl = buffer_.find('\n', pos_);
    if (nl != std::string::npos) {
      line.assign(buffer_, pos_, nl - pos_);
      pos_ = nl + 1;
      break;
    }
    if (eof_) {
      if (pos_ >= buffer_.size()) return false;
      line.assign(buffer_, pos_, std::string::npos);
      pos_ = buffer_.size();
      break;
    }
    buffer_.erase(0, pos_);
    pos_ = 0;
    const std::size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    in_.read(buffer_.data() + old, kChunk);
    const auto got = static_cast<std::size_t>(in_.gcount());
    buffer_.resize(old + got);
    sha_.update(buffer_.data() + old, got);
    if (got < kChunk) eof_ = true;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  ++line_no_;
  return true;
}

bool CsvReader::read_record(CsvRecord& record) {
  std::string line;
  do {
    if (!read_line(line)) return false;
  } while (line.empty());
  record.line = line_no_;
  record.fields.assign(1, std::string());
  bool quoted = false;
  std::size_t i = 0;
  for (;;) {
    if (i == line.size()) {
      if (!quoted) break;
      std::string more;
      if (!read_line(more))
        throw InputError({display_, record.line, record.fields.size()},
                         "a quoted field is not closed; add the closing \"");
      line = std::move(more);
      i = 0;
      record.fields.back() += '\n';
      continue;
    }
    const char c = line[i++];
    std::string& field = record.fields.back();
    if (quoted) {
      if (c != '"') {
        field += c;
      } else if (i < line.size() && line[i] == '"') {
        field += '"';
        ++i;
      } else {
        quoted = false;
      }
    } else if (c == delimiter_) {
      record.fields.emplace_back();
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else {
      field += c;
    }
  }
  for (std::size_t f = 0; f < record.fields.size(); ++f) decode(record.fields[f], record.line);
  return true;
}

void CsvReader::decode(std::string& text, std::size_t line) const {
  bool ascii = true;
  for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return;
  if (windows1251_) {
    Poco::Windows1251Encoding from;
    Poco::UTF8Encoding to;
    Poco::TextConverter converter(from, to);
    std::string utf8;
    converter.convert(text, utf8);
    text = std::move(utf8);
  } else if (!is_utf8(text, false)) {
    throw InputError({display_, line, 0},
                     "the text is not valid UTF-8; save the file as UTF-8 or set "
                     "`csv: {encoding: windows-1251}` in otklik.yaml");
  }
}

bool CsvReader::next(CsvRecord& record) {
  if (!read_record(record)) return false;
  ++rows_;
  return true;
}

std::string CsvReader::sha256() {
  std::string rest(kChunk, '\0');
  while (!eof_) {
    in_.read(rest.data(), kChunk);
    const auto got = static_cast<std::size_t>(in_.gcount());
    sha_.update(rest.data(), got);
    if (got < kChunk) eof_ = true;
  }
  return Poco::DigestEngine::digestToHex(sha_.digest());
}

}  // namespace otklik::ingest
