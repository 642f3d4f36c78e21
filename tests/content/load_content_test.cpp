// load_content: every page of content/ in path order, drafts left out,
// the sub-folder as its section.
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "content/page.hpp"
#include "ingest/input_error.hpp"

namespace fs = std::filesystem;
using otklik::content::load_content;

namespace {

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

fs::path fresh_dir(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("otklik-content-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(load_content_pages)

BOOST_AUTO_TEST_CASE(pages_in_path_order_drafts_skipped_sections_from_folders) {
  const fs::path dir = fresh_dir("order");
  write(dir / "methodology.md",
        "---\ntitle: Методика\nweight: 1\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n");
  write(dir / "about.md", "---\ntitle: О проекте\nslug: o-proekte\n---\nТекст\n");
  write(dir / "draft.md", "---\ntitle: Черновик\ndraft: true\n---\n");
  write(dir / "decisions/2026-q3-queue.md",
        "---\ntitle: Сократили очередь\nlife_situation: ls01\nstatus: done\n---\nСделано.\n");
  write(dir / "notes.txt", "not a page");

  const auto pages = load_content(dir, {});
  BOOST_TEST_REQUIRE(pages.size() == 3u);
  BOOST_TEST(pages[0].front.slug == "o-proekte");  // about.md < decisions/ < methodology.md
  BOOST_TEST(pages[0].section == "");
  BOOST_TEST(pages[1].front.slug == "2026-q3-queue");  // file name when no slug
  BOOST_TEST(pages[1].section == "decisions");
  BOOST_TEST(pages[1].front.life_situation == "ls01");
  BOOST_TEST(pages[2].front.slug == "methodology");
  BOOST_TEST(pages[2].body_html.find("<table>") != std::string::npos);
  BOOST_TEST(pages[2].source == dir / "methodology.md");
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(raw_html_follows_the_option) {
  const fs::path dir = fresh_dir("raw");
  write(dir / "a.md", "---\ntitle: A\n---\n<mark>важно</mark>\n");
  BOOST_TEST(load_content(dir, {false})[0].body_html.find("<mark>") == std::string::npos);
  BOOST_TEST(load_content(dir, {true})[0].body_html.find("<mark>") != std::string::npos);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(error_names_the_file_and_a_cyrillic_file_name_needs_a_slug) {
  const fs::path dir = fresh_dir("errors");
  write(dir / "контакты.md", "---\ntitle: Контакты\n---\n");
  try {
    load_content(dir, {});
    BOOST_ERROR("no error thrown");
  } catch (const otklik::ingest::InputError& e) {
    BOOST_TEST(e.where().file == (dir / "контакты.md").string());
    BOOST_TEST(e.message().find("slug") != std::string::npos, e.message());
  }
  fs::remove_all(dir);
}

// The pages convert on every core; the order and the error reported are the
// same as on one.
BOOST_AUTO_TEST_CASE(many_pages_keep_path_order_and_the_first_bad_file_is_reported) {
  const fs::path dir = fresh_dir("many");
  for (int i = 0; i < 400; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "p%03d.md", i);
    write(dir / name, "---\ntitle: Страница " + std::to_string(i) +
                          (i % 7 == 3 ? "\ndraft: true" : "") + "\n---\n*" + std::to_string(i) +
                          "*\n");
  }
  const auto pages = load_content(dir, {});
  BOOST_TEST_REQUIRE(pages.size() == 400u - 57u);
  int expected = 0;
  for (const auto& page : pages) {
    if (expected % 7 == 3) ++expected;
    BOOST_TEST(page.front.title == "Страница " + std::to_string(expected));
    BOOST_TEST(page.body_html == "<p><em>" + std::to_string(expected) + "</em></p>\n");
    ++expected;
  }
  for (const char* bad : {"p350.md", "p120.md", "p121.md"}) write(dir / bad, "no front matter\n");
  for (int run = 0; run < 5; ++run) {
    try {
      load_content(dir, {});
      BOOST_ERROR("no error thrown");
    } catch (const otklik::ingest::InputError& e) {
      BOOST_TEST(e.where().file == (dir / "p120.md").string());
    }
  }
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(the_sample_content_of_the_repository_loads) {
  const auto pages = load_content(fs::path(OTKLIK_SOURCE_DIR) / "content", {});
  const auto find = [&](const std::string& slug) -> const otklik::content::ContentPage* {
    for (const auto& page : pages)
      if (page.front.slug == slug) return &page;
    return nullptr;
  };
  const auto* methodology = find("methodology");
  BOOST_TEST_REQUIRE(methodology != nullptr);
  BOOST_TEST(methodology->front.title == "Методика расчёта");
  BOOST_TEST(methodology->body_html.find("<table>") != std::string::npos);  // the answer scales
  const auto* about = find("about");
  BOOST_TEST_REQUIRE(about != nullptr);
  BOOST_TEST(about->front.title == "О проекте");
}

BOOST_AUTO_TEST_SUITE_END()
