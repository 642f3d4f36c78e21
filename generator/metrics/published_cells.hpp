#pragma once
// Which survey cells may be published with their answer counts. A cell is a
// cut with all its attributed dimensions fixed; its counts are as revealing
// as the cut's own result, so they are published exactly when that result
// is (not hidden by primary or complementary suppression).
#include <string_view>
#include <vector>

#include "metrics/indicator_table.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

// The built-in indicators computed from one question ("satisfaction" gives
// the satisfaction share and CSI); empty for a custom question.
std::vector<IndicatorId> built_in_indicators(std::string_view question);

bool is_published(const IndicatorTable& table, const model::Dataset& data,
                  const model::SurveyCell& cell);

}  // namespace otklik::metrics
