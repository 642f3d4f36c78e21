#include "report/indicator_columns.hpp"

namespace otklik::report {
namespace {

using metrics::IndicatorId;

// How the value is derived from the counts; decides the formula and format.
enum class Derivation { TopTwoShare, NetPromoter, MeanScore };

Derivation derivation(IndicatorId id) {
  switch (id) {
    case IndicatorId::Nps:
      return Derivation::NetPromoter;
    case IndicatorId::Csi:
      return Derivation::MeanScore;
    default:
      return Derivation::TopTwoShare;
  }
}

// Genitive after «менее»: «менее 21 ответа», «менее 10 ответов».
std::string answers_genitive(uint64_t n) {
  const bool singular = n % 10 == 1 && n % 100 != 11;
  return std::to_string(n) + (singular ? " ответа" : " ответов");
}

void write_counts(Sheet& sheet, lxw_row_t row, lxw_col_t col, Derivation kind,
                  const metrics::Measurement& m) {
  sheet.count(row, col + kBase, m.n);
  switch (kind) {
    case Derivation::TopTwoShare:
      sheet.count(row, col + kFirstCount, m.positive);
      sheet.count(row, col + kSecondCount, m.excluded);
      break;
    case Derivation::NetPromoter:
      sheet.count(row, col + kFirstCount, m.positive);
      sheet.count(row, col + kSecondCount, m.negative);
      break;
    case Derivation::MeanScore:
      sheet.number(row, col + kFirstCount, m.score_sum, sheet.formats().decimal);
      sheet.count(row, col + kSecondCount, m.excluded);
      break;
  }
}

// The value as a formula over the count cells. Shares are stored as fractions
// so that Excel's 0.0% format shows the percent the site shows.
void write_value(Sheet& sheet, lxw_row_t row, lxw_col_t col, Derivation kind,
                 const metrics::Measurement& m) {
  const std::string n = Sheet::cell(row, col + kBase);
  const std::string first = Sheet::cell(row, col + kFirstCount);
  const std::string second = Sheet::cell(row, col + kSecondCount);
  const auto& f = sheet.formats();
  switch (kind) {
    case Derivation::TopTwoShare:
      sheet.formula(row, col + kValue, "=" + first + "/" + n, m.value / 100, f.percent);
      sheet.number(row, col + kLow, m.ci.low / 100, f.percent);
      sheet.number(row, col + kHigh, m.ci.high / 100, f.percent);
      break;
    case Derivation::NetPromoter:
      sheet.formula(row, col + kValue, "=(" + first + "-" + second + ")/" + n + "*100", m.value,
                    f.points);
      sheet.number(row, col + kLow, m.ci.low, f.points);
      sheet.number(row, col + kHigh, m.ci.high, f.points);
      break;
    case Derivation::MeanScore:
      sheet.formula(row, col + kValue, "=" + first + "/" + n, m.value, f.points);
      sheet.number(row, col + kLow, m.ci.low, f.points);
      sheet.number(row, col + kHigh, m.ci.high, f.points);
      break;
  }
}

}  // namespace

const std::vector<IndicatorId>& summary_indicators() {
  static const std::vector<IndicatorId> ids = {
      IndicatorId::SatisfactionShare, IndicatorId::NeedSatisfactionShare, IndicatorId::EaseShare,
      IndicatorId::Csi, IndicatorId::Nps};
  return ids;
}

std::vector<Column> indicator_columns(IndicatorId id) {
  const std::string name(metrics::definition(id).short_name);
  auto column = [&name](const char* what, double width) {
    return Column{name + ": " + what, width};
  };
  std::vector<Column> columns{column("ответов в базе (n)", 12)};
  switch (derivation(id)) {
    case Derivation::TopTwoShare:
      columns.push_back(column("положительных (4 и 3)", 13));
      columns.push_back(column("затрудняюсь (вне базы)", 13));
      break;
    case Derivation::NetPromoter:
      columns.push_back(column("промоутеров (9–10)", 13));
      columns.push_back(column("критиков (0–6)", 12));
      break;
    case Derivation::MeanScore:
      columns.push_back(column("сумма баллов", 13));
      columns.push_back(column("затрудняюсь (вне базы)", 13));
      break;
  }
  columns.push_back(column("значение", 11));
  columns.push_back(column("95 % интервал: от", 11));
  columns.push_back(column("95 % интервал: до", 11));
  columns.push_back(column("уровень (звёзды)", 10));
  return columns;
}

std::string suppressed_note(uint64_t min_n) { return "скрыто: менее " + answers_genitive(min_n); }

std::string low_reliability_note(uint64_t low_n) {
  return "мало ответов (менее " + std::to_string(low_n) + ")";
}

std::string write_indicator_block(Sheet& sheet, lxw_row_t row, lxw_col_t first_col,
                                  const metrics::IndicatorResult* result,
                                  const ingest::Config& config) {
  if (result == nullptr) return "";
  if (result->suppressed) {
    // Disclosure control: neither the value nor the counts it could be
    // recovered from are published.
    sheet.missing(row, first_col + kValue);
    return suppressed_note(config.min_n);
  }
  const metrics::Measurement& m = result->measurement;
  if (m.n == 0) return "";  // nothing to divide by; find() should not return such a cut
  const Derivation kind = derivation(result->indicator);
  write_counts(sheet, row, first_col, kind, m);
  write_value(sheet, row, first_col, kind, m);
  if (result->star_level >= 0)
    sheet.number(row, first_col + kStars, result->star_level, sheet.formats().level);
  return result->low_reliability ? low_reliability_note(config.low_n) : "";
}

}  // namespace otklik::report
