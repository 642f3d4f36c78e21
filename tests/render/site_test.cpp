// render_site on a hand-built data set: which files, the shared layout on
// every page, escaping, suppression, «нет данных за период», stars.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <set>
#include <string>

#include "metrics/definitions.hpp"
#include "render/page_jobs.hpp"
#include "render/site_fixture.hpp"

using otklik::test::kHostileEscaped;
using otklik::test::kHostileName;
using otklik::test::SiteFixture;

namespace {

const std::string nbsp = "\u00a0";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

bool is_html(const std::string& path) { return path.ends_with(".html"); }

// The table row (<tr>…</tr>) that holds `needle`, or "".
std::string row_with(const std::string& html, const std::string& needle) {
  const std::size_t at = html.find(needle);
  if (at == std::string::npos) return "";
  const std::size_t begin = html.rfind("<tr>", at);
  const std::size_t end = html.find("</tr>", at);
  if (begin == std::string::npos || end == std::string::npos) return "";
  return html.substr(begin, end - begin);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(site)

BOOST_AUTO_TEST_CASE(writes_exactly_the_expected_files) {
  SiteFixture fixture;
  const auto files = otklik::render::render_site(fixture.inputs());
  std::set<std::string> paths;
  for (const auto& file : files) paths.insert(file.path);
  BOOST_TEST(paths.size() == files.size());  // no path written twice
  // Every page and asset twice: the regular version and the one under vi/.
  std::set<std::string> expected = {"robots.txt"};
  for (const char* path : {"index.html",
                           "appeals.html",
                           "decisions.html",
                           "methodology.html",
                           "about.html",
                           "life-situations/ls01.html",
                           "life-situations/ls02.html",
                           "touchpoints/tp01.html",
                           "touchpoints/tp02.html",
                           "downloads.html",
                           "contacts.html",
                           "accessibility.html",
                           "404.html",
                           "search.html",
                           "sitemap.html",
                           "assets/style.css",
                           "assets/vi.css",
                           "assets/search.js",
                           "assets/russian-stemmer.js",
                           "assets/search-index.js"}) {
    expected.insert(path);
    expected.insert(std::string("vi/") + path);
  }
  BOOST_TEST(paths == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(every_page_has_the_shared_layout) {
  const auto files = SiteFixture().render();
  // Period::russian_label writes a no-break space inside "IV квартал" and before "г.".
  const std::string period = "Данные за IV" + nbsp + "квартал 2024" + nbsp + "г. — III" + nbsp +
                             "квартал 2026" + nbsp + "г.";
  for (const auto& [path, html] : files) {
    if (!is_html(path)) continue;
    BOOST_TEST_CONTEXT(path) {
      BOOST_TEST(html.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
      BOOST_TEST(contains(html, "<meta charset=\"utf-8\">"));
      BOOST_TEST(contains(html, "name=\"viewport\""));
      BOOST_TEST(contains(html, "<a class=\"skip-link\" href=\"#main\">"));
      BOOST_TEST(contains(html, "<main id=\"main\""));
      BOOST_TEST(contains(html, "Отклик: тест"));
      BOOST_TEST(contains(html, "Министерство примеров"));
      BOOST_TEST(contains(html, "aria-label=\"Навигационная цепочка\""));
      BOOST_TEST(contains(html, "<h1>"));
      BOOST_TEST(contains(html, "8 800 555-35-35"));
      BOOST_TEST(contains(html, "href=\"tel:88005553535\""));
      BOOST_TEST(contains(html, "help@example.gov.ru"));
      BOOST_TEST(contains(html, "пн–пт 9:00–18:00"));
      BOOST_TEST(contains(html, period));
      BOOST_TEST(contains(html, "otklik-summary.xlsx\" download"));
      // Relative links only: the site opens from file:// and from a sub-folder.
      // The 404 page is served at any address: its links start at base_url.
      BOOST_TEST(contains(html, "href=\"/") == path.ends_with("404.html"));
      BOOST_TEST(!contains(html, "src=\"/"));
    }
  }
}

BOOST_AUTO_TEST_CASE(links_are_relative_to_the_page_depth) {
  const auto files = SiteFixture().render();
  const std::string& home = files.at("index.html");
  BOOST_TEST(contains(home, "href=\"assets/style.css\""));
  BOOST_TEST(contains(home, "href=\"life-situations/ls01.html\""));
  BOOST_TEST(contains(home, "href=\"touchpoints/tp01.html\""));
  BOOST_TEST(contains(home, "href=\"otklik-summary.xlsx\""));
  BOOST_TEST(contains(home, ">Сводка, XLSX</a>"));  // the label, not the file name
  const std::string& ls = files.at("life-situations/ls01.html");
  BOOST_TEST(contains(ls, "href=\"../assets/style.css\""));
  BOOST_TEST(contains(ls, "href=\"../index.html\""));
  BOOST_TEST(contains(ls, "href=\"../touchpoints/tp01.html\""));
  BOOST_TEST(contains(ls, "href=\"../otklik-summary.xlsx\""));
  BOOST_TEST(contains(ls, "href=\"../index.html#life-situations\""));
}

BOOST_AUTO_TEST_CASE(menu_marks_the_current_page) {
  const auto files = SiteFixture().render();
  BOOST_TEST(contains(files.at("methodology.html"),
                      "<a href=\"methodology.html\" aria-current=\"page\">Методика расчёта</a>"));
  BOOST_TEST(contains(files.at("methodology.html"), "<a href=\"about.html\">О проекте</a>"));
  BOOST_TEST(
      contains(files.at("index.html"), "<a href=\"index.html\" aria-current=\"page\">Главная</a>"));
  // Menu order by weight: Главная, Методика (1), О проекте (2).
  const std::string& about = files.at("about.html");
  BOOST_TEST(about.find(">Главная<") < about.find(">Методика расчёта<"));
  BOOST_TEST(about.find(">Методика расчёта<") < about.find(">О проекте<"));
}

BOOST_AUTO_TEST_CASE(hostile_name_appears_only_escaped) {
  const auto files = SiteFixture().render();
  for (const auto& [path, html] : files) {
    BOOST_TEST_CONTEXT(path) {
      BOOST_TEST(!contains(html, "<script>"));  // only the search page's own <script src>
      BOOST_TEST(!contains(html, kHostileName));
    }
  }
  // It is shown where the touchpoint is listed, escaped.
  for (const char* path : {"index.html", "touchpoints/tp02.html", "life-situations/ls01.html"})
    BOOST_TEST(contains(files.at(path), kHostileEscaped), path);
  BOOST_TEST(contains(files.at("touchpoints/tp02.html"), "<h1>" + kHostileEscaped + "</h1>"));
}

BOOST_AUTO_TEST_CASE(headline_indicators_with_interval_stars_and_base) {
  const std::string home = SiteFixture().render().at("index.html");
  BOOST_TEST(contains(home, "85,3" + nbsp + "%"));             // 85,26 rounded
  BOOST_TEST(contains(home, "от 83,1 до 87,2" + nbsp + "%"));  // interval
  BOOST_TEST(contains(home, "<span class=\"stars\" aria-hidden=\"true\">★★★★☆</span> 4 из 5"));
  BOOST_TEST(contains(home, "1" + nbsp + "234" + nbsp + "ответа"));  // n = 1 234
  BOOST_TEST(contains(home,
                      "\u2212"
                      "12,5"));  // NPS −12,46
  BOOST_TEST(contains(home, "III" + nbsp + "квартал 2026"));
  // Life situation table: ls01 with its value, ls02 without answers.
  BOOST_TEST(contains(row_with(home, "Рождение ребёнка"), "78,0" + nbsp + "%"));
  BOOST_TEST(contains(row_with(home, "Переезд"), "нет данных за период"));
}

BOOST_AUTO_TEST_CASE(life_situation_without_answers_says_no_data) {
  const auto files = SiteFixture().render();
  const std::string& empty = files.at("life-situations/ls02.html");
  BOOST_TEST(contains(empty, "<h1>Переезд</h1>"));
  BOOST_TEST(contains(empty, "нет данных за период"));
  BOOST_TEST(!contains(empty, "%</p>"));  // no value on any card
  BOOST_TEST(contains(empty, "Решения по этой жизненной ситуации пока не записаны."));
}

BOOST_AUTO_TEST_CASE(life_situation_page_tables) {
  const std::string ls = SiteFixture().render().at("life-situations/ls01.html");
  BOOST_TEST(contains(ls, "Пособия и документы"));  // description
  // By touchpoint: the portal row with its value and the low-reliability mark.
  const std::string portal = row_with(ls, ">Портал</a>");
  BOOST_TEST(contains(portal, "91,7" + nbsp + "%"));  // 91,67 rounded
  BOOST_TEST(contains(portal, "мало ответов"));       // 48 < low_n 100
  BOOST_TEST(contains(portal, "5 из 5"));
  // By service: below the first band.
  BOOST_TEST(contains(row_with(ls, "Пособие при рождении"), "уровень не достигнут"));
  // Dynamics: both periods, oldest first.
  const std::size_t previous = ls.find("IV" + nbsp + "квартал 2024");
  const std::size_t latest = ls.rfind("III" + nbsp + "квартал 2026");
  BOOST_TEST(previous != std::string::npos);
  BOOST_TEST(previous < latest);
  BOOST_TEST(contains(row_with(ls, "IV" + nbsp + "квартал 2024"), "70,0" + nbsp + "%"));
  // Every table has a caption and header cells with scope.
  std::size_t table_count = 0, caption_count = 0;
  for (std::size_t at = ls.find("<table"); at != std::string::npos; at = ls.find("<table", at + 1))
    ++table_count;
  for (std::size_t at = ls.find("<caption"); at != std::string::npos;
       at = ls.find("<caption", at + 1))
    ++caption_count;
  BOOST_TEST(table_count == 5u);  // indicators, by touchpoint, by service, dynamics, pain map
  BOOST_TEST(caption_count == table_count);
  BOOST_TEST(!contains(ls, "<th>"));
}

BOOST_AUTO_TEST_CASE(indicator_rows_say_change_and_level_in_words) {
  const auto files = SiteFixture().render();
  const std::string home_row =
      row_with(files.at("index.html"), "Доля клиентов, удовлетворённых получением");
  BOOST_TEST(contains(home_row, "85,3" + nbsp + "%"));
  BOOST_TEST(contains(home_row, "95&nbsp;% интервал: от 83,1 до 87,2" + nbsp + "%"));
  BOOST_TEST(contains(home_row, "</span> 4 из 5"));  // the level in words, not only stars
  // The arrow is decoration; the words carry the change and its test.
  BOOST_TEST(contains(home_row, "<span class=\"arrow\" aria-hidden=\"true\">▲</span>"));
  BOOST_TEST(contains(
      home_row, "рост на 1,3" + nbsp + "п." + nbsp + "п., статистически значимо (улучшение)"));
  const std::string ls_row =
      row_with(files.at("life-situations/ls01.html"), "Доля клиентов, удовлетворённых получением");
  BOOST_TEST(contains(
      ls_row, "снижение на 0,4" + nbsp + "п." + nbsp + "п., в пределах случайных колебаний"));
  BOOST_TEST(!contains(ls_row, "ухудшение"));  // not significant: no verdict
  // NPS without a level, in points, with no previous period to compare.
  const std::string nps_row = row_with(files.at("index.html"), "Индекс потребительской лояльности");
  BOOST_TEST(contains(nps_row,
                      "\u2212"
                      "12,5"));
  BOOST_TEST(contains(nps_row, "не присваивается"));
  BOOST_TEST(contains(nps_row, "нет данных для сравнения"));
}

BOOST_AUTO_TEST_CASE(absent_optional_file_is_named) {
  const std::string home = SiteFixture().render().at("index.html");
  BOOST_TEST(contains(row_with(home, "Доля повторных запросов"),
                      "не рассчитывается: файл service_requests.csv не представлен"));
  BOOST_TEST(contains(home, "не рассчитывается: файл response_times.csv не представлен"));
  // Given files are not reported missing.
  BOOST_TEST(!contains(home, "файл survey.csv не представлен"));
  BOOST_TEST(!contains(home, "файл pain_points.csv не представлен"));
}

BOOST_AUTO_TEST_CASE(pain_map_ranks_themes_by_mentions) {
  const auto files = SiteFixture().render();
  const std::string& ls = files.at("life-situations/ls01.html");
  const std::size_t first = ls.find(kHostileEscaped + "</th><td class=\"num\">30<");
  const std::size_t second = ls.find("Очередь в МФЦ</th><td class=\"num\">5<");
  BOOST_TEST(first != std::string::npos);
  BOOST_TEST(second != std::string::npos);
  BOOST_TEST(first < second);
  BOOST_TEST(
      contains(files.at("life-situations/ls02.html"), "За период клиенты не назвали проблем."));
}

BOOST_AUTO_TEST_CASE(suppressed_cut_shows_no_number) {
  const auto files = SiteFixture().render();
  const std::string hidden_text = "скрыто: менее 10" + nbsp + "ответов";
  for (const char* path : {"life-situations/ls01.html", "index.html"}) {
    BOOST_TEST_CONTEXT(path) {
      const std::string row = row_with(files.at(path), kHostileEscaped);
      BOOST_TEST_REQUIRE(!row.empty());
      BOOST_TEST(contains(row, hidden_text));
      // The fixture left 55,5 % of 7 answers and 2 stars in the suppressed result.
      BOOST_TEST(!contains(row, "55,5"));
      BOOST_TEST(!contains(row, ">7<"));
      BOOST_TEST(!contains(row, "из 5"));
    }
  }
  const std::string& tp = files.at("touchpoints/tp02.html");
  BOOST_TEST(contains(tp, hidden_text));
  BOOST_TEST(!contains(tp, "55,5"));
  BOOST_TEST(!contains(tp, "31,1"));  // nor the interval
}

BOOST_AUTO_TEST_CASE(methodology_page_shows_the_definitions_table) {
  const auto files = SiteFixture().render();
  const std::string& page = files.at("methodology.html");
  BOOST_TEST(contains(page, "<p>Текст методики.</p>"));  // the Markdown body as is
  BOOST_TEST(contains(page, "Показатели стандарта «Государство для людей»</caption>"));
  for (const auto& def : otklik::metrics::indicator_definitions()) {
    BOOST_TEST(contains(page, std::string(def.name)), def.name);
    if (!def.stars.empty()) BOOST_TEST(contains(page, "5 из 5: от "), def.name);
  }
  BOOST_TEST(!contains(files.at("about.html"), "Показатели стандарта"));
}

BOOST_AUTO_TEST_CASE(output_is_deterministic) {
  SiteFixture fixture;
  BOOST_TEST((fixture.render() == fixture.render()));
}

// The pages render on every core; the files and their order must be those
// of rendering the same jobs one after another.
BOOST_AUTO_TEST_CASE(parallel_render_equals_one_job_at_a_time) {
  using namespace otklik::render;
  SiteFixture fixture;
  const SiteInputs inputs = fixture.inputs();
  const SiteContext site(inputs);
  const std::vector<PageJob> jobs = page_jobs(inputs);
  std::vector<RenderedPage> rendered;
  for (const PageJob& job : jobs) rendered.push_back(render_job(site, job));
  const std::vector<OutputFile> sequential = assemble_site(site, std::move(rendered));
  const std::vector<OutputFile> parallel = render_site(inputs);
  BOOST_TEST_REQUIRE(sequential.size() == parallel.size());
  for (std::size_t i = 0; i < parallel.size(); ++i) {
    BOOST_TEST(sequential[i].path == parallel[i].path);
    BOOST_TEST((sequential[i].bytes == parallel[i].bytes), parallel[i].path);
  }
  // Every job names the page it writes, and each page once.
  std::set<std::string> paths;
  for (const PageJob& job : jobs) BOOST_TEST(paths.insert(job.path).second, job.path);
  for (std::size_t i = 0; i < jobs.size(); ++i) BOOST_TEST(parallel[2 * i].path == jobs[i].path);
}

BOOST_AUTO_TEST_CASE(stylesheet_is_copied) {
  const auto files = SiteFixture().render();
  BOOST_TEST(contains(files.at("assets/style.css"), "background-color"));
}

BOOST_AUTO_TEST_SUITE_END()
