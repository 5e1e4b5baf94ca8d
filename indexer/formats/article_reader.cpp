#include "formats/article_reader.hpp"

#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>

#include "formats/article_input.hpp"
#include "formats/document_readers.hpp"
#include "formats/front_matter.hpp"
#include "formats/jsonl_articles.hpp"
#include "formats/text_decoding.hpp"
#include "index/content_hash.hpp"
#include "index/partial_date.hpp"

namespace onrecord {
namespace {

// Takes the title line and an optional "By NAME" line off the top of a plain body.
std::string_view take_title_and_byline(std::string_view body, ArticleFields& fields) {
  auto next_line = [&body]() -> std::string_view {
    while (!body.empty()) {
      const auto nl = body.find('\n');
      const std::string_view line = body.substr(0, nl);
      body = nl == std::string_view::npos ? std::string_view{} : body.substr(nl + 1);
      if (!trim_blank(line).empty()) return trim_blank(line);
    }
    return {};
  };
  if (fields.title.empty()) fields.title = std::string(next_line());
  const std::string_view rest = body;
  const std::string_view line = next_line();
  if (line.size() > 3 && line.starts_with("By ") && fields.author.empty()) {
    fields.author = std::string(trim_blank(line.substr(3)));
    return body;
  }
  return rest;
}

}  // namespace

std::string id_from_path(const std::filesystem::path& path) { return path.stem().string(); }

ArticleFormat format_from_extension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".jsonl" || ext == ".ndjson") return ArticleFormat::kJsonLines;
  if (ext == ".md" || ext == ".markdown") return ArticleFormat::kMarkdown;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return ArticleFormat::kHtml;
  if (ext == ".pdf") return ArticleFormat::kPdf;
  if (ext == ".docx") return ArticleFormat::kDocx;
  return ArticleFormat::kAuto;
}

ArticleFormat sniff_format(std::string_view bytes) {
  if (bytes.starts_with("%PDF-")) return ArticleFormat::kPdf;
  if (bytes.starts_with("PK\x03\x04")) return ArticleFormat::kDocx;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const auto start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return ArticleFormat::kAuto;
  std::string head(bytes.substr(start, 64));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // Browsers save pages with a "<!-- saved from url=… -->" comment before the doctype.
  if (head.starts_with("<!--") && bytes.substr(0, 1024).find("<html") != std::string_view::npos)
    return ArticleFormat::kHtml;
  if (head.starts_with("<!doctype html") || head.starts_with("<html") ||
      (head.starts_with("<?xml") && bytes.substr(0, 512).find("<html") != std::string_view::npos))
    return ArticleFormat::kHtml;
  return ArticleFormat::kAuto;
}

namespace {

// What the file's own bytes say wins over its name for binary formats (a PDF saved as .txt is a
// PDF); HTML is recognised when the name says nothing (`add -`, a file without extension).
ArticleFormat resolve_format(ArticleFormat requested, std::string_view bytes) {
  if (requested == ArticleFormat::kJsonLines) return requested;
  const ArticleFormat sniffed = sniff_format(bytes);
  if (sniffed == ArticleFormat::kPdf || sniffed == ArticleFormat::kDocx) return sniffed;
  if (requested != ArticleFormat::kAuto) return requested;
  return sniffed == ArticleFormat::kAuto ? ArticleFormat::kText : sniffed;
}

Result<DocumentText> read_binary_document(ArticleFormat format, const std::string& bytes,
                                          const std::string& origin) {
  switch (format) {
    case ArticleFormat::kPdf:
      return read_pdf_document(bytes, origin);
    case ArticleFormat::kDocx:
      return read_docx_document(bytes, origin);
    default:
      return read_html_document(bytes, origin);
  }
}

// Fields the document states fill those front matter left empty.
void fill_missing(ArticleFields& fields, const ArticleFields& found) {
  for (auto member : {&ArticleFields::title, &ArticleFields::author, &ArticleFields::date,
                      &ArticleFields::source, &ArticleFields::url}) {
    if ((fields.*member).empty()) fields.*member = found.*member;
  }
}

ReadOutcome finish_one(Article article, const std::string& origin, const ReadOptions& options,
                       ReadOutcome outcome) {
  if (auto status = finish_article(article, options, origin); !status) {
    outcome.errors.push_back(status.error());
    return outcome;
  }
  outcome.articles.push_back(std::move(article));
  return outcome;
}

}  // namespace

