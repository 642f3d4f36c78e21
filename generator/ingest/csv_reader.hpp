#pragma once
// A streaming RFC 4180 reader. Hand-written because no Debian C++ CSV library
// streams multi-gigabyte files line by line while keeping the exact line and
// field of every record for error messages, detects `,`/`;` and
// UTF-8/Windows-1251, and hashes the raw bytes on the way (control sheet).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <Poco/SHA2Engine.h>

namespace otklik::ingest {

struct CsvOptions {
  std::string encoding;   // "", "utf-8", "windows-1251"
  std::string delimiter;  // "", ",", ";"
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

  // The next data record; false at the end. Blank lines are skipped.
  bool next(CsvRecord& record);

  uint64_t rows() const { return rows_; }
  // SHA-256 of the file's bytes, hex; reads what is left of the file.
  std::string sha256();

 private:
  bool read_line(std::string& line);
  bool read_record(CsvRecord& record);
  void decode(std::string& text, std::size_t line) const;

  std::string display_;
  std::ifstream in_;
  Poco::SHA2Engine sha_{Poco::SHA2Engine::SHA_256};
  std::string buffer_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  std::size_t line_no_ = 0;
  char delimiter_ = ',';
  bool windows1251_ = false;
  CsvRecord header_;
  uint64_t rows_ = 0;
};

}  // namespace otklik::ingest
