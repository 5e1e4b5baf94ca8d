// Reading a saved web page: its charset, the HTML5 parse (gumbo, as browsers parse), then its
// metadata and text.
#include <gumbo.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

#include "formats/article_input.hpp"
#include "formats/document_readers.hpp"
#include "formats/html_parts.hpp"
#include "formats/text_decoding.hpp"

namespace onrecord {
namespace {

// How far the HTML standard's prescan looks for a <meta> charset.
constexpr std::size_t kCharsetPrescanBytes = 1024;

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The charset a page declares in its first kilobyte: <meta charset="…"> or
// <meta http-equiv="Content-Type" content="text/html; charset=…">. Empty when none.
std::string declared_charset(const std::string& bytes) {
  const std::string head = lowercase(std::string_view(bytes).substr(0, kCharsetPrescanBytes));
  for (std::size_t at = head.find("<meta"); at != std::string::npos;
       at = head.find("<meta", at + 5)) {
    const auto end = head.find('>', at);
    const std::string_view tag =
        std::string_view(head).substr(at, end == std::string::npos ? std::string::npos : end - at);
    const auto key = tag.find("charset");
    if (key == std::string_view::npos) continue;
    std::size_t i = key + 7;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\''))
      ++i;
    std::size_t j = i;
    while (j < tag.size() &&
           (std::isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == '-' || tag[j] == '_'))
      ++j;
    if (j > i) return std::string(tag.substr(i, j - i));
  }
  return {};
}

// The encoding a browser reads for a declared label, where the HTML standard's table (WHATWG
// Encoding) differs from ICU's names: Latin-1 and ASCII are Windows-1252, GB2312 is GBK (pages
// declared gb2312 use GBK's characters, such as the 镕 of Zhu Rongji's name), EUC-KR is
// Windows-949, Latin-5 is Windows-1254, TIS-620 is Windows-874, and a <meta> declaring UTF-16
// or UCS-2 is a mistake (a prescan could only read it because the page is ASCII-compatible):
// UTF-8. The standard's "replacement" labels (ISO-2022-KR, HZ) are decoded by ICU rather than
// blanked: they guard browsers against script smuggled through an encoding, and onrecord
// escapes every character it shows.
std::string browser_encoding(std::string charset) {
  static const std::map<std::string, std::string, std::less<>> kAliases = {
      {"iso-8859-1", "windows-1252"},
      {"iso8859-1", "windows-1252"},
      {"latin1", "windows-1252"},
      {"l1", "windows-1252"},
      {"us-ascii", "windows-1252"},
      {"ascii", "windows-1252"},
      {"gb2312", "gbk"},
      {"gb_2312-80", "gbk"},
      {"csgb2312", "gbk"},
      {"chinese", "gbk"},
      {"x-gbk", "gbk"},
      {"iso-ir-58", "gbk"},
      {"euc-kr", "windows-949"},
      {"ks_c_5601-1987", "windows-949"},
      {"iso-8859-9", "windows-1254"},
      {"latin5", "windows-1254"},
      {"tis-620", "windows-874"},
      {"iso-8859-11", "windows-874"},
      {"utf-16", "utf-8"},
      {"utf-16le", "utf-8"},
      {"utf-16be", "utf-8"},
      {"unicode", "utf-8"},
      {"utf8", "utf-8"},
      {"ucs-2", "utf-8"},
      {"csunicode", "utf-8"},
      {"iso-10646-ucs-2", "utf-8"},
      {"unicodefeff", "utf-8"},
      {"unicodefffe", "utf-8"},
      {"unicode11utf8", "utf-8"},
      {"x-unicode20utf8", "utf-8"}};
  if (const auto it = kAliases.find(charset); it != kAliases.end()) return it->second;
  return charset;
}

// The page as UTF-8: in its declared charset when that is not UTF-8, else as any text file
// (UTF-8, or a legacy encoding that detection finds).
Result<std::string> page_as_utf8(const std::string& bytes, const std::string& origin,
                                 std::vector<std::string>& warnings) {
  const std::string charset = browser_encoding(declared_charset(bytes));
  if (charset == "utf-8" || charset.empty() || bytes.starts_with("\xEF\xBB\xBF"))
    return decode_text(bytes, origin, warnings);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status)) {
    warnings.push_back(origin + ": declares the unknown charset '" + charset +
                       "'; read as UTF-8 or a detected encoding");
    return decode_text(bytes, origin, warnings);
  }
  ucnv_close(converter);
  const icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()),
                                   charset.c_str());
  std::string text;
  decoded.toUTF8String(text);
  return decode_text(text, origin, warnings);
}

