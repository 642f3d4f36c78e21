#include "model/dimensions.hpp"

#include <array>

namespace otklik::model {
namespace {

struct ChannelInfo {
  Channel channel;
  std::string_view id;
  std::string_view name;
};

constexpr std::array<ChannelInfo, 13> kChannels = {{
    {Channel::Portal, "portal", "Портал"},
    {Channel::MobileApp, "mobile_app", "Мобильное приложение"},
    {Channel::Phone, "phone", "Телефон"},
    {Channel::Email, "email", "Электронная почта"},
    {Channel::Letter, "letter", "Письмо"},
    {Channel::PersonalAccount, "personal_account", "Личный кабинет"},
    {Channel::Social, "social", "Социальные сети"},
    {Channel::Messenger, "messenger", "Мессенджер"},
    {Channel::Chatbot, "chatbot", "Чат-бот"},
    {Channel::VoiceAssistant, "voice_assistant", "Голосовой помощник"},
    {Channel::InPerson, "in_person", "Личный приём"},
    {Channel::Mfc, "mfc", "МФЦ"},
    {Channel::Other, "other", "Другое"},
}};

}  // namespace

std::optional<Channel> parse_channel(std::string_view id) {
  for (const auto& info : kChannels)
    if (info.id == id) return info.channel;
  return std::nullopt;
}

std::string_view channel_id(Channel channel) { return kChannels[static_cast<size_t>(channel)].id; }

std::string_view channel_name(Channel channel) {
  return kChannels[static_cast<size_t>(channel)].name;
}

std::string_view channel_ids_list() {
  return "portal, mobile_app, phone, email, letter, personal_account, social, messenger, "
         "chatbot, voice_assistant, in_person, mfc, other";
}

}  // namespace otklik::model
