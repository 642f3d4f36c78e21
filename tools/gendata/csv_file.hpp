#pragma once
// A CSV file of input contract v1 as the generator writes it: UTF-8 without
// BOM, `,`, LF, RFC 4180 quoting only where a field needs it. Rows go through
// a 1 MiB buffer flushed with fwrite, because the national survey has ~15
// million rows and iostream formatting per field would dominate the run time.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

namespace gendata {

class CsvFile {
 public:
  // Opens (truncates) the file and writes the header row. Throws
  // std::runtime_error naming the file when it cannot be opened.
  CsvFile(const std::filesystem::path& path, std::initializer_list<std::string_view> header);
  ~CsvFile();
  CsvFile(const CsvFile&) = delete;
  CsvFile& operator=(const CsvFile&) = delete;

  // One field of the current row, quoted when it holds `,`, `"` or a newline.
  CsvFile& text(std::string_view value);
  CsvFile& number(uint64_t value);
  // A decimal with one digit after the point, given in tenths: 35 -> "3.5".
  CsvFile& tenths(uint64_t value);
  // Bytes already formatted as fields (with their separators), for a row
  // prefix shared by many rows; the caller guarantees they need no quoting.
  CsvFile& raw(std::string_view preformatted);
  void end_row();

  // Flushes and closes; throws std::runtime_error on a write error (disk full).
  void close();
  uint64_t rows() const { return rows_; }
  uint64_t bytes() const { return bytes_; }

 private:
  void separate();
  void flush_if_full();
  void flush();

  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  std::string buffer_;
  bool row_started_ = false;
  uint64_t rows_ = 0;
  uint64_t bytes_ = 0;
};

// Appends `value` to `out` as a CSV field (quoted if needed).
void append_field(std::string& out, std::string_view value);

}  // namespace gendata
