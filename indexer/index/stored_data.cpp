#include "index/stored_data.hpp"

#include <xapian.h>

#include <string_view>

#include "index/error.hpp"

namespace onrecord {
namespace {

// Article records are JSON and start with '{'.
constexpr char kPlainPassageTag = 'P';
constexpr char kCompressedPassageTag = 'C';
constexpr char kQuoteTag = 'Q';

void append_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

std::optional<std::uint64_t> read_varint(std::string_view data, std::size_t& at) {
  std::uint64_t value = 0;
  for (int shift = 0; at < data.size() && shift < 64; shift += 7) {
    const auto byte = static_cast<unsigned char>(data[at++]);
    value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return value;
  }
  return std::nullopt;
}

void append_string(std::string& out, std::string_view s) {
  append_varint(out, s.size());
  out += s;
}

// Reads the fields of a stored record in order; any field cut short marks it damaged.
class FieldReader {
 public:
  explicit FieldReader(std::string_view data) : data_(data) {}
  std::uint64_t number() {
    const auto value = read_varint(data_, at_);
    if (!value) damaged_ = true;
    return value.value_or(0);
  }
  std::string string() {
    const std::uint64_t size = number();
    if (damaged_ || size > data_.size() - at_) {
      damaged_ = true;
      return {};
    }
    std::string out(data_.substr(at_, size));
    at_ += size;
    return out;
  }
  [[nodiscard]] bool damaged() const { return damaged_; }
  [[nodiscard]] bool at_end() const { return at_ == data_.size(); }

 private:
  std::string_view data_;
  std::size_t at_ = 1;  // after the tag
  bool damaged_ = false;
};

[[noreturn]] void throw_unreadable(std::string_view what, const std::string& article_id) {
  throw_damaged(std::string(what) + " of article '" + article_id + "' cannot be read");
}

}  // namespace

std::string encode_passage_data(const PassageData& data, const PassageCodec* codec) {
  if (data.text.size() > PassageCodec::kMaxCompressedBytes) codec = nullptr;
  std::string out(1, codec != nullptr ? kCompressedPassageTag : kPlainPassageTag);
  append_varint(out, data.index);
  append_varint(out, data.body_start);
  out += codec != nullptr ? codec->compress(data.text) : data.text;
  return out;
}

std::optional<PassageData> decode_passage_data(const std::string& data, std::string article_id,
                                               const PassageCodec* codec) {
  if (data.empty() || (data.front() != kPlainPassageTag && data.front() != kCompressedPassageTag))
    return std::nullopt;
  std::size_t at = 1;
  const auto index = read_varint(data, at);
  const auto body_start = read_varint(data, at);
  if (!index || !body_start) return std::nullopt;
  PassageData passage{std::move(article_id), static_cast<std::uint32_t>(*index),
                      static_cast<std::size_t>(*body_start), ""};
  if (data.front() == kPlainPassageTag) {
    passage.text = data.substr(at);
    return passage;
  }
  auto text =
      codec != nullptr ? codec->decompress(std::string_view(data).substr(at)) : std::nullopt;
  if (!text)
    throw_unreadable("a passage (compressed with another dictionary?)", passage.article_id);
  passage.text = std::move(*text);
  return passage;
}

std::string encode_quote_data(const QuoteData& d) {
  std::string out(1, kQuoteTag);
  append_varint(out, d.passage);
  append_varint(out, d.start);
  append_varint(out, d.end);
  const std::string kind(quote_kind_name(d.kind));  // by name: the order of kinds may change
  for (const std::string* s : {&d.text, &d.speaker, &d.date, &kind, &d.cue}) append_string(out, *s);
  append_string(out, d.speaker_role);
  append_varint(out, d.confidence);
  append_string(out, std::string(date_source_name(d.date_source)));
  return out;
}

std::optional<QuoteData> decode_quote_data(const std::string& data, std::string article_id) {
  if (data.empty() || data.front() != kQuoteTag) return std::nullopt;
  FieldReader read(data);
  QuoteData quote;
  quote.article_id = std::move(article_id);
  quote.passage = static_cast<std::uint32_t>(read.number());
  quote.start = read.number();
  quote.end = read.number();
  std::string kind;
  for (std::string* s : {&quote.text, &quote.speaker, &quote.date, &kind, &quote.cue})
    *s = read.string();
  quote.speaker_role = read.string();
  const auto confidence = read.number();
  const auto known_kind = quote_kind_named(kind);
  const auto known_source = date_source_named(read.string());
  if (read.damaged() || !read.at_end() || !known_kind || !known_source || confidence > 100)
    throw_unreadable("a quotation", quote.article_id);
  quote.kind = *known_kind;
  quote.confidence = static_cast<std::uint8_t>(confidence);
  quote.date_source = *known_source;
  return quote;
}

}  // namespace onrecord
