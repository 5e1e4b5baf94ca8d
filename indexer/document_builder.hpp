// Turns an article and its passages into Xapian documents laid out as schema.hpp says.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "article.hpp"
#include "article_analysis.hpp"
#include "passage_codec.hpp"
#include "passage_splitter.hpp"
#include "text_analyzer.hpp"

namespace onrecord {

// What a passage carries besides its text: the speakers of its quotations (and the article's
// speaker) and the dates it mentions (and the article's date).
struct PassageFacts {
  std::vector<std::string> speakers;
  std::vector<std::string> dates;
};

// `codec` compresses the text (nullptr: stored plain).
Xapian::Document build_passage_document(const Article& article, const Passage& passage,
                                        const PassageFacts& facts, const TextAnalyzer& analyzer,
                                        const PassageCodec* codec);

// A quotation as a document of its own; `start`/`end` are code-point offsets in the body.
struct QuoteData {
  std::string article_id;
  std::uint32_t passage = 0;
  std::string text;
  std::string speaker;
  std::string date;
  std::string kind;
  std::string cue;
  std::size_t start = 0;
  std::size_t end = 0;
};
Xapian::Document build_quote_document(const Article& article, const QuoteData& quote,
                                      const TextAnalyzer& analyzer);
std::string encode_quote_data(const QuoteData& data);
QuoteData decode_quote_data(const std::string& data);

// Quotations with the same words (case, punctuation and spacing aside) are one quotation.
std::string quote_hash(std::string_view text, const TextAnalyzer& analyzer);

Xapian::Document build_article_document(const Article& article, std::size_t passage_count,
                                        std::size_t characters, const TextAnalyzer& analyzer);

// Adds analysed text: one positional search term per word (Z+prefix+stem, or prefix+form for
// numbers and the like), and its aliases' at the same position.
void index_text(Xapian::Document& doc, const std::vector<Token>& tokens, const std::string& prefix,
                const TextAnalyzer& analyzer);

// A passage document's content. Stored compactly (it is read for every hit): a kind byte,
// the index and body offset as varints, then the text, plain ('P') or compressed with the
// database's dictionary ('C'). The article is named by its key (slot 0), not its id.
struct PassageData {
  std::string article_id;
  std::uint32_t index = 0;
  std::size_t body_start = 0;
  std::string text;
};
std::string encode_passage_data(const PassageData& data, const PassageCodec* codec);
// A passage document's data, with its article's id; nullopt when `data` is no passage's.
// `codec` is the database's (PassageCodec::of). Throws Xapian::DatabaseCorruptError when
// compressed text cannot be read back.
std::optional<PassageData> decode_passage_data(const std::string& data, std::string article_id,
                                               const PassageCodec* codec);

std::string join_list(const std::vector<std::string>& items);
std::vector<std::string> split_list(const std::string& joined);

}  // namespace onrecord
