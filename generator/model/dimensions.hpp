#pragma once
// The dimension tables of input contract v1: who is asked about what, where.
#include <optional>
#include <string>
#include <string_view>

namespace otklik::model {

struct LifeSituation {
  std::string id;
  std::string name;
  std::string description;
  int order = 0;
  std::string sphere;     // sphere of life (4.3.5.1)
  bool priority = false;  // the year's priority life situation (4.2.5)
};

struct Service {
  std::string id;
  std::string name;
};

// A row of the client scenario of a life situation (life_situation_services.csv).
struct LifeSituationService {
  std::string life_situation_id;
  std::string service_id;
  bool in_scenario = false;
  bool proactive = false;
};

enum class Channel {
  Portal,
  MobileApp,
  Phone,
  Email,
  Letter,
  PersonalAccount,
  Social,
  Messenger,
  Chatbot,
  VoiceAssistant,
  InPerson,
  Mfc,
  Other
};
std::optional<Channel> parse_channel(std::string_view id);
std::string_view channel_id(Channel channel);
// Russian display name ("Портал", "МФЦ", ...).
std::string_view channel_name(Channel channel);
// The accepted spellings, for error messages: "portal, mobile_app, ...".
std::string_view channel_ids_list();

enum class TouchpointKind { Digital, Offline };

struct Touchpoint {
  std::string id;
  std::string name;
  Channel channel = Channel::Other;
  TouchpointKind kind = TouchpointKind::Offline;
};

enum class ClientType { Citizen, Business, Internal };

struct Segment {
  std::string id;
  std::string name;
  ClientType client_type = ClientType::Citizen;
};

struct Region {
  std::string id;
  std::string name;
};

}  // namespace otklik::model
