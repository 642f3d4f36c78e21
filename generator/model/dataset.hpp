#pragma once
// Everything ingest read from data/: dimensions, and the facts as disjoint,
// merged cells of counts. Later stages never see CSV text, only this.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/answers.hpp"
#include "model/appeals.hpp"
#include "model/dimensions.hpp"
#include "model/fact_kinds.hpp"
#include "model/period.hpp"

namespace otklik::model {

// Index into one of the Dataset's dimension vectors; kNone where the fact row
// left the optional key empty (the answer is not attributed to any value).
using DimIndex = int32_t;
inline constexpr DimIndex kNone = -1;

// The key of one disjoint survey cell.
struct CellKey {
  uint16_t period = 0;  // index into Dataset::periods
  DimIndex life_situation = kNone;
  DimIndex service = kNone;
  DimIndex touchpoint = kNone;
  DimIndex segment = kNone;
  DimIndex region = kNone;
  uint16_t question = 0;  // index into Dataset::questions
  friend bool operator==(const CellKey&, const CellKey&) = default;
};

struct SurveyCell {
  CellKey key;
  AnswerCounts answers;
};

struct AppealRow {
  uint16_t period = 0;
  DimIndex life_situation = kNone;
  DimIndex touchpoint = kNone;
  std::string topic;
  AppealKind kind = AppealKind::Statement;
  AppealResult result = AppealResult::Answered;
  uint64_t count = 0;
  uint64_t on_time = 0;
  uint64_t repeat = 0;
};

// service_requests.csv: repeat requests within 4 weeks (Table 1).
struct ServiceRequestRow {
  uint16_t period = 0;
  DimIndex service = kNone;
  uint64_t completed = 0;
  uint64_t repeated_4w = 0;
};

// response_times.csv: social media and messenger response times (Table 2).
struct ResponseTimeRow {
  uint16_t period = 0;
  DimIndex touchpoint = kNone;
  RequestType request_type = RequestType::Mention;
  double hours_max = 0;
  uint64_t count = 0;
};

// pain_points.csv: «карта болей».
struct PainPointRow {
  uint16_t period = 0;
  DimIndex life_situation = kNone;
  DimIndex touchpoint = kNone;
  std::string theme;
  uint64_t mentions = 0;
};

// service_standards.csv: touchpoint service standards met/total.
struct ServiceStandardRow {
  uint16_t period = 0;
  DimIndex touchpoint = kNone;
  ServiceStandard standard = ServiceStandard::TransfersLe2;
  uint64_t met = 0;
  uint64_t total = 0;
};

// An input file as read, for the control sheet and reproducibility.
struct InputFile {
  std::string name;    // file name relative to the data folder
  uint64_t rows = 0;   // data rows, header excluded
  std::string sha256;  // hex of the file's bytes
};

// The fact files a body may leave out; their indicators are then not computed.
inline constexpr std::string_view kOptionalFactFiles[] = {
    "service_requests.csv", "response_times.csv", "pain_points.csv", "service_standards.csv"};

struct Dataset {
  std::vector<LifeSituation> life_situations;  // sorted by order, then id
  std::vector<Service> services;
  std::vector<LifeSituationService> life_situation_services;
  std::vector<Touchpoint> touchpoints;
  std::vector<Segment> segments;
  std::vector<Region> regions;
  std::vector<Question> questions;  // built-in ones first
  std::vector<Period> periods;      // ascending, only those that occur in facts

  std::vector<SurveyCell> survey;  // one cell per distinct CellKey
  std::vector<AppealRow> appeals;
  // Optional files: empty when the file is absent (see has_* below).
  std::vector<ServiceRequestRow> service_requests;
  std::vector<ResponseTimeRow> response_times;
  std::vector<PainPointRow> pain_points;
  std::vector<ServiceStandardRow> service_standards;
  std::vector<InputFile> inputs;  // in the order read

  // Whether an input file of this name ("pain_points.csv") was read.
  bool has_input(std::string_view name) const;
  // An optional fact file (kOptionalFactFiles) that was not given.
  bool lacks_optional_input(std::string_view name) const;

  // The question's index by id, or -1.
  int question_index(std::string_view id) const;
  // Index of a dimension member by id, or kNone.
  DimIndex life_situation_index(std::string_view id) const;
  DimIndex service_index(std::string_view id) const;
  DimIndex touchpoint_index(std::string_view id) const;
};

}  // namespace otklik::model
