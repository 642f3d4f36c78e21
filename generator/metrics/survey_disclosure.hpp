#pragma once
// Disclosure control of the survey: a table per question and one for the
// digital NPS, each protected on its own, apart from NPS and its digital
// part, which count the same answers and are protected together.
#include <cstdint>
#include <vector>

#include "metrics/disclosure.hpp"
#include "metrics/survey_cube.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

struct SurveyDisclosure {
  std::vector<DisclosureTable> questions;  // by index in Dataset::questions
  DisclosureTable digital_nps;
};

// Independent tables are worked out on every core (model::run_jobs). Each
// table's suppressions are a fixed point of its own equations, so the
// result does not depend on which thread ran it or when.
SurveyDisclosure protect_survey(const model::Dataset& data, const SurveyCube& cube, uint64_t min_n);

}  // namespace otklik::metrics
