#include "render/line_chart.hpp"

#include <array>
#include <string_view>

#include "render/markup.hpp"
#include "render/russian_format.hpp"

namespace otklik::render {
namespace {

constexpr double kWidth = 320;
constexpr double kPlotLeft = 40;
constexpr double kPlotRight = 306;
constexpr double kTop = 22;      // y of 100 %
constexpr double kBottom = 172;  // y of 0 %
constexpr double kHeight = 210;

double y_of(double percent) { return kBottom - percent / 100 * (kBottom - kTop); }

double x_of(std::size_t i, std::size_t n) {
  if (n < 2) return (kPlotLeft + kPlotRight) / 2;
  return kPlotLeft + 8 +
         static_cast<double>(i) * (kPlotRight - kPlotLeft - 16) / static_cast<double>(n - 1);
}

std::string text(double x, double y, const char* cls, const char* anchor, const std::string& s) {
  return "<text class=\"" + std::string(cls) + "\" x=\"" + coordinate(x) + "\" y=\"" +
         coordinate(y) + "\" text-anchor=\"" + anchor + "\" fill=\"#1b1f24\">" + xml_escape(s) +
         "</text>";
}

// The quarter's numeral or the month's number; the year under the first
// period and wherever it changes.
std::string tick(const model::Period& p) {
  static constexpr std::array<std::string_view, 4> kRoman = {"I", "II", "III", "IV"};
  if (p.quarter != 0) return std::string(kRoman[static_cast<std::size_t>(p.quarter - 1)]);
  return (p.month < 10 ? "0" : "") + std::to_string(p.month);
}

std::string grid() {
  std::string svg;
  for (int percent : {0, 50, 100}) {
    const double y = y_of(percent);
    svg += "<path class=\"grid\" d=\"M" + coordinate(kPlotLeft) + " " + coordinate(y) + "H" +
           coordinate(kPlotRight) + "\" stroke=\"#8a94a3\" stroke-width=\"1\"/>";
    svg += text(kPlotLeft - 4, y + 4, "axis", "end", std::to_string(percent) + "\u00a0%");
  }
  return svg;
}

}  // namespace

std::string line_chart(const Chart& chart, const std::vector<model::Period>& periods) {
  const std::size_t n = chart.points.size();
  std::size_t drawn = 0;
  for (const ChartPoint& p : chart.points) drawn += is_drawn(p);
  if (drawn < 2 || periods.size() != n) return "";

  std::string marks = grid();
  std::string line;  // "M x y L x y ..." broken at gaps
  bool pen_down = false;
  for (std::size_t i = 0; i < n; ++i) {
    const double x = x_of(i, n);
    marks += text(x, kBottom + 16, "axis", "middle", tick(periods[i]));
    if (i == 0 || periods[i].year != periods[i - 1].year)
      marks += text(x, kBottom + 30, "axis", "middle", std::to_string(periods[i].year));
    if (!is_drawn(chart.points[i])) {
      pen_down = false;
      continue;
    }
    const double value = chart.points[i].result->measurement.value;
    const double y = y_of(value);
    line += (pen_down ? "L" : "M") + coordinate(x) + " " + coordinate(y);
    pen_down = true;
    marks += "<circle class=\"marker\" cx=\"" + coordinate(x) + "\" cy=\"" + coordinate(y) +
             "\" r=\"3.5\" fill=\"#0a4b8f\"/>";
    marks += text(x, y - 8, "value", "middle", format_decimal(value));
  }
  const std::string title_id = chart.id + "-title";
  const std::string desc_id = chart.id + "-desc";
  const ChartPoint* first = nullptr;
  const ChartPoint* last = nullptr;
  for (const ChartPoint& p : chart.points) {
    if (!is_drawn(p)) continue;
    if (first == nullptr) first = &p;
    last = &p;
  }
  const std::string desc = "Линейный график: " + chart.subject +
                           " по периодам, в процентах. Первый период (" + first->label + ") — " +
                           format_percent(first->result->measurement.value) + ", последний (" +
                           last->label + ") — " + format_percent(last->result->measurement.value) +
                           ". " + extremes_text(chart.points) + " Те же числа — в таблице ниже.";
  return "<svg class=\"chart line-chart\" viewBox=\"0 0 " + coordinate(kWidth) + " " +
         coordinate(kHeight) + "\" role=\"img\" aria-labelledby=\"" + title_id + " " + desc_id +
         "\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\"><title id=\"" + title_id +
         "\">" + xml_escape(chart.title) + "</title><desc id=\"" + desc_id + "\">" +
         xml_escape(desc) + "</desc><path class=\"line\" d=\"" + line +
         "\" stroke=\"#0a4b8f\" stroke-width=\"2.5\" fill=\"none\"/>" + marks + "</svg>";
}

}  // namespace otklik::render