// No article nests elements thousands deep; a page that does would exhaust the stack of the
// parser's own recursive teardown (gumbo has no depth limit), so it is refused before parsing.
constexpr std::size_t kMaxNesting = 5000;

bool is_void_or_implied(std::string_view name) {
  // Elements that never hold others, or that the parser closes by itself (<p><p>, <li><li>).
  static constexpr std::string_view kNames[] = {
      "area", "base", "br",     "col",   "embed",  "hr",    "img",   "input",
      "link", "meta", "source", "track", "wbr",    "p",     "li",    "td",
      "tr",   "th",   "dt",     "dd",    "option", "param", "keygen"};
  for (const auto n : kNames)
    if (name == n) return true;
  return false;
}

// An upper bound of how deep the page's elements nest: start tags minus end tags, left to right.
std::size_t nesting_bound(std::string_view html) {
  std::size_t depth = 0, deepest = 0;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    const bool closing = at + 1 < html.size() && html[at + 1] == '/';
    std::size_t i = at + (closing ? 2 : 1);
    std::size_t j = i;
    while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j]))) ++j;
    if (j == i) continue;  // "<!--", "<!doctype", "a < b"
    const std::string name = lowercase(html.substr(i, j - i));
    if (is_void_or_implied(name)) continue;
    const auto end = html.find('>', j);
    if (!closing && end != std::string_view::npos && end > 0 && html[end - 1] == '/') continue;
    if (closing) {
      depth -= depth > 0 ? 1 : 0;
    } else {
      deepest = std::max(deepest, ++depth);
    }
  }
  return deepest;
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

// A headline repeated as the first paragraph, and a byline line: not part of the story's text.
void drop_title_and_byline(std::vector<std::string>& paragraphs, const ArticleFields& fields) {
  auto same = [](const std::string& a, const std::string& b) {
    return lowercase(a) == lowercase(b);
  };
  for (int pass = 0; pass < 2 && !paragraphs.empty(); ++pass) {
    const std::string& first = paragraphs.front();
    const bool is_title = !fields.title.empty() && same(first, fields.title);
    const bool is_byline = first.starts_with("By ") && !fields.author.empty() &&
                           same(without_by_prefix(first), fields.author);
    if (!is_title && !is_byline) break;
    paragraphs.erase(paragraphs.begin());
  }
}

}  // namespace

Result<DocumentText> read_html_document(const std::string& bytes, const std::string& origin) {
  DocumentText document;
  auto text = page_as_utf8(bytes, origin, document.warnings);
  if (!text) return text.error();
  if (const std::size_t depth = nesting_bound(*text); depth > kMaxNesting) {
    return Error{ErrorCode::kInvalidInput,
                 origin + ": the page nests elements " + std::to_string(depth) +
                     " deep (no article nests more than " + std::to_string(kMaxNesting) + ")",
                 "it is not a saved article; give its text as a .txt file"};
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are normal on the web; keeping them only costs memory
  const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&options, text->data(), text->size()));
  if (!output) {
    return Error{ErrorCode::kInternal, origin + ": the HTML parser gave up on this page",
                 "save the page again, or give its text as a .txt file"};
  }
  html::PageMetadata metadata = html::read_page_metadata(output->document);
  html::PageText page = html::read_page_text(output->document);
  document.fields = std::move(metadata.fields);
  if (document.fields.title.empty()) document.fields.title = page.first_heading;
  if (document.fields.title.empty()) document.fields.title = metadata.title_element;
  document.paragraphs = std::move(page.paragraphs);
  drop_title_and_byline(document.paragraphs, document.fields);
  if (document.paragraphs.empty() && !metadata.structured_body.empty()) {
    document.paragraphs = split_paragraphs(metadata.structured_body);
  }
  if (document.paragraphs.empty()) {
    return Error{ErrorCode::kInvalidInput, origin + ": the page has no article text",
                 "it may be built by JavaScript; save it from the browser after it loads "
                 "(\"Save page as… complete\"), or give its text as a .txt file"};
  }
  return document;
}

}  // namespace onrecord
