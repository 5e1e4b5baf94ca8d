// Turns an article and its passages into Xapian documents laid out as schema.hpp says.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "analysis/passage_splitter.hpp"
#include "analysis/text_analyzer.hpp"
#include "index/article.hpp"
#include "index/passage_codec.hpp"
#include "index/stored_data.hpp"
#include "quotes/article_analysis.hpp"

namespace onrecord {

// What a passage carries besides its text: the speakers of its quotations (and the article's
// speaker) and the dates it mentions (and the article's date).
struct PassageFacts {
  std::vector<std::string> speakers;
  std::vector<std::string> roles;      // of sources its quotations only describe
  std::vector<std::string> dates;      // its own: the article's
  std::vector<std::string> mentioned;  // the dates its text mentions
};

// `codec` compresses the text (nullptr: stored plain).
Xapian::Document build_passage_document(const Article& article, const Passage& passage,
                                        const PassageFacts& facts, const TextAnalyzer& analyzer,
                                        const PassageCodec* codec);

// A quotation as a document of its own.
// `mentioned`: the dates inside the quotation's words.
Xapian::Document build_quote_document(const Article& article, const QuoteData& quote,
                                      const std::vector<std::string>& mentioned,
                                      const TextAnalyzer& analyzer);

// Quotations with the same words (case, punctuation and spacing aside) are one quotation.
std::string quote_hash(std::string_view text, const TextAnalyzer& analyzer);

Xapian::Document build_article_document(const Article& article, std::size_t passage_count,
                                        std::size_t characters, const TextAnalyzer& analyzer);

// Adds analysed text: one positional search term per word (Z+prefix+stem, or prefix+form for
// numbers and the like), and its aliases' at the same position.
void index_text(Xapian::Document& doc, const std::vector<Token>& tokens, const std::string& prefix,
                const TextAnalyzer& analyzer);

}  // namespace onrecord
