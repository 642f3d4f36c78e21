// The survey's indicators for every cut, under disclosure control.
#include <algorithm>
#include <map>
#include <span>

#include "metrics/disclosure.hpp"
#include "metrics/indicator_sources.hpp"
#include "metrics/published_cells.hpp"
#include "metrics/survey_cube.hpp"
#include "metrics/survey_disclosure.hpp"
#include "model/parallel_jobs.hpp"

namespace otklik::metrics {
namespace {

Measurement measure_scale(const model::AnswerCounts& a, model::Scale scale) {
  switch (scale) {
    case model::Scale::Nps:
      return nps(a);
    case model::Scale::Binary:
      return yes_share(a);
    case model::Scale::FourPoint:
      break;
  }
  return top_two_share(a);
}

IndicatorResult survey_result(const Cut& cut, IndicatorId id, const Measurement& m, bool suppressed,
                              const ingest::Config& config, uint32_t detail = 0) {
  IndicatorResult r = make_result(cut, id, suppressed ? Measurement{} : m, config);
  r.detail = detail;
  r.suppressed = suppressed;
  return r;
}

// The results of one question, or of the digital NPS, in the block that
// IndicatorTable::extend gives: those of its cut i start at
// begin + i * indicators.size(), so every part of the block can be filled
// on its own, and on any thread.
struct ResultColumn {
  const DisclosureTable* protection;
  const model::Question* question;  // nullptr: the digital NPS
  std::size_t q;                    // the question's column in the cube
  uint32_t detail;                  // the question's id, when it is not built in
  std::vector<IndicatorId> indicators;
  std::size_t begin;
};

IndicatorResult question_result(const model::Question& question, const Cut& cut,
                                const model::AnswerCounts& a, bool hidden, uint32_t detail,
                                const ingest::Config& config) {
  IndicatorResult r = survey_result(cut, IndicatorId::Question, measure_scale(a, question.scale),
                                    hidden, config, detail);
  if (question.scale == model::Scale::Nps) {
    r.unit = Unit::Points;
    r.estimate = Estimate::NetScore;
  }
  return r;
}

// The column's results for its cuts [first, last).
void fill(const ResultColumn& column, const SurveyCube& cube, std::size_t first, std::size_t last,
          const ingest::Config& config, std::span<IndicatorResult> block) {
  IndicatorResult* out = block.data() + column.begin + first * column.indicators.size();
  for (std::size_t i = first; i < last; ++i) {
    const Cut& cut = column.protection->cuts()[i];
    const bool hidden = column.protection->suppressed(i);
    const std::size_t row = *cube.index(cut);
    if (column.question == nullptr) {
      *out++ =
          survey_result(cut, IndicatorId::DigitalNps, nps(cube.digital_nps(row)), hidden, config);
      continue;
    }
    const model::Question& question = *column.question;
    const model::AnswerCounts a = cube.answers(row, column.q);
    if (!question.built_in) {
      *out++ = question_result(question, cut, a, hidden, column.detail, config);
      continue;
    }
    for (IndicatorId id : column.indicators) {
      const Measurement m = id == IndicatorId::Csi ? csi(a) : measure_scale(a, question.scale);
      *out++ = survey_result(cut, id, m, hidden, config);
    }
  }
}

// Every question's column, then the digital NPS, laid out one after another.
std::vector<ResultColumn> result_columns(const model::Dataset& data,
                                         const SurveyDisclosure& protection,
                                         IndicatorTable& table) {
  std::vector<ResultColumn> columns;
  std::size_t begin = 0;
  for (std::size_t q = 0; q < data.questions.size(); ++q) {
    const model::Question& question = data.questions[q];
    ResultColumn column{&protection.questions[q], &question, q, 0, {IndicatorId::Question}, begin};
    if (question.built_in)
      column.indicators = built_in_indicators(question.id);
    else
      column.detail = table.intern(question.id);
    begin += column.protection->cuts().size() * column.indicators.size();
    columns.push_back(std::move(column));
  }
  columns.push_back({&protection.digital_nps, nullptr, 0, 0, {IndicatorId::DigitalNps}, begin});
  return columns;
}

std::size_t result_count(const std::vector<ResultColumn>& columns) {
  const ResultColumn& last = columns.back();
  return last.begin + last.protection->cuts().size() * last.indicators.size();
}

// Fills the block in parts of a bounded number of cuts, so both cores stay
// busy to the end whatever the sizes of the columns.
void fill_all(const std::vector<ResultColumn>& columns, const SurveyCube& cube,
              const ingest::Config& config, std::span<IndicatorResult> block) {
  constexpr std::size_t kCutsPerPart = 1 << 16;
  struct Part {
    const ResultColumn* column;
    std::size_t first;
    std::size_t last;
  };
  std::vector<Part> parts;
  for (const ResultColumn& column : columns)
    for (std::size_t first = 0; first < column.protection->cuts().size(); first += kCutsPerPart)
      parts.push_back(
          {&column, first, std::min(first + kCutsPerPart, column.protection->cuts().size())});
  model::run_jobs(parts.size(), 0, [&](std::size_t i) {
    fill(*parts[i].column, cube, parts[i].first, parts[i].last, config, block);
  });
}

// Table 1: of the services whose NPS a cut publishes, the share above 0.
void add_positive_nps_services(const SurveyCube& cube, const DisclosureTable& protection,
                               std::size_t nps_question, const ingest::Config& config,
                               IndicatorTable& table) {
  struct Tally {
    uint64_t services = 0;
    uint64_t positive = 0;
  };
  std::map<Cut, Tally> per_parent;
  for (std::size_t i = 0; i < protection.cuts().size(); ++i) {
    const Cut& cut = protection.cuts()[i];
    if (cut.service == model::kNone || protection.suppressed(i)) continue;
    const Measurement m = nps(cube.answers(*cube.index(cut), nps_question));
    Tally& t = per_parent[cut.without(Dimension::Service)];
    ++t.services;
    if (m.value > 0) ++t.positive;
  }
  for (const auto& [cut, t] : per_parent) {
    table.add(survey_result(cut, IndicatorId::PositiveNpsServicesShare,
                            tally_share(t.positive, t.services), false, config));
  }
}

// At most as many results as add_positive_nps_services adds: a parent cut
// per published service cut is an upper bound, and room reserved but never
// written costs no memory.
std::size_t positive_nps_bound(const DisclosureTable& nps) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < nps.cuts().size(); ++i)
    if (nps.cuts()[i].service != model::kNone && !nps.suppressed(i)) ++count;
  return count;
}

}  // namespace

void add_survey_indicators(const model::Dataset& data, const ingest::Config& config,
                           uint16_t period, IndicatorTable& table) {
  const SurveyCube cube(data, config.publish_internal, period);
  const SurveyDisclosure protection = protect_survey(data, cube, config.min_n);
  const int nps_question = data.question_index("nps");
  const std::vector<ResultColumn> columns = result_columns(data, protection, table);
  const std::size_t count = result_count(columns);
  const std::size_t positive =
      nps_question >= 0 ? positive_nps_bound(protection.questions[nps_question]) : 0;
  // Reserved for all the survey adds: the table is most of a period's
  // memory, and growing it would hold two copies at once.
  table.reserve(table.results().size() + count + positive);
  fill_all(columns, cube, config, table.extend(count));
  if (nps_question >= 0)
    add_positive_nps_services(cube, protection.questions[nps_question], nps_question, config,
                              table);
}

}  // namespace otklik::metrics
