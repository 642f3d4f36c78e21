// A broken templates folder fails the build with the template named.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "ingest/input_error.hpp"
#include "render/site_fixture.hpp"

namespace fs = std::filesystem;
using otklik::ingest::InputError;
using otklik::test::SiteFixture;

namespace {

// A private copy of templates/ to break.
fs::path copy_templates(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("otklik-templates-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(fs::path(OTKLIK_SOURCE_DIR) / "templates", dir, fs::copy_options::recursive);
  return dir;
}

InputError render_error(const fs::path& templates) {
  SiteFixture fixture;
  fixture.templates_dir = templates;
  try {
    fixture.render();
  } catch (const InputError& e) {
    return e;
  }
  BOOST_FAIL("no error thrown");
  throw;  // unreachable
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_errors)

BOOST_AUTO_TEST_CASE(missing_template_is_named) {
  const fs::path dir = copy_templates("missing");
  fs::remove(dir / "touchpoint.mustache");
  const InputError e = render_error(dir);
  BOOST_TEST(e.where().file == (dir / "touchpoint.mustache").string());
  BOOST_TEST(e.message().find("template not found") != std::string::npos, e.message());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(unclosed_section_is_located) {
  const fs::path dir = copy_templates("unclosed");
  // Line 1 is plain text, the section opens on line 2 at column 3.
  std::ofstream(dir / "home.mustache", std::ios::binary)
      << "<p>Привет</p>\n<p{{#indicators}}x</p>\n";
  const InputError e = render_error(dir);
  BOOST_TEST(e.where().file == (dir / "home.mustache").string());
  BOOST_TEST(e.where().line == 2u);
  BOOST_TEST(e.where().column == 3u);
  BOOST_TEST(e.message().find("Unclosed section") != std::string::npos, e.message());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(broken_partial_is_named) {
  const fs::path dir = copy_templates("partial");
  std::ofstream(dir / "partials/share-table.mustache", std::ios::binary) << "{{/rows}}\n";
  const InputError e = render_error(dir);
  BOOST_TEST(e.where().file == (dir / "partials/share-table.mustache").string());
  BOOST_TEST(e.message().find("Unopened section") != std::string::npos, e.message());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(missing_stylesheet_is_named) {
  const fs::path dir = copy_templates("css");
  fs::remove(dir / "assets/style.css");
  const InputError e = render_error(dir);
  BOOST_TEST(e.where().file == (dir / "assets/style.css").string());
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(content_page_may_not_overwrite_the_home_page) {
  SiteFixture fixture;
  fixture.pages[1].front.slug = "index";
  try {
    fixture.render();
    BOOST_ERROR("no error thrown");
  } catch (const InputError& e) {
    BOOST_TEST(e.where().file == "content/about.md");
    BOOST_TEST(e.message().find("index.html") != std::string::npos, e.message());
  }
}

BOOST_AUTO_TEST_CASE(an_id_that_is_not_a_file_name_is_refused) {
  SiteFixture fixture;
  fixture.data.life_situations[1].id = "../../etc/passwd";
  try {
    fixture.render();
    BOOST_ERROR("no error thrown");
  } catch (const InputError& e) {
    BOOST_TEST(e.where().file == "life_situations.csv");
    BOOST_TEST(e.message().find("../../etc/passwd") != std::string::npos, e.message());
  }
}

BOOST_AUTO_TEST_SUITE_END()
