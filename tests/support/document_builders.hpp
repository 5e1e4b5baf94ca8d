// Builds real PDF and DOCX files for the readers' tests, so each test states the document it
// reads (no binary fixtures whose content nobody can review).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace onrecord::testing {

// One line of text on a PDF page: baseline position in points from the bottom left, font size,
// and UTF-8 text (ASCII, curly quotes, apostrophes and dashes; they are written in WinAnsi).
struct PdfLine {
  double x = 72;
  double y = 720;
  double size = 11;
  std::string text;
};

// A PDF of Helvetica text, one vector of lines per page; `info` fills the document information
// dictionary (Title, Author, CreationDate as "D:20240503").
std::string build_pdf(const std::vector<std::vector<PdfLine>>& pages,
                      const std::map<std::string, std::string>& info = {});

// Lays out paragraphs as a word processor would: lines of at most `width` characters, 14 points
// apart, a blank line's space between paragraphs, starting from the top of the page.
std::vector<PdfLine> lay_out(const std::vector<std::string>& paragraphs, std::size_t width = 80,
                             double top = 720);

// A .docx whose body holds `paragraphs`; a paragraph starting with "#" gets the Title style.
// `core` fills docProps/core.xml (e.g. {"dc:title", "…"}, {"dcterms:created", "2024-05-03T…"}).
// The package's parts, named in _rels/.rels as Word names them; some writers use other names
// (Office 365 has saved "word/document2.xml").
struct DocxParts {
  std::string document = "word/document.xml";
  std::string properties = "docProps/core.xml";
};
std::string build_docx(const std::vector<std::string>& paragraphs,
                       const std::map<std::string, std::string>& core = {},
                       const DocxParts& parts = {});

// The same, with _rels/.rels pointing the body's relationship at `target` as written.
std::string build_docx_with_target(const std::vector<std::string>& paragraphs,
                                   const DocxParts& parts, const std::string& target);

// A zip holding one file (a zip that is not a Word document).
std::string build_zip(const std::string& name, const std::string& content);

}  // namespace onrecord::testing
