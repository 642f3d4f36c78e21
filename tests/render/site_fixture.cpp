#include "render/site_fixture.hpp"

namespace otklik::test {
namespace {

using metrics::Cut;
using metrics::IndicatorId;
using metrics::IndicatorResult;

constexpr model::DimIndex kBirth = 0;    // ls01, with answers
constexpr model::DimIndex kPortal = 0;   // tp01
constexpr model::DimIndex kHostile = 1;  // tp02
constexpr uint16_t kPrevious = 0;        // 2024-Q4
constexpr uint16_t kLatest = 1;          // 2026-Q3

IndicatorResult share(Cut cut, IndicatorId id, double value, uint64_t n, int stars,
                      metrics::Interval ci) {
  IndicatorResult r;
  r.cut = cut;
  r.indicator = id;
  r.unit = metrics::definition(id).unit;
  r.estimate = metrics::definition(id).estimate;
  r.measurement.value = value;
  r.measurement.n = n;
  r.measurement.ci = ci;
  r.star_level = stars;
  r.low_reliability = n < 100;
  return r;
}

// Suppressed, with tell-tale numbers left in the measurement on purpose: the
// page must not print them even if a computation forgot to zero them.
IndicatorResult suppressed(Cut cut) {
  IndicatorResult r = share(cut, IndicatorId::SatisfactionShare, 55.5, 7, 2, {31.1, 77.7});
  r.suppressed = true;
  return r;
}

content::ContentPage page(std::string slug, std::string title, int weight, std::string html) {
  content::ContentPage p;
  p.source = "content/" + slug + ".md";
  p.front.title = std::move(title);
  p.front.slug = std::move(slug);
  p.front.weight = weight;
  p.body_html = std::move(html);
  return p;
}

}  // namespace

SiteFixture::SiteFixture() {
  data.life_situations = {{"ls01", "Рождение ребёнка", "Пособия и документы", 1, "Семья", true},
                          {"ls02", "Переезд", "", 2, "", false}};
  data.services = {{"svc1", "Пособие при рождении"}};
  data.life_situation_services = {{"ls01", "svc1", true, false}};
  data.touchpoints = {{"tp01", "Портал", model::Channel::Portal, model::TouchpointKind::Digital},
                      {"tp02", kHostileName, model::Channel::Mfc, model::TouchpointKind::Offline}};
  data.periods = {{2024, 4, 0}, {2026, 3, 0}};
  // pain_points.csv was given; service_requests.csv and the others were not.
  data.inputs = {{"survey.csv", 10, ""}, {"pain_points.csv", 2, ""}};

  const auto sat = IndicatorId::SatisfactionShare;
  // Whole ministry, latest period: 85,26 % of 1 234 answers, 4 stars.
  IndicatorResult headline = share({.period = kLatest}, sat, 85.26, 1234, 4, {83.14, 87.2});
  headline.change =
      metrics::Change{.difference = 1.34, .z = 2.5, .tested = true, .significant = true};
  indicators.add(headline);
  indicators.add(share({.period = kLatest}, IndicatorId::Nps, -12.46, 1100, -1, {-15.2, -9.76}));
  IndicatorResult birth =
      share({.period = kLatest, .life_situation = kBirth}, sat, 78.04, 250, 3, {72.5, 82.7});
  birth.change =
      metrics::Change{.difference = -0.44, .z = -0.3, .tested = true, .significant = false};
  indicators.add(birth);
  // The pain map of ls01: ranked by mentions, whatever the order added.
  for (auto [theme, mentions] :
       {std::pair<std::string, double>{"Очередь в МФЦ", 5}, {kHostileName, 30}}) {
    IndicatorResult pain = share({.period = kLatest, .life_situation = kBirth},
                                 IndicatorId::PainMentions, mentions, uint64_t(mentions), -1, {});
    pain.detail = indicators.intern(theme);
    indicators.add(pain);
  }
  indicators.add(
      share({.period = kPrevious, .life_situation = kBirth}, sat, 70.0, 200, 2, {63.3, 75.9}));
  indicators.add(share({.period = kLatest, .life_situation = kBirth, .touchpoint = kPortal}, sat,
                       91.67, 48, 5, {80.4, 96.7}));  // under low_n: «мало ответов»
  indicators.add(suppressed({.period = kLatest, .life_situation = kBirth, .touchpoint = kHostile}));
  indicators.add(share({.period = kLatest, .life_situation = kBirth, .service = 0}, sat, 45.0, 150,
                       0, {37.1, 53.2}));  // below the first band: «уровень не достигнут»
  indicators.add(
      share({.period = kLatest, .touchpoint = kPortal}, sat, 91.67, 48, 5, {80.4, 96.7}));
  indicators.add(suppressed({.period = kLatest, .touchpoint = kHostile}));

  pages = {page("methodology", "Методика расчёта", 1, "<p>Текст методики.</p>"),
           page("about", "О проекте", 2, "<p>О сайте.</p>")};
  config.site_title = "Отклик: тест";
  config.organisation = "Министерство примеров";
  config.support.phone = "8 800 555-35-35";
  config.support.email = "help@example.gov.ru";
  config.support.hours = "пн–пт 9:00–18:00";
  templates_dir = std::filesystem::path(OTKLIK_SOURCE_DIR) / "templates";
}

render::SiteInputs SiteFixture::inputs() const {
  return {data,   indicators,    pages,
          config, templates_dir, {{"otklik-summary.xlsx", "Сводка, XLSX"}}};
}

std::map<std::string, std::string> SiteFixture::render() const {
  std::map<std::string, std::string> files;
  for (auto& file : render::render_site(inputs())) files[file.path] = std::move(file.bytes);
  return files;
}

}  // namespace otklik::test
