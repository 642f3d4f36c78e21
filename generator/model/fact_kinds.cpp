#include "model/fact_kinds.hpp"

#include "model/named_values.hpp"

namespace otklik::model {
namespace {

constexpr std::array<Named<RequestType>, 2> kRequestTypes = {{
    {RequestType::Mention, "mention", "упоминания"},
    {RequestType::Official, "official", "официальные обращения и комментарии"},
}};

constexpr std::array<Named<ServiceStandard>, 5> kStandards = {{
    {ServiceStandard::TransfersLe2, "transfers_le_2",
     "Клиента переключают на других сотрудников не более двух раз"},
    {ServiceStandard::Ack24h, "ack_24h", "Получение письма подтверждено в течение 24 часов"},
    {ServiceStandard::Wait15min, "wait_15min", "Ожидание личного приёма — не более 15 минут"},
    {ServiceStandard::InPerson5min, "inperson_5min",
     "Услуга сценария без проверки права получена на приёме не более чем за 5 минут"},
    {ServiceStandard::Form10min, "form_10min", "Заполнение формы — не более 10 минут"},
}};

}  // namespace

std::optional<RequestType> parse_request_type(std::string_view id) {
  return find_id(kRequestTypes, id);
}
std::string_view request_type_id(RequestType type) { return named(kRequestTypes, type).id; }
std::string_view request_type_name(RequestType type) { return named(kRequestTypes, type).name; }
std::string_view request_type_ids_list() {
  static const std::string list = ids_list(kRequestTypes);
  return list;
}

std::optional<ServiceStandard> parse_service_standard(std::string_view id) {
  return find_id(kStandards, id);
}
std::string_view service_standard_id(ServiceStandard standard) {
  return named(kStandards, standard).id;
}
std::string_view service_standard_name(ServiceStandard standard) {
  return named(kStandards, standard).name;
}
std::string_view service_standard_ids_list() {
  static const std::string list = ids_list(kStandards);
  return list;
}

}  // namespace otklik::model
