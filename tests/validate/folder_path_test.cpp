// Paths inside the validated folder: the string normaliser must write every
// path exactly as std::filesystem's lexically_normal() does, since the rules
// look up files and anchors by it.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "validate/folder_path.hpp"

using namespace otklik::validate;
namespace fs = std::filesystem;

namespace {

std::string std_normal(const std::string& path) {
  return fs::path(path).lexically_normal().generic_string();
}

// Every path of up to four names from `names`, with and without a final '/'.
std::vector<std::string> paths_of(const std::vector<std::string>& names) {
  std::vector<std::string> paths = {""};
  std::vector<std::string> last = {""};
  for (int depth = 1; depth <= 4; ++depth) {
    std::vector<std::string> next;
    for (const std::string& prefix : last)
      for (const std::string& name : names)
        next.push_back(prefix.empty() ? name : prefix + "/" + name);
    for (const std::string& path : next) {
      paths.push_back(path);
      paths.push_back(path + "/");
    }
    last = next;
  }
  return paths;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(folder_path)

BOOST_AUTO_TEST_CASE(normal_paths_are_written_as_std_filesystem_writes_them) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", ""},
      {"a", "a"},
      {"a/./b/../c", "a/c"},
      {"a/..", "."},
      {"a/../", "."},
      {"./", "."},
      {"a/b/..", "a/"},
      {"a/.", "a/"},
      {"a//b", "a/b"},
      {"../a/", "../a/"},
      {"../", ".."},
      {"a/../..", ".."},
      {"../../a/../b", "../../b"},
      {"news/../vi/news/n-1.html", "vi/news/n-1.html"},
  };
  for (const auto& [path, expected] : cases) {
    BOOST_TEST(normal_path(path) == expected, "\"" << path << "\"");
    BOOST_TEST(std_normal(path) == expected, "std: \"" << path << "\"");
  }
}

BOOST_AUTO_TEST_CASE(every_short_path_matches_std_filesystem) {
  const auto paths = paths_of({"a", "b.html", ".", "..", ""});
  BOOST_TEST_REQUIRE(paths.size() > 1000u);
  std::size_t differ = 0;
  for (const std::string& path : paths) {
    // A path from the folder's root has had its '/' taken off before.
    if (path.starts_with("/") || normal_path(path) == std_normal(path)) continue;
    if (++differ <= 5) BOOST_TEST(normal_path(path) == std_normal(path), "\"" << path << "\"");
  }
  BOOST_TEST(differ == 0u);
}

BOOST_AUTO_TEST_CASE(a_path_is_read_from_the_folder_of_its_file) {
  for (const std::string& from : {"", "index.html", "news/n-1.html", "vi/news/n-1.html", "a/"}) {
    for (const std::string& path : paths_of({"x.html", "..", "."})) {
      if (path.empty()) continue;
      const std::string expected =
          (fs::path(from).parent_path() / path).lexically_normal().generic_string();
      BOOST_TEST(path_from(from, path) == expected, from << " + " << path);
    }
  }
}

BOOST_AUTO_TEST_CASE(links_resolve_inside_the_folder_or_not_at_all) {
  BOOST_TEST(resolve_in_folder("news/n-1.html", "../assets/style.css").value() ==
             "assets/style.css");
  BOOST_TEST(resolve_in_folder("news/n-1.html", "/assets/a%20b.css?v=2#x").value() ==
             "assets/a b.css");
  BOOST_TEST(resolve_in_folder("news/n-1.html", "#top").value() == "news/n-1.html");
  BOOST_TEST(!resolve_in_folder("news/n-1.html", "../../etc/passwd"));
  BOOST_TEST(!resolve_in_folder("index.html", "https://gosuslugi.ru/"));
  BOOST_TEST(!resolve_in_folder("index.html", "//cdn.example/x.css"));
}

BOOST_AUTO_TEST_CASE(a_listing_knows_every_file_and_folder_of_one_walk) {
  const fs::path dir = fs::temp_directory_path() / "otklik-folder-listing";
  fs::remove_all(dir);
  fs::create_directories(dir / "vi/news");
  for (const char* file : {"index.html", "vi/news/n-2.html", "vi/news/n-1.html", "b.css"})
    std::ofstream(dir / file) << "x";
  // A path written with a final separator lists the same.
  for (const fs::path& root : {dir, fs::path(dir.string() + "/")}) {
    const FolderListing listing(root);
    const std::vector<std::string> files = {"b.css", "index.html", "vi/news/n-1.html",
                                            "vi/news/n-2.html"};
    BOOST_TEST(listing.files() == files, boost::test_tools::per_element());
    using Kind = FolderListing::Kind;
    BOOST_TEST((listing.kind_of("vi/news/n-1.html") == Kind::File));
    BOOST_TEST((listing.kind_of("vi/news") == Kind::Folder));
    BOOST_TEST((listing.kind_of("vi/news/") == Kind::Folder));
    BOOST_TEST((listing.kind_of(".") == Kind::Folder));
    BOOST_TEST((listing.kind_of("") == Kind::Folder));
    BOOST_TEST((listing.kind_of("vi/news/n-3.html") == Kind::None));
    BOOST_TEST((listing.kind_of("news") == Kind::None));
  }
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
