// What every rich-document reader shares: dates from timestamps, white space, bylines.
#include <cctype>

#include "formats/document_readers.hpp"
#include "index/partial_date.hpp"

namespace onrecord {

std::string leading_iso_date(std::string_view timestamp) {
  while (!timestamp.empty() && std::isspace(static_cast<unsigned char>(timestamp.front())))
    timestamp.remove_prefix(1);
  // Longest first: "2024-05-03T…" is a day, "2024-05" a month, "2024" a year.
  for (const std::size_t length : {std::size_t{10}, std::size_t{7}, std::size_t{4}}) {
    if (timestamp.size() < length) continue;
    const std::string_view head = timestamp.substr(0, length);
    const bool ends_cleanly =
        timestamp.size() == length || !std::isdigit(static_cast<unsigned char>(timestamp[length]));
    if (ends_cleanly && parse_partial_date(head)) return std::string(head);
  }
  return {};
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // U+00A0 NO-BREAK SPACE is C2 A0 in UTF-8: common in pages, never meant as a letter.
    const bool nbsp =
        c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (std::isspace(c) || nbsp) {
      pending_space = !out.empty();
      if (nbsp) ++i;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string without_by_prefix(std::string_view byline) {
  std::string text = collapse_spaces(byline);
  for (const std::string_view prefix : {"By ", "by ", "BY "}) {
    if (text.size() > prefix.size() && text.starts_with(prefix)) return text.substr(prefix.size());
  }
  return text;
}

}  // namespace onrecord
