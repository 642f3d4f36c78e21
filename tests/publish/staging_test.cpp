#include "publish/staging.hpp"

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;
using otklik::publish::Staging;

namespace {

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("otklik-publish-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_CASE(commit_creates_the_site_when_none_exists) {
  fs::path root = fresh_dir("create");
  {
    Staging staging(root / "site");
    staging.write("index.html", "new");
    staging.write("life-situations/ls01.html", "ls");
    BOOST_TEST(!fs::exists(root / "site"));
    staging.commit();
  }
  BOOST_TEST(read(root / "site/index.html") == "new");
  BOOST_TEST(read(root / "site/life-situations/ls01.html") == "ls");
}

BOOST_AUTO_TEST_CASE(commit_replaces_the_previous_site_whole) {
  fs::path root = fresh_dir("replace");
  fs::create_directories(root / "site");
  std::ofstream(root / "site/stale.html") << "old";
  {
    Staging staging(root / "site");
    staging.write("index.html", "new");
    staging.commit();
  }
  BOOST_TEST(read(root / "site/index.html") == "new");
  BOOST_TEST(!fs::exists(root / "site/stale.html"));
  // Nothing of the build is left beside the site.
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(root)) ++entries;
  BOOST_TEST(entries == 1);
}

BOOST_AUTO_TEST_CASE(a_build_that_fails_leaves_the_previous_site_untouched) {
  fs::path root = fresh_dir("fail");
  fs::create_directories(root / "site");
  std::ofstream(root / "site/index.html") << "previous";
  try {
    Staging staging(root / "site");
    staging.write("index.html", "half-written");
    throw std::runtime_error("bad number in survey.csv");
  } catch (const std::runtime_error&) {
  }
  BOOST_TEST(read(root / "site/index.html") == "previous");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(root)) ++entries;
  BOOST_TEST(entries == 1);
}

BOOST_AUTO_TEST_CASE(write_refuses_paths_outside_the_site) {
  fs::path root = fresh_dir("escape");
  Staging staging(root / "site");
  BOOST_CHECK_THROW(staging.write("../evil.html", "x"), std::runtime_error);
  BOOST_CHECK_THROW(staging.write("/tmp/evil.html", "x"), std::runtime_error);
  BOOST_TEST(!fs::exists(root / "evil.html"));
}
