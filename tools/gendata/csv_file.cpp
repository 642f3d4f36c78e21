#include "csv_file.hpp"

#include <charconv>
#include <stdexcept>

namespace gendata {
namespace {

constexpr std::size_t kBufferSize = 1 << 20;

bool needs_quotes(std::string_view value) {
  return value.find_first_of(",\"\r\n") != std::string_view::npos;
}

void append_number(std::string& out, uint64_t value) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
  out.append(digits, end);
}

}  // namespace

void append_field(std::string& out, std::string_view value) {
  if (!needs_quotes(value)) {
    out.append(value);
    return;
  }
  out.push_back('"');
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

CsvFile::CsvFile(const std::filesystem::path& path, std::initializer_list<std::string_view> header)
    : path_(path) {
  file_ = std::fopen(path.c_str(), "wb");
  if (file_ == nullptr) throw std::runtime_error("cannot write " + path.string());
  buffer_.reserve(kBufferSize + 4096);
  for (std::string_view name : header) text(name);
  end_row();
  rows_ = 0;  // the header is not a data row
}

CsvFile::~CsvFile() {
  if (file_ != nullptr) std::fclose(file_);
}

void CsvFile::separate() {
  if (row_started_) buffer_.push_back(',');
  row_started_ = true;
}

CsvFile& CsvFile::text(std::string_view value) {
  separate();
  append_field(buffer_, value);
  return *this;
}

CsvFile& CsvFile::number(uint64_t value) {
  separate();
  append_number(buffer_, value);
  return *this;
}

CsvFile& CsvFile::tenths(uint64_t value) {
  separate();
  append_number(buffer_, value / 10);
  buffer_.push_back('.');
  buffer_.push_back(static_cast<char>('0' + value % 10));
  return *this;
}

CsvFile& CsvFile::raw(std::string_view preformatted) {
  buffer_.append(preformatted);
  row_started_ = !preformatted.empty() || row_started_;
  return *this;
}

void CsvFile::end_row() {
  buffer_.push_back('\n');
  row_started_ = false;
  ++rows_;
  flush_if_full();
}

void CsvFile::flush_if_full() {
  if (buffer_.size() >= kBufferSize) flush();
}

void CsvFile::flush() {
  if (buffer_.empty()) return;
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
    throw std::runtime_error("cannot write " + path_.string() + " (disk full?)");
  bytes_ += buffer_.size();
  buffer_.clear();
}

void CsvFile::close() {
  if (file_ == nullptr) return;
  flush();
  const bool failed = std::fclose(file_) != 0;
  file_ = nullptr;
  if (failed) throw std::runtime_error("cannot write " + path_.string());
}

}  // namespace gendata
