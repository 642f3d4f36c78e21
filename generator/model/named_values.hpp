#pragma once
// A coded value of the input contract with its id and Russian name, and the
// lookups every coded column needs. One table per enum, so a spelling is
// written once.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace otklik::model {

template <typename Enum>
struct Named {
  Enum value;
  std::string_view id;
  std::string_view name;
};

template <typename Enum, std::size_t N>
std::optional<Enum> find_id(const std::array<Named<Enum>, N>& table, std::string_view id) {
  for (const auto& row : table)
    if (row.id == id) return row.value;
  return std::nullopt;
}

// "a, b or c", for the "expected …" part of an error message.
template <typename Enum, std::size_t N>
std::string ids_list(const std::array<Named<Enum>, N>& table) {
  std::string list;
  for (std::size_t i = 0; i < N; ++i)
    list += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(table[i].id);
  return list;
}

// Tables are listed in enum order, so the enum indexes them.
template <typename Enum, std::size_t N>
const Named<Enum>& named(const std::array<Named<Enum>, N>& table, Enum value) {
  return table[static_cast<std::size_t>(value)];
}

}  // namespace otklik::model
