// Passage texts compressed with a zstd dictionary trained on the database's own passages.
// Xapian compresses each document's data alone with zlib, which finds little to share in 900
// bytes of text (1.9:1); a dictionary of the collection's common strings gives about 2.7:1 and
// decompresses several times faster, and every hit reads one passage.
//
// A database gets its dictionary once, when a bulk build creates it (trained on its first
// megabyte of passages), kept in its metadata; articles added later use it. A database built
// incrementally keeps its passages plain and lets Xapian compress them.
#pragma once

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onrecord {

class PassageCodec {
 public:
  // A dictionary for `samples` (passage texts), or nullopt when they are too little to train on.
  static std::optional<std::string> train_dictionary(const std::vector<std::string>& samples);

  // The codec of `db`'s dictionary, or nullptr when its passages are stored plain. Cached per
  // database (a dictionary never changes once written).
  static std::shared_ptr<const PassageCodec> of(const Xapian::Database& db);
  static void store_dictionary(Xapian::WritableDatabase& db, const std::string& dictionary);

  explicit PassageCodec(std::string dictionary);
  ~PassageCodec();
  PassageCodec(const PassageCodec&) = delete;
  PassageCodec& operator=(const PassageCodec&) = delete;

  // Both are thread-safe.
  // The longest text compressed: passages are cut at 1,600 bytes; a longer text is stored
  // plain, so a frame header claiming more is damage (an 8-byte record once cost 1 GiB).
  static constexpr std::size_t kMaxCompressedBytes = 64 * 1024;
  [[nodiscard]] std::string compress(std::string_view text) const;
  [[nodiscard]] std::optional<std::string> decompress(std::string_view frame) const;

 private:
  struct Dictionaries;
  std::unique_ptr<Dictionaries> dictionaries_;
};

}  // namespace onrecord
