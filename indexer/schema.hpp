// The index schema, defined once and used by the indexer and the searcher alike: document kinds,
// term prefixes, value slots, query fields and the schema version. DESIGN.md mirrors this table.
#pragma once

#include <xapian.h>

#include <array>
#include <string>
#include <string_view>

namespace onrecord::schema {

// Bump when the meaning of any term, value or document layout changes; databases written with
// another version are refused with a hint to rebuild.
inline constexpr int kVersion = 6;
inline constexpr std::string_view kVersionMetadataKey = "onrecord:schema";

enum class DocKind { kArticle, kPassage, kQuote };

inline constexpr std::string_view kind_name(DocKind kind) {
  switch (kind) {
    case DocKind::kArticle:
      return "article";
    case DocKind::kPassage:
      return "passage";
    case DocKind::kQuote:
      return "quote";
  }
  return "passage";
}

// Term prefixes (Omega conventions where one exists: Q unique id, Z stemmed, S title, A author).
namespace prefix {
inline constexpr std::string_view kUniqueId = "Q";    // Q a:ID (article), Q p:ID#N (passage)
inline constexpr std::string_view kArticle = "XA";    // every document of one article
inline constexpr std::string_view kKind = "XK";       // document kind: article, passage
inline constexpr std::string_view kStem = "Z";        // stemmed word, positional (numbers: bare)
inline constexpr std::string_view kTitle = "S";       // title words (article documents only)
inline constexpr std::string_view kAuthor = "A";      // folded author name, boolean
inline constexpr std::string_view kSpeaker = "XS";    // folded speaker name, boolean
inline constexpr std::string_view kSource = "XO";     // folded source (outlet), boolean
inline constexpr std::string_view kDate = "XD";       // YYYY, YYYY-MM or YYYY-MM-DD, boolean
inline constexpr std::string_view kYear = "XY";       // the year of every date above: fast ranges
inline constexpr std::string_view kQuoteKind = "XQ";  // quotation kind: speech, term, scare
inline constexpr std::string_view kQuoteHash = "XH";  // same words quoted anywhere: one quotation
}  // namespace prefix

// Value slots of passage and quotation documents (article documents hold kArticleId only).
namespace slot {
inline constexpr Xapian::valueno kArticleId = 0;  // collapse key: one result per article
inline constexpr Xapian::valueno kSortDate = 1;   // earliest date, ISO, for --sort date
inline constexpr Xapian::valueno kSpeakers = 2;   // display names, kListSeparator-joined
inline constexpr Xapian::valueno kDates = 3;      // ISO partial dates, kListSeparator-joined
inline constexpr Xapian::valueno kSource = 4;     // display name of the outlet
inline constexpr Xapian::valueno kQuoteHash = 5;  // quotations: collapse key across articles
}  // namespace slot

inline constexpr char kListSeparator = '\x1f';

// The fields a query may name (`speaker:"Elon Musk"`), and how each is matched.
enum class FieldMatch {
  kArticleText,  // analysed words of the article document under a prefix, phrase-capable;
                 // selects the documents of the articles matching
  kName,         // a folded name compared whole (or by its words), boolean
  kDateRange     // a partial ISO date or range, overlap semantics
};

struct QueryField {
  std::string_view name;
  std::string_view prefix;
  FieldMatch match;
};

inline constexpr std::array kQueryFields{
    QueryField{"title", prefix::kTitle, FieldMatch::kArticleText},
    QueryField{"kind", prefix::kQuoteKind, FieldMatch::kName},
    QueryField{"speaker", prefix::kSpeaker, FieldMatch::kName},
    QueryField{"source", prefix::kSource, FieldMatch::kName},
    QueryField{"author", prefix::kAuthor, FieldMatch::kName},
    QueryField{"date", prefix::kDate, FieldMatch::kDateRange},
};

inline std::string term(std::string_view prefix, std::string_view value) {
  std::string out;
  out.reserve(prefix.size() + value.size());
  out.append(prefix).append(value);
  return out;
}

inline std::string article_unique_term(std::string_view id) {
  return term(prefix::kUniqueId, std::string("a:").append(id));
}
// The terms a date is filtered by: its own, and its year's.
inline std::string date_term(std::string_view iso) { return term(prefix::kDate, iso); }
inline std::string year_term(std::string_view iso) { return term(prefix::kYear, iso.substr(0, 4)); }

inline std::string kind_term(DocKind kind) { return term(prefix::kKind, kind_name(kind)); }
inline std::string quote_unique_term(std::string_view id, unsigned index) {
  return term(prefix::kUniqueId,
              std::string("q:").append(id).append("#").append(std::to_string(index)));
}

}  // namespace onrecord::schema
