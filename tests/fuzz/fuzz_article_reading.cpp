// libFuzzer target: an article file's bytes (plain text, front matter, JSON Lines, Markdown,
// HTML; a PDF or zip signature sends them to those readers too) read as
// `add` reads them, then analysed as the indexer does. Every article either reads or is refused
// with an error; every quotation and date lies inside the body it was found in.
#include <cstddef>
#include <cstdint>
#include <string>

#include "formats/article_reader.hpp"
#include "fuzz_require.hpp"
#include "quotes/article_analysis.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  using fuzz::require;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const ArticleFormat format : {ArticleFormat::kText, ArticleFormat::kJsonLines,
                                     ArticleFormat::kMarkdown, ArticleFormat::kHtml}) {
    ReadOptions options;
    options.format = format;
    options.default_id = "fuzz";
    const ReadOutcome outcome = read_article_bytes(bytes, "fuzz", options);
    for (const Article& article : outcome.articles) {
      const ArticleAnalysis analysis =
          analyze_article(article.paragraphs, article_context(article.fields), {});
      for (const Quotation& q : analysis.quotes) {
        require(q.begin <= q.end && q.end <= analysis.body.size());
        require(analysis.body.compare(q.begin, q.end - q.begin, q.text) == 0);
      }
      for (const DateMention& d : analysis.dates)
        require(d.begin <= d.end && d.end <= analysis.body.size());
    }
  }
  return 0;
}
