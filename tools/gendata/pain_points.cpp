// pain_points.csv: «карта болей», what respondents complained about in their
// own words, coded into themes, per life situation and touchpoint.
#include <array>
#include <string_view>

#include "choose.hpp"
#include "csv_file.hpp"
#include "survey_plan.hpp"
#include "writers.hpp"

namespace gendata {
namespace {

struct ChannelThemes {
  std::string_view channel;
  std::array<std::string_view, 4> themes;  // "" pads shorter lists
};

constexpr std::array<ChannelThemes, 10> kThemes = {{
    {"portal",
     {"Непонятная форма заявления", "Ошибка при отправке заявления", "Не приходит статус заявления",
      "Сложно найти нужную услугу"}},
    {"mobile_app",
     {"Приложение зависает при загрузке документов", "Не приходит статус заявления",
      "Непонятная форма заявления", ""}},
    {"phone",
     {"Долгое ожидание на линии", "Переключают между операторами",
      "Оператор не смог ответить на вопрос", ""}},
    {"email", {"Долгий ответ на письмо", "Ответ не по существу вопроса", "", ""}},
    {"social", {"Долгий ответ в комментариях", "Ответ шаблонной фразой", "", ""}},
    {"messenger", {"Долгий ответ в чате", "Чат не сохраняет историю переписки", "", ""}},
    {"chatbot", {"Бот не понимает вопрос", "Нельзя перейти к оператору", "", ""}},
    {"mfc", {"Очередь в МФЦ", "Приходится приходить несколько раз", "", ""}},
    {"in_person", {"Неудобный график приёма", "Нет предварительной записи", "", ""}},
    {"letter", {"Долгий ответ на письмо", "Ответ не по существу вопроса", "", ""}},
}};

// Pains of the life situation as a whole (rows with an empty touchpoint_id).
constexpr std::array<std::string_view, 5> kWholeThemes = {
    "Много документов нужно собрать", "Непонятно, с чего начать", "Нет информации о сроках",
    "Разные ответы в разных ведомствах", "Одни и те же сведения нужно подавать повторно"};

std::span<const std::string_view> themes_of(const Touchpoint& tp) {
  for (const ChannelThemes& entry : kThemes)
    if (entry.channel == tp.channel) {
      std::size_t n = 0;
      while (n < entry.themes.size() && !entry.themes[n].empty()) ++n;
      return std::span(entry.themes.data(), n);
    }
  return {};
}

// Mentions of one theme in a quarter. A theme the ministry worked on (about a
// third of them) fades over the second year; the others persist.
uint64_t mentions(const World& world, const std::string& ls, const std::string& tp,
                  std::string_view theme, int period, double volume) {
  Rng stable = Rng::keyed(world.seed, {301, key_of(ls), key_of(tp), key_of(theme)});
  const double base = volume * stable.uniform(0.4, 1.6);
  const bool addressed = stable.chance(0.35);
  const int fix_period = stable.between(3, 6);
  double trend = 1.0;
  if (addressed && period >= fix_period) trend = 0.45 + 0.1 * (6 - std::min(period, 6));
  Rng quarter = Rng::keyed(
      world.seed, {302, key_of(ls), key_of(tp), key_of(theme), static_cast<uint64_t>(period)});
  const double n = base * trend * (1.0 + 0.15 * quarter.normal());
  return n < 1 ? 1 : whole(n);
}

}  // namespace

void write_pain_points(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  CsvFile csv(out / "pain_points.csv",
              {"period", "life_situation_id", "touchpoint_id", "theme", "mentions"});
  const double scale = world.scale == ScaleKind::National ? 25.0 : 1.0;
  auto row = [&](const Period& period, const LifeSituation& ls, const std::string& tp,
                 std::string_view theme, double volume) {
    csv.text(period.label).text(ls.id).text(tp).text(theme);
    csv.number(mentions(world, ls.id, tp, theme, period.index, volume * scale));
    csv.end_row();
  };
  for (const Period& period : world.periods)
    for (const LifeSituation& ls : world.life_situations) {
      // The themes of a life situation stay the same over the quarters: a map
      // of pains is tracked, not redrawn.
      Rng pick = Rng::keyed(world.seed, {303, key_of(ls.id)});
      for (int i : choose(pick, static_cast<int>(kWholeThemes.size()), 2))
        row(period, ls, "", kWholeThemes[i], 40 * ls.popularity);
      for (int tp_index : ls.touchpoints) {
        const Touchpoint& tp = world.touchpoints[tp_index];
        const auto themes = themes_of(tp);
        const auto chosen = choose(pick, static_cast<int>(themes.size()), pick.between(1, 2));
        if (period.index < tp.first_period) continue;  // after the draw: keeps `pick` in step
        for (int i : chosen)
          row(period, ls, tp.id, themes[i], tp.base_answers * 0.08 * ls.popularity + 2);
      }
    }
  csv.close();
  files.push_back({"pain_points.csv", csv.rows(), csv.bytes()});
}

}  // namespace gendata
