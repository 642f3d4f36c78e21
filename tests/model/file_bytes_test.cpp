// Reading a whole file: the bytes exactly as on disk, whatever they are.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "model/file_bytes.hpp"

namespace fs = std::filesystem;
using otklik::model::read_file_bytes;

BOOST_AUTO_TEST_SUITE(file_bytes)

BOOST_AUTO_TEST_CASE(a_file_is_read_byte_for_byte) {
  const fs::path dir = fs::temp_directory_path() / "otklik-file-bytes";
  fs::create_directories(dir);
  std::string bytes = "строка\r\nline\0after nul\xff";
  bytes += std::string(100000, 'x');  // more than one buffer
  bytes.push_back('\0');
  std::ofstream(dir / "a.bin", std::ios::binary) << bytes;
  std::ofstream(dir / "empty.txt", std::ios::binary);
  BOOST_TEST(read_file_bytes(dir / "a.bin").value() == bytes);
  BOOST_TEST(read_file_bytes(dir / "empty.txt").value().empty());
  BOOST_TEST(!read_file_bytes(dir / "missing.txt").has_value());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(a_stream_without_a_size_is_read_to_its_end) {
  // /proc files report no size to seek to; their text is still read.
  const auto status = read_file_bytes("/proc/self/status");
  BOOST_TEST_REQUIRE(status.has_value());
  BOOST_TEST(status->find("Name:") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
