#include "render/chart_point.hpp"

#include "render/russian_format.hpp"

namespace otklik::render {

std::string extremes_text(const std::vector<ChartPoint>& points) {
  const ChartPoint* high = nullptr;
  const ChartPoint* low = nullptr;
  for (const ChartPoint& p : points) {
    if (!is_drawn(p)) continue;
    const double v = p.result->measurement.value;
    if (high == nullptr || v > high->result->measurement.value) high = &p;
    if (low == nullptr || v < low->result->measurement.value) low = &p;
  }
  if (high == nullptr) return "Значений для сравнения нет.";
  const auto value = [](const ChartPoint* p) {
    return format_percent(p->result->measurement.value);
  };
  if (high == low) return "Одно значение: " + high->label + ", " + value(high) + ".";
  return "Выше всего — " + high->label + ", " + value(high) + "; ниже всего — " + low->label +
         ", " + value(low) + ".";
}

std::string chart_figure(const std::string& svg) {
  if (svg.empty()) return "";
  return "<figure class=\"chart-figure\">" + svg +
         "<figcaption>График. Те же числа, интервалы и число ответов — в таблице ниже.</figcaption>"
         "</figure>";
}

}  // namespace otklik::render
