// The preview server's one safety rule: no request reaches a file outside
// the site, however the path is spelled.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <boost/test/unit_test.hpp>

#include "serve/site_path.hpp"
#include "support/run_otklik.hpp"

namespace fs = std::filesystem;
using otklik::serve::resolve_site_path;

namespace {

struct SiteFolder {
  fs::path dir = otklik::test::fresh_temp_dir("site-path");
  fs::path root = dir / "site";
  SiteFolder() {
    otklik::test::write_file(root / "index.html", "home");
    otklik::test::write_file(root / "a" / "index.html", "a");
    otklik::test::write_file(root / "a" / "b.html", "b");
    otklik::test::write_file(root / "ж" / "страница.html", "ru");
    otklik::test::write_file(dir / "secret.yaml", "password: x");
    fs::create_symlink(dir / "secret.yaml", root / "link-out.html");
    fs::create_symlink(root / "a" / "b.html", root / "link-in.html");
  }
  ~SiteFolder() { fs::remove_all(dir); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(site_path)

BOOST_AUTO_TEST_CASE(requests_map_to_files_inside_the_site_only) {
  const SiteFolder site;
  const struct {
    const char* target;
    int status;
    const char* file;  // relative to the site, for 200
  } cases[] = {
      {"/", 200, "index.html"},
      {"/index.html?q=1#top", 200, "index.html"},
      {"/a/", 200, "a/index.html"},
      {"/a", 200, "a/index.html"},
      {"/a/b.html", 200, "a/b.html"},
      {"//a//b.html", 200, "a/b.html"},
      {"/%D0%B6/%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0.html", 200, "ж/страница.html"},
      {"/link-in.html", 200, "a/b.html"},
      {"/missing.html", 404, ""},
      {"/../secret.yaml", 403, ""},
      {"/a/../../secret.yaml", 403, ""},
      {"/a/../index.html", 403, ""},
      {"/%2e%2e/secret.yaml", 403, ""},
      {"/%2E%2E/secret.yaml", 403, ""},
      {"/a%2F..%2F..%2Fsecret.yaml", 403, ""},
      {"/a/%5C..%5Csecret.yaml", 403, ""},
      {"/..\\secret.yaml", 403, ""},
      {"/./index.html", 403, ""},
      {"/index.html%00.png", 403, ""},
      {"/%zz", 403, ""},
      {"/%2", 403, ""},
      {"secret.yaml", 403, ""},
      {"", 403, ""},
      {"/link-out.html", 403, ""},
  };
  for (const auto& c : cases) {
    const auto path = resolve_site_path(site.root, c.target);
    BOOST_TEST(path.status == c.status, c.target);
    if (c.status == 200)
      BOOST_TEST(path.file == fs::canonical(site.root / fs::u8path(c.file)), c.target);
  }
}

BOOST_AUTO_TEST_SUITE_END()
