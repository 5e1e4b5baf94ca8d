// Turns an article and its passages into Xapian documents laid out as schema.hpp says.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <vector>

#include "article.hpp"
#include "passage_splitter.hpp"
#include "text_analyzer.hpp"

namespace onrecord {

// Called with each indexed word, for the spelling dictionary behind "did you mean".
using WordSink = std::function<void(const std::string&)>;

Xapian::Document build_passage_document(const Article& article, const Passage& passage,
                                        const TextAnalyzer& analyzer, const WordSink& words);

Xapian::Document build_article_document(const Article& article, std::size_t passage_count,
                                        std::size_t characters);

// Adds analysed text: positional unstemmed forms under `prefix` and stems under Z+prefix.
void index_text(Xapian::Document& doc, const std::vector<Token>& tokens, const std::string& prefix,
                const TextAnalyzer& analyzer);

// The data stored with each passage document (JSON): article id, index, body offset, text.
struct PassageData {
  std::string article_id;
  std::uint32_t index = 0;
  std::size_t body_start = 0;
  std::string text;
};
std::string encode_passage_data(const PassageData& data);
PassageData decode_passage_data(const std::string& data);

std::string join_list(const std::vector<std::string>& items);
std::vector<std::string> split_list(const std::string& joined);

}  // namespace onrecord
