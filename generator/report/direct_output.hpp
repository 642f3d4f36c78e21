#pragma once
// An output stream for the open data's multi-gigabyte files, written around
// the page cache (O_DIRECT). Through the page cache, the kernel copies every
// byte into pages it has just allocated: on the national data set that copy
// was the largest single cost of the indicators stage (about 20 s of CPU for
// 11 GB on a 2-core virtual machine, where `dd` writes 440 MB/s buffered and
// 3.4 GB/s direct). otklik never reads these files back, so nothing is lost
// by keeping them out of the cache.
//
// Where the file system refuses O_DIRECT (tmpfs, some overlays), the stream
// falls back to ordinary writes, so the bytes on disk are the same either way.
#include <filesystem>
#include <memory>
#include <ostream>
#include <streambuf>

namespace otklik::report {

class DirectFileBuffer : public std::streambuf {
 public:
  // Creates or truncates `path`; check is_open().
  explicit DirectFileBuffer(const std::filesystem::path& path);
  ~DirectFileBuffer() override;
  DirectFileBuffer(const DirectFileBuffer&) = delete;
  DirectFileBuffer& operator=(const DirectFileBuffer&) = delete;

  bool is_open() const { return fd_ >= 0; }
  // Writes what is buffered and closes the file; false if anything failed.
  bool close();

 protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool write_buffer(bool last);
  bool write_all(const char* data, std::size_t size);
  void go_buffered();

  int fd_ = -1;
  bool direct_ = false;
  bool failed_ = false;
  struct Free {
    void operator()(char* p) const;
  };
  std::unique_ptr<char, Free> buffer_;  // aligned for O_DIRECT
};

class DirectOutputFile : public std::ostream {
 public:
  // Sets failbit when the file cannot be created.
  explicit DirectOutputFile(const std::filesystem::path& path);
  // Sets badbit when a write failed.
  void close();

 private:
  DirectFileBuffer buffer_;
};

}  // namespace otklik::report
