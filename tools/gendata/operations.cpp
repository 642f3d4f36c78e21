// Operational facts: repeat requests per service, social media response
// times, touchpoint service standards.
#include <array>
#include <string_view>

#include "answer_mix.hpp"
#include "choose.hpp"
#include "csv_file.hpp"
#include "writers.hpp"

namespace gendata {
namespace {

double volume_scale(const World& world) { return world.scale == ScaleKind::National ? 25.0 : 1.0; }

// service_requests.csv: completed requests and those repeated within 4 weeks
// (Table 1). Repeat shares sit between 0 and 10 % and ease over time.
void write_service_requests(const World& world, const std::filesystem::path& out,
                            WrittenFiles& files) {
  CsvFile csv(out / "service_requests.csv", {"period", "service_id", "completed", "repeated_4w"});
  for (const Period& period : world.periods)
    for (const Service& service : world.services) {
      Rng stable = Rng::keyed(world.seed, {401, key_of(service.id)});
      const double volume = stable.uniform(300, 6000) * volume_scale(world);
      const double repeat = stable.uniform(0.003, 0.085);
      Rng quarter =
          Rng::keyed(world.seed, {402, key_of(service.id), static_cast<uint64_t>(period.index)});
      const uint64_t completed =
          whole(volume * (0.85 + 0.04 * period.index) * (1.0 + 0.08 * quarter.normal()));
      const double share =
          clamp(repeat * (1.0 - 0.05 * period.index) * (1.0 + 0.1 * quarter.normal()), 0.0, 0.1);
      csv.text(period.label).text(service.id).number(completed).number(whole(completed * share));
      csv.end_row();
    }
  csv.close();
  files.push_back({"service_requests.csv", csv.rows(), csv.bytes()});
}

// response_times.csv: answers in social media and messengers, in bands of
// response time. Each row's hours_max is the longest wait among its `count`
// answers; the slowest band improves over the quarters towards Table 2's
// 4 hours for mentions and 2 hours for official requests.
void write_response_times(const World& world, const std::filesystem::path& out,
                          WrittenFiles& files) {
  CsvFile csv(out / "response_times.csv",
              {"period", "touchpoint_id", "request_type", "hours_max", "count"});
  constexpr std::array<std::string_view, 2> kTypes = {"mention", "official"};
  constexpr std::array<double, 4> kBands = {0.15, 0.35, 0.6, 1.0};  // of the slowest
  constexpr std::array<double, 4> kBandWeights = {0.45, 0.3, 0.18, 0.07};
  const int last = static_cast<int>(world.periods.size()) - 1;
  for (const Period& period : world.periods)
    for (const Touchpoint& tp : world.touchpoints) {
      if (tp.channel != "social" && tp.channel != "messenger") continue;
      for (std::size_t type = 0; type < kTypes.size(); ++type) {
        Rng stable = Rng::keyed(world.seed, {501, key_of(tp.id), type});
        const double start = type == 0 ? stable.uniform(14, 20) : stable.uniform(7, 10);
        const double end = type == 0 ? stable.uniform(3.5, 6) : stable.uniform(1.8, 3);
        Rng quarter =
            Rng::keyed(world.seed, {502, key_of(tp.id), type, static_cast<uint64_t>(period.index)});
        const double slowest =
            (start + (end - start) * period.index / last) * (1.0 + 0.08 * quarter.normal());
        const double requests =
            (type == 0 ? stable.uniform(150, 400) : stable.uniform(40, 150)) * volume_scale(world);
        std::array<uint64_t, 4> counts{};
        split_counts(whole(requests * (0.85 + 0.04 * period.index)), kBandWeights, counts);
        uint64_t previous = 0;
        for (std::size_t band = 0; band < kBands.size(); ++band) {
          // Tenths of an hour, strictly rising so each band is its own row.
          uint64_t tenths = whole(slowest * kBands[band] * 10);
          if (tenths <= previous) tenths = previous + 1;
          previous = tenths;
          if (counts[band] == 0) continue;
          csv.text(period.label).text(tp.id).text(kTypes[type]).tenths(tenths).number(counts[band]);
          csv.end_row();
        }
      }
    }
  csv.close();
  files.push_back({"response_times.csv", csv.rows(), csv.bytes()});
}

struct StandardAt {
  std::string_view channel;
  std::string_view standard;
  double volume;  // contacts measured a quarter
  double met;     // share meeting the standard in the first quarter
};

// transfers_le_2: phone (4.6.3.2); ack_24h: written (4.6.4.3); wait_15min:
// in person (4.6.8.5); inperson_5min (4.5.6.3); form_10min (4.5.6.6).
constexpr std::array<StandardAt, 9> kStandards = {{
    {"portal", "form_10min", 18000, 0.78},
    {"mobile_app", "form_10min", 12000, 0.81},
    {"phone", "transfers_le_2", 6000, 0.83},
    {"email", "ack_24h", 900, 0.86},
    {"letter", "ack_24h", 300, 0.72},
    {"mfc", "wait_15min", 4000, 0.8},
    {"mfc", "inperson_5min", 4000, 0.88},
    {"in_person", "wait_15min", 600, 0.74},
    {"in_person", "inperson_5min", 600, 0.85},
}};

void write_service_standards(const World& world, const std::filesystem::path& out,
                             WrittenFiles& files) {
  CsvFile csv(out / "service_standards.csv",
              {"period", "touchpoint_id", "standard", "met", "total"});
  for (const Period& period : world.periods)
    for (const Touchpoint& tp : world.touchpoints)
      for (const StandardAt& at : kStandards) {
        if (at.channel != tp.channel) continue;
        Rng quarter = Rng::keyed(world.seed, {601, key_of(tp.id), key_of(at.standard),
                                              static_cast<uint64_t>(period.index)});
        const uint64_t total = whole(at.volume * volume_scale(world) *
                                     (0.85 + 0.04 * period.index) * quarter.uniform(0.9, 1.1));
        const double met =
            clamp(at.met + 0.012 * period.index + 0.015 * quarter.normal(), 0.5, 0.995);
        csv.text(period.label)
            .text(tp.id)
            .text(at.standard)
            .number(whole(total * met))
            .number(total);
        csv.end_row();
      }
  csv.close();
  files.push_back({"service_standards.csv", csv.rows(), csv.bytes()});
}

}  // namespace

void write_operations(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  write_service_requests(world, out, files);
  write_response_times(world, out, files);
  write_service_standards(world, out, files);
}

}  // namespace gendata
