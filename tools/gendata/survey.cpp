// survey.csv: disjoint rows of answer counts. Each (period, life situation,
// service, touchpoint, segment, region, question, answer) occurs once.
#include <array>
#include <map>
#include <span>
#include <string>

#include "answer_mix.hpp"
#include "csv_file.hpp"
#include "survey_plan.hpp"
#include "writers.hpp"

namespace gendata {
namespace {

enum Stream : uint64_t { kAnswerStream = 101, kSplitStream };

// The parts of one cell with their respondents this quarter.
struct Respondents {
  Part part;
  uint64_t n = 0;
};

class SurveyWriter {
 public:
  SurveyWriter(const World& world, CsvFile& csv) : world_(world), csv_(csv) {}

  void write_cell(int period, int ls, int tp, int region) {
    const uint64_t total = cell_respondents(world_, ls, tp, period, region);
    const double level = cell_satisfaction(world_, ls, tp, period, region);
    rng_ = Rng::keyed(world_.seed,
                      {kAnswerStream, static_cast<uint64_t>(period), static_cast<uint64_t>(ls),
                       static_cast<uint64_t>(tp), static_cast<uint64_t>(region)});
    period_ = period, ls_ = ls, tp_ = tp, region_ = region;
    const std::vector<Respondents> groups = split(plan_parts(world_, ls, tp), total);
    for (const Respondents& group : groups) write_part(group, level);
    write_whole_need(groups, level);
    if (staff_answer(world_, ls, tp)) write_staff(level);
  }

 private:
  std::vector<Respondents> split(const std::vector<Part>& parts, uint64_t total) {
    std::array<double, 32> weights{};
    std::array<uint64_t, 32> counts{};
    for (std::size_t i = 0; i < parts.size(); ++i)
      weights[i] = parts[i].weight * rng_.uniform(0.85, 1.15);
    split_counts(total, std::span(weights.data(), parts.size()),
                 std::span(counts.data(), parts.size()));
    std::vector<Respondents> groups;
    for (std::size_t i = 0; i < parts.size(); ++i) groups.push_back({parts[i], counts[i]});
    return groups;
  }

  double top_two(double level, int segment, double service_shift) const {
    const double shift = segment == kNone ? 0.0 : world_.segments[segment].satisfaction_shift;
    return clamp(level + shift + service_shift, 0.42, 0.96);
  }

  void write_part(const Respondents& group, double level) {
    if (group.n == 0) return;
    const Touchpoint& tp = world_.touchpoints[tp_];
    const double t = top_two(level, group.part.segment, group.part.satisfaction_shift);
    begin(group.part.service, group.part.segment);
    const double dk = tp.dk_share * rng_.uniform(0.8, 1.2);
    four_point("satisfaction", group.n, t, dk);
    const double ease = clamp(t + tp.ease_shift - 0.02 + 0.02 * rng_.normal(), 0.4, 0.97);
    four_point("ease", share_of(group.n, 0.9), ease, dk);
    // NPS follows satisfaction: −15 at a 45 % top-two share, +58 at 95 %.
    const double nps = clamp(-0.15 + (t - 0.45) * 1.45 + 0.03 * rng_.normal(), -0.25, 0.65);
    nps_answers(share_of(group.n, 0.7), nps, rng_.uniform(0.21, 0.29));
  }

  // need_satisfaction is asked of the life situation as a whole, so it has no
  // service; one group per segment, and the custom question beside it.
  void write_whole_need(const std::vector<Respondents>& groups, double level) {
    std::map<int, uint64_t> by_segment;  // ordered: the output order is fixed
    for (const Respondents& group : groups) by_segment[group.part.segment] += group.n;
    const double gap = world_.life_situations[ls_].need_gap;
    const Touchpoint& tp = world_.touchpoints[tp_];
    for (const auto& [segment, n] : by_segment) {
      if (n == 0) continue;
      begin(kNone, segment);
      const double t = top_two(level - gap, segment, 0.0);
      four_point("need_satisfaction", share_of(n, 0.85), t, tp.dk_share + 0.02);
      if (asks_politeness(world_, ls_, tp_))
        binary(share_of(n, 0.6), clamp(0.8 + (t - 0.6) * 0.3, 0.6, 0.98), 0.04, 0.03);
    }
  }

