#include "engine/snippet.hpp"

#include <algorithm>

#include "analysis/text_analyzer.hpp"

namespace onrecord {
namespace {

bool closes_sentence_mark(std::string_view text, std::size_t at, std::size_t& length) {
  const char c = text[at];
  if (c == '"' || c == '\'' || c == ')') {
    length = 1;
    return true;
  }
  for (std::string_view mark : {std::string_view("\u201D"), std::string_view("\u2019")}) {
    if (text.substr(at).starts_with(mark)) {
      length = mark.size();
      return true;
    }
  }
  return false;
}

// Sentences for choosing a window: ends at . ! or ? (and any closing quotes) followed by
// whitespace, which takes the whitespace along. Snippets only need plausible cuts, and ICU's
// sentence iterator cost as much as the rest of a hit's snippet.
std::vector<ByteSpan> sentences_of(std::string_view text) {
  std::vector<ByteSpan> sentences;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '.' && text[i] != '!' && text[i] != '?') continue;
    std::size_t end = i + 1;
    std::size_t length = 0;
    while (end < text.size() && closes_sentence_mark(text, end, length)) end += length;
    if (end >= text.size() || (text[end] != ' ' && text[end] != '\n')) continue;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\n')) ++end;
    sentences.push_back({start, end});
    start = end;
    i = end - 1;
  }
  if (start < text.size()) sentences.push_back({start, text.size()});
  return sentences;
}

std::size_t count_in(const std::vector<ByteSpan>& matches, ByteSpan range) {
  return static_cast<std::size_t>(std::count_if(
      matches.begin(), matches.end(),
      [range](const ByteSpan& m) { return m.begin >= range.begin && m.end <= range.end; }));
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves a cut point to the nearest space at or after `at` (or before, when cutting the end).
std::size_t word_boundary_after(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.size();
  const auto space = text.find(' ', at);
  return space == std::string_view::npos ? text.size() : space + 1;
}

std::size_t word_boundary_before(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.size();
  const auto space = text.rfind(' ', at);
  if (space == std::string_view::npos || space == 0) {
    while (at > 0 && is_continuation_byte(text[at])) --at;
    return at;
  }
  return space;
}

// Chooses the byte window of the snippet.
ByteSpan choose_window(std::string_view text, const std::vector<ByteSpan>& matches,
                       std::size_t max_bytes) {
  if (text.size() <= max_bytes) return {0, text.size()};
  const auto sentences = sentences_of(text);
  std::size_t best = 0;
  std::size_t best_count = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::size_t n = count_in(matches, sentences[i]);
    if (n > best_count) {
      best = i;
      best_count = n;
    }
  }
  ByteSpan window = sentences.empty() ? ByteSpan{0, text.size()} : sentences[best];
  if (window.end - window.begin > max_bytes) {
    // One long sentence: centre on its first match, cut at spaces.
    std::size_t anchor = window.begin;
    for (const auto& m : matches) {
      if (m.begin >= window.begin && m.end <= window.end) {
        anchor = m.begin;
        break;
      }
    }
    const std::size_t lead = max_bytes / 4;
    std::size_t begin =
        anchor > window.begin + lead ? word_boundary_after(text, anchor - lead) : window.begin;
    if (begin > anchor) begin = anchor;
    const std::size_t end = word_boundary_before(text, std::min(window.end, begin + max_bytes));
    return {begin, std::max(end, std::min(window.end, anchor + 1))};
  }
  // Grow by whole sentences, after first (reading on), then before.
  std::size_t after = best + 1;
  std::size_t before = best;
  while (true) {
    if (after < sentences.size() && sentences[after].end - window.begin <= max_bytes) {
      window.end = sentences[after++].end;
    } else if (before > 0 && window.end - sentences[before - 1].begin <= max_bytes) {
      window.begin = sentences[--before].begin;
    } else {
      break;
    }
  }
  return window;
}

}  // namespace

Snippet make_snippet(std::string_view text, const std::vector<ByteSpan>& matches,
                     std::size_t max_bytes) {
  const ByteSpan window = choose_window(text, matches, max_bytes);
  Snippet snippet;
  snippet.cut_before = window.begin > 0;
  snippet.cut_after = window.end < text.size();
  std::size_t at = window.begin;
  auto emit = [&](std::size_t from, std::size_t to, Mark mark) {
    if (to > from) snippet.parts.push_back({std::string(text.substr(from, to - from)), mark});
  };
  for (const auto& m : matches) {
    if (m.end <= window.begin || m.begin >= window.end) continue;
    const std::size_t b = std::max(m.begin, window.begin);
    const std::size_t e = std::min(m.end, window.end);
    emit(at, b, Mark::kPlain);
    emit(b, e, Mark::kMatch);
    at = e;
  }
  emit(at, window.end, Mark::kPlain);
  if (!snippet.parts.empty()) {
    std::string& first = snippet.parts.front().text;
    first.erase(0, std::min(first.size(), first.find_first_not_of(' ')));
    std::string& last = snippet.parts.back().text;
    while (!last.empty() && (last.back() == ' ' || last.back() == '\n')) last.pop_back();
    std::erase_if(snippet.parts, [](const SnippetPart& p) { return p.text.empty(); });
  }
  return snippet;
}

bool ellipsis_after(const Snippet& snippet) {
  if (!snippet.cut_after) return false;
  std::string_view tail;
  for (auto it = snippet.parts.rbegin(); it != snippet.parts.rend() && tail.empty(); ++it)
    tail = it->text;
  while (!tail.empty() && (tail.back() == ' ' || tail.back() == '\n')) tail.remove_suffix(1);
  // A closing quotation mark after the stop: "… the States.”"
  for (std::string_view mark : {"\u201D", "\u2019", "\"", "'", ")"}) {
    if (tail.ends_with(mark)) {
      tail.remove_suffix(mark.size());
      break;
    }
  }
  if (tail.ends_with("\u2026")) return false;
  return tail.empty() || (tail.back() != '.' && tail.back() != '!' && tail.back() != '?');
}

}  // namespace onrecord
