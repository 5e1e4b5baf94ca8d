#include "formats/article_input.hpp"

#include <utility>

#include "analysis/text_analyzer.hpp"
#include "index/partial_date.hpp"

namespace onrecord {
namespace {

// Ids name articles in messages, URLs and every article's record; a URL is rarely longer.
constexpr std::size_t kMaxIdBytes = 200;

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

bool has_blank_line_between_text(const std::vector<std::string_view>& lines) {
  bool seen_text = false;
  bool blank_after_text = false;
  for (auto line : lines) {
    const bool blank = trim_blank(line).empty();
    if (!blank && blank_after_text) return true;
    if (!blank) seen_text = true;
    if (blank && seen_text) blank_after_text = true;
  }
  return false;
}

Status validate_id(const std::string& id, const std::string& where) {
  if (id.empty()) {
    return Error{ErrorCode::kInvalidInput, where + ": article has no id", "add an `id:` field"};
  }
  if (id.size() > kMaxIdBytes) {
    return Error{ErrorCode::kInvalidInput,
                 where + ": id is longer than " + std::to_string(kMaxIdBytes) + " bytes",
                 "use a shorter `id:`"};
  }
  for (char c : id) {
    if (static_cast<unsigned char>(c) < 0x20) {
      return Error{ErrorCode::kInvalidInput, where + ": id contains a control character",
                   "ids are printable text, e.g. `2025-06-05-musk-bill`"};
    }
  }
  return ok_status();
}

}  // namespace

std::string_view trim_blank(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\n\v\f\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\n\v\f\r");
  return s.substr(first, last - first + 1);
}

std::vector<std::string> split_paragraphs(std::string_view body) {
  const auto lines = lines_of(body);
  std::vector<std::string> paragraphs;
  if (has_blank_line_between_text(lines)) {
    std::string block;
    for (auto line : lines) {
      const auto text = trim_blank(line);
      if (text.empty()) {
        if (!block.empty()) paragraphs.push_back(std::move(block));
        block.clear();
        continue;
      }
      if (!block.empty()) block.push_back(' ');
      block.append(text);
    }
    if (!block.empty()) paragraphs.push_back(std::move(block));
    return paragraphs;
  }
  for (auto line : lines)
    if (const auto text = trim_blank(line); !text.empty()) paragraphs.emplace_back(text);
  return paragraphs;
}

Status validate_fields(const ArticleFields& fields, const std::string& where) {
  // Command-line values and web forms arrive as bytes; a file's text is decoded before this.
  const std::pair<const char*, const std::string*> named[] = {
      {"id", &fields.id},          {"title", &fields.title},   {"author", &fields.author},
      {"date", &fields.date},      {"source", &fields.source}, {"url", &fields.url},
      {"speaker", &fields.speaker}};
  for (const auto& [name, value] : named) {
    if (const auto bad = first_invalid_utf8(*value); bad != std::string::npos)
      return Error{
          ErrorCode::kInvalidInput,
          where + ": the " + name + " is not valid UTF-8 (byte " + std::to_string(bad + 1) + ")",
          std::string("give the ") + name + " as UTF-8 text"};
  }
  if (auto status = validate_id(fields.id, where); !status) return status;
  if (!fields.date.empty()) {
    if (auto date = parse_partial_date(fields.date); !date) {
      return Error{ErrorCode::kInvalidInput, where + ": " + date.error().message,
                   date.error().hint};
    }
  }
  return ok_status();
}

Status finish_article(Article& article, const ReadOptions& options, const std::string& where) {
  const FieldOverrides& o = options.overrides;
  ArticleFields& f = article.fields;
  if (o.id) f.id = *o.id;
  if (o.title) f.title = *o.title;
  if (o.author) f.author = *o.author;
  if (o.date) f.date = *o.date;
  if (o.source) f.source = *o.source;
  if (o.url) f.url = *o.url;
  if (o.speaker) f.speaker = *o.speaker;
  if (f.id.empty()) f.id = options.default_id;
  if (f.language.empty()) f.language = "en";
  if (auto status = validate_fields(f, where); !status) return status;
  if (article.paragraphs.empty()) {
    return Error{ErrorCode::kInvalidInput, where + ": the article has no text",
                 "write its text after the title (and front matter, if any)"};
  }
  return ok_status();
}

}  // namespace onrecord
