// The pages every publication has besides the indicators: the vi/ version,
// appeals, decisions, downloads, contacts, accessibility, the site maps, 404.
#include <boost/test/unit_test.hpp>
#include <string>

#include "support/text_search.hpp"

#include "ingest/input_error.hpp"
#include "render/site_fixture.hpp"

using namespace otklik;
using otklik::test::SiteFixture;

namespace {

using test::contains;
using test::count;

// The part of a page between <main> and </main>.
std::string main_of(const std::string& html) {
  const auto begin = html.find("<main");
  return html.substr(begin, html.find("</main>") - begin);
}

content::ContentPage decision(std::string slug, std::string ls, std::string period,
                              std::string status) {
  content::ContentPage p;
  p.source = "content/decisions/" + slug + ".md";
  p.section = "decisions";
  p.front.title = "Решение " + slug;
  p.front.slug = slug;
  p.front.life_situation = std::move(ls);
  p.front.life_situation_at = {p.source.string(), 3, 17};
  p.front.period = std::move(period);
  p.front.status = std::move(status);
  p.body_html = "<p>Сделали.</p>";
  return p;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(site_pages)

BOOST_AUTO_TEST_CASE(every_page_has_a_vi_version_linked_both_ways) {
  const auto files = SiteFixture().render();
  for (const auto& [path, html] : files) {
    if (!path.ends_with(".html") || path.starts_with("vi/") || path == "404.html") continue;
    BOOST_TEST_CONTEXT(path) {
      const std::string& vi = files.at("vi/" + path);
      // The same content; the downloads page links files outside vi/.
      if (path != "downloads.html") BOOST_TEST(main_of(vi) == main_of(html));
      BOOST_TEST(contains(vi, "assets/vi.css\">"));
      BOOST_TEST(!contains(html, "vi.css"));
      BOOST_TEST(contains(html, ">Версия для слабовидящих</a>"));
      BOOST_TEST(contains(vi, ">Обычная версия сайта</a>"));
    }
  }
  const std::string& home = files.at("index.html");
  BOOST_TEST(contains(home, "<a href=\"vi/index.html\">Версия для слабовидящих"));
  const std::string& vi_ls = files.at("vi/life-situations/ls01.html");
  BOOST_TEST(contains(vi_ls, "<a href=\"../../life-situations/ls01.html\">Обычная версия"));
  BOOST_TEST(contains(vi_ls, "href=\"../assets/style.css\""));        // vi/assets, a copy
  BOOST_TEST(contains(vi_ls, "href=\"../../otklik-summary.xlsx\""));  // one file for both
  BOOST_TEST(contains(vi_ls, "href=\"../touchpoints/tp01.html\""));   // stays inside vi/
  BOOST_TEST(files.at("vi/assets/style.css") == files.at("assets/style.css"));
}

BOOST_AUTO_TEST_CASE(the_menu_and_footer_reach_every_section) {
  const auto files = SiteFixture().render();
  const std::string& ls = files.at("life-situations/ls01.html");
  for (const char* link :
       {"href=\"../appeals.html\">Обращения", "href=\"../decisions.html\">Вы сказали — мы сделали",
        "href=\"../downloads.html\">Данные", "href=\"../contacts.html\">Контакты",
        "href=\"../accessibility.html\">Доступность сайта", "href=\"../sitemap.html\">Карта сайта"})
    BOOST_TEST(contains(ls, link), link);
  BOOST_TEST(contains(files.at("appeals.html"),
                      "<a href=\"appeals.html\" aria-current=\"page\">Обращения</a>"));
  // The figures stand at the end of the last period, 2026-Q3.
  BOOST_TEST(contains(ls, "Дата обновления: 30 сентября 2026\u00a0г."));
}

BOOST_AUTO_TEST_CASE(a_content_page_with_a_date_is_updated_on_that_date) {
  SiteFixture fixture;
  fixture.pages[1].front.date = "2026-11-22";
  const auto files = fixture.render();
  BOOST_TEST(contains(files.at("about.html"), "Дата обновления: 22 ноября 2026\u00a0г."));
  BOOST_TEST(contains(files.at("methodology.html"), "Дата обновления: 30 сентября 2026\u00a0г."));
}

BOOST_AUTO_TEST_CASE(decisions_are_listed_newest_first_and_on_their_life_situation) {
  SiteFixture fixture;
  fixture.pages.push_back(decision("queue", "ls01", "2026-Q2", "done"));
  fixture.pages.push_back(decision("sms", "ls01", "2026-Q3", "in_progress"));
  fixture.pages.push_back(decision("move", "ls02", "", "planned"));
  const auto files = fixture.render();
  const std::string list = main_of(files.at("decisions.html"));
  BOOST_TEST(list.find("Решение sms") < list.find("Решение queue"));
  BOOST_TEST(list.find("Решение queue") < list.find("Решение move"));  // no period: last
  BOOST_TEST(contains(list, "<a href=\"decisions/sms.html\">Решение sms</a>"));
  BOOST_TEST(contains(list, "Статус: выполняется. Период: III\u00a0квартал 2026\u00a0г."));
  BOOST_TEST(contains(list, "<a href=\"life-situations/ls01.html\">Рождение ребёнка</a>"));
  const std::string ls = main_of(files.at("life-situations/ls01.html"));
  BOOST_TEST(contains(ls, "Решение sms"));
  BOOST_TEST(contains(ls, "Решение queue"));
  BOOST_TEST(!contains(ls, "Решение move"));
  const std::string& page = files.at("decisions/sms.html");
  BOOST_TEST(contains(page, "<a href=\"../decisions.html\">Вы сказали — мы сделали</a>"));
}

BOOST_AUTO_TEST_CASE(a_decision_about_an_unknown_life_situation_is_an_error_at_its_line) {
  SiteFixture fixture;
  fixture.pages.push_back(decision("ghost", "ls99", "2026-Q3", "done"));
  try {
    fixture.render();
    BOOST_FAIL("no error");
  } catch (const ingest::InputError& e) {
    BOOST_TEST(std::string(e.what()) ==
               "content/decisions/ghost.md:3:17: error: `life_situation` \"ls99\" is not an id "
               "of life_situations.csv");
  }
  SiteFixture missing;
  missing.pages.push_back(decision("none", "", "2026-Q3", "done"));
  BOOST_CHECK_THROW(missing.render(), ingest::InputError);
}

BOOST_AUTO_TEST_CASE(the_appeals_page_shows_counts_and_shares_by_kind) {
  SiteFixture fixture;
  auto add = [&](metrics::IndicatorId id, const std::string& detail, double value, uint64_t n) {
    metrics::IndicatorResult r;
    r.cut = {.period = 1};
    r.indicator = id;
    r.unit = metrics::definition(id).unit;
    r.estimate = metrics::definition(id).estimate;
    r.measurement.value = value;
    r.measurement.n = n;
    if (!detail.empty()) r.detail = fixture.indicators.intern(detail);
    fixture.indicators.add(r);
  };
  add(metrics::IndicatorId::AppealsCount, "", 1234, 1234);
  add(metrics::IndicatorId::AppealsOnTimeShare, "", 95.14, 1234);
  add(metrics::IndicatorId::AppealsRepeatShare, "", 2.01, 1234);
  add(metrics::IndicatorId::AppealsByKind, "complaint", 34, 34);
  add(metrics::IndicatorId::AppealsOnTimeShare, "kind:complaint", 88.24, 34);
  add(metrics::IndicatorId::AppealsByTopic, "<b>Сроки</b>", 12, 12);
  const std::string page = main_of(fixture.render().at("appeals.html"));
  BOOST_TEST(contains(page,
                      "1\u00a0234\u00a0обращения, рассмотрено в срок — 95,1\u00a0%, повторных — "
                      "2,0\u00a0%"));
  BOOST_TEST(contains(page,
                      "<th scope=\"row\">Жалоба</th><td class=\"num\">34</td><td "
                      "class=\"num\">88,2\u00a0%</td><td class=\"num\">—</td>"));
  BOOST_TEST(contains(page, "&lt;b&gt;Сроки&lt;/b&gt;"));
  BOOST_TEST(!contains(page, "<b>Сроки"));
  BOOST_TEST(
      contains(main_of(SiteFixture().render().at("appeals.html")), "Обращений за период нет"));
}

BOOST_AUTO_TEST_CASE(the_site_map_lists_every_page_once) {
  const auto files = SiteFixture().render();
  const std::string map = main_of(files.at("sitemap.html"));
  for (const auto& [path, html] : files) {
    if (!path.ends_with(".html") || path.starts_with("vi/")) continue;
    BOOST_TEST(count(map, "href=\"" + path + "\"") == (path == "404.html" ? 0u : 1u), path);
  }
  BOOST_TEST(contains(map, "<h2>Жизненные ситуации</h2>"));
  // Navigation, not prose: a national site map of 400 service names would
  // otherwise fail the plain-language rule as one long text.
  BOOST_TEST(contains(map, "<nav aria-label=\"Жизненные ситуации\">\n<h2>"));
}

BOOST_AUTO_TEST_CASE(sitemap_xml_needs_an_absolute_base_url) {
  const auto relative = SiteFixture().render();
  BOOST_TEST(!relative.contains("sitemap.xml"));
  BOOST_TEST(relative.at("robots.txt") == "User-agent: *\nAllow: /\n");
  BOOST_TEST(contains(relative.at("404.html"), "<a href=\"/index.html\">"));

  SiteFixture fixture;
  fixture.config.base_url = "https://otklik.example.gov.ru/minprim";
  const auto files = fixture.render();
  const std::string& xml = files.at("sitemap.xml");
  BOOST_TEST(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns="));
  BOOST_TEST(contains(xml,
                      "<url><loc>https://otklik.example.gov.ru/minprim/</loc>"
                      "<lastmod>2026-09-30</lastmod></url>"));
  BOOST_TEST(
      contains(xml, "<loc>https://otklik.example.gov.ru/minprim/touchpoints/tp02.html</loc>"));
  BOOST_TEST(!contains(xml, "404.html"));
  BOOST_TEST(!contains(xml, "/vi/"));
  std::size_t regular_pages = 0;
  for (const auto& [path, html] : files)
    regular_pages += path.ends_with(".html") && !path.starts_with("vi/") && path != "404.html";
  BOOST_TEST(count(xml, "<url>") == regular_pages);
  BOOST_TEST(
      files.at("robots.txt") ==
      "User-agent: *\nAllow: /\nSitemap: https://otklik.example.gov.ru/minprim/sitemap.xml\n");
  BOOST_TEST(contains(files.at("404.html"), "<a href=\"/minprim/sitemap.html\">"));
}

BOOST_AUTO_TEST_CASE(contacts_and_accessibility_statement) {
  const auto files = SiteFixture().render();
  const std::string contacts = main_of(files.at("contacts.html"));
  BOOST_TEST(contains(contacts, "<dd>8 800 555-35-35</dd>"));
  BOOST_TEST(contains(contacts, "<dd>help@example.gov.ru</dd>"));
  const std::string statement = main_of(files.at("accessibility.html"));
  BOOST_TEST(contains(statement, "WCAG 2.1 уровня AA"));
  BOOST_TEST(contains(statement, "ГОСТ Р 52872-2019"));
  BOOST_TEST(contains(statement, "Заявление обновлено 30 сентября 2026\u00a0г."));
}

BOOST_AUTO_TEST_CASE(the_downloads_page_links_each_file_from_both_versions) {
  SiteFixture fixture;
  const auto files = fixture.render();
  BOOST_TEST(contains(main_of(files.at("downloads.html")),
                      "<a href=\"otklik-summary.xlsx\" download>Сводка, XLSX</a>"));
  BOOST_TEST(contains(main_of(files.at("vi/downloads.html")),
                      "<a href=\"../otklik-summary.xlsx\" download>Сводка, XLSX</a>"));
}

BOOST_AUTO_TEST_SUITE_END()
