#include "survey_plan.hpp"

#include <algorithm>
#include <string_view>

namespace gendata {
namespace {

// Stream keys, so that each kind of draw has its own stream.
enum Stream : uint64_t {
  kPlanStream = 1,
  kBaseStream,
  kQuarterStream,
  kRespondentStream,
  kRegionStream
};

bool channel_is(const Touchpoint& tp, std::initializer_list<std::string_view> channels) {
  for (std::string_view c : channels)
    if (tp.channel == c) return true;
  return false;
}

struct SegmentPair {
  int main;
  int secondary;
  double secondary_weight;
};

SegmentPair segments_of(SegmentMix mix) {
  switch (mix) {
    case SegmentMix::Pensioners:
      return {kPensioners, kCitizens, 0.5};
    case SegmentMix::Business:
      return {kEntrepreneurs, kCitizens, 0.2};
    case SegmentMix::CarOwners:
      return {kCitizens, kEntrepreneurs, 0.2};
    case SegmentMix::Citizens:
      break;
  }
  return {kCitizens, kPensioners, 0.25};
}

// Self-service and one-stop-shop channels cover the whole scenario; on the
// others people ask about one or two services.
std::vector<int> services_at(const World& world, const LifeSituation& ls, const Touchpoint& tp,
                             Rng& rng) {
  std::vector<int> all;
  for (const ScenarioLink& link : ls.services) all.push_back(link.service);
  const bool national = world.scale == ScaleKind::National;
  if (channel_is(tp, {"portal", "mobile_app", "mfc"})) {
    if (national && all.size() > 4) all.resize(4);
    return all;
  }
  const int wanted = std::min<int>(static_cast<int>(all.size()), rng.between(1, 2));
  all.resize(wanted);  // the first services of a scenario are the busiest
  return all;
}

}  // namespace

std::vector<Part> plan_parts(const World& world, int ls_index, int tp_index) {
  const LifeSituation& ls = world.life_situations[ls_index];
  const Touchpoint& tp = world.touchpoints[tp_index];
  Rng rng = Rng::keyed(world.seed, {kPlanStream, key_of(ls.id), key_of(tp.id)});
  const SegmentPair segments = segments_of(ls.segments);
  std::vector<Part> parts;
  const std::vector<int> services = services_at(world, ls, tp, rng);
  for (std::size_t i = 0; i < services.size(); ++i) {
    const double weight = rng.uniform(0.5, 1.5) * (i == 0 ? 1.5 : 1.0);
    const double shift = rng.uniform(-0.04, 0.04);
    parts.push_back({services[i], segments.main, weight, shift});
    if (i == 0) {
      parts.push_back({services[i], segments.secondary, weight * segments.secondary_weight, shift});
      // A few respondents skip the question about who they are.
      parts.push_back({services[i], kNone, weight * 0.06, shift});
    }
  }
  // On conversational channels many cannot say which service they asked about.
  if (channel_is(tp, {"phone", "social", "messenger", "email", "letter", "chatbot"}))
    parts.push_back({kNone, segments.main, 0.4, 0.0});
  return parts;
}

double cell_satisfaction(const World& world, int ls_index, int tp_index, int period, int region) {
  const LifeSituation& ls = world.life_situations[ls_index];
  const Touchpoint& tp = world.touchpoints[tp_index];
  Rng base = Rng::keyed(world.seed, {kBaseStream, key_of(ls.id), key_of(tp.id)});
  const double level = tp.base_satisfaction + ls.satisfaction_shift + base.uniform(-0.04, 0.04);
  // Mostly improving, a few slipping: per quarter, around the middle of the range.
  const double slope = base.uniform(-0.006, 0.014);
  Rng quarter = Rng::keyed(
      world.seed, {kQuarterStream, key_of(ls.id), key_of(tp.id), static_cast<uint64_t>(period)});
  double share = level + slope * (period - 3.5) + 0.012 * quarter.normal();
  if (region != kNone) {
    Rng regional = Rng::keyed(world.seed, {kRegionStream, key_of(world.regions[region].id)});
    share += regional.uniform(-0.05, 0.05);
  }
  return share;
}

uint64_t cell_respondents(const World& world, int ls_index, int tp_index, int period, int region) {
  const LifeSituation& ls = world.life_situations[ls_index];
  const Touchpoint& tp = world.touchpoints[tp_index];
  if (period < tp.first_period) return 0;
  // Survey coverage grows over the two years; a new channel starts small.
  double ramp = 0.75 + 0.05 * period;
  const int age = period - tp.first_period;
  if (tp.first_period > 0 && age < 2) ramp *= age == 0 ? 0.12 : 0.5;
  double scale = 1.0;
  if (region != kNone) scale = world.regions[region].population / 1000.0 * kNationalAnswerScale;
  Rng rng = Rng::keyed(world.seed, {kRespondentStream, key_of(ls.id), key_of(tp.id),
                                    static_cast<uint64_t>(period), static_cast<uint64_t>(region)});
  const double expected = tp.base_answers * ls.popularity * ramp * scale;
  const double n = expected * (1.0 + 0.12 * rng.normal());
  return n < 0.5 ? 0 : static_cast<uint64_t>(n + 0.5);
}

bool staff_answer(const World& world, int ls, int tp) {
  return world.life_situations[ls].asks_staff &&
         channel_is(world.touchpoints[tp], {"phone", "email", "in_person"});
}

bool asks_politeness(const World& world, int ls, int tp) {
  return world.life_situations[ls].asks_politeness &&
         channel_is(world.touchpoints[tp], {"phone", "mfc", "in_person"});
}

}  // namespace gendata
