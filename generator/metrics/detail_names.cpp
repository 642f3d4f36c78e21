#include "metrics/detail_names.hpp"

#include "model/appeals.hpp"
#include "model/fact_kinds.hpp"

namespace otklik::metrics {

std::string detail_name(const model::Dataset& data, IndicatorId id, std::string_view detail) {
  switch (id) {
    case IndicatorId::StandardCompliance:
      if (auto standard = model::parse_service_standard(detail))
        return std::string(model::service_standard_name(*standard));
      break;
    case IndicatorId::Question:
      if (const int q = data.question_index(detail); q >= 0) return data.questions[q].text;
      break;
    case IndicatorId::SocialResponseHours:
      if (auto type = model::parse_request_type(detail))
        return std::string(model::request_type_name(*type));
      break;
    case IndicatorId::AppealsByKind:
      return model::appeal_detail_name("kind", detail);
    case IndicatorId::AppealsByResult:
      return model::appeal_detail_name("result", detail);
    case IndicatorId::AppealsByChannel:
      return model::appeal_detail_name("channel", detail);
    case IndicatorId::AppealsOnTimeShare:
    case IndicatorId::AppealsRepeatShare:
      if (const std::size_t colon = detail.find(':'); colon != std::string_view::npos)
        return model::appeal_detail_name(detail.substr(0, colon), detail.substr(colon + 1));
      break;
    default:
      break;
  }
  return std::string(detail);
}

}  // namespace otklik::metrics
