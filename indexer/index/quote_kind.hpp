// What a quotation is: the words of someone, a coined term or title, or scare quotes (indexed as
// an `XQ` term), and where its date came from. Both are stored by name in the quotation's data
// (stored_data), so their order may change.
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

// Where a quotation's date (when the words were said) was read: its attribution ("said
// Tuesday", "in a 2019 interview"), the narrative of its sentence outside the marks, or the
// article's own date; none when the text says it was said at some other, unknown time ("once
// said").
enum class DateSource { kNone, kAttribution, kSentence, kArticle };

inline constexpr std::array<EnumName<DateSource>, 4> kDateSourceNames{{
    {DateSource::kNone, "none"},
    {DateSource::kAttribution, "attribution"},
    {DateSource::kSentence, "sentence"},
    {DateSource::kArticle, "article"},
}};

constexpr std::string_view date_source_name(DateSource source) {
  return name_of(kDateSourceNames, source);
}
constexpr std::optional<DateSource> date_source_named(std::string_view name) {
  return enum_named(kDateSourceNames, name);
}

}  // namespace onrecord
