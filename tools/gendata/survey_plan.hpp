#pragma once
// Who answers the survey in one life situation at one touchpoint, and how
// satisfied they are: the model behind survey.csv.
#include <cstdint>
#include <vector>

#include "random.hpp"
#include "world.hpp"

namespace gendata {

inline constexpr int kNone = -1;  // an empty optional key in the output

// Respondents per thousand inhabitants of a region, relative to the sample's
// whole-country figures; sets the national survey at about 15 million rows.
inline constexpr double kNationalAnswerScale = 0.5;

// One group of respondents of a life situation x touchpoint: those who named
// this service (or none) and this segment (or none).
struct Part {
  int service = kNone;
  int segment = kNone;
  double weight = 1;              // share of the cell's respondents
  double satisfaction_shift = 0;  // the service's own quality
};

// The parts of a life situation x touchpoint; the same every quarter so that
// the dynamics compare like with like.
std::vector<Part> plan_parts(const World& world, int ls, int tp);

// The expected top-two satisfaction share of the life situation at the
// touchpoint in a quarter, before segment and service shifts: base level,
// a gentle trend over the quarters and a little quarter-to-quarter drift.
double cell_satisfaction(const World& world, int ls, int tp, int period, int region);

// Respondents a quarter for the whole life situation x touchpoint (x region).
uint64_t cell_respondents(const World& world, int ls, int tp, int period, int region);

// Staff (internal clients) answering about the touchpoint, if they do.
bool staff_answer(const World& world, int ls, int tp);
// The custom binary question is asked at offline service points.
bool asks_politeness(const World& world, int ls, int tp);

}  // namespace gendata
