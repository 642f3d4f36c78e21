#pragma once
// A small data set and indicator table built by hand for the workbook tests,
// with the expected figures spelled out where they are set.
#include <filesystem>
#include <string>

#include "ingest/config.hpp"
#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"

namespace otklik::test {

// Dimensions (indices as in the vectors):
//   periods: 0 = 2026-Q2, 1 = 2026-Q3
//   life situations: 0 ls01, 1 ls02 (name with "_x0041_" and XML specials),
//     2 ls03 (no answers)
//   touchpoints: 0 tp01 "=1+1", 1 tp02 "@SUM(A1)", 2 tp03 "-2", 3 tp04 "+7 800"
//   questions: 0 satisfaction, 1 need_satisfaction, 2 ease, 3 nps, 4 q_form (binary)
model::Dataset report_dataset();

// Results, all added with IndicatorTable::add:
//   all × 2026-Q2, satisfaction: suppressed
//   all × 2026-Q3, satisfaction n 120, 90 positive, 5 dk, 75 %, stars 3
//   all × 2026-Q3, CSI n 120, score sum 8333.33…, 69.44…
//   all × 2026-Q3, NPS n 70, 50 promoters, 10 detractors, 57.14…, low reliability
//   ls01 × 2026-Q3, ease n 110, 55 positive, 10 dk, 50 %, stars 0
//   ls02 × 2026-Q2, satisfaction: suppressed
//   tp01 × 2026-Q3, satisfaction as the all row
//   tp02 × 2026-Q3, NPS as the all row
//   the cells of survey.csv: ls01×srv01×tp01×seg01×r77 × 2026-Q3 satisfaction
//     and ls01×tp02 × 2026-Q3 NPS published (as the all rows); ls02 × 2026-Q2
//     q_form has no result, so its counts are not published either
metrics::IndicatorTable report_indicators();

ingest::Config report_config();  // min_n 10, low_n 100, organisation set

// A fresh path in the temp folder for one test.
std::filesystem::path temp_workbook(const std::string& name);

// Writes the fixture to temp_workbook(name) and returns the path.
std::filesystem::path write_fixture_workbook(const std::string& name);

}  // namespace otklik::test
