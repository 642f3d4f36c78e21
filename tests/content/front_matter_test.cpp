// Front matter: the split of a page into YAML and Markdown, and every error a
// press officer can make in it, located to the line and column of the file.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "content/front_matter.hpp"
#include "ingest/input_error.hpp"

using otklik::content::split_front_matter;
using otklik::ingest::InputError;

BOOST_AUTO_TEST_SUITE(front_matter)

struct GoodCase {
  const char* name;
  std::string text;
  std::string title;
  std::string slug;
  int weight;
  bool draft;
  std::string markdown;
  std::size_t body_line;
};

BOOST_AUTO_TEST_CASE(good_pages_split_into_front_matter_and_markdown) {
  const std::vector<GoodCase> cases = {
      {"minimal", "---\ntitle: О проекте\n---\nТекст.\n", "О проекте", "", 0, false, "Текст.\n", 4},
      {"all keys",
       "---\ntitle: \"Методика: расчёт\"\nslug: methodology\nweight: 2\ndate: 2026-11-22\n"
       "draft: false\n---\n# Заголовок\n",
       "Методика: расчёт", "methodology", 2, false, "# Заголовок\n", 8},
      {"BOM and CRLF", "\xEF\xBB\xBF---\r\ntitle: Контакты\r\nweight: -1\r\n---\r\nА\r\nБ\r\n",
       "Контакты", "", -1, false, "А\nБ\n", 5},
      {"draft", "---\ntitle: Черновик\ndraft: true\n---\n", "Черновик", "", 0, true, "", 5},
      {"fence with trailing spaces, no body", "---  \ntitle: T\n---", "T", "", 0, false, "", 4},
      {"decision keys",
       "---\ntitle: Сократили срок\nlife_situation: ls01\ntouchpoint: tp03\nperiod: 2026-Q3\n"
       "status: done\n---\nТекст\n",
       "Сократили срок", "", 0, false, "Текст\n", 8},
  };
  for (const GoodCase& c : cases) {
    BOOST_TEST_CONTEXT(c.name) {
      const auto page = split_front_matter(c.text, "content/page.md");
      BOOST_TEST(page.front.title == c.title);
      BOOST_TEST(page.front.slug == c.slug);
      BOOST_TEST(page.front.weight == c.weight);
      BOOST_TEST(page.front.draft == c.draft);
      BOOST_TEST(page.markdown == c.markdown);
      BOOST_TEST(page.body_line == c.body_line);
    }
  }
}

BOOST_AUTO_TEST_CASE(decision_keys_are_read) {
  const auto page = split_front_matter(
      "---\ntitle: T\nlife_situation: ls01\ntouchpoint: tp03\nperiod: 2026-07\nstatus: "
      "in_progress\n---\n",
      "content/decisions/d.md");
  BOOST_TEST(page.front.life_situation == "ls01");
  BOOST_TEST(page.front.touchpoint == "tp03");
  BOOST_TEST(page.front.period == "2026-07");
  BOOST_TEST(page.front.status == "in_progress");
}

struct BadCase {
  const char* name;
  std::string text;
  std::size_t line;
  std::size_t column;
  std::string message_part;
};

BOOST_AUTO_TEST_CASE(bad_front_matter_is_located_and_explained) {
  const std::vector<BadCase> cases = {
      {"no opening fence", "title: О проекте\n---\nТекст\n", 1, 1,
       "did you forget to add `---` at the top?"},
      {"empty file", "", 1, 1, "did you forget to add `---` at the top?"},
      {"no closing fence", "---\ntitle: О проекте\nТекст\n", 1, 1, "never closed"},
      // yaml-cpp notices the unclosed flow sequence of line 3 where the block
      // ends: the line of the closing `---`, 4.
      {"YAML syntax error", "---\ntitle: T\nweight: [1, 2\n---\n", 4, 1, "not valid YAML"},
      // "title: " is 7 characters and "Методика" 8 more: the second colon is
      // character 16 (byte 24).
      {"column counts characters", "---\ntitle: Методика: расчёт\n---\n", 2, 16, "not valid YAML"},
      {"missing title", "---\nslug: about\n---\n", 1, 1, "no `title`"},
      {"empty block", "---\n---\nТекст\n", 1, 1, "no `title`"},
      {"unknown key with suggestion", "---\ntitle: T\ntitel: T\n---\n", 3, 1,
       "unknown front matter key `titel`; did you mean `title`?"},
      {"unknown key lists known ones", "---\ntitle: T\n  \nавтор: Я\n---\n", 4, 1,
       "unknown front matter key `автор`; known keys: title, slug, weight, date, draft"},
      {"weight not a number", "---\ntitle: T\nweight: первый\n---\n", 3, 9,
       "`weight` must be a whole number, got \"первый\""},
      {"draft not a boolean", "---\ntitle: T\ndraft: maybe\n---\n", 3, 8,
       "`draft` must be true or false"},
      {"title is a list", "---\ntitle:\n  - a\n  - b\n---\n", 3, 3, "`title` must be text"},
      {"bad date", "---\ntitle: T\ndate: 22.11.2026\n---\n", 3, 7, "YYYY-MM-DD"},
      {"bad slug", "---\ntitle: T\nslug: ../etc\n---\n", 3, 7, "Latin letters, digits"},
      {"bad status", "---\ntitle: T\nstatus: finished\n---\n", 3, 9,
       "planned, in_progress or done"},
      {"bad period", "---\ntitle: T\nperiod: 2026-Q5\n---\n", 3, 9, "2026-Q3"},
      {"duplicate key", "---\ntitle: A\ntitle: B\n---\n", 3, 1, "given twice"},
      {"not a map", "---\n- a\n- b\n---\n", 2, 1, "`key: value` lines"},
      {"CRLF keeps line numbers", "---\r\ntitle: T\r\n\r\nweight: x\r\n---\r\n", 4, 9,
       "whole number"},
  };
  for (const BadCase& c : cases) {
    BOOST_TEST_CONTEXT(c.name) {
      try {
        split_front_matter(c.text, "content/about.md");
        BOOST_ERROR("no error thrown");
      } catch (const InputError& e) {
        BOOST_TEST(e.where().file == "content/about.md");
        BOOST_TEST(e.where().line == c.line);
        BOOST_TEST(e.where().column == c.column);
        BOOST_TEST(e.message().find(c.message_part) != std::string::npos, e.message());
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
