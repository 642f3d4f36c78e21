// IncrementalSite (what `otklik serve` re-renders): after every kind of edit
// its output equals a full render_site of the same inputs, and it rendered
// only the pages the edit affects.
#include <boost/test/unit_test.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/incremental_site.hpp"
#include "render/site_fixture.hpp"

using otklik::render::IncrementalSite;
using otklik::render::OutputFile;
using otklik::render::SiteEdit;
using otklik::test::SiteFixture;

namespace {

otklik::content::ContentPage decision(const std::string& slug, const std::string& ls) {
  otklik::content::ContentPage p;
  p.source = "content/decisions/" + slug + ".md";
  p.section = "decisions";
  p.front.title = "Решение " + slug;
  p.front.slug = slug;
  p.front.life_situation = ls;
  p.front.life_situation_at = {p.source.string(), 3, 17};
  p.front.period = "2026-Q3";
  p.front.status = "done";
  p.body_html = "<p>Сделали.</p>";
  return p;
}

// Renders through `site` and checks the files against a full render.
void check_equals_full_render(IncrementalSite& site, const SiteFixture& fixture,
                              const SiteEdit& edit) {
  const std::vector<OutputFile> incremental = site.render(fixture.inputs(), edit);
  const std::vector<OutputFile> full = otklik::render::render_site(fixture.inputs());
  BOOST_TEST_REQUIRE(incremental.size() == full.size());
  for (std::size_t i = 0; i < full.size(); ++i) {
    BOOST_TEST(incremental[i].path == full[i].path);
    BOOST_TEST((incremental[i].bytes == full[i].bytes), full[i].path);
  }
}

std::size_t job_count(const SiteFixture& fixture) {
  return otklik::render::page_jobs(fixture.inputs()).size();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(incremental_site)

BOOST_AUTO_TEST_CASE(first_render_renders_every_page) {
  SiteFixture fixture;
  IncrementalSite site;
  check_equals_full_render(site, fixture, {});
  BOOST_TEST(site.pages_rendered() == job_count(fixture));
}

BOOST_AUTO_TEST_CASE(an_edited_page_is_the_only_page_rendered) {
  SiteFixture fixture;
  IncrementalSite site;
  site.render(fixture.inputs(), {});
  fixture.pages[1].body_html = "<p>Новый текст о сайте: пенсия.</p>";
  check_equals_full_render(site, fixture, {.content_files = {"content/about.md"}});
  BOOST_TEST(site.pages_rendered() == 1u);
}

BOOST_AUTO_TEST_CASE(an_edit_nobody_reported_is_not_rendered) {
  // Proves the pages are reused, not rendered again behind the scenes.
  SiteFixture fixture;
  IncrementalSite site;
  site.render(fixture.inputs(), {});
  fixture.pages[1].body_html = "<p>Не замечено.</p>";
  const auto files = site.render(fixture.inputs(), {});
  BOOST_TEST(site.pages_rendered() == 0u);
  for (const OutputFile& file : files)
    if (file.path == "about.html") BOOST_TEST(file.bytes.find("Не замечено") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_new_page_is_rendered_with_the_pages_that_list_it) {
  SiteFixture fixture;
  IncrementalSite site;
  site.render(fixture.inputs(), {});
  otklik::content::ContentPage news = fixture.pages[1];
  news.source = "content/news/first.md";
  news.section = "news";
  news.front.slug = "first";
  news.front.title = "Первая новость";
  fixture.pages.push_back(news);
  // A page in a section is not in the main menu: the site map and the
  // search index change, no other page.
  check_equals_full_render(site, fixture, {.content_files = {"content/news/first.md"}});
  BOOST_TEST(site.pages_rendered() == 1u);
}

BOOST_AUTO_TEST_CASE(a_decision_renders_the_pages_that_list_decisions) {
  SiteFixture fixture;
  IncrementalSite site;
  site.render(fixture.inputs(), {});
  fixture.pages.push_back(decision("queue", "ls01"));
  check_equals_full_render(site, fixture, {.content_files = {"content/decisions/queue.md"}});
  // The decision, the decisions page, both life situation pages.
  BOOST_TEST(site.pages_rendered() == 4u);
  // Deleting it again: the decisions page and life situations lose it.
  fixture.pages.pop_back();
  check_equals_full_render(site, fixture, {.content_files = {"content/decisions/queue.md"}});
  BOOST_TEST(site.pages_rendered() == 3u);
}

BOOST_AUTO_TEST_CASE(a_new_menu_title_renders_every_page) {
  SiteFixture fixture;
  IncrementalSite site;
  site.render(fixture.inputs(), {});
  fixture.pages[1].front.title = "О нас";
  check_equals_full_render(site, fixture, {.content_files = {"content/about.md"}});
  BOOST_TEST(site.pages_rendered() == job_count(fixture));
}

BOOST_AUTO_TEST_CASE(a_template_edit_renders_every_page) {
  SiteFixture fixture;
  IncrementalSite site;
  site.render(fixture.inputs(), {});
  site.render(fixture.inputs(), {.templates = true});
  BOOST_TEST(site.pages_rendered() == job_count(fixture));
}

BOOST_AUTO_TEST_CASE(a_failed_render_keeps_the_last_good_pages) {
  SiteFixture fixture;
  IncrementalSite site;
  site.render(fixture.inputs(), {});
  // A page whose slug takes the home page's file name fails the render.
  fixture.pages[1].front.slug = "index";
  BOOST_CHECK_THROW(site.render(fixture.inputs(), {.content_files = {"content/about.md"}}),
                    std::exception);
  fixture.pages[1].front.slug = "about";
  fixture.pages[1].body_html = "<p>Исправлено.</p>";
  check_equals_full_render(site, fixture, {.content_files = {"content/about.md"}});
  BOOST_TEST(site.pages_rendered() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
