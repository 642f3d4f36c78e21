// The streaming CSV reader on its own: RFC 4180 quoting, line endings,
// delimiters, encodings, positions, row counts and checksums.
#include "ingest/csv_reader.hpp"

#include <Poco/SHA2Engine.h>

#include <boost/test/unit_test.hpp>

#include "ingest/fixture.hpp"

using namespace otklik;
using Rows = std::vector<std::vector<std::string>>;

namespace {

struct Read {
  std::vector<std::string> header;
  Rows rows;
  std::vector<std::size_t> lines;
  char delimiter = 0;
  uint64_t count = 0;
  std::string sha256;
};

Read read_all(const std::string& bytes, const ingest::CsvOptions& options = {}) {
  const auto file = test::write_data("reader", {{"t.csv", bytes}}) / "t.csv";
  ingest::CsvReader reader(file, "t.csv", options);
  Read out;
  out.header = reader.header();
  out.delimiter = reader.delimiter();
  ingest::CsvRecord record;
  while (reader.next(record)) {
    out.rows.push_back(record.fields);
    out.lines.push_back(record.line);
  }
  out.count = reader.rows();
  out.sha256 = reader.sha256();
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(fields_are_split_as_rfc_4180_says) {
  const struct {
    const char* name;
    std::string bytes;
    std::vector<std::string> header;
    Rows rows;
    std::vector<std::size_t> lines;
  } cases[] = {
      {"plain", "a,b\n1,2\n3,4\n", {"a", "b"}, {{"1", "2"}, {"3", "4"}}, {2, 3}},
      {"quoted comma, semicolon, doubled quote",
       "a,b\n\"x, \"\"y\"\"; z\",2\n",
       {"a", "b"},
       {{"x, \"y\"; z", "2"}},
       {2}},
      {"newline inside quotes; the next record's line counts it",
       "a,b\n\"line 1\nline 2\",2\n3,4\n",
       {"a", "b"},
       {{"line 1\nline 2", "2"}, {"3", "4"}},
       {2, 4}},
      {"empty fields, quoted and not", "a,b,c\n,\"\",\n", {"a", "b", "c"}, {{"", "", ""}}, {2}},
      {"CRLF line ends, also inside quotes",
       "a,b\r\n\"x\r\ny\",2\r\n3,4\r\n",
       {"a", "b"},
       {{"x\ny", "2"}, {"3", "4"}},
       {2, 4}},
      {"blank lines skipped, no final line break",
       "a,b\n\n1,2\n\n3,4",
       {"a", "b"},
       {{"1", "2"}, {"3", "4"}},
       {3, 5}},
      {"UTF-8 byte order mark is not part of the first name",
       "\xEF\xBB\xBFid,name\ns1,Пособие\n",
       {"id", "name"},
       {{"s1", "Пособие"}},
       {2}},
      {"header names are trimmed", " id , name\t\ns1,x\n", {"id", "name"}, {{"s1", "x"}}, {2}},
      {"semicolons detected; commas are then text",
       "a;b\n1,5;\"x;y\"\n",
       {"a", "b"},
       {{"1,5", "x;y"}},
       {2}},
      {"a delimiter inside a quoted header name does not count",
       "\"x;y\";b;c,d\n1;2;3\n",
       {"x;y", "b", "c,d"},
       {{"1", "2", "3"}},
       {2}},
      {"a stray quote inside unquoted text is kept",
       "a,b\nsay \"hi\",2\n",
       {"a", "b"},
       {{"say \"hi\"", "2"}},
       {2}},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.name) {
      const auto read = read_all(c.bytes);
      BOOST_TEST(read.header == c.header, boost::test_tools::per_element());
      BOOST_TEST_REQUIRE(read.rows.size() == c.rows.size());
      for (std::size_t i = 0; i < c.rows.size(); ++i)
        BOOST_TEST(read.rows[i] == c.rows[i], boost::test_tools::per_element());
      BOOST_TEST(read.lines == c.lines, boost::test_tools::per_element());
      BOOST_TEST(read.count == c.rows.size());
    }
  }
}

BOOST_AUTO_TEST_CASE(windows_1251_is_detected_and_decoded) {
  // "Пенсия" in Windows-1251: П=CF е=E5 н=ED с=F1 и=E8 я=FF.
  const auto read = read_all("id;name\ns1;\xCF\xE5\xED\xF1\xE8\xFF\n");
  BOOST_TEST(read.delimiter == ';');
  BOOST_TEST(read.rows.at(0).at(1) == "Пенсия");
}

BOOST_AUTO_TEST_CASE(detection_waits_for_the_first_non_ascii_text) {
  // Two megabytes of ASCII rows (more than one read chunk) before "Ёж" in
  // Windows-1251 (Ё=A8 ж=E6).
  std::string bytes = "id,name\n";
  for (int i = 0; bytes.size() < (std::size_t{2} << 20); ++i)
    bytes += "s" + std::to_string(i) + ",plain ascii name\n";
  const std::size_t ascii_rows =
      static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) - 1;
  bytes += "last,\xA8\xE6\n";
  const auto read = read_all(bytes);
  BOOST_TEST(read.rows.back().at(1) == "Ёж");
  BOOST_TEST(read.count == ascii_rows + 1);
  BOOST_TEST(read.lines.back() == ascii_rows + 2);  // header + ASCII rows + this one
}

BOOST_AUTO_TEST_CASE(config_overrides_encoding_and_delimiter) {
  // C5 B8 is valid UTF-8 ("Ÿ") and also "Её" in Windows-1251: only the
  // config can tell.
  const std::string bytes = "a;b\n1;\xC5\xB8\n";
  BOOST_TEST(read_all(bytes).rows.at(0).at(1) == "Ÿ");
  BOOST_TEST(read_all(bytes, {"windows-1251", ""}).rows.at(0).at(1) == "Её");
  const auto comma = read_all(bytes, {"", ","});
  BOOST_TEST(comma.header == (std::vector<std::string>{"a;b"}), boost::test_tools::per_element());
  BOOST_TEST(comma.rows.at(0).at(0) == "1;Ÿ");
}

BOOST_AUTO_TEST_CASE(checksum_and_row_count_cover_every_chunk) {
  std::string bytes = "period,count\n";
  for (int i = 0; i < 300000; ++i) bytes += "2026-Q3," + std::to_string(i) + "\n";
  BOOST_TEST_REQUIRE(bytes.size() > (std::size_t{3} << 20));  // several 1 MiB chunks
  Poco::SHA2Engine whole(Poco::SHA2Engine::SHA_256);
  whole.update(bytes);
  const auto read = read_all(bytes);
  BOOST_TEST(read.count == 300000u);
  BOOST_TEST(read.rows.back().at(1) == "299999");
  BOOST_TEST(read.sha256 == Poco::DigestEngine::digestToHex(whole.digest()));
}

BOOST_AUTO_TEST_CASE(checksum_covers_bytes_not_parsed) {
  // sha256() before the end hashes the rest without parsing it.
  const std::string bytes = "a\n1\n2\n";
  const auto file = test::write_data("reader-rest", {{"t.csv", bytes}}) / "t.csv";
  ingest::CsvReader reader(file, "t.csv", {});
  // printf 'a\n1\n2\n' | sha256sum
  BOOST_TEST(reader.sha256() == "d4fa155a0784a2543c083ff5c36ec7a7d4810f08946220e5acf4c1f11006216e");
}
