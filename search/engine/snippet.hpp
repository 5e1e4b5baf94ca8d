// Cuts a passage down to a snippet around its best matches, at sentence boundaries where the
// sentences fit and at word boundaries where they do not.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/highlighter.hpp"

namespace onrecord {

enum class Mark { kPlain, kMatch };

struct SnippetPart {
  std::string text;
  Mark mark = Mark::kPlain;
};

struct Snippet {
  std::vector<SnippetPart> parts;
  bool cut_before = false;  // text precedes the snippet in the passage
  bool cut_after = false;
};

inline constexpr std::size_t kSnippetBytes = 320;

// Whether a front end marks the cut after the snippet with "…": not after a finished sentence
// ("States.…" reads as a doubled stop), only where words were cut off.
bool ellipsis_after(const Snippet& snippet);

Snippet make_snippet(std::string_view text, const std::vector<ByteSpan>& matches,
                     std::size_t max_bytes = kSnippetBytes);

}  // namespace onrecord
