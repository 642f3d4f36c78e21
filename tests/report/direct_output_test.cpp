// The open data's large-file stream: whatever the sizes of the pieces and of
// the file, and whether or not the file system takes O_DIRECT, the file holds
// exactly the bytes written, and a failure shows on the stream.
#include "report/direct_output.hpp"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "support/run_otklik.hpp"

using otklik::report::DirectOutputFile;
namespace fs = std::filesystem;

namespace {

std::string random_bytes(std::size_t size, unsigned seed) {
  std::mt19937 random(seed);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xff);
  return bytes;
}

// Writes `bytes` in pieces of `piece` bytes (a mix of write() and put()).
void write_in_pieces(DirectOutputFile& out, const std::string& bytes, std::size_t piece) {
  for (std::size_t at = 0; at < bytes.size(); at += piece) {
    const std::size_t n = std::min(piece, bytes.size() - at);
    if (n == 1)
      out.put(bytes[at]);
    else
      out.write(bytes.data() + at, static_cast<std::streamsize>(n));
  }
}

constexpr std::size_t kMiB = std::size_t{1} << 20;

}  // namespace

BOOST_AUTO_TEST_CASE(a_file_holds_exactly_the_bytes_written) {
  const fs::path dir = otklik::test::fresh_temp_dir("direct-output");
  struct Case {
    std::size_t size;
    std::size_t piece;
  };
  // Around the 4 KiB block and the 8 MiB buffer, in pieces from one byte
  // to more than the buffer.
  const std::vector<Case> cases = {
      {0, 1},
      {1, 1},
      {4095, 7},
      {4096, 4096},
      {4097, 1000},
      {8 * kMiB - 1, kMiB},
      {8 * kMiB, 8 * kMiB},
      {8 * kMiB + 1, 3 * kMiB},
      {8 * kMiB + 4096, 65536},
      {21 * kMiB + 17, 20 * kMiB},
      {3 * kMiB + 5, 1},
  };
  unsigned seed = 1;
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT("size " << c.size << ", pieces of " << c.piece) {
      const std::string bytes = random_bytes(c.size, seed++);
      const fs::path file = dir / ("file-" + std::to_string(seed));
      DirectOutputFile out(file);
      BOOST_TEST(static_cast<bool>(out));
      write_in_pieces(out, bytes, c.piece);
      out.close();
      BOOST_TEST(static_cast<bool>(out));
      BOOST_TEST(fs::file_size(file) == c.size);
      BOOST_TEST((otklik::test::read_file(file) == bytes));
    }
  }
}

BOOST_AUTO_TEST_CASE(an_existing_file_is_replaced_not_overwritten_in_place) {
  const fs::path file = otklik::test::fresh_temp_dir("direct-output-replace") / "f";
  otklik::test::write_file(file, std::string(10 * kMiB, 'x'));
  DirectOutputFile out(file);
  out << "short";
  out.close();
  BOOST_TEST(otklik::test::read_file(file) == "short");
}

BOOST_AUTO_TEST_CASE(a_file_system_without_o_direct_gets_the_same_bytes) {
  // /dev/shm is tmpfs, which refuses O_DIRECT on older kernels and takes it
  // on newer ones: either way the bytes must be the same.
  if (!fs::is_directory("/dev/shm")) return;
  const fs::path file = fs::path("/dev/shm") / ("otklik-direct-" + std::to_string(::getpid()));
  const std::string bytes = random_bytes(9 * kMiB + 123, 99);
  {
    DirectOutputFile out(file);
    write_in_pieces(out, bytes, kMiB + 1);
    out.close();
    BOOST_TEST(static_cast<bool>(out));
  }
  BOOST_TEST((otklik::test::read_file(file) == bytes));
  fs::remove(file);
}

BOOST_AUTO_TEST_CASE(failures_show_on_the_stream) {
  DirectOutputFile missing(fs::path("/nonexistent-otklik-dir/f"));
  BOOST_TEST(!missing);
  // /dev/full takes the open and refuses every write (ENOSPC).
  DirectOutputFile full(fs::path("/dev/full"));
  BOOST_TEST(static_cast<bool>(full));
  full << std::string(100, 'x');
  full.close();
  BOOST_TEST(!full);
}
