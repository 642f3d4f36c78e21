#include "report/indicator_columns.hpp"

#include "report/methodology_sheet.hpp"

namespace otklik::report {
namespace {

using metrics::IndicatorId;

// How the value is derived from the counts; decides the formula and format.
// Plain: a count, hours or a level, which is its own figure.
enum class Derivation { Share, NetPromoter, MeanScore, Plain };

Derivation derivation(metrics::Estimate estimate, metrics::Unit unit) {
  switch (estimate) {
    case metrics::Estimate::NetScore:
      return Derivation::NetPromoter;
    case metrics::Estimate::Mean:
      return Derivation::MeanScore;
    case metrics::Estimate::Share:
      return Derivation::Share;
    case metrics::Estimate::Tally:
      break;
  }
  // Shares of services or scenarios: every case counted, still a quotient.
  return unit == metrics::Unit::Percent ? Derivation::Share : Derivation::Plain;
}

Derivation derivation(IndicatorId id) {
  const metrics::IndicatorDefinition& d = metrics::definition(id);
  return derivation(d.estimate, d.unit);
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
    case Derivation::Plain:
      break;
    case Derivation::Share:
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

double quotient(uint64_t part, uint64_t whole) {
  return static_cast<double>(part) / static_cast<double>(whole);
}

lxw_format* plain_format(const Formats& f, metrics::Unit unit) {
  switch (unit) {
    case metrics::Unit::Count:
      return f.count;
    case metrics::Unit::Level:
      return f.level;
    default:
      return f.points;
  }
}

// The value as a formula over the count cells. Shares are stored as fractions
// so that Excel's 0.0% format shows the percent the site shows. The stored
// value is computed in the formula's own order of operations, so a
// spreadsheet that recalculates gets the same double, not one a bit away.
void write_value(Sheet& sheet, lxw_row_t row, lxw_col_t col, Derivation kind,
                 const metrics::IndicatorResult& result) {
  const metrics::Measurement& m = result.measurement;
  const std::string n = Sheet::cell(row, col + kBase);
  const std::string first = Sheet::cell(row, col + kFirstCount);
  const std::string second = Sheet::cell(row, col + kSecondCount);
  const auto& f = sheet.formats();
  // Counted cases (Tally) have no sampling error and so no interval.
  const bool interval = result.estimate != metrics::Estimate::Tally;
  double scale = 1;
  lxw_format* format = f.points;
  switch (kind) {
    case Derivation::Plain:
      sheet.number(row, col + kValue, m.value, plain_format(f, result.unit));
      return;
    case Derivation::Share:
      sheet.formula(row, col + kValue, "=" + first + "/" + n, quotient(m.positive, m.n), f.percent);
      scale = 100;
      format = f.percent;
      break;
    case Derivation::NetPromoter:
      sheet.formula(row, col + kValue, "=(" + first + "-" + second + ")/" + n + "*100",
                    (static_cast<double>(m.positive) - static_cast<double>(m.negative)) /
                        static_cast<double>(m.n) * 100,
                    f.points);
      break;
    case Derivation::MeanScore:
      sheet.formula(row, col + kValue, "=" + first + "/" + n,
                    m.score_sum / static_cast<double>(m.n), f.points);
      break;
  }
  if (!interval) return;
  sheet.number(row, col + kLow, m.ci.low / scale, format);
  sheet.number(row, col + kHigh, m.ci.high / scale, format);
}

void write_star_level(Sheet& sheet, lxw_row_t row, lxw_col_t col,
                      const metrics::IndicatorResult& result) {
  if (result.star_level < 0) return;
  const auto formula = derivation(result.estimate, result.unit) == Derivation::Plain
                           ? std::nullopt
                           : star_level_formula(result.indicator, Sheet::cell(row, col + kValue));
  if (formula)
    sheet.formula(row, col + kStars, *formula, result.star_level, sheet.formats().level);
  else
    sheet.number(row, col + kStars, result.star_level, sheet.formats().level);
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
    case Derivation::Plain:
    case Derivation::Share:
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
  const Derivation kind = derivation(result->estimate, result->unit);
  write_counts(sheet, row, first_col, kind, m);
  write_value(sheet, row, first_col, kind, *result);
  write_star_level(sheet, row, first_col, *result);
  return result->low_reliability ? low_reliability_note(config.low_n) : "";
}

}  // namespace otklik::report
