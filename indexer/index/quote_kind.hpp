// What a quotation is: the words of someone, a coined term or title, or scare quotes. Indexed as
// an `XQ` term and stored by name in the quotation's data (stored_data).
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "index/enum_names.hpp"

namespace onrecord {

enum class QuoteKind { kSpeech, kTerm, kScare };

inline constexpr std::array<EnumName<QuoteKind>, 3> kQuoteKindNames{{
    {QuoteKind::kSpeech, "speech"},
    {QuoteKind::kTerm, "term"},
    {QuoteKind::kScare, "scare"},
}};

constexpr std::string_view quote_kind_name(QuoteKind kind) {
  return name_of(kQuoteKindNames, kind);
}
constexpr std::optional<QuoteKind> quote_kind_named(std::string_view name) {
  return enum_named(kQuoteKindNames, name);
}

}  // namespace onrecord
