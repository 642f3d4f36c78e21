#pragma once
// Appeals (обращения) of appeals.csv: what citizens asked or complained about.
#include <optional>
#include <string>
#include <string_view>

namespace otklik::model {

enum class AppealKind { Statement, Complaint, Proposal };  // заявление, жалоба, предложение
enum class AppealResult {
  Supported,
  MeasuresTaken,
  Explained,
  NotSupported,
  Answered,
  Forwarded,
  InProgress
};

std::optional<AppealKind> parse_appeal_kind(std::string_view id);
std::optional<AppealResult> parse_appeal_result(std::string_view id);
// The accepted ids, for error messages: "statement, complaint or proposal".
std::string_view appeal_kind_ids_list();
std::string_view appeal_result_ids_list();
std::string_view appeal_kind_name(AppealKind kind);        // Russian
std::string_view appeal_result_name(AppealResult result);  // Russian
std::string_view appeal_kind_id(AppealKind kind);          // "complaint"
std::string_view appeal_result_id(AppealResult result);    // "measures_taken"
// The Russian name of a detail of the appeals indicators: `part` is "kind",
// "result" or "channel" and `id` its code; a topic (or an unknown code) is
// its own name.
std::string appeal_detail_name(std::string_view part, std::string_view id);

inline constexpr AppealKind kAppealKinds[] = {AppealKind::Statement, AppealKind::Complaint,
                                              AppealKind::Proposal};
inline constexpr AppealResult kAppealResults[] = {
    AppealResult::Supported,    AppealResult::MeasuresTaken, AppealResult::Explained,
    AppealResult::NotSupported, AppealResult::Answered,      AppealResult::Forwarded,
    AppealResult::InProgress};

}  // namespace otklik::model
