// Reads article files into Articles: plain text (with optional YAML front matter), JSON Lines,
// Markdown, HTML, PDF and DOCX. Errors name the file and line; one bad article never hides the
// others.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "formats/article_input.hpp"

namespace onrecord {

// Reads a file and hands its articles to `sink`, in batches: JSON Lines files are streamed line
// by line, so a file of any size is read in bounded memory.
void read_article_file(const std::filesystem::path& path, const ReadOptions& options,
                       const OutcomeSink& sink);

// The same, all at once (for small inputs and tests).
ReadOutcome read_article_file(const std::filesystem::path& path, const ReadOptions& options);

// `origin` names the input in messages ("-" for standard input).
ReadOutcome read_article_bytes(std::string bytes, const std::string& origin,
                               const ReadOptions& options);

// The id an article gets from its path when it names none: the file name without its extension,
// so `add` and `sync` give a file the same id wherever it is reached from.
std::string id_from_path(const std::filesystem::path& path);

// The format a file's extension names (.jsonl, .md, .html, .pdf, .docx…); kAuto for the rest.
ArticleFormat format_from_extension(const std::filesystem::path& path);

// The format a file's first bytes show (a PDF or zip signature, an HTML document's start), or
// kAuto when they show none.
ArticleFormat sniff_format(std::string_view bytes);

}  // namespace onrecord
