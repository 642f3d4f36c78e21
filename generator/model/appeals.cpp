#include "model/appeals.hpp"

#include <array>
#include <string>

namespace otklik::model {
namespace {

template <typename Enum>
struct Named {
  Enum value;
  std::string_view id;
  std::string_view name;
};

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

template <typename Enum, std::size_t N>
std::optional<Enum> find_id(const std::array<Named<Enum>, N>& table, std::string_view id) {
  for (const auto& row : table)
    if (row.id == id) return row.value;
  return std::nullopt;
}

// "a, b or c" from the ids of a table, built once.
template <typename Enum, std::size_t N>
std::string ids_list(const std::array<Named<Enum>, N>& table) {
  std::string list;
  for (std::size_t i = 0; i < N; ++i)
    list += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(table[i].id);
  return list;
}

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
std::string_view appeal_kind_name(AppealKind kind) {
  return kKinds[static_cast<std::size_t>(kind)].name;
}
std::string_view appeal_result_name(AppealResult result) {
  return kResults[static_cast<std::size_t>(result)].name;
}

}  // namespace otklik::model
