#include "index/passage_codec.hpp"

#include <zdict.h>
// For the frame format parameter: magicless frames are part of zstd's format, the switch is in
// the "experimental" section of its header (and in Debian's shared library).
#define ZSTD_STATIC_LINKING_ONLY
#include <zstd.h>

#include <map>
#include <mutex>
#include <numeric>
#include <stdexcept>

#include "index/error.hpp"
#include "index/schema.hpp"

namespace onrecord {
namespace {

constexpr int kLevel = 3;  // higher levels gain a few percent and cost indexing time
constexpr std::size_t kMaxDictionaryBytes = std::size_t{112} * 1024;
constexpr std::size_t kMinSampleBytes = std::size_t{8} * 1024;
constexpr std::size_t kMinSamples = 20;
constexpr std::size_t kCachedCodecs = 16;

struct ContextDeleter {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

ZSTD_CCtx* compression_context() {
  thread_local std::unique_ptr<ZSTD_CCtx, ContextDeleter> context = [] {
    std::unique_ptr<ZSTD_CCtx, ContextDeleter> c(ZSTD_createCCtx());
    // No magic number and no dictionary id (the tag byte says what the data is; a database has
    // one dictionary): 4 bytes a passage each. A checksum, so that text read with the wrong or
    // a damaged dictionary is refused rather than garbled.
    ZSTD_CCtx_setParameter(c.get(), ZSTD_c_format, ZSTD_f_zstd1_magicless);
    ZSTD_CCtx_setParameter(c.get(), ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setParameter(c.get(), ZSTD_c_dictIDFlag, 0);
    ZSTD_CCtx_setParameter(c.get(), ZSTD_c_contentSizeFlag, 1);
    return c;
  }();
  return context.get();
}

ZSTD_DCtx* decompression_context() {
  thread_local std::unique_ptr<ZSTD_DCtx, ContextDeleter> context = [] {
    std::unique_ptr<ZSTD_DCtx, ContextDeleter> d(ZSTD_createDCtx());
    ZSTD_DCtx_setParameter(d.get(), ZSTD_d_format, ZSTD_f_zstd1_magicless);
    return d;
  }();
  return context.get();
}

}  // namespace

struct PassageCodec::Dictionaries {
  std::string dictionary;
  // Made on the first compress(): searching processes never need it (it takes a megabyte).
  std::once_flag compress_once;
  ZSTD_CDict* compress = nullptr;
  ZSTD_DDict* decompress = nullptr;
  ~Dictionaries() {
    ZSTD_freeCDict(compress);
    ZSTD_freeDDict(decompress);
  }
};

std::optional<std::string> PassageCodec::train_dictionary(const std::vector<std::string>& samples) {
  const std::size_t total =
      std::accumulate(samples.begin(), samples.end(), std::size_t{0},
                      [](std::size_t n, const std::string& s) { return n + s.size(); });
  if (samples.size() < kMinSamples || total < kMinSampleBytes) return std::nullopt;
  std::string joined;
  joined.reserve(total);
  std::vector<std::size_t> sizes;
  for (const auto& s : samples) {
    joined += s;
    sizes.push_back(s.size());
  }
  // zstd advises samples of about a hundred times the dictionary; ten is its minimum.
  std::string dictionary(std::min(kMaxDictionaryBytes, total / 10), '\0');
  const std::size_t size =
      ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), joined.data(), sizes.data(),
                            static_cast<unsigned>(sizes.size()));
  if (ZDICT_isError(size) != 0U) return std::nullopt;
  dictionary.resize(size);
  return dictionary;
}

PassageCodec::PassageCodec(std::string dictionary)
    : dictionaries_(std::make_unique<Dictionaries>()) {
  dictionaries_->dictionary = std::move(dictionary);
  const std::string& d = dictionaries_->dictionary;
  dictionaries_->decompress = ZSTD_createDDict(d.data(), d.size());
  if (dictionaries_->decompress == nullptr)
    throw_damaged("the passage dictionary in the database's metadata is damaged");
}

PassageCodec::~PassageCodec() = default;

std::string PassageCodec::compress(std::string_view text) const {
  std::call_once(dictionaries_->compress_once, [d = dictionaries_.get()] {
    d->compress = ZSTD_createCDict(d->dictionary.data(), d->dictionary.size(), kLevel);
  });
  if (dictionaries_->compress == nullptr)
    throw_internal("cannot prepare the passage dictionary for compression");
  ZSTD_CCtx* context = compression_context();
  ZSTD_CCtx_refCDict(context, dictionaries_->compress);
  std::string frame(ZSTD_compressBound(text.size()), '\0');
  const std::size_t size =
      ZSTD_compress2(context, frame.data(), frame.size(), text.data(), text.size());
  if (ZSTD_isError(size) != 0U)
    throw_internal(std::string("compressing a passage failed: ") + ZSTD_getErrorName(size));
  frame.resize(size);
  return frame;
}

std::optional<std::string> PassageCodec::decompress(std::string_view frame) const {
  ZSTD_frameHeader header{};
  if (ZSTD_getFrameHeader_advanced(&header, frame.data(), frame.size(), ZSTD_f_zstd1_magicless) !=
          0 ||
      header.frameContentSize == ZSTD_CONTENTSIZE_UNKNOWN ||
      header.frameContentSize > kMaxCompressedBytes)
    return std::nullopt;
  const auto content = static_cast<std::size_t>(header.frameContentSize);
  std::string text(content, '\0');
  ZSTD_DCtx* context = decompression_context();
  ZSTD_DCtx_refDDict(context, dictionaries_->decompress);
  const std::size_t size =
      ZSTD_decompressDCtx(context, text.data(), text.size(), frame.data(), frame.size());
  if (ZSTD_isError(size) != 0U || size != content) return std::nullopt;
  return text;
}

std::shared_ptr<const PassageCodec> PassageCodec::of(const Xapian::Database& db) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const PassageCodec>> codecs;  // by database UUID
  const std::string uuid = db.get_uuid();
  {
    std::lock_guard lock(mutex);
    if (auto it = codecs.find(uuid); it != codecs.end()) return it->second;
  }
  std::string dictionary = db.get_metadata(std::string(schema::kDictionaryMetadataKey));
  std::shared_ptr<const PassageCodec> codec =
      dictionary.empty() ? nullptr : std::make_shared<const PassageCodec>(std::move(dictionary));
  std::lock_guard lock(mutex);
  // A long-running server sees a new database at each rebuild; old codecs go (callers keep
  // theirs alive).
  if (codecs.size() >= kCachedCodecs) codecs.clear();
  return codecs.try_emplace(uuid, std::move(codec)).first->second;
}

void PassageCodec::store_dictionary(Xapian::WritableDatabase& db, const std::string& dictionary) {
  db.set_metadata(std::string(schema::kDictionaryMetadataKey), dictionary);
}

}  // namespace onrecord