  // Staff as internal clients (seed 001): few of them, with «не участвую».
  void write_staff(double level) {
    Rng staff = Rng::keyed(world_.seed,
                           {kSplitStream, static_cast<uint64_t>(ls_), static_cast<uint64_t>(tp_),
                            static_cast<uint64_t>(period_), static_cast<uint64_t>(region_)});
    const uint64_t n =
        static_cast<uint64_t>(region_ == kNone ? staff.between(6, 45) : staff.between(0, 12));
    if (n == 0) return;
    begin(kNone, kStaff);
    const double t = top_two(level, kStaff, 0.0);
    four_point("satisfaction", n, t, 0.03);
    four_point("need_satisfaction", n, t - 0.03, 0.05);
    binary(n, 0.9, 0.03, 0.12);
  }

  static uint64_t share_of(uint64_t n, double share) {
    return static_cast<uint64_t>(static_cast<double>(n) * share + 0.5);
  }

  // Row prefix: period, life situation, service, touchpoint, segment, region.
  void begin(int service, int segment) {
    prefix_.clear();
    prefix_ += world_.periods[period_].label;
    prefix_ += ',';
    prefix_ += world_.life_situations[ls_].id;
    prefix_ += ',';
    if (service != kNone) prefix_ += world_.services[service].id;
    prefix_ += ',';
    prefix_ += world_.touchpoints[tp_].id;
    prefix_ += ',';
    if (segment != kNone) prefix_ += world_.segments[segment].id;
    prefix_ += ',';
    if (region_ != kNone) prefix_ += world_.regions[region_].id;
  }

  void four_point(std::string_view question, uint64_t n, double top_two, double dk) {
    const auto shares = four_point_shares(top_two, dk);
    std::array<uint64_t, 5> counts{};
    draw_counts(n, shares, rng_, counts);
    rows(question, kFourPointAnswers, counts);
  }

  void nps_answers(uint64_t n, double nps, double passives) {
    const auto shares = nps_shares(nps, passives);
    std::array<uint64_t, 11> counts{};
    draw_counts(n, shares, rng_, counts);
    rows("nps", kNpsAnswers, counts);
  }

  void binary(uint64_t n, double yes, double dk, double na) {
    const auto shares = binary_shares(yes, dk, na);
    std::array<uint64_t, 4> counts{};
    draw_counts(n, shares, rng_, counts);
    rows(world_.custom_question_id, kBinaryAnswers, counts);
  }

  // Only answers somebody gave: a zero count is no row.
  void rows(std::string_view question, std::span<const std::string_view> answers,
            std::span<const uint64_t> counts) {
    for (std::size_t i = 0; i < answers.size(); ++i) {
      if (counts[i] == 0) continue;
      csv_.raw(prefix_).raw(",").raw(question).raw(",").raw(answers[i]).number(counts[i]);
      csv_.end_row();
    }
  }

  const World& world_;
  CsvFile& csv_;
  Rng rng_{0};
  std::string prefix_;
  int period_ = 0, ls_ = 0, tp_ = 0, region_ = kNone;
};

}  // namespace

void write_survey(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  CsvFile csv(out / "survey.csv", {"period", "life_situation_id", "service_id", "touchpoint_id",
                                   "segment_id", "region_id", "question", "answer", "count"});
  SurveyWriter writer(world, csv);
  const int regions = static_cast<int>(world.regions.size());
  for (const Period& period : world.periods)
    for (std::size_t ls = 0; ls < world.life_situations.size(); ++ls)
      for (int tp : world.life_situations[ls].touchpoints) {
        if (regions == 0) {
          writer.write_cell(period.index, static_cast<int>(ls), tp, kNone);
          continue;
        }
        for (int region = 0; region < regions; ++region)
          writer.write_cell(period.index, static_cast<int>(ls), tp, region);
      }
  csv.close();
  files.push_back({"survey.csv", csv.rows(), csv.bytes()});
}

}  // namespace gendata
