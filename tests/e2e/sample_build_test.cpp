// End to end: the README's main job on the embedded sample data, as a user runs it.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "support/run_otklik.hpp"

namespace fs = std::filesystem;
using namespace otklik::test;

namespace {

std::string sample_args(const fs::path& out, const fs::path& data = source_dir() / "data") {
  return "build --data '" + data.string() + "' --content '" + (source_dir() / "content").string() +
         "' --templates '" + (source_dir() / "templates").string() + "' --out '" + out.string() +
         "'";
}

std::size_t csv_data_rows(const fs::path& file) {
  const std::string text = read_file(file);
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines - 1;  // the header; the sample has no quoted newlines
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> fields(1);
  for (char c : line) {
    if (c == sep)
      fields.emplace_back();
    else
      fields.back() += c;
  }
  return fields;
}

// Replaces the `count` field of the data row on file line `line` by `text`.
std::string corrupt_count(const std::string& csv, std::size_t line, const std::string& text) {
  std::vector<std::string> lines = split(csv, '\n');
  const auto header = split(lines[0], ',');
  std::size_t column = 0;
  while (header[column] != "count") ++column;
  auto fields = split(lines[line - 1], ',');
  fields[column] = text;
  std::string joined;
  for (std::size_t i = 0; i < fields.size(); ++i) joined += (i ? "," : "") + fields[i];
  lines[line - 1] = joined;
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(sample_build_writes_every_page_and_the_workbook) {
  const fs::path out = fresh_temp_dir("e2e-sample") / "site";
  const RunResult run = run_otklik(sample_args(out));
  BOOST_TEST_REQUIRE(run.status == 0, run.err);
  BOOST_TEST(fs::is_regular_file(out / "index.html"));
  BOOST_TEST(fs::is_regular_file(out / "methodology.html"));
  BOOST_TEST(fs::is_regular_file(out / "assets/style.css"));
  BOOST_TEST(fs::file_size(out / "otklik-summary.xlsx") > 1000u);

  // Every life situation and touchpoint of the dimension files has its page.
  std::size_t ls_pages = 0;
  for (const auto& e : fs::directory_iterator(out / "life-situations"))
    ls_pages += e.is_regular_file();
  BOOST_TEST(ls_pages == csv_data_rows(source_dir() / "data/life_situations.csv"));
  std::size_t tp_pages = 0;
  for (const auto& e : fs::directory_iterator(out / "touchpoints")) tp_pages += e.is_regular_file();
  BOOST_TEST(tp_pages == csv_data_rows(source_dir() / "data/touchpoints.csv"));

  // Each life situation has its workbook, linked from its page (both
  // versions) and the downloads page, and not crowding every page's footer.
  const std::string downloads = read_file(out / "downloads.html");
  for (const auto& e : fs::directory_iterator(out / "life-situations")) {
    const std::string id = e.path().stem().string();
    BOOST_TEST_CONTEXT(id) {
      BOOST_TEST(fs::file_size(out / "workbooks" / (id + ".xlsx")) > 1000u);
      const std::string link = "href=\"../workbooks/" + id + ".xlsx\"";
      BOOST_TEST(read_file(e.path()).find(link) != std::string::npos);
      BOOST_TEST(read_file(out / "vi/life-situations" / e.path().filename())
                     .find("href=\"../../workbooks/" + id + ".xlsx\"") != std::string::npos);
      BOOST_TEST(downloads.find("href=\"workbooks/" + id + ".xlsx\"") != std::string::npos);
    }
  }

  const std::string home = read_file(out / "index.html");
  BOOST_TEST(home.find("<html lang=\"ru\"") != std::string::npos);
  BOOST_TEST(home.find("%") != std::string::npos);  // indicators are shown
  BOOST_TEST(home.find("otklik-summary.xlsx") != std::string::npos);
  BOOST_TEST(home.find("workbooks/") == std::string::npos);
  BOOST_TEST(home.find("href=\"opendata/indicators.csv\"") != std::string::npos);
  BOOST_TEST(fs::is_regular_file(out / "opendata/indicators.json"));
  // The version for the visually impaired mirrors every page; search works offline.
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    const std::string path = fs::relative(e.path(), out).generic_string();
    if (path.ends_with(".html") && !path.starts_with("vi/"))
      BOOST_TEST(fs::is_regular_file(out / "vi" / path), path);
  }
  BOOST_TEST(fs::file_size(out / "assets/search-index.js") > 10000u);
  BOOST_TEST(fs::is_regular_file(out / "search.html"));
  BOOST_TEST(fs::is_regular_file(out / "robots.txt"));

  // The published site passes its own design-rule check.
  const RunResult check = run_otklik("validate '" + out.string() + "'");
  BOOST_TEST(check.status == 0, check.err);
}

BOOST_AUTO_TEST_CASE(two_builds_of_the_same_input_are_byte_identical) {
  const fs::path root = fresh_temp_dir("e2e-determinism");
  BOOST_TEST_REQUIRE(run_otklik(sample_args(root / "a")).status == 0);
  BOOST_TEST_REQUIRE(run_otklik(sample_args(root / "b")).status == 0);
  std::size_t compared = 0;
  for (const auto& e : fs::recursive_directory_iterator(root / "a")) {
    if (!e.is_regular_file()) continue;
    const fs::path twin = root / "b" / fs::relative(e.path(), root / "a");
    BOOST_TEST(read_file(e.path()) == read_file(twin), e.path().string());
    ++compared;
  }
  BOOST_TEST(compared > 20u);
}

BOOST_AUTO_TEST_CASE(a_bad_number_fails_the_build_and_keeps_the_previous_site) {
  const fs::path root = fresh_temp_dir("e2e-bad-number");
  const fs::path out = root / "site";
  BOOST_TEST_REQUIRE(run_otklik(sample_args(out)).status == 0);
  const std::string previous_home = read_file(out / "index.html");

  fs::copy(source_dir() / "data", root / "data", fs::copy_options::recursive);
  const std::string survey = read_file(root / "data/survey.csv");
  write_file(root / "data/survey.csv", corrupt_count(survey, 7, "12x"));

  const RunResult run = run_otklik(sample_args(out, root / "data"));
  BOOST_TEST(run.status == 1);
  // file:line:column, the column named, and the bad text quoted.
  BOOST_TEST(run.err.find("survey.csv:7:") != std::string::npos, run.err);
  BOOST_TEST(run.err.find("\"12x\"") != std::string::npos, run.err);
  BOOST_TEST(run.err.find("count") != std::string::npos, run.err);
  BOOST_TEST(read_file(out / "index.html") == previous_home);
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(root)) ++entries;
  BOOST_TEST(entries == 2u);  // site and data: no staging folder left behind
}
