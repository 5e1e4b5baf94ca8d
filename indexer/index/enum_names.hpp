// Enums that are written out (in terms, stored data, JSON) get their names from one table each,
// read both ways, instead of a switch per direction.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace onrecord {

template <typename Enum>
struct EnumName {
  Enum value;
  std::string_view name;
};

// Every enumerator is in its table (the tables sit beside their enums), so the fallback to the
// first entry is never taken by a valid value.
template <typename Enum, std::size_t N>
constexpr std::string_view name_of(const std::array<EnumName<Enum>, N>& table, Enum value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.name;
  return table.front().name;
}

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> enum_named(const std::array<EnumName<Enum>, N>& table,
                                         std::string_view name) {
  for (const auto& entry : table)
    if (entry.name == name) return entry.value;
  return std::nullopt;
}

}  // namespace onrecord
