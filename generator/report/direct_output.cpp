#include "report/direct_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace otklik::report {
namespace {

// O_DIRECT needs the buffer, the offset and the length aligned to the
// device's logical block (512 B or 4 KiB); 4 KiB serves both. 8 MiB per
// write keeps the disk busy with few calls.
constexpr std::size_t kAlign = 4096;
constexpr std::size_t kBufferSize = std::size_t{8} << 20;

}  // namespace

void DirectFileBuffer::Free::operator()(char* p) const { std::free(p); }

DirectFileBuffer::DirectFileBuffer(const std::filesystem::path& path) {
  constexpr int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  fd_ = ::open(path.c_str(), flags | O_DIRECT, 0644);
  direct_ = fd_ >= 0;
  if (fd_ < 0 && errno == EINVAL) fd_ = ::open(path.c_str(), flags, 0644);
  if (fd_ < 0) return;
  buffer_.reset(static_cast<char*>(std::aligned_alloc(kAlign, kBufferSize)));
  if (!buffer_) {
    ::close(fd_);
    fd_ = -1;
    return;
  }
  setp(buffer_.get(), buffer_.get() + kBufferSize);
}

DirectFileBuffer::~DirectFileBuffer() { close(); }

void DirectFileBuffer::go_buffered() {
  if (!direct_) return;
  direct_ = false;
  const int flags = ::fcntl(fd_, F_GETFL);
  if (flags < 0 || ::fcntl(fd_, F_SETFL, flags & ~O_DIRECT) < 0) failed_ = true;
}

bool DirectFileBuffer::write_all(const char* data, std::size_t size) {
  while (size > 0 && !failed_) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EINVAL && direct_) {
      go_buffered();  // the file system took the open but not the write
      continue;
    }
    if (n <= 0) {
      failed_ = true;
      break;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return !failed_;
}

// A full buffer is a whole number of blocks; the file's last piece is not,
// so its whole blocks go direct and the rest through the page cache.
bool DirectFileBuffer::write_buffer(bool last) {
  const std::size_t size = static_cast<std::size_t>(pptr() - pbase());
  std::size_t whole = size;
  if (last && direct_) whole = size - size % kAlign;
  bool ok = write_all(pbase(), whole);
  if (ok && whole < size) {
    go_buffered();
    ok = write_all(pbase() + whole, size - whole);
  }
  setp(buffer_.get(), buffer_.get() + kBufferSize);
  return ok;
}

DirectFileBuffer::int_type DirectFileBuffer::overflow(int_type ch) {
  if (fd_ < 0 || !write_buffer(false)) return traits_type::eof();
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  *pptr() = traits_type::to_char_type(ch);
  pbump(1);
  return ch;
}

std::streamsize DirectFileBuffer::xsputn(const char* s, std::streamsize n) {
  if (fd_ < 0) return 0;
  std::streamsize done = 0;
  while (done < n) {
    if (pptr() == epptr() && !write_buffer(false)) break;
    const auto room = static_cast<std::streamsize>(epptr() - pptr());
    const std::streamsize take = std::min(room, n - done);
    std::memcpy(pptr(), s + done, static_cast<std::size_t>(take));
    pbump(static_cast<int>(take));
    done += take;
  }
  return done;
}

// Only a full buffer can go direct, so a sync before close writes nothing:
// the bytes are all written by close().
int DirectFileBuffer::sync() { return failed_ ? -1 : 0; }

bool DirectFileBuffer::close() {
  if (fd_ < 0) return !failed_;
  write_buffer(true);
  if (::close(fd_) != 0) failed_ = true;
  fd_ = -1;
  return !failed_;
}

DirectOutputFile::DirectOutputFile(const std::filesystem::path& path)
    : std::ostream(nullptr), buffer_(path) {
  rdbuf(&buffer_);
  if (!buffer_.is_open()) setstate(std::ios::failbit);
}

void DirectOutputFile::close() {
  if (!buffer_.close()) setstate(std::ios::badbit);
}

}  // namespace otklik::report
