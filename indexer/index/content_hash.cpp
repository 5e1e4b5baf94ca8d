#include "index/content_hash.hpp"

#include <cstdint>
#include <cstdio>

namespace onrecord {
namespace {

// FNV-1a, 64 bits: change detection for sync, not security.
constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::uint64_t fnv(std::uint64_t hash, std::string_view bytes) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return hash;
}

std::string format_hash(std::uint64_t hash, std::size_t size) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx-%zx", static_cast<unsigned long long>(hash), size);
  return buf;
}

}  // namespace

std::string content_hash(std::string_view bytes) {
  return format_hash(fnv(kFnvOffset, bytes), bytes.size());
}

std::string content_hash(std::istream& in) {
  std::uint64_t hash = kFnvOffset;
  std::size_t size = 0;
  std::string chunk(1 << 16, '\0');
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
    const auto n = static_cast<std::size_t>(in.gcount());
    hash = fnv(hash, std::string_view(chunk).substr(0, n));
    size += n;
  }
  return format_hash(hash, size);
}

}  // namespace onrecord
