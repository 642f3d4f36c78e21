#include "ingest/csv_reader.hpp"

#include <algorithm>

#include "ingest/input_error.hpp"

namespace otklik::ingest {
namespace {

// Big enough that the per-chunk bookkeeping vanishes, small enough that
// memory stays flat whatever the file size.
constexpr std::size_t kChunk = std::size_t{1} << 20;

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

void trim(std::string& name) {
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!name.empty() && blank(name.back())) name.pop_back();
  std::size_t start = 0;
  while (start < name.size() && blank(name[start])) ++start;
  name.erase(0, start);
}

// The next field of a record, reusing a string left from the previous record.
std::string& start_field(CsvRecord& record, std::size_t& used) {
  if (used == record.fields.size()) record.fields.emplace_back();
  std::string& field = record.fields[used++];
  field.clear();
  return field;
}

}  // namespace

CsvReader::CsvReader(const std::filesystem::path& file, std::string display,
                     const CsvOptions& options)
    : display_(std::move(display)), in_(file, std::ios::binary), decoder_(options.encoding) {
  if (!in_) throw InputError({display_, 0, 0}, "cannot open the file; check its permissions");
  while (buffer_.size() < 3 && fill()) {
  }
  if (buffer_.rfind("\xEF\xBB\xBF", 0) == 0) {  // UTF-8 byte order mark
    pos_ = 3;
    decoder_.assume(Charset::Utf8);
  }
  std::string_view first_line = std::string_view(buffer_).substr(pos_);
  first_line = first_line.substr(0, first_line.find('\n'));
  delimiter_ = options.delimiter.empty() ? detect_delimiter(first_line) : options.delimiter[0];
  if (!read_record(header_))
    throw InputError({display_, 1, 0},
                     "the file is empty; the first line must name the columns (see "
                     "docs/data-format.md)");
  for (auto& name : header_.fields) trim(name);
}

bool CsvReader::fill() {
  if (eof_) return false;
  buffer_.erase(0, pos_);
  line_start_ -= std::min(line_start_, pos_);
  pos_ = 0;
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  in_.read(buffer_.data() + old, static_cast<std::streamsize>(kChunk));
  const auto got = static_cast<std::size_t>(in_.gcount());
  buffer_.resize(old + got);
  sha_.update(buffer_.data() + old, got);
  if (got < kChunk) eof_ = true;
  return got > 0;
}

bool CsvReader::read_line(std::string_view& line) {
  std::size_t scanned = pos_;
  std::size_t nl;
  while ((nl = buffer_.find('\n', scanned)) == std::string::npos) {
    const std::size_t unread = buffer_.size() - pos_;
    if (!fill()) break;
    scanned = unread;  // fill() moved the unread bytes to the front
  }
  if (nl == std::string::npos) {
    if (pos_ >= buffer_.size()) return false;
    nl = buffer_.size();  // the last line has no line break
  }
  line = std::string_view(buffer_).substr(pos_, nl - pos_);
  line_start_ = pos_;
  pos_ = std::min(nl + 1, buffer_.size());
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  ++line_no_;
  return true;
}

bool CsvReader::read_record(CsvRecord& record) {
  std::string_view line;
  do {
    if (!read_line(line)) return false;
  } while (line.empty());
  record.line = line_no_;
  std::size_t used = 0;
  std::string* field = &start_field(record, used);
  bool quoted = false;
  bool ascii = is_ascii(line);
  std::size_t i = 0;
  for (;;) {
    if (quoted) {
      const std::size_t quote = line.find('"', i);
      if (quote == std::string_view::npos) {
        // The field goes on past the line break (RFC 4180 allows newlines in quotes).
        field->append(line.substr(i));
        if (!read_line(line))
          throw InputError({display_, record.line, used},
                           "a quoted field is not closed; add the closing \" or double a \" "
                           "inside the text (\"\")");
        field->push_back('\n');
        ascii = ascii && is_ascii(line);
        i = 0;
        continue;
      }
      field->append(line.substr(i, quote - i));
      if (quote + 1 < line.size() && line[quote + 1] == '"') {
        field->push_back('"');  // a doubled quote stands for one
        i = quote + 2;
      } else {
        quoted = false;
        i = quote + 1;
      }
      continue;
    }
    if (i < line.size() && line[i] == '"' && field->empty()) {
      quoted = true;
      ++i;
      continue;
    }
    // Unquoted text (or text after a closing quote) runs to the delimiter;
    // a stray quote inside it is kept as it is.
    const std::size_t end = line.find(delimiter_, i);
    if (end == std::string_view::npos) {
      field->append(line.substr(std::min(i, line.size())));
      break;
    }
    field->append(line.substr(i, end - i));
    field = &start_field(record, used);
    i = end + 1;
  }
  record.fields.resize(used);
  if (!ascii) decode(record);
  return true;
}

void CsvReader::decode(CsvRecord& record) {
  if (decoder_.encoding() == Charset::Unknown) {
    bool utf8 = true;
    std::size_t high = 0;
    for (const auto& field : record.fields) {
      utf8 = utf8 && is_utf8(field);
      high += non_ascii_bytes(field);
    }
    // Bytes that are not UTF-8 settle it. Two or more valid multi-byte
    // characters settle it the other way: Windows-1251 Cyrillic almost never
    // forms them by chance. A single one ("Её" in Windows-1251 reads as
    // UTF-8 "Ÿ") gets a second look at the rest of the chunk.
    if (!utf8)
      decoder_.assume(Charset::Windows1251);
    else if (high >= 4)
      decoder_.assume(Charset::Utf8);
    else
      decoder_.detect(std::string_view(buffer_).substr(line_start_), !eof_);
  }
  for (std::size_t f = 0; f < record.fields.size(); ++f)
    if (!decoder_.decode(record.fields[f]))
      throw InputError({display_, record.line, f + 1},
                       "the text is not valid UTF-8; save the file as UTF-8, or set "
                       "`csv: {encoding: windows-1251}` in otklik.yaml if it is Windows-1251");
}

bool CsvReader::next(CsvRecord& record) {
  if (!read_record(record)) return false;
  ++rows_;
  return true;
}

std::string CsvReader::sha256() {
  do {
    pos_ = buffer_.size();  // the rest is only hashed, not parsed
  } while (fill());
  return Poco::DigestEngine::digestToHex(sha_.digest());
}

}  // namespace otklik::ingest
