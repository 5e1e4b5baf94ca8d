// Splits an article body into passages, the unit of search: its paragraphs, with long paragraphs
// (a speech with no breaks) cut into windows of whole sentences at ICU sentence boundaries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace onrecord {

struct Passage {
  std::uint32_t index = 0;  // 0-based position in the article
  std::string text;
  std::size_t body_start = 0;  // code-point offset of text within article_body()
  std::size_t body_byte = 0;   // byte offset of text within article_body()
};

struct PassageLimits {
  std::size_t max_bytes = 1600;    // paragraphs longer than this are cut
  std::size_t target_bytes = 900;  // windows stop growing past this
};

// The canonical body text offsets refer to: paragraphs joined by a blank line.
std::string article_body(const std::vector<std::string>& paragraphs);

std::vector<Passage> split_passages(const std::vector<std::string>& paragraphs,
                                    const PassageLimits& limits = {});

}  // namespace onrecord
