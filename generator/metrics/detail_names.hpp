#pragma once
// The Russian name of an indicator's detail, for tables a reader sees: a
// question's text, a service standard's description, an appeal kind.
#include <string>
#include <string_view>

#include "metrics/definitions.hpp"
#include "model/dataset.hpp"

namespace otklik::metrics {

// "complaint" of AppealsByKind -> «жалоба»; "kind:complaint" of the appeals
// shares likewise; a topic, a pain theme or an unknown code is its own name.
std::string detail_name(const model::Dataset& data, IndicatorId id, std::string_view detail);

}  // namespace otklik::metrics
