// The data of passage and quotation documents: read for every hit, so stored compactly, in
// binary (a tag byte, varints, length-prefixed strings) rather than JSON. Neither names its
// article: the document's article key (slot 0) does, and the caller passes the article's id.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "index/passage_codec.hpp"
#include "index/quote_kind.hpp"

namespace onrecord {

// A passage: its index in the article, its byte offset in the body, and its text, plain ('P')
// or compressed with the database's dictionary ('C').
struct PassageData {
  std::string article_id;
  std::uint32_t index = 0;
  std::size_t body_start = 0;
  std::string text;
};
std::string encode_passage_data(const PassageData& data, const PassageCodec* codec);
// nullopt when `data` is no passage's. `codec` is the database's (PassageCodec::of). Throws
// ErrorException (kDamaged) when compressed text cannot be read back.
std::optional<PassageData> decode_passage_data(const std::string& data, std::string article_id,
                                               const PassageCodec* codec);

// A quotation ('Q'); `start`/`end` are code-point offsets in the article's body.
struct QuoteData {
  std::string article_id;
  std::uint32_t passage = 0;
  std::string text;
  std::string speaker;
  std::string date;
  QuoteKind kind = QuoteKind::kSpeech;
  std::string cue;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string speaker_role;     // "a White House spokesman": the source when only described
  std::uint8_t confidence = 0;  // of the speaker (or role), in percent; 0 when there is none
  DateSource date_source = DateSource::kNone;
};
// A speaker attributed with less confidence than this is shown marked as uncertain.
inline constexpr std::uint8_t kSureConfidence = 70;
[[nodiscard]] inline bool speaker_is_uncertain(const QuoteData& quote) {
  return !quote.speaker.empty() && quote.confidence < kSureConfidence;
}

std::string encode_quote_data(const QuoteData& data);
// nullopt when `data` is no quotation's; throws ErrorException (kDamaged) when it is cut
// short, runs on past its fields, names no known kind or date source, or gives a confidence
// over 100.
std::optional<QuoteData> decode_quote_data(const std::string& data, std::string article_id);

}  // namespace onrecord
