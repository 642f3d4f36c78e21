#include "render/bar_chart.hpp"

#include <algorithm>

#include "render/markup.hpp"
#include "render/russian_format.hpp"

namespace otklik::render {
namespace {

// The viewBox is 320 units wide, so one unit is one CSS pixel on the
// narrowest screen the rules require; wider screens scale it up to 40rem.
constexpr double kWidth = 320;
constexpr double kLeft = 4;
constexpr double kBarSpan = 250;  // 100 %; the value label fits to its right
constexpr double kLine = 15;      // label line height, font-size 12
constexpr double kBar = 14;
// SVG text does not wrap: labels are broken at spaces to about 42 letters,
// what fits in 312 units at font-size 12.
constexpr std::size_t kLetters = 42;

std::vector<std::string> wrap(const std::string& label) {
  std::vector<std::string> lines(1);
  std::size_t letters = 0;
  std::size_t start = 0;
  while (start <= label.size()) {
    std::size_t end = label.find(' ', start);
    if (end == std::string::npos) end = label.size();
    const std::string word = label.substr(start, end - start);
    // Letters, not bytes: UTF-8 continuation bytes are 10xxxxxx.
    const auto word_letters =
        static_cast<std::size_t>(std::count_if(word.begin(), word.end(), [](char c) {
          return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    if (letters > 0 && letters + 1 + word_letters > kLetters) {
      lines.emplace_back();
      letters = 0;
    }
    if (letters > 0) {
      lines.back() += ' ';
      ++letters;
    }
    lines.back() += word;
    letters += word_letters;
    start = end + 1;
  }
  return lines;
}

double x_of(double percent) { return kLeft + std::clamp(percent, 0.0, 100.0) / 100 * kBarSpan; }

std::string text(double x, double y, const std::string& cls, const std::string& content) {
  return "<text class=\"" + cls + "\" x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) +
         "\" fill=\"#1b1f24\">" + xml_escape(content) + "</text>";
}

// One point's label, bar, value and whisker from `y` down; returns the new y.
double draw_point(const ChartPoint& p, double y, const ingest::Config& config, std::string& svg) {
  for (const std::string& line : wrap(p.label)) {
    y += kLine;
    svg += text(kLeft, y - 3, "label", line);
  }
  y += 4;
  if (!is_drawn(p)) {
    const bool hidden = p.result != nullptr && p.result->suppressed;
    svg +=
        text(kLeft, y + 11, "gap",
             hidden ? "скрыто: " + fewer_than_answers_text(config.min_n) : "нет данных за период");
    return y + kBar + 10;
  }
  const metrics::Measurement& m = p.result->measurement;
  const double end = x_of(m.value);
  svg += "<rect class=\"bar\" x=\"" + coordinate(kLeft) + "\" y=\"" + coordinate(y) +
         "\" width=\"" + coordinate(std::max(end - kLeft, 1.0)) + "\" height=\"" +
         coordinate(kBar) + "\" fill=\"#0a4b8f\"/>";
  svg += text(end + 4, y + 11, "value", format_percent(m.value));
  y += kBar;
  if (m.ci.high > m.ci.low) {
    const double w = y + 4;
    const std::string low = coordinate(x_of(m.ci.low));
    const std::string high = coordinate(x_of(m.ci.high));
    svg += "<path class=\"whisker\" d=\"M" + low + " " + coordinate(w - 3) + "V" +
           coordinate(w + 3) + "M" + low + " " + coordinate(w) + "H" + high + "M" + high + " " +
           coordinate(w - 3) + "V" + coordinate(w + 3) +
           "\" stroke=\"#1b1f24\" stroke-width=\"1.5\" fill=\"none\"/>";
  }
  return y + 14;
}

}  // namespace

std::string bar_chart(const Chart& chart, const ingest::Config& config) {
  if (chart.points.empty()) return "";
  std::string marks;
  double y = 0;
  for (const ChartPoint& p : chart.points) y = draw_point(p, y, config, marks);
  const std::string title_id = chart.id + "-title";
  const std::string desc_id = chart.id + "-desc";
  const std::string desc = "Столбчатая диаграмма: " + chart.subject +
                           ", в процентах, с 95-процентным " + "интервалом. " +
                           extremes_text(chart.points) + " Те же числа — в таблице ниже.";
  return "<svg class=\"chart bar-chart\" viewBox=\"0 0 " + coordinate(kWidth) + " " +
         coordinate(y + 4) + "\" role=\"img\" aria-labelledby=\"" + title_id + " " + desc_id +
         "\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">" + "<title id=\"" + title_id +
         "\">" + xml_escape(chart.title) + "</title><desc id=\"" + desc_id + "\">" +
         xml_escape(desc) + "</desc>" + marks + "</svg>";
}

}  // namespace otklik::render
