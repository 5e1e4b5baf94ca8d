// The passage dictionary: trained on passages, it must give back every text exactly, refuse
// what it did not write, and decline to train on too little text.
#include "index/passage_codec.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "analysis/passage_splitter.hpp"
#include "index/stored_data.hpp"
#include "support/test_support.hpp"

namespace onrecord {
using testing::thrown_error_code;

namespace {

std::vector<std::string> gold_passages() {
  std::vector<std::string> passages;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(ONRECORD_SOURCE_DIR) / "tests" / "gold")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::vector<std::string> paragraphs;
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) paragraphs.push_back(line);
    for (auto& p : split_passages(paragraphs)) passages.push_back(std::move(p.text));
  }
  return passages;
}

TEST(PassageCodec, RoundTripsEveryPassageAndSavesSpace) {
  const auto passages = gold_passages();
  ASSERT_GT(passages.size(), 50u);
  const auto dictionary = PassageCodec::train_dictionary(passages);
  ASSERT_TRUE(dictionary.has_value());
  const PassageCodec codec(*dictionary);
  std::size_t plain = 0;
  std::size_t compressed = 0;
  for (const auto& text : passages) {
    const std::string frame = codec.compress(text);
    plain += text.size();
    compressed += frame.size();
    EXPECT_EQ(codec.decompress(frame), text);
  }
  // Short passages and a dictionary of a few kilobytes: still a quarter smaller.
  EXPECT_LT(compressed * 4, plain * 3) << compressed << " of " << plain;
  for (const std::string& odd :
       {std::string(), std::string("\u00C9mile Zola \u2014 \u201Cyes\u201D"),
        std::string(5000, 'x')})
    EXPECT_EQ(codec.decompress(codec.compress(odd)), odd);
}

TEST(PassageCodec, DamagedOrForeignFramesAreRefused) {
  const auto passages = gold_passages();
  const PassageCodec codec(*PassageCodec::train_dictionary(passages));
  const std::string frame = codec.compress(passages.front());
  EXPECT_FALSE(codec.decompress("not a frame").has_value());
  EXPECT_FALSE(codec.decompress(frame.substr(0, frame.size() / 2)).has_value());
  // Passage data: compressed data is not readable without the database's codec.
  const std::string data = encode_passage_data({"a", 3, 120, passages.front()}, &codec);
  EXPECT_EQ(decode_passage_data(data, "a", &codec)->text, passages.front());
  EXPECT_EQ(decode_passage_data(data, "a", &codec)->index, 3u);
  EXPECT_EQ(thrown_error_code([&] { (void)decode_passage_data(data, "a", nullptr); }),
            ErrorCode::kDamaged);
  // A damaged frame, or one read with another dictionary, never yields wrong text: the
  // frame's checksum catches it.
  std::string damaged = data;
  damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x55);
  EXPECT_EQ(thrown_error_code([&] { (void)decode_passage_data(damaged, "a", &codec); }),
            ErrorCode::kDamaged);
  std::vector<std::string> reversed;
  for (const auto& p : passages) reversed.emplace_back(p.rbegin(), p.rend());
  const PassageCodec other(*PassageCodec::train_dictionary(reversed));
  std::size_t refused = 0;
  for (const auto& text : passages) {
    const auto read = other.decompress(codec.compress(text));
    if (!read)
      ++refused;
    else
      EXPECT_EQ(*read, text);
  }
  EXPECT_GT(refused, 0u);
  EXPECT_EQ(
      decode_passage_data(encode_passage_data({"a", 1, 0, "plain"}, nullptr), "a", nullptr)->text,
      "plain");
}

TEST(PassageCodec, AFrameClaimingMoreThanTheWriterCompressesIsDamage) {
  const PassageCodec codec(*PassageCodec::train_dictionary(gold_passages()));
  // A frame whose header claims more than any stored passage holds is refused before its
  // size is allocated (a damaged 8-byte record once claimed a gigabyte).
  const std::string big(PassageCodec::kMaxCompressedBytes + 1, 'x');
  EXPECT_FALSE(codec.decompress(codec.compress(big)).has_value());
  // The writer stores such a text plain, so it still reads back whole.
  const std::string data = encode_passage_data({"a", 0, 0, big}, &codec);
  EXPECT_EQ(decode_passage_data(data, "a", &codec)->text, big);
  const std::string at_limit(PassageCodec::kMaxCompressedBytes, 'y');
  EXPECT_EQ(codec.decompress(codec.compress(at_limit)), at_limit);
}

TEST(PassageCodec, TooLittleTextTrainsNoDictionary) {
  EXPECT_FALSE(PassageCodec::train_dictionary({"one short passage", "and another"}).has_value());
  EXPECT_FALSE(PassageCodec::train_dictionary({}).has_value());
}

}  // namespace
}  // namespace onrecord
