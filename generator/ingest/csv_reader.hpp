#pragma once
// A streaming RFC 4180 reader. Hand-written because no Debian C++ CSV library
// streams multi-gigabyte files chunk by chunk in bounded memory while keeping
// the exact line and field of every record for error messages, detects `,`/`;`
// and UTF-8/Windows-1251, and hashes the raw bytes on the way (the control
// sheet's SHA-256) without a second pass over the file. The hash goes through
// Poco::Crypto (OpenSSL), which uses the CPU's SHA instructions: Poco's own
// SHA2Engine is portable C and took 1.6 s of the 6 s the national survey.csv
// (770 MB) takes to read.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Crypto/DigestEngine.h>

#include "ingest/text_decoding.hpp"

namespace otklik::ingest {

struct CsvOptions {
  std::string encoding;   // "", "utf-8", "windows-1251"; empty = detect
  std::string delimiter;  // "", ",", ";"; empty = detect from the header
};

struct CsvRecord {
  std::vector<std::string> fields;  // UTF-8
  std::size_t line = 0;             // line of the file where the record starts
};

class CsvReader {
 public:
  // Opens the file and reads the header. `display` names the file in errors.
  CsvReader(const std::filesystem::path& file, std::string display, const CsvOptions& options);

  const std::string& display() const { return display_; }
  const std::vector<std::string>& header() const { return header_.fields; }
  char delimiter() const { return delimiter_; }
  Charset encoding() const { return decoder_.encoding(); }

  // The next data record; false at the end. Blank lines are skipped. The
  // record's strings are reused from call to call to spare allocations.
  bool next(CsvRecord& record);

  uint64_t rows() const { return rows_; }  // data records read so far
  // SHA-256 of the file's raw bytes, hex; reads what is left of the file.
  std::string sha256();

 private:
  bool fill();  // appends the next chunk to the buffer; false at end of file
  bool read_line(std::string_view& line);  // valid until the next call
  bool read_record(CsvRecord& record);
  void decode(CsvRecord& record);

  std::string display_;
  std::ifstream in_;
  Poco::Crypto::DigestEngine sha_{"SHA256"};
  std::string buffer_;
  std::size_t pos_ = 0;         // start of the unread bytes in buffer_
  std::size_t line_start_ = 0;  // where the last line returned starts in buffer_
  bool eof_ = false;
  std::size_t line_no_ = 0;
  char delimiter_ = ',';
  TextDecoder decoder_;
  CsvRecord header_;
  uint64_t rows_ = 0;
};

}  // namespace otklik::ingest
