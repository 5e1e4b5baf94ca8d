// Readers of the rich formats newsrooms keep articles in: saved web pages (HTML), Markdown notes,
// PDF transcripts and press releases, Word documents (DOCX). Each finds the article's text as
// paragraphs and what metadata the document carries; article_reader's dispatch calls them, and
// the command line's overrides are applied after them (finish_article).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "index/article.hpp"
#include "index/error.hpp"

namespace onrecord {

struct DocumentText {
  ArticleFields fields;  // only what the document itself says; empty where it says nothing
  std::vector<std::string> paragraphs;
  std::vector<std::string> warnings;
};

// HTML: the article's own text (not navigation, ads, comments or footers) and its metadata from
// JSON-LD, then OpenGraph/`article:` meta tags, then `<time>` and bylines, then `<title>`.
// `bytes` may be in any charset the page declares (or that detection finds).
Result<DocumentText> read_html_document(const std::string& bytes, const std::string& origin);

// Whether the title is known before the body is read (from front matter): then a plain first
// line is text, not a title to take out.
enum class TitleKnown { kNo, kYes };

// Markdown (CommonMark, via cmark): text without markup, each block a paragraph, the first
// heading the title. `text` is decoded UTF-8 without front matter.
Result<DocumentText> read_markdown_document(std::string_view text, const std::string& origin,
                                            TitleKnown title_known = TitleKnown::kNo);

// PDF (poppler): text in reading order, hyphenation at line ends joined, lines repeated at the
// top or bottom of most pages (running heads, page numbers) dropped; title and date from the
// document information.
Result<DocumentText> read_pdf_document(const std::string& bytes, const std::string& origin);

// DOCX (a zip of XML, via libzip and libxml2): the body's paragraphs, title from the Title style
// or the core properties, author and date from the core properties.
Result<DocumentText> read_docx_document(const std::string& bytes, const std::string& origin);

// Shared by the readers.
// The partial ISO date ("2024-05-03", "2024-05", "2024") a timestamp such as
// "2024-05-03T10:00:00-04:00" starts with, or empty when it starts with none.
std::string leading_iso_date(std::string_view timestamp);
// Runs of white space (including no-break spaces) as one space, trimmed.
std::string collapse_spaces(std::string_view text);
// "By Jane Doe and Ravi Rao" -> "Jane Doe and Ravi Rao"; other text unchanged.
std::string without_by_prefix(std::string_view byline);

}  // namespace onrecord
