#pragma once
// The one table of indicator definitions (standard «Государство для людей»,
// section 6, Tables 1 and 2). Code, methodology page and XLSX all read it.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace otklik::metrics {

// In the order the outputs list them. One byte, like Unit and Estimate: a
// national period holds 2.5 million results.
enum class IndicatorId : uint8_t {
  SatisfactionShare,
  NeedSatisfactionShare,
  EaseShare,
  Csi,
  Nps,
  DigitalNps,
  PositiveNpsServicesShare,
  ScenarioCoverage,
  ProactiveShare,
  RepeatRequestShare,
  StandardCompliance,  // detail: the standard ("form_10min")
  AppealsCount,
  AppealsOnTimeShare,
  AppealsRepeatShare,
  AppealsByKind,     // detail: the kind ("complaint")
  AppealsByResult,   // detail: the result ("measures_taken")
  AppealsByChannel,  // detail: the channel ("portal")
  AppealsByTopic,    // detail: the topic as written in appeals.csv
  SocialResponseLevel,
  SocialResponseHours,  // detail: "mention" or "official"
  PainMentions,         // detail: the theme as written in pain_points.csv
  Question,             // detail: the id of a question of questions.csv
};

enum class Unit : uint8_t {
  Percent,  // 0..100
  Points,   // NPS -100..100, CSI 0..100
  Count,    // appeals, mentions
  Hours,
  Level  // a star level 0..5
};

// Russian name of a unit for tables: «%», «пункты», «количество», «часы», «уровень».
std::string_view unit_name(Unit unit);

// How the value is estimated, which decides its interval and the test of
// its change against the previous period.
enum class Estimate : uint8_t {
  Share,     // positive / n: Wilson interval, two-proportion z-test
  NetScore,  // NPS: interval and z-test from the variance of the ±1 score
  Mean,      // CSI: interval and z-test from the variance of the scores
  Tally      // counts, hours, levels, shares of services: no sampling error;
             // change is the plain difference, not tested
};

// Which way is better, for the words of a change («улучшение»).
enum class Better { Higher, Lower, Neither };

// A star level and the closed range of values (already rounded to one
// decimal) that earns it. Ranges are checked from the best level down, so
// where two ranges touch the better level wins. `text` replaces the range
// where the level is not a range of the value (social response time).
struct StarBand {
  int level;    // 1..5
  double low;   // inclusive
  double high;  // inclusive
  std::string_view text = {};
};

// What n counts, in the three Russian plural forms: «1 ответ», «3 ответа»,
// «25 ответов».
struct Noun {
  std::string_view one;
  std::string_view few;
  std::string_view many;
};

struct IndicatorDefinition {
  IndicatorId id = {};
  std::string_view key = {};         // "satisfaction_share", as in indicators.csv
  std::string_view name = {};        // Russian name
  std::string_view short_name = {};  // Russian, for table headers
  std::string_view formula = {};     // Russian formula text
  std::string_view base = {};        // what is counted and what is excluded
  std::string_view source = {};      // the table and row of the standard
  std::string_view input = {};       // the file it is computed from
  std::string_view question = {};    // survey question id, "" when not from the survey
  Unit unit = {};
  Estimate estimate = {};
  Better better = {};
  Noun counted = {"ответ", "ответа", "ответов"};  // what n counts
  std::vector<StarBand> stars = {};               // empty: the standard sets no levels
  std::string_view star_note = {};                // how an unclear cell of the table was read
  // Survey answers are personal data: such cuts fall under disclosure
  // control (min_n and complementary suppression). Appeals, requests and
  // the scenario file are administrative counts and are published as they are.
  bool disclosure_control = false;
  // The key is always followed by ":" and a detail (q:polite,
  // appeals_kind:complaint). The appeals shares have an optional one
  // (appeals_on_time_share:kind:complaint) beside their plain total.
  bool has_detail = false;
};

// Table 2, response time in social media and messenger chats: the longest
// response allowed at each level, for mentions and for official requests.
struct ResponseLimit {
  int level;
  double mention_hours;
  double official_hours;
};
std::span<const ResponseLimit> social_response_limits();  // best level first

const std::vector<IndicatorDefinition>& indicator_definitions();
const IndicatorDefinition& definition(IndicatorId id);

}  // namespace otklik::metrics
