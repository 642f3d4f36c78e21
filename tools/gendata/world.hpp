#pragma once
// What the generated ministry looks like: its dimensions and the parameters
// that shape its figures (how satisfied, how many answers). The sample and the
// national scale build one of these; the writers only read it.
#include <cstdint>
#include <string>
#include <vector>

namespace gendata {

enum class ScaleKind { Sample, National };

struct Period {
  std::string label;  // "2026-Q3"
  int index = 0;      // 0 for the first quarter generated
};

struct Service {
  std::string id;
  std::string name;
};

struct ScenarioLink {  // a row of life_situation_services.csv
  int service = 0;     // index into World::services
  bool in_scenario = false;
  bool proactive = false;
};

struct Segment {
  std::string id;
  std::string name;
  std::string client_type;  // citizen | business | internal
  double satisfaction_shift = 0;
};

enum class SegmentMix {
  Citizens,    // mostly citizens, some pensioners
  Pensioners,  // mostly pensioners
  Business,    // mostly entrepreneurs
  CarOwners    // citizens and some entrepreneurs
};

struct LifeSituation {
  std::string id;
  std::string name;
  std::string description;
  int order = 0;
  std::string sphere;
  bool priority = false;
  std::vector<ScenarioLink> services;
  std::vector<int> touchpoints;   // indices into World::touchpoints, 4..7 of them
  double popularity = 1;          // scales the number of answers
  double satisfaction_shift = 0;  // added to the touchpoint's base top-two share
  double need_gap = 0.04;         // the need as a whole is rated this much lower
  SegmentMix segments = SegmentMix::Citizens;
  bool asks_staff = false;       // internal clients (staff) answer too
  bool asks_politeness = false;  // the custom binary question on offline touchpoints
};

struct Touchpoint {
  std::string id;
  std::string name;
  std::string channel;
  std::string kind;                 // digital | offline
  double base_satisfaction = 0.75;  // top-two share of an average life situation
  double base_answers = 100;        // answers a quarter for an average life situation
  double ease_shift = 0;
  double dk_share = 0.05;  // «затрудняюсь ответить»
  int first_period = 0;    // launched later: no answers before this period
};

struct Region {
  std::string id;
  std::string name;
  double population = 0;  // thousands, for the number of answers
};

struct World {
  ScaleKind scale = ScaleKind::Sample;
  uint64_t seed = 0;
  std::vector<Period> periods;
  std::vector<LifeSituation> life_situations;
  std::vector<Service> services;
  std::vector<Touchpoint> touchpoints;
  std::vector<Segment> segments;  // citizens, pensioners, entrepreneurs, staff
  std::vector<Region> regions;    // empty on the sample scale
  std::string custom_question_id;
  std::string custom_question_text;

  int touchpoint_index(const std::string& channel) const;
};

// Indices into World::segments, fixed by build_segments().
enum SegmentIndex { kCitizens = 0, kPensioners = 1, kEntrepreneurs = 2, kStaff = 3 };

World build_sample_world(uint64_t seed);
World build_national_world(uint64_t seed);

// Shared by both scales.
std::vector<Period> build_periods();
std::vector<Touchpoint> build_touchpoints();
std::vector<Segment> build_segments();

}  // namespace gendata
