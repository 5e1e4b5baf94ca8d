// The binary data of quotation documents: every field comes back as written, and damaged data
// is reported, never read as something else.
#include "index/stored_data.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include "support/test_support.hpp"

namespace onrecord {
using testing::thrown_error_code;

namespace {

QuoteData sample_quote() {
  QuoteData q;
  q.article_id = "ignored-when-stored";
  q.passage = 300;  // two varint bytes
  q.text = "a \u201Cdisgusting abomination\u201D of a bill";
  q.speaker = "Elon Musk";
  q.date = "2025-06-03";
  q.kind = QuoteKind::kSpeech;
  q.cue = "wrote";
  q.start = 70000;
  q.end = 70031;
  q.speaker_role = "a White House spokesman";
  q.confidence = 87;
  q.date_source = DateSource::kAttribution;
  return q;
}

TEST(StoredData, QuotationsRoundTripWithTheirArticleIdFromTheCaller) {
  const QuoteData q = sample_quote();
  const std::string data = encode_quote_data(q);
  EXPECT_EQ(data.find("ignored-when-stored"), std::string::npos);  // the key names the article
  const auto back = decode_quote_data(data, "musk-bill");
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->article_id, "musk-bill");
  EXPECT_EQ(back->passage, q.passage);
  EXPECT_EQ(back->text, q.text);
  EXPECT_EQ(back->speaker, q.speaker);
  EXPECT_EQ(back->date, q.date);
  EXPECT_EQ(back->kind, q.kind);
  EXPECT_EQ(back->cue, q.cue);
  EXPECT_EQ(back->start, q.start);
  EXPECT_EQ(back->end, q.end);
  EXPECT_EQ(back->speaker_role, q.speaker_role);
  EXPECT_EQ(back->confidence, q.confidence);
  EXPECT_EQ(date_source_name(back->date_source), date_source_name(q.date_source));
}

TEST(StoredData, QuotationsThatRunOnPastTheirFieldsAreDamage) {
  const std::string data = encode_quote_data(sample_quote()) + "x";
  EXPECT_EQ(thrown_error_code([&] { (void)decode_quote_data(data, "a"); }), ErrorCode::kDamaged);
}

TEST(StoredData, EmptyFieldsStayEmpty) {
  QuoteData q;
  q.text = "scare";
  q.kind = QuoteKind::kScare;
  const auto back = decode_quote_data(encode_quote_data(q), "a");
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->text, "scare");
  EXPECT_TRUE(back->speaker.empty());
  EXPECT_TRUE(back->date.empty());
  EXPECT_TRUE(back->cue.empty());
}

TEST(StoredData, OtherDocumentsDataIsNoQuotation) {
  EXPECT_FALSE(decode_quote_data("{\"fields\":{}}", "a").has_value());
  EXPECT_FALSE(decode_quote_data(encode_passage_data({"a", 1, 0, "text"}, nullptr), "a"));
  EXPECT_FALSE(decode_quote_data("", "a").has_value());
  EXPECT_FALSE(decode_passage_data(encode_quote_data(sample_quote()), "a", nullptr).has_value());
}

TEST(StoredData, CutShortQuotationsAreReportedAsDamage) {
  const std::string data = encode_quote_data(sample_quote());
  for (std::size_t size = 1; size < data.size(); ++size)
    EXPECT_EQ(thrown_error_code([&] { (void)decode_quote_data(data.substr(0, size), "a"); }),
              ErrorCode::kDamaged)
        << size;
}

}  // namespace
}  // namespace onrecord
