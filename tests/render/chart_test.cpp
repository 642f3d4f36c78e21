// The SVG charts: structure, words for hidden points, escaping, contrast.
#include <boost/test/unit_test.hpp>
#include <regex>
#include <string>

#include "support/text_search.hpp"

#include "render/bar_chart.hpp"
#include "render/line_chart.hpp"
#include "render/site_fixture.hpp"
#include "validate/colour.hpp"

using namespace otklik;
using render::Chart;
using render::ChartPoint;

namespace {

using test::contains;
using test::count;

metrics::IndicatorResult share(double value, double low, double high) {
  metrics::IndicatorResult r;
  r.measurement.value = value;
  r.measurement.n = 200;
  r.measurement.ci = {low, high};
  return r;
}

metrics::IndicatorResult hidden() {
  metrics::IndicatorResult r = share(55, 40, 70);
  r.suppressed = true;
  return r;
}

const metrics::IndicatorResult kPortal = share(85.14, 80, 89);
const metrics::IndicatorResult kMfc = share(61.0, 55, 66.5);
const metrics::IndicatorResult kHidden = hidden();

Chart bars() {
  return {"tp-chart",
          "Удовлетворённость <по точкам> & «каналам»",
          "доля удовлетворённых",
          {{"Портал", &kPortal},
           {test::kHostileName, &kMfc},
           {"Скрытая", &kHidden},
           {"Пусто", nullptr}}};
}

// Every colour an SVG paints with, by attribute.
std::vector<std::pair<std::string, std::string>> paints(const std::string& svg) {
  std::vector<std::pair<std::string, std::string>> found;
  static const std::regex paint(R"re(class="([a-z-]+)"[^>]*?(?:fill|stroke)="(#[0-9a-f]{6})")re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), paint); it != std::sregex_iterator();
       ++it)
    found.emplace_back((*it)[1], (*it)[2]);
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(charts)

BOOST_AUTO_TEST_CASE(a_bar_per_published_point_and_words_for_the_others) {
  const std::string svg = render::bar_chart(bars(), ingest::default_config());
  BOOST_TEST(svg.starts_with("<svg class=\"chart bar-chart\" viewBox=\"0 0 320.0 "));
  BOOST_TEST(contains(svg, "role=\"img\" aria-labelledby=\"tp-chart-title tp-chart-desc\""));
  BOOST_TEST(count(svg, "<rect class=\"bar\"") == 2u);
  BOOST_TEST(count(svg, "<path class=\"whisker\"") == 2u);
  BOOST_TEST(contains(svg, ">85,1\u00a0%</text>"));
  BOOST_TEST(contains(svg, ">скрыто: менее 10\u00a0ответов</text>"));
  BOOST_TEST(contains(svg, ">нет данных за период</text>"));
  BOOST_TEST(!contains(svg, "55,0"));  // nothing of the hidden value leaks
  BOOST_TEST(!contains(svg, " width=\"100%\""));
  BOOST_TEST(!std::regex_search(svg, std::regex(R"(<svg[^>]* width=)")));
}

BOOST_AUTO_TEST_CASE(the_description_names_the_highest_and_the_lowest) {
  const std::string svg = render::bar_chart(bars(), ingest::default_config());
  BOOST_TEST(contains(svg, "Выше всего — Портал, 85,1\u00a0%; ниже всего — " +
                               test::kHostileEscaped + ", 61,0\u00a0%."));
}

BOOST_AUTO_TEST_CASE(text_from_data_is_escaped) {
  const std::string svg = render::bar_chart(bars(), ingest::default_config());
  BOOST_TEST(contains(svg,
                      "<title id=\"tp-chart-title\">Удовлетворённость &lt;по точкам&gt; "
                      "&amp; «каналам»</title>"));
  BOOST_TEST(contains(svg, test::kHostileEscaped));
  BOOST_TEST(!contains(svg, "<script"));
}

BOOST_AUTO_TEST_CASE(long_labels_wrap_at_spaces) {
  Chart chart = bars();
  chart.points = {
      {"Выдача сертификата на материнский (семейный) капитал и ещё несколько слов", &kPortal}};
  const std::string svg = render::bar_chart(chart, ingest::default_config());
  BOOST_TEST(count(svg, "<text class=\"label\"") == 2u);
  BOOST_TEST(contains(svg, ">Выдача сертификата на материнский</text>"));
}

BOOST_AUTO_TEST_CASE(every_mark_and_text_has_enough_contrast_on_white) {
  const auto white = *validate::parse_colour("#ffffff");
  std::vector<model::Period> periods = {{2026, 1, 0}, {2026, 2, 0}, {2026, 3, 0}};
  Chart line = bars();
  line.points = {{"I", &kPortal}, {"II", &kMfc}, {"III", &kPortal}};
  for (const std::string& svg :
       {render::bar_chart(bars(), ingest::default_config()), render::line_chart(line, periods)}) {
    const auto found = paints(svg);
    BOOST_TEST(found.size() > 4u);
    for (const auto& [cls, colour] : found) {
      if (cls == "grid") continue;  // a guide, not a mark
      const double ratio = validate::contrast_ratio(*validate::parse_colour(colour), white);
      const bool text = cls == "label" || cls == "value" || cls == "gap" || cls == "axis";
      BOOST_TEST(ratio >= (text ? 4.5 : 3.0), cls << " " << colour << " " << ratio);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_line_breaks_at_hidden_periods) {
  std::vector<model::Period> periods = {{2025, 4, 0}, {2026, 1, 0}, {2026, 2, 0}, {2026, 3, 0}};
  Chart chart{"dyn",
              "По периодам",
              "доля удовлетворённых",
              {{"IV квартал 2025 г.", &kPortal},
               {"I квартал 2026 г.", &kMfc},
               {"II квартал 2026 г.", &kHidden},
               {"III квартал 2026 г.", &kPortal}}};
  const std::string svg = render::line_chart(chart, periods);
  std::smatch line;
  const bool has_line = std::regex_search(svg, line, std::regex(R"re(class="line" d="([^"]*)")re"));
  BOOST_TEST_REQUIRE(has_line);
  BOOST_TEST(count(line[1].str(), "M") == 2u);  // two runs: Q4–Q1, then Q3 alone
  BOOST_TEST(count(svg, "<circle class=\"marker\"") == 3u);
  BOOST_TEST(count(svg, ">2025</text>") == 1u);
  BOOST_TEST(count(svg, ">2026</text>") == 1u);  // the year only where it changes
  BOOST_TEST(contains(svg,
                      "Первый период (IV квартал 2025 г.) — 85,1\u00a0%, последний "
                      "(III квартал 2026 г.) — 85,1\u00a0%."));
  chart.points = {{"a", &kPortal}, {"b", &kHidden}, {"c", nullptr}, {"d", nullptr}};
  BOOST_TEST(render::line_chart(chart, periods).empty());  // one point makes no line
}

BOOST_AUTO_TEST_CASE(charts_are_deterministic) {
  BOOST_TEST(render::bar_chart(bars(), ingest::default_config()) ==
             render::bar_chart(bars(), ingest::default_config()));
}

BOOST_AUTO_TEST_CASE(pages_show_each_chart_before_its_table) {
  const auto files = test::SiteFixture().render();
  const std::string& ls = files.at("life-situations/ls01.html");
  BOOST_TEST(ls.find("id=\"touchpoint-chart-title\"") < ls.find("id=\"by-touchpoint\""));
  BOOST_TEST(ls.find("id=\"dynamics-chart-title\"") < ls.find("id=\"dynamics\""));
  BOOST_TEST(contains(ls, "<figure class=\"chart-figure\"><svg"));
  BOOST_TEST(contains(files.at("index.html"), "id=\"life-situation-chart-title\""));
}

BOOST_AUTO_TEST_SUITE_END()
