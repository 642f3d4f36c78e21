#include "model/appeals.hpp"

#include <string>

#include "model/dimensions.hpp"
#include "model/named_values.hpp"

namespace otklik::model {
namespace {

constexpr std::array<Named<AppealKind>, 3> kKinds = {{
    {AppealKind::Statement, "statement", "Заявление"},
    {AppealKind::Complaint, "complaint", "Жалоба"},
    {AppealKind::Proposal, "proposal", "Предложение"},
}};

constexpr std::array<Named<AppealResult>, 7> kResults = {{
    {AppealResult::Supported, "supported", "Поддержано"},
    {AppealResult::MeasuresTaken, "measures_taken", "Приняты меры"},
    {AppealResult::Explained, "explained", "Разъяснено"},
    {AppealResult::NotSupported, "not_supported", "Не поддержано"},
    {AppealResult::Answered, "answered", "Дан ответ"},
    {AppealResult::Forwarded, "forwarded", "Перенаправлено"},
    {AppealResult::InProgress, "in_progress", "На рассмотрении"},
}};

}  // namespace

std::string_view appeal_kind_ids_list() {
  static const std::string list = ids_list(kKinds);
  return list;
}
std::string_view appeal_result_ids_list() {
  static const std::string list = ids_list(kResults);
  return list;
}

std::optional<AppealKind> parse_appeal_kind(std::string_view id) { return find_id(kKinds, id); }
std::optional<AppealResult> parse_appeal_result(std::string_view id) {
  return find_id(kResults, id);
}
std::string_view appeal_kind_name(AppealKind kind) { return named(kKinds, kind).name; }
std::string_view appeal_result_name(AppealResult result) { return named(kResults, result).name; }
std::string_view appeal_kind_id(AppealKind kind) { return named(kKinds, kind).id; }
std::string_view appeal_result_id(AppealResult result) { return named(kResults, result).id; }

std::string appeal_detail_name(std::string_view part, std::string_view id) {
  if (part == "kind")
    if (auto kind = parse_appeal_kind(id)) return std::string(appeal_kind_name(*kind));
  if (part == "result")
    if (auto result = parse_appeal_result(id)) return std::string(appeal_result_name(*result));
  if (part == "channel")
    if (auto channel = parse_channel(id)) return std::string(channel_name(*channel));
  return std::string(id);
}

}  // namespace otklik::model
