// appeals.csv: written appeals (обращения) by topic, kind and result.
#include <array>
#include <string_view>

#include "answer_mix.hpp"
#include "choose.hpp"
#include "csv_file.hpp"
#include "survey_plan.hpp"
#include "writers.hpp"

namespace gendata {
namespace {

enum Kind { kStatement, kComplaint, kProposal };
constexpr std::array<std::string_view, 3> kKindIds = {"statement", "complaint", "proposal"};

constexpr std::array<std::string_view, 7> kResultIds = {
    "supported", "measures_taken", "explained",  "not_supported",
    "answered",  "forwarded",      "in_progress"};
// Weights of each result (in kResultIds order, in_progress apart) per kind.
constexpr std::array<std::array<double, 6>, 3> kResultWeights = {{
    {0.20, 0.00, 0.25, 0.10, 0.35, 0.10},  // statement
    {0.10, 0.30, 0.25, 0.25, 0.00, 0.10},  // complaint
    {0.25, 0.00, 0.00, 0.35, 0.40, 0.00},  // proposal
}};

struct Topic {
  std::string_view name;
  std::array<double, 3> kinds;  // statement, complaint, proposal
};

// Topics about a life situation's services.
constexpr std::array<Topic, 10> kSituationTopics = {{
    {"Сроки предоставления услуги", {0.4, 0.6, 0.0}},
    {"Ошибка в документах", {0.7, 0.3, 0.0}},
    {"Отказ в предоставлении услуги", {0.2, 0.8, 0.0}},
    {"Размер выплаты", {0.6, 0.4, 0.0}},
    {"Порядок получения услуги", {1.0, 0.0, 0.0}},
    {"Качество консультации", {0.0, 0.7, 0.3}},
    {"Запись на приём и очередь", {0.3, 0.5, 0.2}},
    {"Вежливость сотрудников", {0.0, 0.9, 0.1}},
    {"Не пришло уведомление о статусе заявления", {0.5, 0.5, 0.0}},
    {"Перечень необходимых документов", {0.7, 0.0, 0.3}},
}};

// Topics not tied to a life situation (rows with an empty life_situation_id).
constexpr std::array<Topic, 4> kGeneralTopics = {{
    {"Работа раздела \"Мои заявления\" на портале", {0.0, 0.5, 0.5}},
    {"Предложение по улучшению сервиса", {0.0, 0.0, 1.0}},
    {"Доступность для маломобильных граждан", {0.0, 0.4, 0.6}},
    {"Работа официального сайта министерства", {0.2, 0.4, 0.4}},
}};

struct AppealChannel {
  std::string_view channel;  // "" = not recorded (forwarded by another body)
  double volume;             // appeals a quarter for an average life situation
  double on_time;            // share answered within the legal term
};

constexpr std::array<AppealChannel, 8> kChannels = {{
    {"portal", 60, 0.97},
    {"email", 25, 0.93},
    {"social", 12, 0.95},
    {"messenger", 8, 0.95},
    {"mfc", 10, 0.94},
    {"in_person", 8, 0.96},
    {"letter", 15, 0.88},
    {"", 5, 0.90},
}};

class AppealsWriter {
 public:
  AppealsWriter(const World& world, CsvFile& csv)
      : world_(world), csv_(csv), scale_(world.scale == ScaleKind::National ? 20.0 : 1.0) {}

  // `ls` is kNone for appeals not about one life situation.
  void write(const Period& period, int ls) {
    for (const AppealChannel& channel : kChannels) {
      const int tp =
          channel.channel.empty() ? kNone : world_.touchpoint_index(std::string(channel.channel));
      if (!open_for(ls, tp, channel)) continue;
      Rng rng = Rng::keyed(world_.seed, {201, static_cast<uint64_t>(period.index),
                                         static_cast<uint64_t>(ls), key_of(channel.channel)});
      const double popularity = ls == kNone ? 1.0 : world_.life_situations[ls].popularity;
      const double ramp = 0.85 + 0.04 * period.index;
      const double volume = channel.volume * popularity * ramp * scale_ * rng.uniform(0.7, 1.3);
      const std::span<const Topic> topics = ls == kNone ? std::span<const Topic>(kGeneralTopics)
                                                        : std::span<const Topic>(kSituationTopics);
      const std::vector<int> chosen =
          choose(rng, static_cast<int>(topics.size()), rng.between(2, 4));
      for (int topic : chosen)
        write_topic(period, ls, tp, channel, topics[topic], volume / chosen.size(), rng);
    }
  }

 private:
  // Appeals arrive by post and through the portal in every situation, on the
  // other channels only where the life situation uses that touchpoint.
  bool open_for(int ls, int tp, const AppealChannel& channel) const {
    if (channel.channel.empty()) return true;
    if (tp == kNone) return false;
    if (channel.channel == "portal" || channel.channel == "letter") return true;
    if (ls == kNone) return channel.channel == "email" || channel.channel == "social";
    for (int used : world_.life_situations[ls].touchpoints)
      if (used == tp) return true;
    return false;
  }

  void write_topic(const Period& period, int ls, int tp, const AppealChannel& channel,
                   const Topic& topic, double volume, Rng& rng) {
    const int kind = weighted(rng, topic.kinds);
    // The newest quarter still has appeals under consideration.
    const int last = static_cast<int>(world_.periods.size()) - 1;
    const double pending = period.index == last ? 0.15 : (period.index == last - 1 ? 0.03 : 0.0);
    // Two or three of the results usual for the kind carry the topic.
    std::vector<int> usual;
    for (int r = 0; r < 6; ++r)
      if (kResultWeights[kind][r] > 0) usual.push_back(r);
    std::array<double, 7> weights{};
    for (int pick : choose(rng, static_cast<int>(usual.size()), rng.between(2, 3)))
      weights[usual[pick]] = kResultWeights[kind][usual[pick]] * rng.uniform(0.5, 1.5);
    weights[6] = pending;
    std::array<uint64_t, 7> counts{};
    split_counts(whole(volume), weights, counts);
    const double on_time_share =
        clamp(channel.on_time + 0.004 * period.index + 0.02 * rng.normal(), 0.6, 1.0);
    const double repeat_share =
        clamp((kind == kComplaint ? 0.08 : 0.03) + 0.015 * rng.normal(), 0.0, 0.2);
    for (int r = 0; r < 7; ++r) {
      if (counts[r] == 0) continue;
      csv_.text(period.label).text(ls == kNone ? "" : world_.life_situations[ls].id);
      csv_.text(tp == kNone ? "" : world_.touchpoints[tp].id).text(topic.name);
      csv_.text(kKindIds[kind]).text(kResultIds[r]).number(counts[r]);
      // Pending appeals are within their term until it runs out.
      csv_.number(r == 6 ? counts[r] : whole(counts[r] * on_time_share));
      csv_.number(whole(counts[r] * repeat_share));
      csv_.end_row();
    }
  }

  const World& world_;
  CsvFile& csv_;
  double scale_;
};

}  // namespace

void write_appeals(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  CsvFile csv(out / "appeals.csv", {"period", "life_situation_id", "touchpoint_id", "topic", "kind",
                                    "result", "count", "on_time", "repeat"});
  AppealsWriter writer(world, csv);
  for (const Period& period : world.periods) {
    for (std::size_t ls = 0; ls < world.life_situations.size(); ++ls)
      writer.write(period, static_cast<int>(ls));
    writer.write(period, kNone);
  }
  csv.close();
  files.push_back({"appeals.csv", csv.rows(), csv.bytes()});
}

}  // namespace gendata
