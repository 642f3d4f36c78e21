#include "report/methodology_sheet.hpp"

#include <cstdio>
#include <vector>

namespace otklik::report {
namespace {

enum MethodColumn : lxw_col_t {
  kKey,
  kName,
  kFormula,
  kBase,
  kSource,
  kInput,
  kQuestion,
  kUnit,
  kStars,
  kStarNote
};

const std::vector<Column>& method_columns() {
  static const std::vector<Column> columns = {
      {"Код показателя", 24},       {"Показатель", 40}, {"Формула", 50},
      {"База расчёта", 50},         {"Источник", 30},   {"Исходный файл", 24},
      {"Вопрос анкеты", 18},        {"Единица", 10},    {"Уровни (звёзды)", 50},
      {"Как прочитана таблица", 50}};
  return columns;
}

// One decimal with a decimal comma, as the standard writes its thresholds.
std::string russian_decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string out(text);
  for (char& c : out)
    if (c == '.') c = ',';
  return out;
}

}  // namespace

std::string star_bands_text(std::span<const metrics::StarBand> bands) {
  if (bands.empty()) return "не установлены";
  std::string text;
  for (const metrics::StarBand& band : bands) {
    if (!text.empty()) text += "; ";
    text += std::to_string(band.level) + ": ";
    text += band.text.empty() ? russian_decimal(band.low) + "–" + russian_decimal(band.high)
                              : std::string(band.text);
  }
  return text;
}

void write_methodology_sheet(Workbook& workbook) {
  Sheet sheet = workbook.add_sheet(kMethodologySheet);
  sheet.header(method_columns(), 1);
  lxw_row_t row = 1;
  for (const metrics::IndicatorDefinition& d : metrics::indicator_definitions()) {
    sheet.text(row, kKey, d.key);
    sheet.text(row, kName, d.name);
    sheet.text(row, kFormula, d.formula);
    sheet.text(row, kBase, d.base);
    sheet.text(row, kSource, d.source);
    sheet.text(row, kInput, d.input);
    sheet.text(row, kQuestion, d.question);
    sheet.text(row, kUnit, metrics::unit_name(d.unit));
    sheet.text(row, kStars, star_bands_text(d.stars));
    sheet.text(row++, kStarNote, d.star_note);
  }
  sheet.filter(row - 1);
}

}  // namespace otklik::report