ReadOutcome read_article_bytes(std::string bytes, const std::string& origin,
                               const ReadOptions& options) {
  ReadOutcome outcome;
  const std::string hash = content_hash(bytes);
  const ArticleFormat format = resolve_format(options.format, bytes);
  Article article;
  article.origin = origin;
  article.content_hash = hash;
  if (format == ArticleFormat::kPdf || format == ArticleFormat::kDocx ||
      format == ArticleFormat::kHtml) {
    auto document = read_binary_document(format, bytes, origin);
    if (!document) {
      outcome.errors.push_back(document.error());
      return outcome;
    }
    outcome.warnings = std::move(document->warnings);
    article.fields = std::move(document->fields);
    article.paragraphs = std::move(document->paragraphs);
    return finish_one(std::move(article), origin, options, std::move(outcome));
  }
  auto decoded = decode_text(bytes, origin, outcome.warnings);
  if (!decoded) {
    outcome.errors.push_back(decoded.error());
    return outcome;
  }
  const std::string& text = *decoded;
  if (trim_blank(text).empty()) {
    outcome.errors.push_back(Error{ErrorCode::kInvalidInput,
                                   origin + ": empty file, nothing to index",
                                   "write the article's title and text into it, or remove it"});
    return outcome;
  }
  if (format == ArticleFormat::kJsonLines) {
    read_jsonl_articles(text, origin, hash, options, outcome);
    return outcome;
  }
  std::string_view body = text;
  if (starts_with_front_matter(text)) {
    auto front = parse_front_matter(text, origin, outcome.warnings);
    if (!front) {
      outcome.errors.push_back(front.error());
      return outcome;
    }
    article.fields = front->fields;
    body = std::string_view(text).substr(front->body_offset);
  }
  if (format == ArticleFormat::kMarkdown) {
    const bool titled = !article.fields.title.empty() || options.overrides.title.has_value();
    auto document =
        read_markdown_document(body, origin, titled ? TitleKnown::kYes : TitleKnown::kNo);
    if (!document) {
      outcome.errors.push_back(document.error());
      return outcome;
    }
    fill_missing(article.fields, document->fields);
    article.paragraphs = std::move(document->paragraphs);
  } else {
    body = take_title_and_byline(body, article.fields);
    article.paragraphs = split_paragraphs(body);
  }
  return finish_one(std::move(article), origin, options, std::move(outcome));
}

namespace {

constexpr std::size_t kArticlesPerBatch = 256;
constexpr std::size_t kBinaryProbeBytes = 8192;

void stream_jsonl(std::istream& in, const std::string& origin, const ReadOptions& options,
                  const OutcomeSink& sink) {
  const std::string hash = content_hash(in);
  in.clear();
  in.seekg(0);
  std::string probe(kBinaryProbeBytes, '\0');
  in.read(probe.data(), static_cast<std::streamsize>(probe.size()));
  probe.resize(static_cast<std::size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  ReadOutcome batch;
  if (const auto nul = probe.find('\0'); nul != std::string::npos) {
    batch.errors.push_back(Error{
        ErrorCode::kInvalidInput,
        origin + ": looks like a binary file (NUL byte at offset " + std::to_string(nul) + ")",
        "articles are UTF-8 text; remove the file or move it out of the folder"});
    sink(std::move(batch));
    return;
  }
  std::size_t line_number = 0;
  bool any_text = false;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    any_text = true;
    auto decoded = decode_text(line, origin + ":" + std::to_string(line_number), batch.warnings);
    if (!decoded) {
      batch.errors.push_back(decoded.error());
      continue;
    }
    read_jsonl_line(*decoded, line_number, origin, hash, options, batch);
    if (batch.articles.size() >= kArticlesPerBatch) {
      sink(std::move(batch));
      batch = ReadOutcome{};
    }
  }
  if (!any_text) {
    batch.errors.push_back(Error{ErrorCode::kInvalidInput,
                                 origin + ": empty file, nothing to index",
                                 "write one JSON object per line, or remove the file"});
  }
  sink(std::move(batch));
}

}  // namespace

void read_article_file(const std::filesystem::path& path, const ReadOptions& options,
                       const OutcomeSink& sink) {
  std::ifstream in(path, std::ios::binary);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    ReadOutcome outcome;
    outcome.errors.push_back(Error{ErrorCode::kInvalidInput, path.string() + ": is a directory",
                                   "use `onrecord-index sync DIR` for folders"});
    sink(std::move(outcome));
    return;
  }
  if (!in) {
    ReadOutcome outcome;
    const bool exists = std::filesystem::exists(path, ec);
    outcome.errors.push_back(
        Error{exists ? ErrorCode::kIo : ErrorCode::kNotFound,
              path.string() +
                  ": cannot read: " + (exists ? "permission denied or unreadable" : "no such file"),
              exists ? "check the file's permissions" : "check the path"});
    sink(std::move(outcome));
    return;
  }
  ReadOptions effective = options;
  if (effective.format == ArticleFormat::kAuto) effective.format = format_from_extension(path);
  if (effective.format == ArticleFormat::kJsonLines) {
    stream_jsonl(in, path.string(), effective, sink);
    return;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  sink(read_article_bytes(buffer.str(), path.string(), effective));
}

ReadOutcome read_article_file(const std::filesystem::path& path, const ReadOptions& options) {
  ReadOutcome all;
  read_article_file(path, options, [&all](ReadOutcome&& part) {
    std::move(part.articles.begin(), part.articles.end(), std::back_inserter(all.articles));
    all.errors.insert(all.errors.end(), part.errors.begin(), part.errors.end());
    all.warnings.insert(all.warnings.end(), part.warnings.begin(), part.warnings.end());
  });
  return all;
}

}  // namespace onrecord
