#include "web/article_submission.hpp"

#include <cctype>

#include "formats/article_reader.hpp"
#include "formats/text_decoding.hpp"
#include "index/content_hash.hpp"
#include "index/database.hpp"
#include "index/shard_set.hpp"
#include "pipeline/index_writer.hpp"

namespace onrecord {
namespace {

// "Senate Passes Budget!" -> "senate-passes-budget"
std::string slug(const std::string& title) {
  std::string out;
  for (unsigned char c : title) {
    if (std::isalnum(c)) {
      out.push_back(static_cast<char>(std::tolower(c)));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
    if (out.size() >= 80) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

Result<nlohmann::ordered_json> submit_article(const std::filesystem::path& db,
                                              std::mutex& writer_lock,
                                              const ArticleSubmission& submission) {
  ReadOptions options;
  // A pasted or uploaded web page, PDF or Word document is read as what it is.
  const ArticleFormat sniffed = sniff_format(submission.text);
  options.format = sniffed == ArticleFormat::kAuto ? ArticleFormat::kText : sniffed;
  options.overrides = submission.fields;
  const std::string title = submission.fields.title.value_or("");
  options.default_id =
      slug(title).empty() ? "web-" + content_hash(submission.text).substr(0, 12) : slug(title);
  // A title given as a field leaves the whole text as the body.
  const bool keeps_own_title =
      submission.text.starts_with("---") || sniffed != ArticleFormat::kAuto;
  const std::string text =
      title.empty() || keeps_own_title ? submission.text : title + "\n" + submission.text;
  ReadOutcome outcome = read_article_bytes(text, "submitted article", options);
  if (!outcome.errors.empty()) return outcome.errors.front();
  if (outcome.articles.empty())
    return Error{ErrorCode::kInvalidInput, "the submission holds no article",
                 "send a title and text"};
  Article& article = outcome.articles.front();
  article.origin = "web";
  std::lock_guard lock(writer_lock);
  auto writable = open_index_for_writing(db);
  if (!writable) return writable.error();
  IndexWriter writer(std::move(*writable));
  const std::size_t passages = writer.replace(article);
  writer.commit();
  return nlohmann::ordered_json{
      {"id", article.fields.id}, {"title", article.fields.title}, {"passages", passages}};
}

}  // namespace onrecord
