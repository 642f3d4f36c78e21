// Dimensions both scales share: quarters, touchpoints, client segments.
#include "world.hpp"

namespace gendata {

std::vector<Period> build_periods() {
  // Eight quarters, 2024-Q4 to 2026-Q3: two years of dynamics.
  std::vector<Period> periods;
  int year = 2024, quarter = 4;
  for (int i = 0; i < 8; ++i) {
    periods.push_back({std::to_string(year) + "-Q" + std::to_string(quarter), i});
    if (++quarter == 5) quarter = 1, ++year;
  }
  return periods;
}

std::vector<Touchpoint> build_touchpoints() {
  // Phone and e-mail count as offline, as in the touchpoint list of seed 001;
  // Table 2's digital NPS names portals, apps, chat bots and assistants.
  // Base figures: self-service channels rate high, the phone line low, and
  // paper letters are few (their cells are the small ones).
  // Columns: id, name, channel, kind, top-two satisfaction, answers a quarter,
  // ease shift, «затрудняюсь ответить» share, first period.
  return {
      {"tp01", "Единый портал госуслуг", "portal", "digital", 0.86, 520, 0.02, 0.04, 0},
      {"tp02", "Мобильное приложение «Госуслуги»", "mobile_app", "digital", 0.84, 380, 0.01, 0.04,
       0},
      {"tp03", "Контакт-центр 8 800", "phone", "offline", 0.58, 300, -0.06, 0.07, 0},
      {"tp04", "Электронная почта министерства", "email", "offline", 0.64, 110, -0.04, 0.07, 0},
      {"tp05", "Сообщество во ВКонтакте", "social", "digital", 0.62, 90, -0.02, 0.08, 0},
      {"tp06", "Чат поддержки в мессенджере", "messenger", "digital", 0.71, 100, 0.0, 0.06, 0},
      // The chat bot went live in 2025-Q2: no answers before, few at first.
      {"tp07", "Чат-бот на портале", "chatbot", "digital", 0.66, 140, -0.03, 0.07, 2},
      {"tp08", "Многофункциональные центры (МФЦ)", "mfc", "offline", 0.82, 330, -0.01, 0.05, 0},
      {"tp09", "Личный приём в министерстве", "in_person", "offline", 0.74, 140, -0.03, 0.05, 0},
      {"tp10", "Письменные обращения по почте", "letter", "offline", 0.55, 24, -0.08, 0.06, 0},
  };
}

std::vector<Segment> build_segments() {
  // Order fixed by SegmentIndex.
  return {
      {"citizens", "Граждане", "citizen", 0.0},
      {"pensioners", "Пенсионеры", "citizen", -0.03},
      {"entrepreneurs", "Предприниматели", "business", -0.05},
      {"staff", "Сотрудники министерства (внутренние клиенты)", "internal", 0.06},
  };
}

int World::touchpoint_index(const std::string& channel) const {
  for (std::size_t i = 0; i < touchpoints.size(); ++i)
    if (touchpoints[i].channel == channel) return static_cast<int>(i);
  return -1;
}

}  // namespace gendata
