// The index schema, defined once and used by the indexer and the searcher alike: document kinds,
// term prefixes, value slots, query fields and the schema version. DESIGN.md mirrors this table.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "index/enum_names.hpp"

namespace onrecord::schema {

// Bump when the meaning of any term, value or document layout changes; databases written with
// another version are refused with a hint to rebuild.
inline constexpr int kVersion = 12;
inline constexpr std::string_view kVersionMetadataKey = "onrecord:schema";

// Passages are most documents and carry no kind term: a document without one is a passage.
enum class DocKind : std::uint8_t { kArticle, kPassage, kQuote };

inline constexpr std::array<EnumName<DocKind>, 3> kDocKindNames{{
    {DocKind::kArticle, "article"},
    {DocKind::kPassage, "passage"},
    {DocKind::kQuote, "quote"},
}};
inline constexpr std::string_view kind_name(DocKind kind) { return name_of(kDocKindNames, kind); }

// Term prefixes (Omega conventions where one exists: Q unique id, Z stemmed, S title, A author).
namespace prefix {
inline constexpr std::string_view kUniqueId = "Q";  // Q a:ID, on the article document
inline constexpr std::string_view kArticle = "XA";  // article key, on every document of it
inline constexpr std::string_view kRecord = "XR";   // article key, on its article document
inline constexpr std::string_view kKind = "XK";     // document kind: article, quote
inline constexpr std::string_view kStem = "Z";      // stemmed word, positional (numbers: bare)
inline constexpr std::string_view kTitle = "S";     // title words (article documents only)
inline constexpr std::string_view kAuthor = "A";    // folded author name, boolean
inline constexpr std::string_view kSpeaker = "XS";  // folded speaker name, boolean
inline constexpr std::string_view kRole = "XP";     // folded role of an unnamed source, boolean
inline constexpr std::string_view kSource = "XO";   // folded source (outlet), boolean
// A document's own date: a passage's article's, a quotation's when it was said.
inline constexpr std::string_view kDate = "XD";  // its value (partial_date.hpp), boolean
inline constexpr std::string_view kYear = "XY";  // each year a date above overlaps: fast ranges
// The dates its text mentions ("in 1863"), kept apart: filtering by when something was said must
// not return a 1965 speech that mentions 1863.
inline constexpr std::string_view kMentioned = "XM";      // as kDate, for mentioned dates
inline constexpr std::string_view kMentionedYear = "XN";  // as kYear
inline constexpr std::string_view kQuoteKind = "XQ";      // quotation kind: speech, term, scare
inline constexpr std::string_view kQuoteHash = "XH";  // same words quoted anywhere: one quotation
}  // namespace prefix

// Value slots of passage and quotation documents (article documents hold kArticleKey only).
namespace slot {
inline constexpr Xapian::valueno kArticleKey = 0;  // collapse key: one result per article
inline constexpr Xapian::valueno kSortDate = 1;    // earliest date, ISO, for --sort date
inline constexpr Xapian::valueno kSpeakers = 2;    // display names, kListSeparator-joined
inline constexpr Xapian::valueno kDates = 3;       // own ISO partial dates, kListSeparator-joined
inline constexpr Xapian::valueno kSource = 4;      // display name of the outlet
inline constexpr Xapian::valueno kQuoteHash = 5;   // quotations: collapse key across articles
inline constexpr Xapian::valueno kMentioned = 6;   // mentioned ISO partial dates, joined
}  // namespace slot

// The order an article's documents are added in, on every indexing path (article_documents
// prepares them so; the writer and the bulk build add them as prepared): its quotations, its
// passages by index, then its article document. Passage `index` of an article is then the
// document this many ids before its article document, unless documents were removed since; the
// searcher looks there first (a unique term per passage cost 2.5% of the database). 0: none.
inline constexpr Xapian::docid expected_passage_docid(Xapian::docid article_doc,
                                                      std::size_t passages, std::uint32_t index) {
  if (index >= passages || article_doc <= passages - index) return 0;
  return static_cast<Xapian::docid>(article_doc - (passages - index));
}

inline constexpr char kListSeparator = '\x1f';

// The zstd dictionary passages are compressed with (passage_codec.hpp): the same in every shard.
inline constexpr std::string_view kDictionaryMetadataKey = "onrecord:passage-dictionary";
// Sharded indexes (shard_set.hpp): each shard records its place in the set as "INDEX/COUNT"
// (0-based), checked when the set is opened. Every commit raises the generation of the shards
// it changed and then of shard 0, last: a set of shards (or a remote one) has no revision to ask
// for, and shard 0's generation, which a combined database's metadata reads, changes with any.
inline constexpr std::string_view kShardMetadataKey = "onrecord:shard";
inline constexpr std::string_view kGenerationMetadataKey = "onrecord:generation";

// An article's key: a short name the database gives it when first written, kept when it is
// replaced, on every document of the article (XA term, slot 0). Article ids are often long
// (slugs, URLs); a key of a few characters on every passage keeps 2% off the database.
inline constexpr std::string_view kNextArticleKeyMetadata = "onrecord:next-article-key";
// Shard `index` of `count` gives the serials index + 1, index + 1 + count, …: every key is unique
// across the set (one database is shard 0 of 1: 1, 2, 3, …).
inline constexpr std::uint64_t first_article_serial(std::size_t shard) { return shard + 1; }
inline std::string article_key(std::uint64_t serial) {  // base 36: 1.6 million in 4 characters
  constexpr std::string_view kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string key;
  do {
    key.insert(key.begin(), kDigits[serial % kDigits.size()]);
    serial /= kDigits.size();
  } while (serial > 0);
  return key;
}

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
    QueryField{"role", prefix::kRole, FieldMatch::kName},
    QueryField{"source", prefix::kSource, FieldMatch::kName},
    QueryField{"author", prefix::kAuthor, FieldMatch::kName},
    QueryField{"date", prefix::kDate, FieldMatch::kDateRange},
    QueryField{"mentions", prefix::kMentioned, FieldMatch::kDateRange},
};

