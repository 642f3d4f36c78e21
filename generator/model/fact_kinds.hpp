#pragma once
// Spellings of the coded columns of the optional fact files, shared by ingest
// (which parses them) and the outputs (which name them).
#include <optional>
#include <string_view>

namespace otklik::model {

// response_times.csv: social media and messenger response times (Table 2).
enum class RequestType { Mention, Official };

// service_standards.csv: touchpoint service standards met/total.
enum class ServiceStandard { TransfersLe2, Ack24h, Wait15min, InPerson5min, Form10min };
inline constexpr ServiceStandard kServiceStandards[] = {
    ServiceStandard::TransfersLe2, ServiceStandard::Ack24h, ServiceStandard::Wait15min,
    ServiceStandard::InPerson5min, ServiceStandard::Form10min};

std::optional<RequestType> parse_request_type(std::string_view id);
std::string_view request_type_id(RequestType type);    // "mention"
std::string_view request_type_name(RequestType type);  // Russian
std::string_view request_type_ids_list();              // for error messages

std::optional<ServiceStandard> parse_service_standard(std::string_view id);
std::string_view service_standard_id(ServiceStandard standard);    // "form_10min"
std::string_view service_standard_name(ServiceStandard standard);  // Russian
std::string_view service_standard_ids_list();

}  // namespace otklik::model
