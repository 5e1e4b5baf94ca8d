// libFuzzer target: the web request parser through page rendering. The input's first byte picks
// a page (search, speaker list, speaker profile, article, quotation) and the rest is its query
// string or path value, run against a small index whose every field is hostile markup. Every
// page must come out as valid UTF-8 holding only the tags the templates write (nothing from the
// input or the index unescaped) and no link to a script URL; no exception may escape.
#include <httplib.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include "analysis/text_analyzer.hpp"
#include "engine/searcher.hpp"
#include "engine/speakers.hpp"
#include "fuzz_require.hpp"
#include "index/database.hpp"
#include "pipeline/index_writer.hpp"
#include "web/article_view.hpp"
#include "web/quote_page.hpp"
#include "web/speaker_pages.hpp"
#include "web/web_pages.hpp"
#include "web/web_request.hpp"

namespace {

using namespace onrecord;

constexpr std::size_t kMaxQueryBytes = 4096;

Article hostile_article(const std::string& id, const std::string& date) {
  Article article;
  article.fields.id = id;
  article.fields.title = "<script>alert('" + id + "')</script> \"Council\" & votes";
  article.fields.source = "Metro <b onmouseover=x>Daily</b>";
  article.fields.author = "J. <i>Doe</i>";
  article.fields.url = "javascript:alert(1)";
  article.fields.date = date;
  article.paragraphs = {
      "\u201CThis is a <img src=x onerror=alert(1)> win,\u201D said council member Ana \"Ruiz\".",
      "A sign read <a href=javascript:x>click</a> outside the hall on Tuesday.",
      "\u201CWe will rebuild,\u201D a transit spokesman said of the '<svg onload=x>' plan."};
  article.origin = "fuzz:" + id;
  article.content_hash = id;
  return article;
}

std::filesystem::path build_index() {
  char dir[] = "/tmp/onrecord-fuzz-web-XXXXXX";
  if (mkdtemp(dir) == nullptr) std::abort();
  static const std::filesystem::path folder = dir;
  std::atexit([] { std::filesystem::remove_all(folder); });
  const std::filesystem::path db = folder / "db";
  auto writable = open_database_for_writing(db);
  if (!writable) std::abort();
  IndexWriter writer(std::move(*writable));
  writer.replace(hostile_article("council<1>", "2025-06-10"));
  writer.replace(hostile_article("https://news.example.com/a?b=\"c\"", "1999"));
  writer.commit();
  return db;
}

Searcher& searcher() {
  static Searcher instance = [] {
    auto opened = Searcher::open(build_index());
    if (!opened) std::abort();
    return std::move(*opened);
  }();
  return instance;
}

// The tags the templates write; anything else in a page came from data.
bool page_is_clean(const std::string& html) {
  static const std::set<std::string> kTags = {
      "!doctype", "html",  "head",  "meta",   "title",  "link",    "body",    "header",     "a",
      "form",     "input", "label", "button", "main",   "aside",   "section", "p",          "span",
      "ol",       "ul",    "li",    "h1",     "h2",     "h3",      "div",     "blockquote", "mark",
      "svg",      "rect",  "g",     "nav",    "q",      "code",    "article", "table",      "thead",
      "tbody",    "tr",    "th",    "td",     "output", "textarea"};
  if (first_invalid_utf8(html) != std::string::npos) return false;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    std::size_t begin = at + 1;
    if (begin < html.size() && html[begin] == '/') ++begin;
    std::size_t end = begin;
    while (end < html.size() &&
           (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '!'))
      ++end;
    std::string tag = html.substr(begin, end - begin);
    for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!kTags.contains(tag)) return false;
  }
  return html.find("href=\"javascript") == std::string::npos &&
         html.find("href=\"data:") == std::string::npos;
}

std::string search_page(const std::string& query_string) {
  httplib::Request request;
  httplib::detail::parse_query_text(query_string, request.params);
  auto web = parse_web_search(request, kMaxQueryBytes);
  if (!web) {
    SearchPageModel model;
    model.error = web.error().describe();
    return render_search_page(model);
  }
  SearchPageModel model = search_page_model(*web, WriteAccess::kReadOnly);
  if (web->has_input) {
    auto response = searcher().search(web->request);
    if (response) {
      model.response = std::move(*response);
    } else {
      model.error = response.error().describe();
    }
  }
  return render_search_page(model);
}

std::string speaker_list(const std::string& find) {
  SpeakerDirectoryRequest request;
  request.contains = find;
  auto directory = speaker_directory(searcher(), request);
  return directory ? render_speaker_list_page(*directory, WriteAccess::kReadOnly)
                   : render_message_page("Error", directory.error().describe());
}

std::string speaker_page(const std::string& name) {
  auto profile = speaker_profile(searcher(), name, kDefaultLimit);
  return profile ? render_speaker_page(*profile, WriteAccess::kAllowWrites)
                 : render_message_page("No such speaker", profile.error().describe());
}

std::string article_page(const std::string& id) {
  auto db = searcher().current_database();
  if (!db) std::abort();
  const auto article = load_article(**db, id);
  return article ? render_article_page(*article, WriteAccess::kReadOnly)
                 : render_message_page("No such article", "no article " + id);
}

std::string quote_page(const std::string& id) {
  auto hit = searcher().quotation(id);
  if (!hit) return render_message_page("Error", hit.error().describe());
  return *hit ? render_quote_page(**hit, WriteAccess::kReadOnly)
              : render_message_page("No such quotation", "no quotation " + id);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string html;
  switch (data[0] % 5) {
    case 0:
      html = search_page(rest);
      break;
    case 1:
      html = speaker_list(rest);
      break;
    case 2:
      html = speaker_page(rest);
      break;
    case 3:
      html = article_page(rest);
      break;
    default:
      html = quote_page(rest);
      break;
  }
  onrecord::fuzz::require(page_is_clean(html));
  return 0;
}