// Xapian refuses a term over 245 bytes (and the whole commit with it); a longer value (a base64
// blob, a URL as an article id, a run of letters) keeps a head of this many bytes in all and a
// hash of the whole, so the index and a query build the same term, and a wildcard on its start
// still finds it.
inline constexpr std::size_t kMaxTermBytes = 240;

inline std::string term(std::string_view prefix, std::string_view value) {
  std::string out;
  if (prefix.size() + value.size() <= kMaxTermBytes) {
    out.reserve(prefix.size() + value.size());
    out.append(prefix).append(value);
    return out;
  }
  std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a: stable across builds and machines
  for (const char c : value) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  constexpr std::size_t kHashChars = 17;  // '#' and 16 hex digits
  std::size_t head = kMaxTermBytes - kHashChars - std::min(prefix.size(), kMaxTermBytes / 2);
  // Never split a UTF-8 sequence: back up over continuation bytes.
  while (head > 0 && (static_cast<unsigned char>(value[head]) & 0xC0U) == 0x80U) --head;
  out.append(prefix).append(value.substr(0, head)).append(1, '#');
  constexpr std::string_view kHex = "0123456789abcdef";
  for (int shift = 60; shift >= 0; shift -= 4) out += kHex[(hash >> shift) & 0xFU];
  return out;
}

// How much of a search term is prefix: the stem prefix for stems, nothing for bare forms
// (numbers, U.S.) of body text.
inline std::size_t stem_prefix_size(std::string_view term) {
  return term.starts_with(prefix::kStem) ? prefix::kStem.size() : 0;
}

inline std::string article_unique_term(std::string_view id) {
  return term(prefix::kUniqueId, std::string("a:").append(id));
}
// Whose date: the document's own (when said or published), or one its text mentions.
enum class DateRole { kOwn, kMentioned };
inline constexpr std::string_view date_prefix(DateRole role) {
  return role == DateRole::kOwn ? prefix::kDate : prefix::kMentioned;
}
inline constexpr std::string_view year_prefix(DateRole role) {
  return role == DateRole::kOwn ? prefix::kYear : prefix::kMentionedYear;
}
// The terms a date is filtered by: its own, and its year's.
inline std::string date_term(std::string_view iso, DateRole role = DateRole::kOwn) {
  return term(date_prefix(role), iso);
}
// A date's year terms are those of every year its interval overlaps (a decade has ten).
inline std::string year_term(int year, DateRole role = DateRole::kOwn) {
  std::string digits = std::to_string(year);
  if (digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
  return term(year_prefix(role), digits);
}

inline std::string kind_term(DocKind kind) { return term(prefix::kKind, kind_name(kind)); }

}  // namespace onrecord::schema
