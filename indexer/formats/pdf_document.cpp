// Reading PDF transcripts and press releases with poppler: each page's text in reading order,
// rebuilt into paragraphs. PDFs hold lines, not paragraphs: a paragraph ends at a blank line or at
// a short line that ends a sentence; a word broken at a line's end is joined; a line at the top or
// bottom of most pages (running head, page number) is furniture, not text.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <regex>
#include <set>

#include "formats/document_readers.hpp"

namespace onrecord {
namespace {

constexpr std::size_t kMaxTitleBytes = 200;
// Lines looked at, at each end of a page, for running heads and footers.
constexpr std::size_t kFurnitureLines = 2;

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Poppler reports recoverable damage on standard error; the reader's own messages say what
// matters to the user.
void ignore_poppler_message(const std::string& /*message*/, void* /*closure*/) {}

// A line of a page as poppler's words place it: top and bottom in points from the page's top.
struct Line {
  std::string text;  // "" once dropped as furniture
  double top = 0;
  double bottom = 0;
  [[nodiscard]] double height() const { return bottom - top; }
};
using Page = std::vector<Line>;

// Poppler gives words in reading order (columns one after the other); a line is the words that
// share a baseline, in that order.
Page lines_of(const poppler::page& page) {
  Page lines;
  bool space_pending = false;
  for (const poppler::text_box& word : page.text_list()) {
    const poppler::rectf box = word.bbox();
    const double middle = box.y() + box.height() / 2;
    const bool same_line =
        !lines.empty() && middle > lines.back().top && middle < lines.back().bottom;
    if (!same_line) {
      lines.push_back(Line{"", box.y(), box.y() + box.height()});
    } else if (space_pending) {
      lines.back().text += ' ';
    }
    Line& line = lines.back();
    line.text += utf8(word.text());
    line.top = std::min(line.top, box.y());
    line.bottom = std::max(line.bottom, box.y() + box.height());
    space_pending = word.has_space_after();
  }
  for (Line& line : lines) line.text = collapse_spaces(line.text);
  std::erase_if(lines, [](const Line& line) { return line.text.empty(); });
  return lines;
}

// A line with its digits as '#': "Page 3 of 9" and "Page 4 of 9" are the same furniture.
std::string furniture_key(const std::string& line) {
  std::string key;
  for (const char c : line)
    key.push_back(std::isdigit(static_cast<unsigned char>(c))
                      ? '#'
                      : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return key;
}

// "3", "- 3 -", "Page 3", "Page 3 of 9", "3/9", "(3)": not "2024" or "7-2".
bool is_page_number(const std::string& line) {
  static const std::regex kPageNumber(
      R"(^\s*(page\s*)?[-\u2013(]?\s*\d{1,3}\s*[-\u2013)]?(\s*(of|/)\s*\d{1,3})?\s*$)",
      std::regex::icase);
  return line.size() <= 16 && std::regex_match(line, kPageNumber);
}

// Indexes of a page's first and last lines (up to kFurnitureLines at each end).
std::vector<std::size_t> edge_lines(const Page& page) {
  std::vector<std::size_t> edges;
  for (std::size_t i = 0; i < page.size() && i < kFurnitureLines; ++i) edges.push_back(i);
  for (std::size_t i = 0; i < page.size() && i < kFurnitureLines; ++i)
    edges.push_back(page.size() - 1 - i);
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  return edges;
}

// A line is furniture when it is a page number at a page's edge, or when the same line (digits
// aside) stands at the same edge of most pages: every page of a short document, three in five
// of a longer one. A transcript's "MR. SMITH:" opening two pages of three is text.
void drop_furniture(std::vector<Page>& pages) {
  std::map<std::string, std::size_t> pages_with;  // edge ('t'/'b') + key
  auto edge_key = [](const Page& page, std::size_t i) {
    return std::string(i < page.size() / 2 + 1 && i < kFurnitureLines ? "t" : "b") +
           furniture_key(page[i].text);
  };
  for (const Page& page : pages) {
    std::set<std::string> keys;
    for (const std::size_t i : edge_lines(page)) keys.insert(edge_key(page, i));
    for (const auto& key : keys) ++pages_with[key];
  }
  const std::size_t needed =
      pages.size() <= 3 ? pages.size() : std::max<std::size_t>(3, (pages.size() * 3 + 4) / 5);
  for (Page& page : pages) {
    for (const std::size_t i : edge_lines(page)) {
      const bool repeated = pages.size() > 1 && pages_with[edge_key(page, i)] >= needed;
      if (is_page_number(page[i].text) || repeated) page[i].text.clear();
    }
    std::erase_if(page, [](const Line& line) { return line.text.empty(); });
  }
}

bool ends_sentence(std::string_view line) {
  if (line.empty()) return true;
  const char last = line.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == ')' ||
         line.ends_with("\xE2\x80\xA6") /* … */ || line.ends_with("\xE2\x80\x9D") /* ” */ ||
         line.ends_with("\xE2\x80\x99") /* ’ */;
}

// "… the levee.", "… rebuild.\u201D", "Why now?": a sentence's end, closing marks aside
// ("Talks stall with the U.S." reads as one too; a PDF's headline rarely ends so).
bool ends_sentence_with_stop(std::string_view text) {
  while (!text.empty()) {
    if (text.back() == ' ' || text.back() == '"' || text.back() == '\'' || text.back() == ')') {
      text.remove_suffix(1);
    } else if (text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99")) {
      text.remove_suffix(3);
    } else {
      break;
    }
  }
  return !text.empty() && (text.back() == '.' || text.back() == '?' || text.back() == '!');
}

bool starts_lowercase(std::string_view line) {
  return !line.empty() && std::islower(static_cast<unsigned char>(line.front()));
}

// Appends a line to a paragraph, joining a word hyphenated across the break ("govern-" + "ment").
void append_line(std::string& paragraph, const std::string& line) {
  if (paragraph.empty()) {
    paragraph = line;
    return;
  }
  const bool hyphenated =
      paragraph.size() >= 2 && paragraph.back() == '-' &&
      std::isalpha(static_cast<unsigned char>(paragraph[paragraph.size() - 2])) &&
      starts_lowercase(line);
  if (hyphenated) {
    paragraph.pop_back();
  } else {
    paragraph.push_back(' ');
  }
  paragraph += line;
}

template <typename T>
T upper_quartile(std::vector<T> values) {
  if (values.empty()) return T{};
  const auto at = values.begin() + static_cast<std::ptrdiff_t>(values.size() * 3 / 4);
  std::nth_element(values.begin(), at, values.end());
  return *at;
}

// The lower median: of two gaps (a page of two paragraphs' lines), the smaller is the line's.
template <typename T>
T lower_median(std::vector<T> values) {
  if (values.empty()) return T{};
  const auto at = values.begin() + static_cast<std::ptrdiff_t>((values.size() - 1) / 2);
  std::nth_element(values.begin(), at, values.end());
  return *at;
}

// The measures of the body text: a full line's length and the space between its lines.
struct BodyMeasures {
  std::size_t full_line = 0;
  double line_gap = 0;
};

BodyMeasures measure(const std::vector<Page>& pages) {
  std::vector<std::size_t> lengths;
  std::vector<double> gaps;
  for (const Page& page : pages) {
    for (std::size_t i = 0; i < page.size(); ++i) {
      if (page[i].text.size() > 20) lengths.push_back(page[i].text.size());
      if (i > 0 && page[i].top > page[i - 1].top)
        gaps.push_back(std::max(0.0, page[i].top - page[i - 1].bottom));
    }
  }
  return BodyMeasures{upper_quartile(lengths), lower_median(gaps)};
}

// Whether `next` starts a new paragraph after `previous` on the same page: a wider gap than
// between the body's lines, a change of type size (a heading), a move up (the next column), or a
// short line that ends a sentence.
bool starts_paragraph(const Line& previous, const Line& next, const BodyMeasures& body) {
  const double gap = next.top - previous.bottom;
  if (next.top < previous.top) return ends_sentence(previous.text);
  if (gap > body.line_gap * 1.8 + 0.25 * previous.height()) return true;
  const double ratio = next.height() / std::max(previous.height(), 0.1);
  if (ratio > 1.25 || ratio < 0.8) return true;
  return ends_sentence(previous.text) && body.full_line > 0 &&
         previous.text.size() * 4 < body.full_line * 3;
}

std::vector<std::string> paragraphs_of(const std::vector<Page>& pages) {
  const BodyMeasures body = measure(pages);
  std::vector<std::string> paragraphs;
  std::string current;
  auto flush = [&]() {
    if (!current.empty()) paragraphs.push_back(std::move(current));
    current.clear();
  };
  for (const Page& page : pages) {
    // A page break ends a paragraph only where its last line ends a sentence.
    if (!current.empty() && ends_sentence(current)) flush();
    for (std::size_t i = 0; i < page.size(); ++i) {
      if (i > 0 && starts_paragraph(page[i - 1], page[i], body)) flush();
      append_line(current, page[i].text);
    }
  }
  flush();
  return paragraphs;
}

// "D:20240503203000-07'00'" -> "2024-05-03": the day the document's own clock gave, not the
// UTC day (which is the next one for an evening in America).
std::string info_day(const std::string& raw) {
  std::string_view text = raw;
  if (text.starts_with("D:")) text.remove_prefix(2);
  for (const std::size_t digits : {std::size_t{8}, std::size_t{6}, std::size_t{4}}) {
    if (text.size() < digits) continue;
    if (!std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(digits),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      continue;
    std::string iso(text.substr(0, 4));
    if (digits >= 6) iso += "-" + std::string(text.substr(4, 2));
    if (digits >= 8) iso += "-" + std::string(text.substr(6, 2));
    return leading_iso_date(iso);
  }
  return {};
}

// Lines a press release opens with that are labels, not its headline.
bool is_release_label(const std::string& paragraph) {
  static const std::regex kLabel(
      R"(^(for immediate release|news release|press release|media advisory|embargoed.*|for release.*)$)",
      std::regex::icase);
  return paragraph.size() <= 60 && std::regex_match(paragraph, kLabel);
}

// Word processors fill in "Microsoft Word - release.docx" or a file name: not a title.
std::string document_title(const poppler::document& pdf) {
  std::string title = collapse_spaces(utf8(pdf.info_key("Title")));
  if (title.starts_with("Microsoft Word - ")) title.clear();
  for (const char* ext : {".doc", ".docx", ".pdf", ".odt", ".rtf", ".indd"})
    if (title.ends_with(ext)) title.clear();
  return title;
}

bool has_end_marker(const std::string& bytes) {
  const std::size_t tail = std::min<std::size_t>(bytes.size(), 2048);
  return std::string_view(bytes).substr(bytes.size() - tail).find("%%EOF") !=
         std::string_view::npos;
}

}  // namespace

Result<DocumentText> read_pdf_document(const std::string& bytes, const std::string& origin) {
  static std::once_flag quiet;  // a process-wide setting: set once, not from every request
  std::call_once(quiet, [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
  if (!has_end_marker(bytes)) {
    return Error{ErrorCode::kInvalidInput,
                 origin + ": the PDF is truncated (no end-of-file marker); nothing indexed",
                 "download or copy it again"};
  }
  const std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) {
    return Error{ErrorCode::kInvalidInput, origin + ": not a readable PDF (damaged)",
                 "open it in a PDF viewer to check it, or save it again"};
  }
  if (pdf->is_locked()) {
    return Error{ErrorCode::kInvalidInput, origin + ": the PDF is protected by a password",
                 "save a copy without the password (e.g. `qpdf --decrypt in.pdf out.pdf`)"};
  }
  std::vector<Page> pages;
  bool any_text = false;
  for (int i = 0; i < pdf->pages(); ++i) {
    const std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) continue;
    pages.push_back(lines_of(*page));
    any_text = any_text || !pages.back().empty();
  }
  if (!any_text) {
    return Error{ErrorCode::kInvalidInput,
                 origin + ": the PDF has no text layer (" + std::to_string(pdf->pages()) +
                     " page(s) of images, e.g. a scan)",
                 "run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`), then add the result"};
  }
  drop_furniture(pages);
  DocumentText document;
  document.paragraphs = paragraphs_of(pages);
  document.fields.title = document_title(*pdf);
  document.fields.author = collapse_spaces(utf8(pdf->info_key("Author")));
  document.fields.date = info_day(utf8(pdf->info_key("CreationDate")));
  while (!document.paragraphs.empty() && is_release_label(document.paragraphs.front()))
    document.paragraphs.erase(document.paragraphs.begin());
  // With no title in the document information, a short first paragraph is the headline; one that
  // ends a sentence is the story's first (headlines take no period), and the only paragraph is
  // the text.
  if (document.fields.title.empty() && document.paragraphs.size() > 1 &&
      document.paragraphs.front().size() <= kMaxTitleBytes &&
      !ends_sentence_with_stop(document.paragraphs.front())) {
    document.fields.title = document.paragraphs.front();
    document.paragraphs.erase(document.paragraphs.begin());
  }
  return document;
}

}  // namespace onrecord
