#include <filesystem>
#include <thread>

#include <boost/test/unit_test.hpp>

#include "serve/folder_watch.hpp"
#include "support/run_otklik.hpp"

namespace fs = std::filesystem;
using otklik::serve::FolderWatch;
using otklik::test::write_file;

BOOST_AUTO_TEST_SUITE(folder_watch)

BOOST_AUTO_TEST_CASE(sees_edits_additions_and_removals_in_subfolders) {
  const fs::path dir = otklik::test::fresh_temp_dir("folder-watch");
  write_file(dir / "content" / "a.md", "a");
  write_file(dir / "content" / "decisions" / "d.md", "d");
  write_file(dir / "otklik.yaml", "x: 1");
  FolderWatch watch({dir / "content", dir / "otklik.yaml", dir / "not-yet"});
  BOOST_TEST(watch.changes().empty());

  write_file(dir / "content" / "decisions" / "d.md", "d, longer");  // size differs
  write_file(dir / "content" / "b.md", "b");
  fs::remove(dir / "content" / "a.md");
  write_file(dir / "not-yet" / "c.md", "c");
  const std::vector<fs::path> expected = {dir / "content" / "a.md", dir / "content" / "b.md",
                                          dir / "content" / "decisions" / "d.md",
                                          dir / "not-yet" / "c.md"};
  BOOST_TEST(watch.changes() == expected, boost::test_tools::per_element());
  BOOST_TEST(watch.changes().empty());  // each change is reported once

  // Same size, later time: a save that keeps the length is seen too.
  fs::last_write_time(dir / "otklik.yaml",
                      fs::last_write_time(dir / "otklik.yaml") + std::chrono::seconds(2));
  BOOST_TEST(watch.changes() == std::vector<fs::path>{dir / "otklik.yaml"},
             boost::test_tools::per_element());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
