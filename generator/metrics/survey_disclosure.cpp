#include "metrics/survey_disclosure.hpp"

#include <map>

#include "model/parallel_jobs.hpp"

namespace otklik::metrics {
namespace {

constexpr std::size_t kYes = static_cast<std::size_t>(model::AnswerSlot::Yes);
constexpr std::size_t kNo = static_cast<std::size_t>(model::AnswerSlot::No);

// The valid answers of a scale: what a share's base counts.
uint64_t valid_answers(const model::AnswerCounts& a, model::Scale scale) {
  uint64_t n = 0;
  switch (scale) {
    case model::Scale::FourPoint:
      for (std::size_t s = 1; s <= 4; ++s) n += a[s];
      break;
    case model::Scale::Nps:
      for (std::size_t s = 0; s <= 10; ++s) n += a[s];
      break;
    case model::Scale::Binary:
      n = a[kYes] + a[kNo];
      break;
  }
  return n;
}

// The cuts where the question was asked at all (a cut with only «dk»
// answers is among them, with n = 0), and their valid answers.
template <typename Counts>
DisclosureTable disclosure_table(const SurveyCube& cube, model::Scale scale, Counts counts) {
  std::vector<Cut> cuts;
  std::vector<uint64_t> n;
  for (std::size_t i = 0; i < cube.cuts().size(); ++i) {
    const model::AnswerCounts a = counts(i);
    if (a.total() == 0) continue;
    cuts.push_back(cube.cuts()[i]);
    n.push_back(valid_answers(a, scale));
  }
  return {std::move(cuts), std::move(n)};
}

// NPS and its digital part count the same answers where the cut is one
// digital touchpoint: whatever one hides, the other must hide too.
bool keep_in_step(DisclosureTable& nps, DisclosureTable& digital) {
  bool changed = false;
  for (std::size_t i = 0; i < digital.cuts().size(); ++i) {
    const Cut& cut = digital.cuts()[i];
    if (cut.touchpoint == model::kNone) continue;
    if (digital.suppressed(i)) changed = nps.suppress(cut) || changed;
    if (nps.suppressed(cut)) changed = digital.suppress(cut) || changed;
  }
  return changed;
}

// The NPS cuts at offline touchpoints, by the cut they roll up to.
std::map<Cut, std::vector<Cut>> offline_parts(const model::Dataset& data,
                                              const DisclosureTable& nps) {
  std::map<Cut, std::vector<Cut>> parts;
  for (const Cut& cut : nps.cuts())
    if (cut.touchpoint != model::kNone &&
        data.touchpoints[cut.touchpoint].kind != model::TouchpointKind::Digital)
      parts[cut.without(Dimension::Touchpoint)].push_back(cut);
  return parts;
}

// A cut's NPS answers also split in a way neither table sees on its own:
// nps(C) = digital(C) + NPS at each offline touchpoint of C + the answers
// without a touchpoint. Without this, a published NPS and digital NPS give
// away a hidden offline touchpoint, or a small rest, by subtraction (and an
// all-digital cut would publish in one table what the other hides). The rule
// is the tables' own: where a hidden cut, or a rest under min_n, is the one
// unknown, the published part with the fewest answers is hidden too, or the
// NPS of C itself when no part is left.
bool protect_digital_split(const std::map<Cut, std::vector<Cut>>& offline, DisclosureTable& nps,
                           DisclosureTable& digital, uint64_t min_n) {
  struct Part {
    DisclosureTable* table;
    Cut cut;
  };
  bool changed = false;
  for (const Cut& whole : digital.cuts()) {
    if (whole.touchpoint != model::kNone) continue;
    std::vector<Part> parts = {{&digital, whole}};
    if (auto it = offline.find(whole); it != offline.end())
      for (const Cut& cut : it->second) parts.push_back({&nps, cut});
    int unknowns = nps.suppressed(whole) && nps.n(whole) > 0 ? 1 : 0;
    uint64_t parts_n = 0;
    const Part* cover = nullptr;
    for (const Part& part : parts) {
      const uint64_t n = part.table->n(part.cut);
      parts_n += n;
      if (n == 0) continue;
      if (part.table->suppressed(part.cut))
        ++unknowns;
      else if (cover == nullptr || n < cover->table->n(cover->cut))
        cover = &part;
    }
    const uint64_t rest = nps.n(whole) - parts_n;
    const bool exposed = rest == 0 ? unknowns == 1 : unknowns == 0 && rest < min_n;
    if (!exposed) continue;
    const bool hid = cover != nullptr ? cover->table->suppress(cover->cut) : nps.suppress(whole);
    changed = hid || changed;
  }
  return changed;
}

DisclosureTable question_table(const SurveyCube& cube, const model::Question& question,
                               std::size_t q) {
  return disclosure_table(cube, question.scale,
                          [&cube, q](std::size_t i) { return cube.answers(i, q); });
}

void protect_alone(DisclosureTable& table, uint64_t min_n) {
  table.suppress_primary(min_n);
  table.suppress_complementary(min_n);
}

// NPS and its digital part, until neither the tables' own equations nor the
// links between them hide anything more.
void protect_nps_pair(const model::Dataset& data, DisclosureTable& nps, DisclosureTable& digital,
                      uint64_t min_n) {
  nps.suppress_primary(min_n);
  digital.suppress_primary(min_n);
  const std::map<Cut, std::vector<Cut>> offline = offline_parts(data, nps);
  for (bool changed = true; changed;) {
    changed = nps.suppress_complementary(min_n);
    changed = digital.suppress_complementary(min_n) || changed;
    changed = keep_in_step(nps, digital) || changed;
    changed = protect_digital_split(offline, nps, digital, min_n) || changed;
  }
}

}  // namespace

SurveyDisclosure protect_survey(const model::Dataset& data, const SurveyCube& cube,
                                uint64_t min_n) {
  SurveyDisclosure out;
  out.questions.resize(data.questions.size());
  const int nps = data.question_index("nps");
  std::vector<std::size_t> alone;  // the questions protected on their own
  for (std::size_t q = 0; q < data.questions.size(); ++q)
    if (static_cast<int>(q) != nps) alone.push_back(q);
  // Job 0, the NPS pair, is the largest: started first, it does not keep
  // the other core waiting at the end.
  model::run_jobs(alone.size() + 1, 0, [&](std::size_t job) {
    if (job > 0) {
      const std::size_t q = alone[job - 1];
      out.questions[q] = question_table(cube, data.questions[q], q);
      protect_alone(out.questions[q], min_n);
      return;
    }
    out.digital_nps = disclosure_table(cube, model::Scale::Nps,
                                       [&cube](std::size_t i) { return cube.digital_nps(i); });
    if (nps < 0) {
      protect_alone(out.digital_nps, min_n);
      return;
    }
    const auto q = static_cast<std::size_t>(nps);
    out.questions[q] = question_table(cube, data.questions[q], q);
    protect_nps_pair(data, out.questions[q], out.digital_nps, min_n);
  });
  return out;
}

}  // namespace otklik::metrics
