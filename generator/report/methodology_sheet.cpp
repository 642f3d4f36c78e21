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
  kStarNote,
  kFirstThreshold  // then «от» and «до» of levels 5, 4, 3, 2, 1
};

constexpr int kBestLevel = 5;

lxw_col_t threshold_column(int level, bool high) {
  return static_cast<lxw_col_t>(kFirstThreshold + (kBestLevel - level) * 2 + (high ? 1 : 0));
}

// «5 звёзд: от», «4 звезды: до», «1 звезда: от».
std::string threshold_header(int level, bool high) {
  const char* stars = level == 1 ? " звезда" : level < 5 ? " звезды" : " звёзд";
  return std::to_string(level) + stars + (high ? ": до" : ": от");
}

// Levels are ranges of the value unless the table words them otherwise.
bool has_threshold_cells(const metrics::IndicatorDefinition& d) {
  if (d.stars.empty()) return false;
  for (const metrics::StarBand& band : d.stars)
    if (!band.text.empty() || band.level < 1 || band.level > kBestLevel) return false;
  return true;
}

lxw_row_t methodology_row(metrics::IndicatorId id) {
  const auto& definitions = metrics::indicator_definitions();
  for (std::size_t i = 0; i < definitions.size(); ++i)
    if (definitions[i].id == id) return static_cast<lxw_row_t>(i + 1);
  return 0;
}

const std::vector<Column>& method_columns() {
  static const std::vector<Column> columns = {
      {"Код показателя", 24},       {"Показатель", 40}, {"Формула", 50},
      {"База расчёта", 50},         {"Источник", 30},   {"Исходный файл", 24},
      {"Вопрос анкеты", 18},        {"Единица", 10},    {"Уровни (звёзды)", 50},
      {"Как прочитана таблица", 50}};
  static const std::vector<Column> with_thresholds = [] {
    std::vector<Column> all = columns;
    for (int level = kBestLevel; level >= 1; --level) {
      all.push_back({threshold_header(level, false), 9});
      all.push_back({threshold_header(level, true), 9});
    }
    return all;
  }();
  return with_thresholds;
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
  Sheet sheet = workbook.add_sheet(kMethodologySheet.sheet);
  const auto& definitions = metrics::indicator_definitions();
  sheet.table(kMethodologySheet.table, method_columns(), static_cast<lxw_row_t>(definitions.size()),
              1);
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
    sheet.text(row, kStarNote, d.star_note);
    if (has_threshold_cells(d)) {
      for (const metrics::StarBand& band : d.stars) {
        sheet.number(row, threshold_column(band.level, false), band.low, sheet.formats().points);
        sheet.number(row, threshold_column(band.level, true), band.high, sheet.formats().points);
      }
    }
    ++row;
  }
}

std::optional<std::string> star_level_formula(metrics::IndicatorId id,
                                              const std::string& value_cell) {
  const metrics::IndicatorDefinition& d = metrics::definition(id);
  if (!has_threshold_cells(d)) return std::nullopt;
  // Shares are stored as fractions: ×1000 gives tenths of a percent. INT
  // floors, so +0.5 rounds half up for negative NPS too (Excel's ROUND rounds
  // halves away from zero); 1E-9 is metrics::round_one_decimal's epsilon.
  const char* tenths = d.unit == metrics::Unit::Percent ? "*1000" : "*10";
  const std::string rounded = "INT(" + value_cell + tenths + "+0.5+1E-9)/10";
  const lxw_row_t row = methodology_row(id);
  auto threshold = [row](int level, bool high) {
    char cell[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell_abs(cell, row, threshold_column(level, high), 1, 1);
    return "'" + std::string(kMethodologySheet.sheet) + "'!" + cell;
  };
  // Best level first, as the bands are listed: where ranges touch, the
  // better level wins.
  std::string formula = "=";
  std::string closing;
  for (const metrics::StarBand& band : d.stars) {
    formula += "IF(AND(" + rounded + ">=" + threshold(band.level, false) + "," + rounded +
               "<=" + threshold(band.level, true) + ")," + std::to_string(band.level) + ",";
    closing += ")";
  }
  return formula + "0" + closing;
}

}  // namespace otklik::report
