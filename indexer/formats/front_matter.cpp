#include "formats/front_matter.hpp"

#include <yaml-cpp/yaml.h>

#include <array>

#include "index/partial_date.hpp"

namespace onrecord {
namespace {

std::string at_line(const std::string& origin, std::size_t line) {
  return origin + ":" + std::to_string(line);
}

// Finds the closing "---" line; returns the offset of its first byte and the offset just after.
std::pair<std::size_t, std::size_t> find_closing_fence(std::string_view text) {
  std::size_t pos = text.find('\n');
  while (pos != std::string_view::npos) {
    const std::size_t line_start = pos + 1;
    const std::size_t line_end = text.find('\n', line_start);
    std::string_view line =
        text.substr(line_start, line_end == std::string_view::npos ? std::string_view::npos
                                                                   : line_end - line_start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line == "---" || line == "...") {
      return {line_start, line_end == std::string_view::npos ? text.size() : line_end + 1};
    }
    pos = line_end;
  }
  return {std::string_view::npos, std::string_view::npos};
}

std::string* field_slot(ArticleFields& fields, const std::string& key) {
  if (key == "id") return &fields.id;
  if (key == "title") return &fields.title;
  if (key == "author") return &fields.author;
  if (key == "date") return &fields.date;
  if (key == "source") return &fields.source;
  if (key == "url") return &fields.url;
  if (key == "speaker") return &fields.speaker;
  if (key == "language") return &fields.language;
  return nullptr;
}

}  // namespace

bool starts_with_front_matter(std::string_view text) {
  return text.starts_with("---\n") || text == "---";
}

Result<FrontMatter> parse_front_matter(std::string_view text, const std::string& origin,
                                       std::vector<std::string>& warnings) {
  const auto [close_start, body_offset] = find_closing_fence(text);
  if (close_start == std::string_view::npos) {
    return Error{ErrorCode::kInvalidInput,
                 at_line(origin, 1) + ": front matter opened with '---' is never closed",
                 "add a line '---' after the last field"};
  }
  const std::string yaml(text.substr(4, close_start - 4));
  constexpr std::size_t kFirstYamlLine = 2;  // line 1 is the opening ---
  FrontMatter front;
  front.body_offset = body_offset;
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::Exception& e) {
    return Error{
        ErrorCode::kInvalidInput,
        at_line(origin, kFirstYamlLine + static_cast<std::size_t>(std::max(e.mark.line, 0))) +
            ": malformed front matter: " + e.msg,
        "front matter is YAML `key: value` lines, e.g. `date: 2025-06-05`"};
  }
  if (root.IsNull()) return front;
  if (!root.IsMap()) {
    return Error{ErrorCode::kInvalidInput,
                 at_line(origin, kFirstYamlLine) + ": front matter is not a list of fields",
                 "write one `key: value` per line (id, title, author, date, source, url, speaker, "
                 "language)"};
  }
  for (const auto& entry : root) {
    const auto line =
        kFirstYamlLine + static_cast<std::size_t>(std::max(entry.first.Mark().line, 0));
    const std::string key = entry.first.as<std::string>("");
    std::string* slot = field_slot(front.fields, key);
    if (slot == nullptr) {
      warnings.push_back(at_line(origin, line) + ": unknown front-matter field '" + key +
                         "' ignored");
      continue;
    }
    if (!entry.second.IsScalar()) {
      return Error{ErrorCode::kInvalidInput,
                   at_line(origin, line) + ": field '" + key + "' must be a single value",
                   "write it as `" + key + ": text` on one line"};
    }
    *slot = entry.second.as<std::string>("");
    if (key == "date" && !slot->empty()) {
      if (auto date = parse_partial_date(*slot); !date) {
        return Error{ErrorCode::kInvalidInput, at_line(origin, line) + ": " + date.error().message,
                     date.error().hint};
      }
    }
  }
  return front;
}

}  // namespace onrecord
