#include "analysis/passage_splitter.hpp"

#include <string_view>

#include "analysis/text_analyzer.hpp"

namespace onrecord {
namespace {

constexpr std::string_view kParagraphSeparator = "\n\n";

// Cuts a run of text with no usable sentence break at a space near the target size.
std::size_t cut_at_space(std::string_view text, std::size_t from, std::size_t target) {
  const std::size_t limit = std::min(text.size(), from + target);
  if (limit == text.size()) return limit;
  const auto space = text.rfind(' ', limit);
  return space != std::string_view::npos && space > from ? space + 1 : limit;
}

std::vector<std::pair<std::size_t, std::size_t>> window_ranges(std::string_view text,
                                                               const PassageLimits& limits) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  if (text.size() <= limits.max_bytes) {
    ranges.emplace_back(0, text.size());
    return ranges;
  }
  std::size_t start = 0;
  std::size_t end = 0;
  for (std::size_t sentence_end : sentence_ends(text)) {
    if (end > start && sentence_end - start > limits.target_bytes) {
      ranges.emplace_back(start, end);
      start = end;
    }
    if (sentence_end - start > limits.max_bytes) {
      // One sentence too long to keep whole: cut it at spaces.
      while (sentence_end - start > limits.max_bytes) {
        const std::size_t cut = cut_at_space(text, start, limits.target_bytes);
        ranges.emplace_back(start, cut);
        start = end = cut;
      }
    }
    end = sentence_end;
  }
  if (end > start) ranges.emplace_back(start, end);
  return ranges;
}

std::string_view trimmed(std::string_view s, std::size_t& leading) {
  const auto first = s.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  leading = first;
  const auto last = s.find_last_not_of(" \t\n");
  return s.substr(first, last - first + 1);
}

}  // namespace

std::string article_body(const std::vector<std::string>& paragraphs) {
  std::string body;
  for (const auto& p : paragraphs) {
    if (!body.empty()) body.append(kParagraphSeparator);
    body.append(p);
  }
  return body;
}

std::vector<Passage> split_passages(const std::vector<std::string>& paragraphs,
                                    const PassageLimits& limits) {
  std::vector<Passage> passages;
  std::size_t paragraph_start = 0;  // code points
  std::size_t paragraph_byte = 0;
  for (const auto& paragraph : paragraphs) {
    for (const auto& [begin, end] : window_ranges(paragraph, limits)) {
      std::size_t leading = 0;
      const std::string_view text =
          trimmed(std::string_view(paragraph).substr(begin, end - begin), leading);
      if (text.empty()) continue;
      Passage passage;
      passage.index = static_cast<std::uint32_t>(passages.size());
      passage.text = std::string(text);
      passage.body_start = paragraph_start + count_code_points(std::string_view(paragraph).substr(
                                                 0, begin + leading));
      passage.body_byte = paragraph_byte + begin + leading;
      passages.push_back(std::move(passage));
    }
    paragraph_start += count_code_points(paragraph) + count_code_points(kParagraphSeparator);
    paragraph_byte += paragraph.size() + kParagraphSeparator.size();
  }
  return passages;
}

}  // namespace onrecord
